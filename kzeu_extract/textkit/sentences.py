"""The sentence index: (start_char, end_char) of every sentence, computed once per Doc."""
from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

_KEY = "kzeu:sentences"
_STARTS_KEY = "kzeu:sentence_starts"


def sentence_spans(doc: Doc, text: str | None = None, *, store: bool = False,
                   starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans read from the token arrays (iterating ``doc.sents`` builds a Python
    object per token and is many times slower), trailing white space trimmed; kept in
    ``user_data`` by the sentences component (``store=True``, with the ``starts`` it set:
    see ``sentence_start_offsets``) so every later component reads the same index. Empty
    sentences are left out."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    if text is None:
        text = doc.user_data.get("kzeu:text") or doc.text
    if starts is None:
        starts, bounds = _start_offsets(doc, first=True)
    else:
        bounds = starts   # set by the sentences component: the first token is among them
    spans: list[tuple[int, int]] = []
    if len(doc):
        for i, start in enumerate(bounds):
            end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    if store:
        doc.user_data[_KEY] = spans
        doc.user_data[_STARTS_KEY] = starts
    return spans


def sentence_start_offsets(doc: Doc) -> list[int]:
    """Character offsets of the tokens that start a sentence (SENT_START 1), in order: the
    ones the sentences component stored, or read from the token array."""
    stored = doc.user_data.get(_STARTS_KEY)
    return list(stored) if stored is not None else _start_offsets(doc)[0]


def _start_offsets(doc: Doc, first: bool = False) -> tuple[list[int], list[int]]:
    """The offsets of the sentence-start tokens, and the same with the first token among
    them whatever its SENT_START (``first``; else the same list twice)."""
    if not len(doc):
        return [], []
    array = doc.to_array([SENT_START, IDX])
    is_start = array[:, 0] == 1
    starts = array[is_start, 1].tolist()
    if not first or is_start[0]:
        return starts, starts
    is_start[0] = True
    return starts, array[is_start, 1].tolist()
