"""Fast look-up of many names in a text: one compiled trie-shaped regex over a folded copy.

The text is folded character by character (lower case, accents off, curly quotes and dashes
straightened) so that offsets in the folded copy are offsets in the original; a name then
matches whatever its case or accents, and each name says which case it needs in the original
("EU" only in capitals, "Brussels" capitalised, "bureau du procureur général" any).
Spaces and hyphens inside a name match any run of spaces/hyphens ("Nur-Sultan", "Nur Sultan",
"Kazakhstan - EU"). Used by the places and organizations components. Where a name may
start is found by the shared word scan (``textkit.scan``): one pass per text for every
gazetteer and vocabulary.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# The text kit's pieces; ``_FOLD_TABLE``, ``SpanSet``, ``fold_same_length``, ``url_spans`` and
# ``words_after_boundary`` are still imported from here by the places component.
from .textkit import FOLD_TABLE as _FOLD_TABLE
from .textkit import (
    DisjointSpans,
    SpanSet,
    fold_same_length,
    trie_pattern,
    url_spans,
    words_after_boundary,
)
from .textkit.patterns import SEPARATOR as _SEPARATOR
from .textkit.scan import Vocabulary, first_word

__all__ = [
    "ANY",
    "CAPITALISED",
    "UPPER",
    "_FOLD_TABLE",
    "DisjointSpans",
    "Entry",
    "Gazetteer",
    "SpanSet",
    "case_rule",
    "fold_same_length",
    "name_to_key",
    "url_spans",
    "words_after_boundary",
]

# Case a name needs in the original text.
ANY, CAPITALISED, UPPER = "any", "capitalised", "upper"

_SEPARATOR_PATTERN = r"[\s\-\u2010\u2011]+"
_SEPARATOR_RE = re.compile(_SEPARATOR_PATTERN)
# In the compiled tries, the text's U+2010/U+2011 hyphens are first written "-" (see
# ``_plain_hyphens``), which keeps the character classes small and quick to compile; and
# "\w or U+00C0-U+024F" is written "\w, x or ÷" (the only two non-word characters there).
_TRIE_SEPARATOR = r"[\s\-]+"
_NOT_AFTER_NAME = r"(?![\w\u00d7\u00f7])"
_NOT_BEFORE_NAME = r"(?<![\w#@\u00d7\u00f7])"
_LEADING_THE = re.compile(r"^[Tt]he\s+")


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


_trie_pattern = trie_pattern


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
    cost little to set up: the shared word scan (``textkit.scan``, one pass per text for
    every vocabulary) says where a word that starts a name stands; there, a walk down a trie
    of dicts gives the longest name. The walk of a first word met often is replaced by a
    compiled regex of the names beginning with it, which is quicker once its compilation has
    paid off. Names that do not start with a letter or digit (none in our data) are found by
    a regex of their own."""
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
        by_first: dict[str, list[str]] = {}
        odd = []   # keys the word scan cannot find
        for key in self._by_key:
            word = first_word(key)
            if word is None:
                odd.append(key)
            else:
                by_first.setdefault(word, []).append(key)
            node = self._trie
            for char in key:
                node = node.setdefault(char, {})
            node[_END] = True
        self._keys_by_first = by_first
        # first words that are whole names no other name continues ("kazakhstan")
        self._leaves = {w for w in by_first if _trie_leaf(self._trie, w)}
        self._vocabulary = Vocabulary(by_first)
        self._odd = re.compile(_NOT_BEFORE_NAME + "(?=" + _trie_pattern(odd) + ")") if odd else None
        self._compiled: dict[str, re.Pattern] = {}   # first word -> regex of the names from it
        self._uses: dict[str, int] = {}

    def __getstate__(self):   # stored without the regexes compiled for the texts seen
        return {**self.__dict__, "_compiled": {}, "_uses": {}}

    def finditer(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, list[Entry]]]:
        folded = fold_same_length(text) if folded is None else folded
        starts = self._vocabulary.hits(folded)
        folded = _plain_hyphens(folded)
        if self._odd is not None:
            starts = sorted(starts + [(m.start(), None) for m in self._odd.finditer(folded)], key=_first)
        size = len(folded)
        reach = 0
        leaves, after = self._leaves, self._after
        for start, word in starts:
            if start < reach or (start and folded[start - 1] in _NOT_BEFORE):
                continue   # inside the last name found (or tried), or after "_", "#", "@"
            if word in leaves:
                # a whole name that no longer one continues, followed by no letter or digit
                # (the scan saw to that): the trie regex stops there unless "_", "×", "$"...
                end = start + len(word)
                if end < size and (folded[end] in _WORD_LIKE or (after and after.match(folded, end))):
                    continue
                longest = self._walk
            else:
                longest = self._longest_from(word)
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

    def _longest_from(self, word: str | None):
        """``longest(folded, i, limit)``: the end of the longest name at ``i`` in
        ``folded[:limit]`` (for a text cut at ``limit``), -1 if none; names from ``word``."""
        if word is None:
            return self._walk
        regex = self._compiled.get(word)
        if regex is not None:
            return lambda folded, i, limit: (m.end() if (m := regex.match(folded, i, limit)) else -1)
        uses = self._uses[word] = self._uses.get(word, 0) + 1
        if uses < _COMPILE_AFTER_USES:
            return self._walk
        self._compiled[word] = re.compile("(?:" + _trie_pattern(self._keys_by_first[word]) + ")" + self._not_after)
        return self._longest_from(word)

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
_NOT_BEFORE = "_#@\u00d7\u00f7"   # before a name, with letters and digits (the scan sees to those)
_COMPILE_AFTER_USES = 64        # a walk costs about 1/100 of compiling the start's regex


def _first(hit: tuple) -> int:
    return hit[0]


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


def _case_ok(entry: Entry, original: str) -> bool:
    if entry.case == UPPER:
        letters = [c for c in original if c.isalpha()]
        return all(c.isupper() for c in letters)
    if entry.case == CAPITALISED:
        return original[:1].isupper()
    return True
