"""One scan of a text for the head words of every agreements rule; the rules' patterns then
run only where a head word starts (or on the lines holding one), not over the whole text.

Every match of a rule's pattern holds one of its head words, and the pattern writes each
head case-sensitively, so the literal part of a head before its first space or hyphen (the
pattern widens those) starts the head wherever the head can match. ``HeadHits`` finds those
starts with one ``re`` scan (faster than five whole-text scans with the ``regex`` module).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...textkit.patterns import trie_pattern

_BREAK = re.compile(r"[ \-]")


def _prefix(word: str) -> str:
    return _BREAK.split(word, maxsplit=1)[0]


class HeadHits:
    """``starts(text)``: kind -> sorted start offsets of that kind's head words in ``text``."""

    def __init__(self, heads: dict[str, Iterable[str]]):
        kinds_of: dict[str, set[str]] = {}
        self.complete = True   # False: some head has no literal start, every position counts
        for kind, words in heads.items():
            for word in words:
                prefix = _prefix(word)
                if not prefix:
                    self.complete = False
                kinds_of.setdefault(prefix, set()).add(kind)
        self.kinds = list(heads)
        prefixes = sorted((p for p in kinds_of if p), key=len, reverse=True)
        # a prefix matched at a position also starts there every shorter prefix it begins with
        self.kinds_of = {p: frozenset().union(*(kinds_of[q] for q in prefixes if p.startswith(q))) for p in prefixes}
        # trie-shaped: a third faster than the plain alternation; it matches the longest prefix
        self.scan = re.compile(trie_pattern(prefixes) if prefixes else r"(?!x)x")

    def starts(self, text: str) -> dict[str, list[int]]:
        if not self.complete:
            every = list(range(len(text)))
            return {kind: every for kind in self.kinds}
        found: dict[str, list[int]] = {kind: [] for kind in self.kinds}
        kinds_of, search = self.kinds_of, self.scan.search
        m = search(text)
        while m:
            start = m.start()
            for kind in kinds_of[m.group()]:
                found[kind].append(start)
            # the next search starts one on, not at the end: a head may start inside this one
            m = search(text, start + 1)
        return found


def matches_at(pattern, text: str, starts: list[int]) -> Iterator:
    """What ``pattern.finditer(text)`` yields when every match starts at one of ``starts``
    (sorted): the match at each start not inside the previous match."""
    taken = 0
    for start in starts:
        if start < taken:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            taken = m.end() if m.end() > start else start + 1


def matches_on_lines(pattern, text: str, starts: list[int], needs: tuple[str, ...] = ()) -> Iterator:
    """What ``pattern.finditer(text)`` yields when no match spans a line break and every
    match holds one of ``starts`` (and one of the strings ``needs``, if any): the matches of
    the lines holding a start (and one of ``needs``)."""
    line_end = -1
    for start in starts:
        if start <= line_end:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if line_end < 0:
            line_end = len(text)
        if not needs or any(text.find(s, line_start, line_end) >= 0 for s in needs):
            yield from pattern.finditer(text, line_start, line_end)
