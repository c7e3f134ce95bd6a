"""The date grammar of one language pack, compiled once: the patterns the finder runs and
the word tables it looks things up in.

A date holding a year ("10 March 2022", "10.03.2022") reads the same in a text of any
language, so those patterns (and the trigger words that open the finder's windows) use the
names of every pack; the other forms (year-less dates, bare months and years after a
context word, weekdays, relative words, tense cues) are the pack's own grammar.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ...normalize.dates import DatesVocabulary
from ...textkit import LOWER_LETTER, UPPER_LETTER, fold
from ...textkit.unicode_classes import compile_pattern
from .words import month_alternation, names, optional_words, phrases, trigger_words

YEAR = r"[12]\d{3}(?![\w])"
_DAY = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:{ordinals})?(?!\w)"
_FLAGS = re.IGNORECASE


class DatePattern(NamedTuple):
    kind: str                       # what a match is ("full", "month_year", "weekday", ...)
    regex: "re.Pattern"
    month_first: bool = False       # a match starts with a month name: tried at month triggers only
    month_context: bool = False     # a bare month after a context word ("in January")


def _common_patterns(every: tuple[DatesVocabulary, ...], day: str) -> list[DatePattern]:
    """Dates that a year makes unambiguous, in the names of every pack."""
    month = month_alternation(every, abbreviations="optional")
    of = optional_words(w for v in every for w in v.day_month_joiners)
    return [
        DatePattern("full", re.compile(rf"(?P<month>{month})\s+{day},?\s+{YEAR}", _FLAGS), month_first=True),
        DatePattern("full", re.compile(rf"{day}{of}\s+(?P<month>{month}),?\s+{YEAR}", _FLAGS)),
        DatePattern("month_year", re.compile(rf"(?P<month>{month}),?\s+{YEAR}", _FLAGS), month_first=True),
        DatePattern("iso", re.compile(
            r"(?<![\w-])[12]\d{3}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w-])")),
        DatePattern("numeric", re.compile(
            r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1[12]\d{3}(?!\w|[./-]\d)")),
        # "date 2017-12" (a month-only date label of the input format): only after the label,
        # since "2011-12" alone is as often a span of years ("the 2011-12 budget")
        DatePattern("iso_month", re.compile(
            r"(?<!\w)date\s*:?\s*(?P<date>[12]\d{3}-(?:0?[1-9]|1[0-2]))(?![\w-])", _FLAGS)),
    ]


def _range_patterns(own: DatesVocabulary, day: str, day_month: str, month: str, of: str) -> list[DatePattern]:
    joiner = phrases(own.day_range_joiners)
    return [
        # "10-12 January 2022", "du 10 au 12 juin", "January 10-12, 2022"
        DatePattern("range", re.compile(rf"(?P<d1>{day})\s*(?:{joiner})\s*(?P<d2>{day}){of}\s+{day_month}"
                                        rf"(?:,?\s+(?P<year>{YEAR}))?", _FLAGS)),
        DatePattern("range", re.compile(
            rf"{day_month}\s+(?P<d1>{day})\s*(?:{joiner})\s*(?P<d2>{day})(?:,?\s+(?P<year>{YEAR}))?", _FLAGS),
            month_first=True),
        # "January-September 2023", "de janvier à septembre 2023"
        DatePattern("range", re.compile(
            rf"(?<!\w)(?P<m1>{month})\s*(?:{phrases(own.month_range_joiners)})\s*{day_month},?\s+(?P<year>{YEAR})",
            _FLAGS), month_first=True),
    ]


def _context_patterns(own: DatesVocabulary, month: str, year: str) -> list[DatePattern]:
    """Bare months and years after a context word, parts of years, relative words."""
    gap = r"(?:\s+|(?<=[-'’]))"   # "in January", "mi-janvier", "d'avril"
    parts = own.year_parts
    return [
        DatePattern("month", re.compile(
            rf"(?<!\w)(?P<ctx>{phrases(own.month_context)}){gap}(?P<date>(?:{month}))(?!\w)", _FLAGS),
            month_context=True),
        DatePattern("year", re.compile(rf"(?<!\w)(?:{phrases(own.year_context)}){gap}(?P<date>{year})", _FLAGS)),
        # "first half of 2024", "Q1 2024", "premier semestre 2024": the year (ISO has no half-year)
        DatePattern("year_part", re.compile(
            rf"(?<!\w)(?:(?:{phrases(parts.ordinals)})[\s-]+(?:{phrases(parts.units)})|(?:{phrases(parts.codes)}))"
            rf"(?:\s+(?:{phrases(parts.joiners)}))?{gap}(?P<year>{year})", _FLAGS)),
        # "la veille", "the next day": counted from the date named before (see the component)
        DatePattern("anaphoric", re.compile(rf"(?<!\w)(?:{phrases(own.anaphoric_days)})(?!\w)"
                                            rf"(?!\s+(?:{phrases(own.anaphoric_not_before)})(?!\w))", _FLAGS)),
        DatePattern("relative", re.compile(rf"(?<!\w)(?:{phrases(own.relative_days)}|"
                                           rf"{phrases(dict(own.relative_periods.items()))})(?!\w)", _FLAGS)),
    ]


def _year_adjective_pattern(own: DatesVocabulary, year: str) -> list[DatePattern]:
    """"the 1991 Almaty Declaration", "the 2019 decree", "the 2022 elections": a year as an
    adjective, when a capitalised word or a noun follows; a plural noun only after a year that
    is not a round hundred ("the 2000 delegates" is a count). Also a span of years ("the
    2021-2025 programme"; the finder adds the second one)."""
    if not own.year_adjective.determiners:
        return []
    counted = phrases(own.year_adjective.not_before)
    noun = rf"(?!(?:{counted})\b)(?-i:{LOWER_LETTER}{{3,}})\b"
    second = rf"(?:\s*[-–]\s*{year})?"
    return [DatePattern("year", compile_pattern(
        rf"(?<!\w)(?:{phrases(own.year_adjective.determiners)})\s+(?P<date>{year})"
        rf"(?:(?={second}\s+(?-i:{UPPER_LETTER}{LOWER_LETTER})|{second}\s+{noun}(?<!s))"
        rf"|(?<!00)(?={second}\s+{noun}))", _FLAGS))]


def _weekday_and_modifier_patterns(own: DatesVocabulary, day: str, day_month: str, month: str,
                                   of: str) -> list[DatePattern]:
    weekday = rf"(?<!\w)(?:{names(own.weekdays, capitalised=own.names_capitalised)})(?!\w)"
    before, after = own.weekday_modifiers.before, own.weekday_modifiers.after
    if before:
        weekday = rf"(?:(?<!\w)(?:{phrases(before)})\s+)?" + weekday
    if after:
        weekday += rf"(?:\s+(?:{phrases(after)})(?!\w))?"
    patterns = [DatePattern("weekday", re.compile(weekday, _FLAGS))]
    before, after = own.month_modifiers.before, own.month_modifiers.after
    if before:
        patterns.append(DatePattern("month", re.compile(rf"(?<!\w)(?:{phrases(before)})\s+(?:{month})(?!\w)", _FLAGS)))
    if after:
        # "le 3 novembre dernier": one day, before the reference date
        patterns.append(DatePattern("day_month", re.compile(
            rf"{day}{of}\s+{day_month}\s+(?:{phrases(after)})(?!\w)", _FLAGS)))
        patterns.append(DatePattern("month", re.compile(rf"(?<!\w)(?:{month})\s+(?:{phrases(after)})(?!\w)", _FLAGS),
                                    month_first=True))
    return patterns


def _language_patterns(own: DatesVocabulary, day: str, year: str) -> list[DatePattern]:
    month = names(own.months, capitalised=own.names_capitalised, variants=True)
    # Year-less day + month: the pack's full month names or dotted abbreviations only
    # ("sept" is also "seven", "Mars" a planet in English).
    day_month = rf"(?P<month>{month_alternation((own,), abbreviations='dot')}|(?<!\w)(?:{month})(?!\w))"
    of = optional_words(own.day_month_joiners)
    return [
        *_range_patterns(own, day, day_month, month, of),
        DatePattern("day_month", re.compile(rf"{day_month}\s+{day}", _FLAGS), month_first=True),
        DatePattern("day_month", re.compile(rf"{day}{of}\s+{day_month}", _FLAGS)),
        *_context_patterns(own, month, year),
        *_year_adjective_pattern(own, year),
        *_weekday_and_modifier_patterns(own, day, day_month, month, of),
    ]


def _bare_year(every: tuple[DatesVocabulary, ...]) -> str:
    """A year standing alone ("in 1993"), not a figure ("1993 %", "2000 per cent", "1900.5")."""
    percent = phrases(w for v in every for w in v.percent_words)
    return rf"(?:1[89]|20)\d\d(?![\w%]|[.,]\d|\s*(?:%|{percent}))"


def _past_month_form(own: DatesVocabulary) -> str:
    """How the pack says "the last such month" ("last {}", "{} dernier")."""
    before = [w for w, d in own.month_modifiers.before.items() if d < 0]
    after = [w for w, d in own.month_modifiers.after.items() if d < 0]
    return (before[0] + " {}") if before else ("{} " + after[0]) if after else "{}"


class DateGrammar:
    """Everything the finder of one pack needs, compiled from ``own`` (the pack's dates
    vocabulary) and ``every`` (the dates vocabulary of every pack, ``own`` among them)."""

    def __init__(self, own: DatesVocabulary, every: tuple[DatesVocabulary, ...]):
        self.own = own
        capitalised = {n.lower() for v in every if v.names_capitalised for n in v.month_names()}
        lower_case = {n.lower() for v in every if not v.names_capitalised for n in v.month_names()}
        # lower-case month names that are other words ("may", "march"): never a month
        self.lower_case_not_months = capitalised - lower_case
        ordinals = "|".join(dict.fromkeys(s for v in every for s in v.ordinal_suffixes))
        day = _DAY.format(ordinals=ordinals)
        # "Thursday, 12 January 2023", "jeudi 3 mars": the weekday joins a date found without
        # it (a leading optional group in every pattern would slow every position down).
        weekday = phrases(e[0] for v in every for e in v.weekdays)
        self.weekday_before = re.compile(rf"(?<!\w)(?:{weekday}),?\s+$", _FLAGS)
        self.bare_year = _bare_year(every)
        self.patterns = _common_patterns(every, day) + _language_patterns(own, day, self.bare_year)
        self._tables(own, every)
        self._triggers(every)

    def _tables(self, own: DatesVocabulary, every: tuple[DatesVocabulary, ...]) -> None:
        periods = list(own.relative_periods.items())
        self.week_periods = {fold(k) for k, (unit, _) in periods if unit == "week"}
        self.year_periods = {fold(k) for k, (unit, _) in periods if unit == "year"}
        self.relative_days = {fold(k): v for k, v in own.relative_days.items()}
        self.anaphoric_days = {fold(k).replace("’", "'"): v for k, v in own.anaphoric_days.items()}
        # "since May", "depuis mai": the last such month (resolved as "last May", "mai dernier")
        self.month_past = {fold(w) for w in own.month_context_past}
        self.past_month = _past_month_form(own)
        self.not_after = {fold(k): re.compile(rf"(?<![\w'’])(?:{phrases(words)})\s+$", _FLAGS)
                          for k, words in own.relative_days_not_after.items()}
        self.year_range = re.compile(rf"\s*(?:{phrases(own.year_range_joiners)})\s*(?P<date>{self.bare_year})", _FLAGS)
        self.quantity_before = re.compile(rf"(?<!\w)(?:{phrases(own.quantity_before_number)})\s*$", _FLAGS)
        self.year_determiners = re.compile(
            rf"(?<!\w)(?:{phrases(d for v in every for d in v.year_adjective.determiners)})\s+$", _FLAGS)
        # A month name that follows a capitalised word other than a context word, a determiner
        # or a day or month name is a surname in this text ("Theresa May", "Prime Minister
        # May"): a bare month of that name after a context word ("after May arrived") is
        # then the person, not the month.
        capitalised = sorted({n[0].upper() + n[1:] for v in every for n in (e[0] for e in v.months)})
        self.month_as_name = compile_pattern(
            rf"(?<![\w'’-])(?P<prior>{UPPER_LETTER}[\w'’-]*)[ \t]+(?P<month>{phrases(capitalised, fold_case=False)})"
            rf"(?![\w'’-]|[ \t]*\d)")
        self.not_given_names = {fold(w) for v in every for w in
                                [*v.month_context, *v.year_context, *v.year_adjective.determiners,
                                 *v.month_modifiers.before, *v.weekday_names(), *v.month_names()]}

    def _triggers(self, every: tuple[DatesVocabulary, ...]) -> None:
        """Every date holds a four-digit year or one of the trigger words (a day number only
        counts next to a month name, which is a trigger itself). The word scan runs on the
        lower-cased text without IGNORECASE (three times faster); years and words are two
        scans (twice as fast as one alternation of both); a trigger's kind is looked up."""
        self.trigger_kinds: dict[str, set] = {}
        for kind, words in trigger_words(every).items():
            for word in words:
                self.trigger_kinds.setdefault(word.lower().replace("’", "'"), set()).add(kind)
        # "may", "march" in lower case: other words, never a month, so no window
        self.inert_in_lower_case = {w for w, k in self.trigger_kinds.items()
                                    if k == {"month"} and w in self.lower_case_not_months}
        self.year_trigger = re.compile(r"[12]\d{3}\b")
        trigger = rf"\b(?:{phrases(self.trigger_kinds)})\b"
        self.word_trigger = re.compile(trigger)
        self.word_trigger_any_case = re.compile(trigger, _FLAGS)

    def month_ok(self, word: str) -> bool:
        """Lower-case forms of capitalised-only month names are not months ("may 2", "march 2020")."""
        return not (word.islower() and word.rstrip(".").lower() in self.lower_case_not_months)
