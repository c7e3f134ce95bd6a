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
_SEPARATOR_RE = re.compile(_SEPARATOR_PATTERN)
# In the compiled tries, the text's U+2010/U+2011 hyphens are first written "-" (see
# ``_plain_hyphens``), which keeps the character classes small and quick to compile; and
# "\w or U+00C0-U+024F" is written "\w, x or ÷" (the only two non-word characters there).
_TRIE_SEPARATOR = r"[\s\-]+"
_NOT_AFTER_NAME = r"(?![\w\u00d7\u00f7])"
_NOT_BEFORE_NAME = r"(?<![\w#@\u00d7\u00f7])"
_LEADING_THE = re.compile(r"^[Tt]he\s+")


def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower() if len(char.lower()) == 1 else char


# Length-preserving fold of every character up to U+02FF plus typographic quotes and dashes.
_FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x300) if _fold_char(chr(i)) != chr(i)}
_FOLD_TABLE.update({ord(c): r for c, r in {"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                                           "\u2013": "-", "\u2014": "-", "\u00a0": " ",
                                           "\u202f": " "}.items()})


_LAST_FOLD: tuple[str, str] = ("", "")
_REMEMBER_FROM = 256   # characters: a document's text, folded by several components in turn


def fold_same_length(text: str) -> str:
    """Folded copy of ``text`` with the same length, so offsets carry over. The last long
    text's copy is kept: places, organizations and others fold the same document text."""
    global _LAST_FOLD
    last = _LAST_FOLD
    if last[0] is text:
        return last[1]
    folded = text.translate(_FOLD_TABLE)
    if len(text) >= _REMEMBER_FROM:
        _LAST_FOLD = (text, folded)
    return folded


def name_to_key(name: str) -> str:
    """Key of a name in the trie: folded, separators collapsed to one space."""
    return " ".join(_SEPARATOR_RE.split(fold_same_length(name).strip()))


def case_rule(name: str) -> str:
    """Short all-capital names are abbreviations ("EU", "UN", "USA"): capitals only;
    names starting with a capital need one; lower-case names match in any case."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return UPPER
    if name[:1].isupper():
        return CAPITALISED
    return ANY


def _trie_pattern(keys: list[str], separator: str = _TRIE_SEPARATOR) -> str:
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
            piece = separator if char == _SEPARATOR else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional: the longest name wins, the shorter one is the fall-back.
        return f"(?:{body})?" if ends_here else body

    return emit(trie)


_START_CHARACTERS = 3


def _start_words(key: str) -> str:
    """A key's first word, with the next ones while shorter than ``_START_CHARACTERS``
    ("la paz" rather than "la", which French writes everywhere)."""
    words = key.split(_SEPARATOR)
    start = words[0]
    for word in words[1:]:
        if len(start) >= _START_CHARACTERS:
            break
        start += _SEPARATOR + word
    return start


@dataclass
class Entry:
    name: str            # the surface form listed in the data
    case: str            # ANY, CAPITALISED or UPPER
    value: Any           # what the caller attaches (a place, a KB id, ...)


@dataclass
class Gazetteer:
    """Names -> values; ``finditer(text)`` yields (start, end, [Entry, ...]) left to right,
    longest first, not overlapping, inside word boundaries and outside #hashtags/@handles.

    Exactly what one trie-shaped regex of all the names would find left to right (the
    longest name at the first place one starts, then on after it), found in two steps that
    cost little to set up: a small compiled regex (a trie of the names' first words only,
    see ``_start_words``) finds where a name may start; there, a walk down a trie of dicts
    gives the longest name. The walk of a start met often is replaced by a compiled regex of
    the names beginning with it, which is quicker once its compilation has paid off."""
    names: list[tuple[str, Any]]
    after: str = ""  # extra negative look-ahead, e.g. r"\$" so "US$" is no "US"
    _by_key: dict[str, list[Entry]] = field(init=False, default_factory=dict)

    def __post_init__(self):
        for name, value in self.names:
            # "The Astana Times" is found as "Astana Times" whether or not "the" is written.
            key = name_to_key(_LEADING_THE.sub("", name))
            if key:
                self._by_key.setdefault(key, []).append(Entry(name, case_rule(name), value))
        self._not_after = _NOT_AFTER_NAME + (f"(?!{self.after})" if self.after else "")
        self._after = re.compile(self.after) if self.after else None
        self._trie: dict = {}
        by_start: dict[str, list[str]] = {}
        for key in self._by_key:
            by_start.setdefault(_start_words(key), []).append(key)
            node = self._trie
            for char in key:
                node = node.setdefault(char, {})
            node[_END] = True
        self._keys_by_start = by_start
        # starts that are whole names no other name continues ("kazakhstan"), as written
        self._leaves = {s for s in by_start if _SEPARATOR not in s and _trie_leaf(self._trie, s)}
        self._compiled: dict[str, re.Pattern] = {}   # start -> regex of the names from it
        self._uses: dict[str, int] = {}
        if by_start:
            # the longest names' start written here, followed by a separator or a word's end
            self._starts = re.compile(_NOT_BEFORE_NAME + "(?=(" + _trie_pattern(list(by_start)) + ")"
                                      r"(?:[\s\-]|" + _NOT_AFTER_NAME + "))")
        else:
            self._starts = re.compile(r"(?!x)x")

    def finditer(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, list[Entry]]]:
        folded = _plain_hyphens(fold_same_length(text) if folded is None else folded)
        size = len(folded)
        reach = 0
        leaves, after = self._leaves, self._after
        for start_match in self._starts.finditer(folded):
            start = start_match.start()
            if start < reach:
                continue   # inside the last name found (or tried): the scan goes on after it
            written = start_match.group(1)
            end = start + len(written)
            if written in leaves and not (after and after.match(folded, end)):
                # a whole name that no longer one continues, followed by no word character
                # (the start regex saw to that): the trie regex would stop there too
                longest = self._walk
            else:
                longest = self._longest_from(written)
                end = longest(folded, start, size)
                if end < 0:
                    continue
            reach = end
            while end > 0:
                entries = self._entries(text, folded, start, end)
                if entries:
                    yield start, end, entries
                    break
                # The longest name failed on case ("us" for "US"): try shorter ones here.
                end = _shorter(longest, folded, start, end)

    def _longest_from(self, start: str):
        """``longest(folded, i, limit)``: the end of the longest name at ``i`` in
        ``folded[:limit]`` (for a text cut at ``limit``), -1 if none; names from ``start``."""
        if start not in self._keys_by_start:
            start = " ".join(_SEPARATOR_RE.split(start))   # as written: "el\n\nsalvador"
        regex = self._compiled.get(start)
        if regex is not None:
            return lambda folded, i, limit: (m.end() if (m := regex.match(folded, i, limit)) else -1)
        uses = self._uses[start] = self._uses.get(start, 0) + 1
        if uses < _COMPILE_AFTER_USES:
            return self._walk
        keys = [k for i in range(1, len(start) + 1) for k in self._keys_by_start.get(start[:i], ())]
        self._compiled[start] = re.compile("(?:" + _trie_pattern(keys) + ")" + self._not_after)
        return self._longest_from(start)

    def _walk(self, folded: str, i: int, limit: int) -> int:
        """The trie regex's match by hand: characters one by one, a run of spaces/hyphens
        for a separator, the deepest name end followed by no word character (or by the end)."""
        node, best, after = self._trie, -1, self._after
        while True:
            if _END in node:
                if i >= limit:
                    return i
                char = folded[i]
                if not (char.isalnum() or char in _WORD_LIKE) and not (after and after.match(folded, i, limit)):
                    best = i
            elif i >= limit:
                return best
            char = folded[i]
            if char.isspace() or char == "-":
                node = node.get(_SEPARATOR)
                if node is None:
                    return best
                i += 1
                while i < limit and (folded[i].isspace() or folded[i] == "-"):
                    i += 1
            else:
                node = node.get(char)
                if node is None:
                    return best
                i += 1

    def _entries(self, text, folded, start, end) -> list[Entry]:
        key = " ".join(_SEPARATOR_RE.split(folded[start:end]))
        original = text[start:end]
        return [e for e in self._by_key.get(key, ()) if _case_ok(e, original)]

    def finditer_slow(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, list[Entry]]]:
        """The reference: one trie regex of all the names (slow to compile), for the tests."""
        regex = re.compile(r"(?<![\w#@\u00c0-\u024f])(?:" + _trie_pattern(list(self._by_key), _SEPARATOR_PATTERN)
                           + r")(?![\w\u00c0-\u024f])" + (f"(?!{self.after})" if self.after else ""))
        folded = fold_same_length(text) if folded is None else folded
        for match in regex.finditer(folded):
            start, end = match.span()
            while match:
                entries = self._entries(text, folded, match.start(), match.end())
                if entries:
                    yield match.start(), match.end(), entries
                    break
                match = next((m for stop in range(match.end() - 1, start, -1)
                              if not folded[stop].isalnum() and folded[stop - 1].isalnum()
                              and (m := regex.match(folded, start, stop)) and m.end() == stop), None)


_END = ""
_WORD_LIKE = "_\u00d7\u00f7"   # with str.isalnum: what "\w or U+00C0-U+024F" matches
_COMPILE_AFTER_USES = 64        # a walk costs about 1/100 of compiling the start's regex


def _trie_leaf(trie: dict, key: str) -> bool:
    node = trie
    for char in key:
        node = node.get(char)
        if node is None:
            return False
    return len(node) == 1 and _END in node


def _shorter(longest, folded: str, start: int, end: int) -> int:
    """The end of the longest name at ``start`` ending at a word's end before ``end``, or -1."""
    for stop in range(end - 1, start, -1):
        if folded[stop].isalnum() or not folded[stop - 1].isalnum():
            continue  # cut only at the end of a word
        if longest(folded, start, stop) == stop:
            return stop
    return -1


def _plain_hyphens(folded: str) -> str:
    if "\u2010" in folded or "\u2011" in folded:
        return folded.replace("\u2010", "-").replace("\u2011", "-")
    return folded


def words_after_boundary(not_before: str, alternatives: list[str]) -> str:
    """``(?<![not_before])(?:w1|w2|...)`` for words ``alternatives`` (regex-escaped, each
    starting with one plain character), written so that a regex search can skip to the
    words' first letters: the look-behind moves after the first character
    (``w(?<![not_before].)ord``). Same matches, several times quicker on long texts."""
    branches = []
    for word in alternatives:
        head = word[:2] if word.startswith("\\") else word[:1]
        branches.append(f"{head}(?<![{not_before}].){word[len(head):]}")
    return "(?:" + "|".join(branches) + ")"


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
