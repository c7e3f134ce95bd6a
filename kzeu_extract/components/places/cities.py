"""The world's cities (``geo_cities.json``) found in a text by looking up runs of capitalised words."""
from __future__ import annotations

import re
from itertools import islice
from typing import Callable

from ...gazetteer import name_to_key
from ...textkit import fold_same_length
from ...textkit.scan import Vocabulary

_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")
# Every character that can be a capital (str.isupper), and a few more: not ASCII or Latin-1
# lower case, digits, punctuation or the General Punctuation block (tests check the claim).
CAPITALS = r"[^\x00-@\[-\u00bf\u00d7\u00df-\u00f6\u00f8-\u00ff\u2000-\u206f]"
_WORD_CHAR_AFTER = re.compile(r"\$|['’]\w\w")


class CityIndex:
    """The cities of ``geo_cities.json`` by name key, found in a text by looking up the
    runs of up to ``max_words`` words that start with a capital (linear in the text).
    Names the curated gazetteer already holds (countries, curated cities, regions) stay
    there; their rows only lend the GeoNames id and coordinates."""

    def __init__(self, rows, taken: set[str], skip: set[str], name_key: Callable[[str], str]):
        self._by_key: dict[str, tuple] = {}
        self._curated: dict[tuple[str, str], tuple] = {}
        self._name_key = name_key
        self.curated_names: set[str] = set()
        max_words = 1
        for row in rows:
            geonames_id, name, country = row[0], row[1], row[2]
            for form in (name, *row[8]):
                key = name_to_key(form)
                if key in taken:
                    self._curated.setdefault((name_key(form), country), row)
                    self.curated_names.add(name)
                elif key not in skip:
                    value = (f"city:{geonames_id}", "city", name, country, False, row)
                    self._by_key.setdefault(key, value)
                    max_words = max(max_words, len(key.split()))
        self._max_words = min(max_words, 6)
        # first word -> most words (as _keys_from counts them) of a name it starts
        self._words_from: dict[str, int] = {}
        for key in self._by_key:
            words = _WORD.findall(key)
            if words and key.startswith(words[0]):
                count = min(len(words), self._max_words)
                self._words_from[words[0]] = max(self._words_from.get(words[0], 1), count)
        self._first_words = set(self._words_from)
        self._vocabulary = Vocabulary(self._first_words)

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_name_key"}   # a Geo's method

    def attach(self, name_key: Callable[[str], str]) -> None:
        """The name key of the knowledge (not stored with the index)."""
        self._name_key = name_key

    def is_city(self, word: str) -> bool:
        return name_to_key(fold_same_length(word)) in self._by_key

    def curated(self, name: str, country: str | None, kind: str) -> tuple | None:
        if kind != "city" or not country:
            return None
        return self._curated.get((self._name_key(name), country))

    def finditer(self, text: str, folded: str):
        """(start, end, value) of the longest city name starting at each word of ``folded``
        written with a capital in ``text`` (not after # or @), left to right; the words
        looked at are the first words of city names, found by the shared word scan."""
        for start, word in self._vocabulary.hits(folded):
            if not text[start].isupper() or (start and text[start - 1] in "#@"):
                continue
            found = self._longest(text, self._keys_from(folded, start, start + len(word), self._words_from[word]))
            if found:
                yield (start, *found)

    def _keys_from(self, folded: str, start: int, first_end: int, max_words: int) -> list[tuple[str, int]]:
        """Keys of the runs of 1..max_words words from ``start``, as name_to_key writes them."""
        key = folded[start:first_end]
        keys = [(key, first_end)]
        if max_words == 1:
            return keys
        end = first_end
        for word in islice(_WORD.finditer(folded, first_end), max_words - 1):
            gap = folded[end:word.start()]
            if "\n" in gap:
                break
            key += " " if _SEPARATORS.fullmatch(gap) else gap
            key += word.group()
            end = word.end()
            keys.append((key, end))
        return keys

    def _longest(self, text: str, keys: list[tuple[str, int]]) -> tuple[int, tuple] | None:
        for key, end in reversed(keys):
            value = self._by_key.get(key)
            if value and not _WORD_CHAR_AFTER.match(text, end):
                return end, value
        return None

    def finditer_slow(self, text: str, folded: str):
        """The reference ``finditer`` (every word of the text in turn), for the tests."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        for i, (start, first_end) in enumerate(words):
            if not text[start].isupper() or (start and text[start - 1] in "#@"):
                continue
            key = folded[start:first_end]
            if key not in self._first_words:
                continue
            keys = [(key, first_end)]
            for j in range(i + 1, min(len(words), i + self._max_words)):
                gap = folded[words[j - 1][1]:words[j][0]]
                if "\n" in gap:
                    break
                key += " " if _SEPARATORS.fullmatch(gap) else gap
                key += folded[words[j][0]:words[j][1]]
                keys.append((key, words[j][1]))
            found = self._longest(text, keys)
            if found:
                yield (start, *found)
