"""Instruments named by their pair of parties (``the Armenia-European Union framework
agreement``, ``l'accord de libre-échange UE-Mercosur``, ``le traité de paix
égypto-israélien``), and the resolutions named by their number."""
from __future__ import annotations

import bisect
import re

from ...textkit import fold
from .hits import matches_at, matches_on_lines

_PAIR_WORD_BREAK = re.compile(r"[\s\-\u2013\u2014'\u2019]+")
_WORD_START = re.compile(r"(?<!\S)\S+")
_RESOLUTION_KEY = "\u00a7"
_PAIR_DASHES = ("-", "\u2013")   # a party pair holds one, between its two sides


class PartyPairs:
    """Mixin of the agreements component: pairs of parties, resolutions."""

    def _party_pairs(self, text: str, named=(), starts: dict | None = None) -> list[dict]:
        found = []
        starts = self.g.hits.starts(text) if starts is None else starts
        for m in self._pair_matches(text, starts["pairs"]):
            if self.g.data.pair_before_head:
                first, second, between = m.span(1), m.span(2), m.group(3)
            else:
                between, first, second = m.group(1), m.span(2), m.span(3)
            if any(fold(w) in self.g.pair_stop for w in between.split()):
                continue  # the Russia-Ukraine talks that ... agreement: a clause, not a name
            if not self._party_side(text, second[0], second[1], named):
                continue
            start = self._party_side_start(text, first[0], first[1], named)
            if start is None:
                continue
            parties = [self._party_name(text[s:e], s, e, named) for s, e in ((start, first[1]), second)]
            found.append({"start": start if self.g.data.pair_before_head else m.start(), "end": m.end(),
                          "kb_id": None, "parties": parties})
        return found + self._adjective_pairs(text, starts["pairs"])

    def _pair_matches(self, text: str, heads: list[int]):
        """The party-pair pattern's matches: it starts at its head, or (pair before the head)
        it lies within the head's line (no match spans a line break)."""
        if not self.g.data.pair_before_head:
            return matches_at(self.g.party_pair, text, heads)
        return matches_on_lines(self.g.party_pair, text, heads, _PAIR_DASHES)

    def _adjective_pairs(self, text: str, heads: list[int]) -> list[dict]:
        """``le traité de paix égypto-israélien``: the parties as a compound adjective."""
        pattern = self.g.adjective_pair
        found = []
        for m in matches_at(pattern, text, heads) if pattern is not None else ():
            if any(fold(w) in self.g.complement_stop for w in m.group(1).split()):
                continue
            codes = [self._combining_code(m.group(2)), self.knowledge.geo.country_code(m.group(3))]
            if all(codes) and codes[0] != codes[1]:
                found.append({"start": m.start(), "end": m.end(), "kb_id": None,
                              "parties": [self.knowledge.geo.country_name(c) for c in codes]})
        return found

    def _combining_code(self, word: str) -> str | None:
        """The country of a combining form (sino-, égypto-, franco-): listed, or an ``-o`` form
        whose stem starts the names and adjectives of one country only (égypt- -> Égypte)."""
        key = fold(word)
        if key in self.g.combining_forms:
            return self.g.combining_forms[key]
        if not key.endswith("o") or len(key) < 4:
            return None
        stem = key[:-1]
        i = bisect.bisect_left(self.country_keys, (stem, ""))
        codes = set()
        while i < len(self.country_keys) and self.country_keys[i][0].startswith(stem) and len(codes) < 2:
            codes.add(self.country_keys[i][1])
            i += 1
        return codes.pop() if len(codes) == 1 else None

    def _pair_key(self, surface: str):
        """(the two countries, the other words) of a name holding exactly two country words
        (``Egypt–Israel Peace Treaty``, ``traité de paix égypto-israélien``); else None."""
        codes, others = set(), set()
        for word in _PAIR_WORD_BREAK.split(fold(surface)):
            if not word or word in self.g.connectors:
                continue
            code = self.knowledge.geo.country_code(word) or self._combining_code(word)
            if code:
                codes.add(code)
            else:
                others.add(word)
        return (frozenset(codes), frozenset(others)) if len(codes) == 2 and others else None

    def _party_side_start(self, text: str, start: int, end: int, named=()) -> int | None:
        """Where the first side of a pair starts: its longest ending that names a party
        (``Pashinyan Armenia-EU``: Armenia)."""
        for m in _WORD_START.finditer(text[start:end]):
            if fold(m.group()) in self.g.leading and m.group() not in self.g.party_names_written:
                continue  # The US-China ...: the article is no part of the name
            if self._party_side(text, start + m.start(), end, named):
                return start + m.start()
        return None

    def _party_side(self, text: str, start: int, end: int, named=()) -> bool:
        surface = text[start:end]
        return bool(fold(surface) in self.g.party_names or self.knowledge.geo.country_code(surface)
                    or self._combining_code(surface) or any(s <= start and end <= e for s, e, _ in named))

    def _resolutions(self, text: str, starts: dict | None = None) -> list[dict]:
        """``UN Security Council resolution 1701``, ``Resolution 2231``, ``la résolution 1701``: a
        resolution named by its number; a Title Case body written before it is part of the name."""
        found = []
        pattern = self.g.resolutions
        if pattern is None:
            return found
        starts = self.g.hits.starts(text) if starts is None else starts
        for m in matches_at(pattern, text, starts["resolutions"]):
            start = m.start()
            if self.g.data.title_case_names:
                modifiers = self.g.modifiers.search(text, max(0, start - 80), start)
                if modifiers and modifiers.end() == start:
                    first = self._after_modifier_break(text, modifiers.start(), start)
                    start = self._strip_leading(text, first, start) or start
            found.append({"start": start, "end": m.end(), "kb_id": None, "key": _RESOLUTION_KEY + m.group(1)})
        return found
