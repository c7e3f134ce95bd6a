"""When a place name in the text is no mention of the place: the context checks of one pack.

A city inside a person's name ("Santiago Peña", "Marco Rubio"), a place naming an instrument
or an event ("the Minsk agreements"), a region adjective without its noun ("Middle Eastern
food"), a place opening an organisation's name ("Astana International Financial Center"), a
region as an office's portfolio ("Minister for Europe"), a negotiation format's label ("the
Astana format")."""
from __future__ import annotations

import re

from ...textkit.unicode_classes import compile_pattern
from .patterns import alternation
from .schema import PlacesWords

# A capitalised word shaped like a name, on the same line: "Peña", "Nightingale"; or a
# middle initial ("George W. Bush").
_NAME_AFTER = compile_pattern(r"[ \t](?:(\p{Lu}\p{Ll}[\w’'-]*)(?![\w’'-])|\p{Lu}\.[ \t]\p{Lu})")
_NAME_BEFORE = compile_pattern(r"(?<![\w’'.-])(\p{Lu}\p{Ll}[\w’'-]*)[ \t]$")
_CAPITAL_AFTER = compile_pattern(r"[ \t]+\p{Lu}")
_JOINED_BEFORE = re.compile(r"\w[ \t]?[-–][ \t]?$")


class PlaceGuards:
    def __init__(self, words: PlacesWords, company_nouns: list[str], non_name_words: set[str], is_place):
        """``is_place(word)``: the word is a place of the gazetteers (no person's name then)."""
        self._is_place = is_place
        self._non_name_words = non_name_words
        self._name_head_after = re.compile(r"[ \t]+(?:%s)\b" % alternation(words.name_heads_after, spaces=False))
        self._region_noun = re.compile(r"\s+(?:%s)\b" % alternation(words.region_nouns_after, spaces=False),
                                       re.IGNORECASE)
        self._region_noun_before = re.compile(
            r"\b(?:%s)[ \t]+$" % alternation(words.region_nouns_before, spaces=False), re.IGNORECASE)
        self._org_continuation = compile_pattern(self._org_continuation_pattern(words))
        self._portfolio_before = re.compile(
            r"\b(?:%s)(?:[ \t]+(?:%s)|(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+(?:%s))[ \t]*$"
            % (alternation(words.portfolio_titles, apostrophes=True),
               alternation(words.portfolio_prepositions, apostrophes=True),
               alternation(words.portfolio_distant_prepositions, apostrophes=True)), re.IGNORECASE)
        self._format_after = re.compile(r"[ \t]+(?:%s)\b" % alternation(words.format_nouns_after, spaces=False))
        self._format_before = re.compile(
            r"\b(?:%s)[ \t]*$" % alternation(words.format_nouns_before, spaces=False, apostrophes=True), re.IGNORECASE)
        self._company_noun_before = re.compile(rf"(?<![\w'’-])(?:{alternation(company_nouns)})[ \t]+$")

    @staticmethod
    def _org_continuation_pattern(words: PlacesWords) -> str:
        """"Astana International Financial Center": capitalised words, then an organisation's
        head (not a Title Case headline's function word: "... In Brussels Ahead Of ...")."""
        stop = words.headline_words
        not_stop = r"(?!(?:%s)\b)" % alternation(stop, spaces=False) if stop else ""
        return (r"(?:[ \t]+%s\p{Lu}[\w'’&.-]*){0,3}?[ \t]+(?:%s)\b"
                % (not_stop, alternation(words.org_heads, spaces=False)))

    def names_an_instrument(self, text: str, end: int) -> bool:
        return bool(self._name_head_after.match(text, end))

    def has_region_noun(self, text: str, start: int, end: int) -> bool:
        """"Central Asian states" names the region; so does French "pays centrasiatiques"."""
        if text[start].islower():
            return bool(self._region_noun_before.search(text, max(0, start - 20), start))
        return bool(self._region_noun.match(text, end))

    def is_portfolio(self, text: str, start: int) -> bool:
        return bool(self._portfolio_before.search(text, max(0, start - 60), start))

    def names_a_format(self, text: str, start: int, end: int) -> bool:
        return bool(self._format_after.match(text, end) or self._format_before.search(text, max(0, start - 15), start))

    def starts_org_name(self, text: str, start: int, end: int) -> bool:
        """True for "Astana" in "Astana International Financial Center", not for
        "Uzbekistan" in "EU-Uzbekistan Cooperation Council" (a party, not a modifier)."""
        if _JOINED_BEFORE.search(text, max(0, start - 3), start):
            return False
        if _CAPITAL_AFTER.match(text, end) and self._company_noun_before.search(text, max(0, start - 25), start):
            return True
        match = self._org_continuation.match(text, end)
        return bool(match) and "\n" not in match.group()

    def in_person_name(self, text: str, start: int, end: int, listed: bool) -> bool:
        """A city inside a person's name: right before a capitalised word that is no place,
        institution or calendar word ("Santiago Peña", "Florence Nightingale", "George W.
        Bush"), or, for the GeoNames cities, right after one ("Marco Rubio", "Juan Manuel
        Santos"). Curated cities only count when named like a person ("Paris Hilton")."""
        after = _NAME_AFTER.match(text, end)
        if after and (after.group(1) is None or self._name_like(text, after.start(1), after.group(1))):
            return True
        if not listed:
            return False
        before = _NAME_BEFORE.search(text, max(0, start - 30), start)
        return bool(before) and self._name_like(text, before.start(1), before.group(1))

    def _name_like(self, text: str, start: int, word: str) -> bool:
        if word.casefold() in self._non_name_words:
            return False
        # another place ("Jeddah Saudi Arabia") or a place noun ("Lagos State") is no name
        return not self._is_place(text, start, word)
