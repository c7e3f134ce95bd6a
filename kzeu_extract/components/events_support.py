"""Helpers shared by the events and quotes components: readable regex fragments from data/
compiled once, and sorted mention lists read from the Doc with bisect look-ups."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, NamedTuple

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc


def pattern(fragment: str, *, bounded: bool = True) -> str:
    """A data-file fragment as a regex: " ?" = optional white space, " " = white space,
    "'" = either apostrophe; ``bounded`` adds word boundaries around it."""
    rx = fragment.replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", "['\u2019]")
    return rf"(?<!\w)(?:{rx})(?!\w)" if bounded else rx


def compile_any(fragments: Iterable[str], *, bounded: bool = True) -> re.Pattern:
    """One case-insensitive regex matching any of ``fragments``."""
    return re.compile("|".join(f"(?:{pattern(f, bounded=bounded)})" for f in fragments), re.I)


class Mention(NamedTuple):
    start: int
    end: int
    name: str
    kind: str | None = None


class Mentions:
    """Mentions sorted by start, with the ones inside a character range found by bisect."""

    def __init__(self, mentions: Iterable[Mention]):
        self.items = sorted(set(mentions))
        self._starts = [m.start for m in self.items]

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                found.append(self.items[i])
            i += 1
        return found

    def covering(self, start: int, end: int) -> list[Mention]:
        """Mentions that overlap ``[start, end)`` (a mention starts at most 200 chars before)."""
        i = bisect_left(self._starts, start - 200)
        found = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end > start:
                found.append(self.items[i])
            i += 1
        return found

    def last_before(self, position: int, floor: int = 0) -> Mention | None:
        i = bisect_left(self._starts, position) - 1
        while i >= 0 and self.items[i].start >= floor:
            if self.items[i].end <= position:
                return self.items[i]
            i -= 1
        return None


def named_mentions(records: list[dict], kind_key: str | None = None) -> list[Mention]:
    """(start, end, canonical name) for every mention of every record of a section."""
    return [Mention(m["start"], m["end"], r["name"], r.get(kind_key) if kind_key else None)
            for r in records if r.get("name") for m in r.get("mentions") or []]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted, disjoint ``spans``."""
    i = bisect_left(spans, (start + 1,)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, read from token arrays: iterating
    ``doc.sents`` builds a Python object per token and is many times slower."""
    if not len(doc):
        return []
    array = doc.to_array([SENT_START, IDX])
    is_start = array[:, 0] == 1
    is_start[0] = True
    bounds = array[is_start, 1].tolist()
    spans = []
    for i, start in enumerate(bounds):
        end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans
