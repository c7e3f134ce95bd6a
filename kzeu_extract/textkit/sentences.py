"""The sentence index: (start_char, end_char) of every sentence, computed once per Doc."""
from __future__ import annotations

import re

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


# --- hard-wrapped text ------------------------------------------------------------------
# Fixed-width text (mail, wire copy, forum quotes) breaks lines inside sentences. A line
# break is a wrap, not a sentence end, when the paragraph's own shape says so: its lines
# reach a common width and the next line's first word would not have fitted on the line
# (greedy wrapping would have put it there), or the next line goes on in lower case.
_WRAP_WIDTHS = (40, 120)      # the widths fixed-width text is wrapped at
_FULL_SHARE = 0.85            # a wrapped line reaches this share of the paragraph's width
_WRAPPED_LINES = 2            # and a paragraph shows at least this many such lines ...
_WRAPPED_SHARE = 0.6          # ... among its lines but the last
_ENDS_LINE = ".!?:;…"         # a line ending so keeps its break
_BULLETS = "-–—•·*▪●◦>|"
_LINE = re.compile(r"^.*$", re.MULTILINE)


def soft_line_breaks(text: str) -> frozenset[int]:
    """Offsets of the lines (their first non-space character) whose line break before them
    is a hard wrap inside a paragraph: such a line starts no sentence. A blank line, a short
    heading-like line, a bullet or numbered line, a dateline ("PARIS, ...") keep their break."""
    if "\n" not in text:
        return frozenset()
    blocks = _paragraphs(text)
    widths = [_wrap_width(block) for block in blocks]
    # A short paragraph (two lines) shows no width of its own: the text's wrapped ones tell it.
    text_width = max((w for w in widths if w), default=None)
    soft: set[int] = set()
    for block, width in zip(blocks, widths):
        if width is None and text_width and max(len(line) for _, line in block) <= text_width:
            width = text_width
        soft.update(_soft_in_block(block, width))
    return frozenset(soft)


def _paragraphs(text: str) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines: (offset of the first non-space character, line stripped)."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            if blocks[-1]:
                blocks.append([])
            continue
        lead = len(line) - len(line.lstrip())
        blocks[-1].append((match.start() + lead, line.rstrip()))
    return [block for block in blocks if len(block) > 1]


def _wrap_width(block: list[tuple[int, str]]) -> int | None:
    """The width a paragraph is wrapped at: its longest line, when enough of its lines reach
    it with the next word too long to fit; None when its shape shows no wrapping."""
    width = max(len(line) for _, line in block)
    full = sum(_is_full(line, nxt, width) for (_, line), (_, nxt) in zip(block, block[1:]))
    wrapped = (_WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] and full >= _WRAPPED_LINES
               and full >= _WRAPPED_SHARE * (len(block) - 1))
    return width if wrapped else None


def _soft_in_block(block: list[tuple[int, str]], width: int | None) -> list[int]:
    soft = []
    for (_, line), (start, nxt) in zip(block, block[1:]):
        if _keeps_break(line, nxt):
            continue
        lower_goes_on = nxt.lstrip()[:1].islower() and len(line) >= _WRAP_WIDTHS[0]
        if (width and _is_full(line, nxt, width)) or lower_goes_on:
            soft.append(start)
    return soft


def _is_full(line: str, nxt: str, width: int) -> bool:
    """The line reaches the width and the next line's first word would not have fitted."""
    words = nxt.split()
    return (len(line) >= _FULL_SHARE * width and bool(words)
            and len(line) + 1 + len(words[0]) > width)


def _keeps_break(line: str, nxt: str) -> bool:
    text = line.rstrip()
    head = nxt.lstrip()
    if text.endswith(tuple(_ENDS_LINE)) or head[:1] in _BULLETS or not head[:1].isalnum() and head[:1] not in "\"'“‘«(":
        return True
    first = head.split()[0]
    if first[:1].isdigit() and first.rstrip(".)") != first and first.rstrip(".)").isdigit():
        return True   # "1." / "2)" a numbered line
    word = first.rstrip(",:-–—")
    return word != first and len(word) > 1 and word.isupper()   # a dateline "PARIS, ..."
