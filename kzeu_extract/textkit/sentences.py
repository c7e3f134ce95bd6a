"""The sentence index: (start_char, end_char) of every sentence, computed once per Doc."""
from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

_KEY = "kzeu:sentences"


def sentence_spans(doc: Doc, text: str | None = None, *, store: bool = False) -> list[tuple[int, int]]:
    """Sentence spans read from the token arrays (iterating ``doc.sents`` builds a Python
    object per token and is many times slower), trailing white space trimmed; kept in
    ``user_data`` by the sentences component (``store=True``) so every later component
    reads the same index. Empty sentences are left out."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    if text is None:
        text = doc.user_data.get("kzeu:text") or doc.text
    spans: list[tuple[int, int]] = []
    if len(doc):
        array = doc.to_array([SENT_START, IDX])
        is_start = array[:, 0] == 1
        is_start[0] = True
        bounds = array[is_start, 1].tolist()
        for i, start in enumerate(bounds):
            end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    if store:
        doc.user_data[_KEY] = spans
    return spans
