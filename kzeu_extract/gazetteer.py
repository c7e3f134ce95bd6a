"""Fast look-up of many names in a text: one compiled trie-shaped regex over a folded copy.

The text is folded character by character (lower case, accents off, curly quotes and dashes
straightened) so that offsets in the folded copy are offsets in the original; a name then
matches whatever its case or accents, and each name says which case it needs in the original
("EU" only in capitals, "Brussels" capitalised, "bureau du procureur général" any).
Spaces and hyphens inside a name match any run of spaces/hyphens ("Nur-Sultan", "Nur Sultan",
"Kazakhstan - EU"). Used by the places and organizations components.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass, field
from typing import Any, Iterator

from .normalize.text import fold

# Case a name needs in the original text.
ANY, CAPITALISED, UPPER = "any", "capitalised", "upper"

_SEPARATOR = " "  # in keys: stands for a run of spaces/hyphens
_SEPARATOR_PATTERN = r"[\s\-\u2010\u2011]+"


def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower() if len(char.lower()) == 1 else char


# Length-preserving fold of every character up to U+02FF plus typographic quotes and dashes.
_FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x300) if _fold_char(chr(i)) != chr(i)}
_FOLD_TABLE.update({ord(c): r for c, r in {"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                                           "\u2013": "-", "\u2014": "-", "\u00a0": " ",
                                           "\u202f": " "}.items()})


def fold_same_length(text: str) -> str:
    """Folded copy of ``text`` with the same length, so offsets carry over."""
    return text.translate(_FOLD_TABLE)


def name_to_key(name: str) -> str:
    """Key of a name in the trie: folded, separators collapsed to one space."""
    return " ".join(re.split(r"[\s\-\u2010\u2011]+", fold_same_length(name).strip()))


def case_rule(name: str) -> str:
    """Short all-capital names are abbreviations ("EU", "UN", "USA"): capitals only;
    names starting with a capital need one; lower-case names match in any case."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return UPPER
    if name[:1].isupper():
        return CAPITALISED
    return ANY


def _trie_pattern(keys: list[str]) -> str:
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict) -> str:
        ends_here = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            piece = _SEPARATOR_PATTERN if char == _SEPARATOR else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional: the longest name wins, the shorter one is the fall-back.
        return f"(?:{body})?" if ends_here else body

    return emit(trie)


@dataclass
class Entry:
    name: str            # the surface form listed in the data
    case: str            # ANY, CAPITALISED or UPPER
    value: Any           # what the caller attaches (a place, a KB id, ...)


@dataclass
class Gazetteer:
    """Names -> values; ``finditer(text)`` yields (start, end, [Entry, ...]) left to right,
    longest first, not overlapping, inside word boundaries and outside #hashtags/@handles."""
    names: list[tuple[str, Any]]
    after: str = ""  # extra negative look-ahead, e.g. r"\$" so "US$" is no "US"
    _by_key: dict[str, list[Entry]] = field(init=False, default_factory=dict)

    def __post_init__(self):
        for name, value in self.names:
            # "The Astana Times" is found as "Astana Times" whether or not "the" is written.
            key = name_to_key(re.sub(r"^[Tt]he\s+", "", name))
            if key:
                self._by_key.setdefault(key, []).append(Entry(name, case_rule(name), value))
        not_after = r"(?![\w\u00c0-\u024f])" + (f"(?!{self.after})" if self.after else "")
        body = _trie_pattern(list(self._by_key)) if self._by_key else r"(?!x)x"
        self._regex = re.compile(r"(?<![\w#@\u00c0-\u024f])(?:" + body + ")" + not_after)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, list[Entry]]]:
        folded = fold_same_length(text) if folded is None else folded
        for match in self._regex.finditer(folded):
            start, end = match.span()
            while match:
                entries = self._entries(text, match)
                if entries:
                    yield match.start(), match.end(), entries
                    break
                # The longest name failed on case ("us" for "US"): try shorter ones here.
                match = self._shorter(folded, start, match.end())

    def _entries(self, text, match) -> list[Entry]:
        key = " ".join(re.split(_SEPARATOR_PATTERN, match.group()))
        original = text[match.start():match.end()]
        return [e for e in self._by_key.get(key, ()) if _case_ok(e, original)]

    def _shorter(self, folded, start, end):
        for stop in range(end - 1, start, -1):
            if folded[stop].isalnum() or not folded[stop - 1].isalnum():
                continue  # cut only at the end of a word
            match = self._regex.match(folded, start, stop)
            if match and match.end() == stop:
                return match
        return None


def _case_ok(entry: Entry, original: str) -> bool:
    if entry.case == UPPER:
        letters = [c for c in original if c.isalpha()]
        return all(c.isupper() for c in letters)
    if entry.case == CAPITALISED:
        return original[:1].isupper()
    return True


_URL = re.compile(r"(?:https?://|www\.)|[\w-]\.(?:com|org|net|kz|eu|int|gov|ru|fr|be|uk|info|io)(?:/|$)")
_SPACE = re.compile(r"\s")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs ("pic.twitter.com/xyz", "https://...", "www.gov.kz") where no name is a
    mention. Only words holding "/" or "www." are looked at, which keeps this cheap."""
    spans = []
    for marker in ("/", "www."):
        i = text.find(marker)
        while i != -1:
            start = max(text.rfind(c, 0, i) for c in " \n\t") + 1
            space = _SPACE.search(text, i)
            end = space.start() if space else len(text)
            if _URL.search(text, start, end):
                spans.append((start, end))
            i = text.find(marker, end)
    return spans


class SpanSet:
    """Spans (start, end) answering "is this span inside one of them?" in O(log n)."""

    def __init__(self, spans):
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
