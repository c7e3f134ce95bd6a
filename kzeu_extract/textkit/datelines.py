"""THE dateline recogniser: the place, agency and date that open a news text's line.

Shapes read (``Dateline.shape``):

- ``"place_first"``: ``PLACE, date`` or ``PLACE: date`` (a time may come first, "19:28 |"),
  then an agency, a dash, punctuation or the end of the line: "ASTANA, 12 March 2023
  (Reuters) -", "Islamabad: August 17, 2021", "Bruxelles, le 3 mars 2023", "NUR-SULTAN, April
  2 /TASS/", "ASTANA, Kazakhstan (AP) - ...";
- ``"agency_first"``: an agency in capitals and a full stop, then the date: "KAZINFORM. 3 mars
  2021. Le ministre ...";
- ``"date_first"``: the date opens the line, then the place in parentheses or the agency,
  then a dash: "Oct 7, 2005 (ADDIS ABABA) —", "12 March 2023 (AFP) -";
- ``"parenthesised"``: a place and date (or a date) in parentheses closing a line: "... (Paris,
  12 mars 2025)", "(23/10/2007)";
- ``"place_mark"``: a place the caller knows opens the line, then (past a region, "SHANGHAI,
  China") a dash, a bracket, an agency in capitals or a date: "BRUSSELS. KAZINFORM - ...",
  "SHANGHAI, China — ...", "Kathmandu, Jan 7 (PTI)" (``placed``; a country needs the date:
  "Ouzbékistan – Entretien ..." heads a title).

Two partial readings of the same shapes: ``lead_in_end`` (where a dateline opening a sentence
ends: "ASTANA, June 10, 2024 – President ...") and ``dateline_sources`` (the bracketed agency of
a dateline, "Kathmandu, Jan 7 (PTI) -", read without dates).

The recogniser does not find dates itself: callers pass the date mentions of the line
(anything with ``start``/``end``, e.g. ``components.dates.Candidate``), and get back the one
the dateline holds. The words it needs (the preposition before a dateline's date: "on",
"le"; the suffixes of a time before the place: "am") come from the language packs
(``dates.json``: ``date_prepositions``, ``document.json``: ``time_suffixes``); build one with
``dateline_grammar(prepositions, time_suffixes)`` or ``datelines_of(packs)``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from .patterns import LOWER_LETTER, UPPER_LETTER
from .unicode_classes import compile_pattern

_CAP = UPPER_LETTER
# Up to four words; a hyphen stays inside a word ("NUR-SULTAN"): as a separator too it would
# let a hyphen chain ("Secretary-General" repeated) split n^4 ways before a failing match.
_PLACE = rf"{_CAP}[\w'’.\-]*(?: {_CAP}[\w'’.\-]*){{0,3}}"
# An agency first, in capitals, then a full stop and the date: "OREANDA-NEWS. December 22, 2009.
# The talks...", "KAZINFORM. 3 mars 2021. Le ministre...", "BELTA. March 3."
_AGENCY_FIRST = compile_pattern(rf"[ \t]*(?P<agency>{_CAP}[{_CAP}0-9&'’]+(?:[-/ ][{_CAP}0-9&'’]+){{0,3}})\.[ \t]+")
# What follows a dateline's date: an agency ("/TASS/", "(Reuters)", ". KAZINFORM"), a dash,
# punctuation, or the end of the line.
_DATELINE_END = compile_pattern(rf"\s*(?:$|[/(\[\-–—.,:]|{_CAP}{{2,}})", re.MULTILINE)
# a date opening the line, then the place in parentheses or the agency, then a dash
_DATE_FIRST_END = re.compile(r"\s*(?:(?P<source>\([^)\n]{1,40}\))\s*)?(?:[–—]|-{1,3}\s)")
# "Paris, 27 juin. 06 [AlterPresse]": a two-digit year after a year-less dateline date
# (white space possessive, here and below: a long run of it before a failing match is read once,
# not split between the two \s* in n^2 ways)
_TWO_DIGIT_YEAR = compile_pattern(r"\s*+[.,]?\s*+['’]?(?P<yy>\d{2})(?=\s*[\[(/–—-])")
# the agency right after a dateline's date: "(Reuters)", "[Agency]", "/TASS/"
_SOURCE_AFTER = re.compile(r"\s*(?P<source>\([^)\n]{1,40}\)|\[[^\]\n]{1,40}\]|/[^/\n]{1,40}/)")
_PAREN_CLOSE = re.compile(r"\s*\)[\s.]*$")
_CLAUSE_AFTER_DATE = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){3}")   # ", the Prime Minister ..."
_PLACE_END = re.compile(r"[,:]")
_NAME_WORD = rf"{_CAP}[\w'\u2019-]*"
# After a place the caller knows: a region ("SHANGHAI, China"), then a mark (a dash, a bracket,
# an agency in capitals not opening a sentence) and the preposition of a date (compiled per grammar).
_PLACED_MARK = (rf"\s*(?:,\s*{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})?\s*[,.]?\s*"
                rf"(?P<mark>[\u2013\u2014(\[]|-(?!\w)|{_CAP}{{3,}}\b(?!\s+{LOWER_LETTER}))?")
_PLACED_DATE_WITHIN = 12           # characters between the place's mark and its date
# A dateline opening a sentence: place words, an agency in capitals, (a date), a dash.
_LEAD_IN_HEAD = compile_pattern(rf"\W*{_NAME_WORD}(?: {_NAME_WORD})*[.,]?\s*+(?:{_CAP}{{2,}}[.,]?\s*+)?")
_LEAD_IN_DASH = compile_pattern(r",?\s*[\u2013\u2014-]\s*")
# A dateline's bracketed source: "Kathmandu, Jan 7 (PTI) -", "LONDON, May 3 (AltAfrica)-",
# near the line's start, a place or date (a digit, a comma) before it.
_BRACKETED_SOURCE = compile_pattern(
    rf"[(\[]((?:{_CAP}[\w.&’'-]*)(?:[ /]{_CAP}[\w.&’'-]*){{0,3}})[)\]][ \t]*(?:[-–—]{{1,3}}|:)")
_BEFORE_SOURCE = re.compile(r"\d|,")
_SOURCE_FROM_LINE_START = 60


class _Mention(Protocol):
    start: int
    end: int


class Dateline(NamedTuple):
    shape: str                          # "place_first" | "agency_first" | "date_first" | "parenthesised"
    date: object                        # the caller's date mention the dateline holds
    place: tuple[int, int] | None       # the place ("ASTANA", "ASTANA, Kazakhstan", "Paris"), if named
    source: tuple[int, int] | None      # the agency ("KAZINFORM", "(Reuters)", "(ADDIS ABABA)"), if named


class DatelineGrammar:
    """The dateline shapes, compiled with the packs' prepositions ("le", "on") and time
    suffixes ("am", "p.m.")."""

    def __init__(self, prepositions: Iterable[str], time_suffixes: Iterable[str] = ()):
        suffixes = "|".join(map(re.escape, dict.fromkeys(time_suffixes)))
        # "19:28 | Lima, Jul. 6.", "08h15 - Dakar, 3 mars": a time and a separator before the place
        time = rf"[ \t]*\d{{1,2}}[:h]\d{{2}}(?:\s*(?:{suffixes}))?" if suffixes else r"[ \t]*\d{1,2}[:h]\d{2}"
        self._leading_time = re.compile(time + r"[ \t]*[|•·–—/-][ \t]*", re.IGNORECASE)
        words = sorted(set(prepositions), key=lambda w: (-len(w), w))
        before_date = rf"(?:(?:{'|'.join(map(re.escape, words))})\s+)?" if words else ""
        self._place = compile_pattern(
            rf"[ \t]*(?P<place>{_PLACE}(?:,\s*{_CAP}[\w'’\-]+)?)(?:\s*(?P<source>\([^)\n]{{1,40}}\)))?"
            rf"(?:\s*[,:]|\s+[–—-])\s*{before_date}")
        # "(Paris, 12 mars 2025)", "(Astana, le 3 mai 2024)", "(12 March 2025)" closing a line
        self._paren_open = compile_pattern(rf"\(\s*(?:(?P<place>{_PLACE})\s*,\s*)?{before_date}$")
        self._placed = compile_pattern(_PLACED_MARK + (rf"(?:(?:{'|'.join(map(re.escape, words))}) )?" if words else ""))
        self._lead_in_dated = compile_pattern(_LEAD_IN_HEAD.pattern + before_date)
        self._lead_in_undated = compile_pattern(_LEAD_IN_HEAD.pattern + _LEAD_IN_DASH.pattern)

    def opening(self, text: str, start: int, end: int, dates: Sequence[_Mention]) -> Dateline | None:
        """A dateline opening the line ``text[start:end]`` with its place or its agency."""
        lead = self._leading_time.match(text, start, end)
        place = self._place.match(text, lead.end() if lead else start, end)
        if not place:
            agency = _AGENCY_FIRST.match(text, start, end)
            cand = agency and next((c for c in dates if c.start == agency.end()), None)
            if cand is None or not _DATELINE_END.match(text, cand.end, end):
                return None
            return Dateline("agency_first", cand, None, agency.span("agency"))
        cand = next((c for c in dates if c.start == place.end()), None)
        if cand is None or not _DATELINE_END.match(text, cand.end, end):
            return None
        # A body sentence can open like a dateline ("Earlier, on January 15, the Prime Minister
        # received..."): a place not in capitals is a dateline only when little follows the date
        # on its line (an agency, a dash, nothing), not a clause running on after a comma.
        place_words = _PLACE_END.split(place.group())[0].strip()
        if not place_words.isupper() and _CLAUSE_AFTER_DATE.match(text, cand.end, end):
            return None
        if place.group("source"):
            source = place.span("source")
        else:
            after = _SOURCE_AFTER.match(text, cand.end, end)
            source = after.span("source") if after else None
        return Dateline("place_first", cand, place.span("place"), source)

    def date_first(self, text: str, start: int, end: int, dates: Sequence[_Mention]) -> Dateline | None:
        """"Oct 7, 2005 (ADDIS ABABA) —": the line's first date opens it, a dash follows."""
        if not dates or text[start:dates[0].start].strip():
            return None
        follow = _DATE_FIRST_END.match(text, dates[0].end, end)
        if follow is None:
            return None
        return Dateline("date_first", dates[0], None, follow.span("source") if follow.group("source") else None)

    def parenthesised(self, text: str, start: int, end: int, dates: Sequence[_Mention]) -> Dateline | None:
        """A ``(PLACE, date)`` or ``(date)`` closing the line ``text[start:end]``."""
        if not dates:
            return None
        cand = dates[-1]
        if not _PAREN_CLOSE.match(text, cand.end, end):
            return None
        opened = self._paren_open.search(text, start, cand.start)
        if opened is None:
            return None
        return Dateline("parenthesised", cand, opened.span("place") if opened.group("place") else None, None)

    def find(self, text: str, start: int, end: int, dates: Sequence[_Mention]) -> Dateline | None:
        """Any dateline of the line: parenthesised, opening, date first (tried in that order)."""
        return (self.parenthesised(text, start, end, dates) or self.opening(text, start, end, dates)
                or self.date_first(text, start, end, dates))


    def placed(self, text: str, start: int, place_end: int, dates: Sequence[_Mention], *,
               country: bool = False, reach: int = 160) -> Dateline | None:
        """A dateline opening with the place ``text[start:place_end]`` (the caller knows it is
        one): a dash, a bracket, an agency in capitals or a date follows it within ``reach`` of
        ``start``; after a ``country`` only a date makes it a dateline."""
        follow = self._placed.match(text, place_end, min(len(text), start + reach))
        if follow is None:
            return None
        rest = follow.end()
        date = next((d for d in dates if d.start < rest + _PLACED_DATE_WITHIN and d.end > rest), None)
        mark = follow.group("mark")
        if date is None and (not mark or country):
            return None
        source = follow.span("mark") if mark and mark[0].isalpha() else None
        return Dateline("place_mark", date, (start, place_end), source)

    def lead_in_end(self, text: str, start: int, end: int, dates: Sequence[_Mention]) -> int | None:
        """Where a dateline opening the sentence ``text[start:end]`` ends ("ASTANA, June 10, 2024
        – President ...", "BRUSSELS – The ..."): after its dash; None without one. ``dates``:
        the sentence's date mentions, in text order."""
        for date in dates:
            if date.start < start or date.end > end:
                continue
            dash = (self._lead_in_dated.fullmatch(text, start, date.start)
                    and _LEAD_IN_DASH.match(text, date.end, end))
            if dash:
                return dash.end()
        undated = self._lead_in_undated.match(text, start, end)
        return undated.end() if undated else None


def dateline_sources(text: str) -> Iterable[tuple[int, int]]:
    """The bracketed agency of every dateline of ``text`` ("Kathmandu, Jan 7 (PTI) -", "LONDON,
    May 3 (AltAfrica)-"), read without dates: a bracketed capitalised name, a dash or colon after
    it, and a place or date (a digit, a comma) between the line's start and it."""
    for match in _BRACKETED_SOURCE.finditer(text):
        start = match.start(1)
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start <= _SOURCE_FROM_LINE_START and _BEFORE_SOURCE.search(text, line_start, start):
            yield match.span(1)


def two_digit_year(text: str, date_end: int, end: int) -> str | None:
    """The century-completed year after a year-less dateline date ("Paris, 27 juin. 06 [...]": "2006")."""
    yy = _TWO_DIGIT_YEAR.match(text, date_end, end)
    return None if yy is None else ("20" if int(yy.group("yy")) < 50 else "19") + yy.group("yy")


@lru_cache(maxsize=8)
def dateline_grammar(prepositions: tuple[str, ...], time_suffixes: tuple[str, ...] = ()) -> DatelineGrammar:
    """The grammar for these words (compiled once)."""
    return DatelineGrammar(prepositions, time_suffixes)


def datelines_of(packs: Iterable) -> DatelineGrammar:
    """The grammar with the words of these language packs: ``date_prepositions`` of their
    ``dates.json``, ``time_suffixes`` of their ``document.json``."""
    from ..normalize.dates import vocabulary  # noqa: F401  (registers the schemas of both files)

    packs = list(packs)
    words = (w for pack in packs if "dates" in pack.concerns() for w in pack.concern("dates").date_prepositions)
    suffixes = (w for pack in packs if "document" in pack.concerns() for w in pack.concern("document").time_suffixes)
    return dateline_grammar(tuple(sorted(set(words))), tuple(dict.fromkeys(suffixes)))
