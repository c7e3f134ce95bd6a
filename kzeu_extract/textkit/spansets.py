"""Sets of character spans with bisect look-ups."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, NamedTuple


class SpanSet:
    """Spans (start, end) answering "is this span inside one of them?" in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))  # furthest end so far

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


class DisjointSpans:
    """Non-overlapping spans, added one by one if they overlap none already there."""

    def __init__(self):
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> bool:
        i = bisect_right(self._spans, (start, end))
        if i > 0 and self._spans[i - 1][1] > start:
            return False
        if i < len(self._spans) and self._spans[i][0] < end:
            return False
        self._spans.insert(i, (start, end))
        return True


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


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted, disjoint ``spans``."""
    i = bisect_left(spans, (start + 1,)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
