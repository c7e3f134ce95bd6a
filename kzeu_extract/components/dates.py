"""kzeu_dates: date expressions in English and French, normalised to ISO.

``DateFinder`` holds precompiled regexes built from data/dates.json (built once, shared with
kzeu_document) and returns non-overlapping date mentions; every value then comes from the
one helper ``normalize.dates.resolve_date``. Forms found:

- full dates: "January 10, 2022", "Jan. 10, 2022", "10 January 2022", "1er mars 2021",
  "Thursday, 12 January 2023", "2022-01-19", "10.01.2022" / "10/01/2022" (day first by
  default: the sources are European/Kazakh and French; ``dayfirst=False`` for US texts);
- a year as an adjective ("the 1991 Almaty Declaration", "the 2019 decree"), a half-year or
  quarter ("first half of 2024", "Q1 2024", "premier semestre 2024"), resolved to the year;
- month + year ("March 2020", "décembre 1993"), year-less day + month ("le 7 février",
  "April 2" in a dateline), a bare month after a context word ("in January", "les
  événements de janvier"; English months must be capitalised, so "may"/"march" the verbs
  never match), a bare year after a context word ("in 1993", "since 2019", "en 1993");
- ranges, each end a date: "10-12 January 2022", "du 10 au 12 juin", "January-September 2023";
- weekdays ("on Thursday", "last Thursday", "jeudi dernier"; a bare one is the last such day
  on or before the reference date, or the next one in a future-tense sentence) and relative
  words ("yesterday", "hier", "next month", "la semaine dernière").

Also: a month-only date label ("date 2017-12"); a day and month with a direction ("le 3
novembre dernier": the past one); a year-less date closed by a year phrase ("1 October this
year", "in April next year": one date in that year, the phrase is no date of its own); a bare
month after "since"/"depuis"/"earlier in" is the past one. A weekday opening its sentence
("On Friday, the envoy will travel") is a future one when a future verb follows.

Not dates: decades ("the 1990s", "les années 1990"), durations ("30 years"), figures
("1,300 businesses", "plus de 2000 personnes"), a bare month named like a person of the text
("Theresa May" ... "after May arrived"), a future year naming a plan ("the 2050 Strategy",
"the 2030 Agenda"; a past one, "the 1991 Almaty Declaration", stays a date).

Reference: the document date or the --date option anchors deictic words; without them, a
deictic word beside an explicit date says when the text was written ("hier mercredi 21
octobre": "aujourd'hui" is the 22nd); else the inferred reference only completes years. A
publication date that kzeu_document read and the finder does not ("17 DE AGOSTO DE 2017" on a
date line) is added to the dates.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..extensions import add_warning, doc_text
from ..normalize.dates import resolve_date, vocabulary
from ..normalize.text import fold

_YEAR = r"[12]\d{3}(?![\w])"
_BARE_YEAR = r"(?:1[89]|20)\d\d(?![\w%]|[.,]\d|\s*(?:%|per\s?cent|pour\s?cent))"
_DAY = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th|er|re)?(?!\w)"
_SENTENCE_END = set(".!?:;\"“”«»(—–-")


# Characters before/after a trigger that the full patterns search: a mention starts at most
# ~25 characters before its trigger ("Wednesday, 10th of September 2022" holds its month
# trigger 19 characters in, "the beginning of January" 17) and ends well within 40 after it
# (within 25 after a year).
_WINDOW_BEFORE, _WINDOW_AFTER = 30, 40
# A year ends every mention holding it but a year used as an adjective, whose next word the
# window must hold ("the 1991 Almaty Declaration", "the 2019 intergovernmental agreement").
_YEAR_WINDOW_AFTER = 25
_SENTENCE_LOOKBACK = 300   # characters searched back for a future-tense cue
_LEAD_WORDS = 12           # the lead sentence: the first line of at least this many words
_LEAD_LINE = re.compile(r"[^\n]*\S[^\n]*")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _trigger_words(vocab: dict) -> dict[str, list[str]]:
    """Trigger words by kind: month and weekday names, and the longest (last, on a tie) word
    of each relative expression ("week" for "next week", "année" for "cette année")."""
    relative = [max(reversed(re.split(r"[\s'’-]+", phrase)), key=len)
                for table in ("relative_days", "relative_periods") for lang in ("en", "fr")
                for phrase in vocab[table][lang]]
    anaphoric = [max(reversed(re.split(r"[\s'’-]+", phrase)), key=len)
                 for lang in ("en", "fr") for phrase in vocab["anaphoric_days"][lang]]
    return {
        "anaphoric": anaphoric,
        "month": [n for lang in ("en", "fr") for e in vocab["months"][lang] for n in e],
        "weekday": [n for lang in ("en", "fr") for e in vocab["weekdays"][lang] for n in e],
        "relative": relative,
    }


# The trigger every mention of a kind holds: a full date or a year-less one always holds a
# month name, an ISO or numeric date a four-digit year.
_TRIGGER_OF_KIND = {"range": "month", "full": "month", "month_year": "month", "day_month": "month", "month": "month",
                    "iso": "year", "iso_month": "year", "numeric": "year", "year": "year", "year_part": "year", "weekday": "weekday",
                    "relative": "relative", "anaphoric": "anaphoric"}


_YEAR_KINDS = frozenset({"year"})
# Kinds whose every mention holds a digit: skipped in a window without one.
_WITH_DIGITS = {"range", "full", "month_year", "day_month", "iso", "iso_month", "numeric", "year", "year_part"}
_DIGIT = re.compile(r"\d")
_YEAR_IN = re.compile(r"\b[12]\d{3}\b")
_DAY_KINDS = ("full", "iso", "numeric", "day_month")
_OPENING = re.compile(r"\s*(?:(?i:on|le)\s+)?")              # "On Wednesday, ...", "Jeudi, ..."
_NAME_AFTER_YEAR = re.compile(r"(?:\s*[-–]\s*[12]\d{3})?\s+[A-Z][a-z]")


class Candidate(NamedTuple):
    start: int
    end: int
    kind: str    # which pattern found it: "full", "month_year", "iso", "iso_month", "numeric", "day_month",
                 # "month", "year", "year_part", "weekday", "relative", "range"
    expression: str | None = None   # what to resolve when the span alone is not a full date
                                    # ("10" in "10-12 January 2022" is "10 January 2022")


_CHAR_PATTERNS = {"'": "['’]", "’": "['’]", " ": r"\s+"}


def _words(words, *, fold_case: bool = True) -> str:
    """Alternation of phrases as a trie-shaped regex (sre tries one branch per character, far
    faster than a flat alternation), with flexible spaces and apostrophes. ``fold_case``: the
    pattern is used case-insensitively, so the keys are lower-cased (and merged)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in (word.lower() if fold_case else word).replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        chars = sorted(c for c in node if c)
        branches = [(_CHAR_PATTERNS.get(c) or re.escape(c)) + emit(node[c]) for c in chars]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body   # greedy: the longest phrase first

    return emit(trie) or r"(?!x)x"


def _month_alternation(vocab: dict, langs, *, abbreviations: str) -> str:
    """Month names; abbreviations ("Jan", "févr") with an optional (or required) final dot."""
    full, short = [], []
    for lang in langs:
        for entry in vocab["months"][lang]:
            full.append(entry[0])
            # accent-less spellings of full names count as full names
            full += [n for n in entry[1:] if len(n) >= 5]
            short += [n for n in entry[1:] if len(n) < 5]
    short = [s for s in short if s.lower() not in {f.lower() for f in full}]
    dot = r"\." if abbreviations == "dot" else r"\.?"
    return rf"(?<!\w)(?:(?:{_words(full)})(?!\w)|(?:{_words(short)}){dot}(?![\w]))"


class DateFinder:
    """Finds date mentions in a text; patterns are compiled once per finder.

    Speed: the full patterns run only in windows around "triggers" (a digit, a month or
    weekday name, a word of a relative expression) that one cheap regex finds first; every
    date mention contains a trigger and lies within _WINDOW_BEFORE/_WINDOW_AFTER characters of it.
    """

    def __init__(self):
        vocab = vocabulary()
        self._last: tuple | None = None
        self._month_first_patterns: set = set()
        self._english_months = {n.lower() for e in vocab["months"]["en"] for n in e}
        self._french_months = {n.lower() for e in vocab["months"]["fr"] for n in e}
        month = _month_alternation(vocab, ("en", "fr"), abbreviations="optional")
        weekday = _words(n for lang in ("en", "fr") for e in vocab["weekdays"][lang] for n in e[:1])
        # "Thursday, 12 January 2023", "jeudi 3 mars": the weekday joins a date found without
        # it (a leading optional group in every pattern would slow every position down).
        self._weekday_before = re.compile(rf"(?<!\w)(?:{weekday}),?\s+$", re.IGNORECASE)
        ordinal = "|".join(vocab["ordinal_suffixes"])
        self._day = _DAY.replace("st|nd|rd|th|er|re", ordinal)
        flags = re.IGNORECASE
        day = self._day
        # Shared by both languages: a year makes these unambiguous.
        common = [
            ("full", self._month_first(re.compile(rf"(?P<month>{month})\s+{day},?\s+{_YEAR}", flags))),
            ("full", re.compile(rf"{day}(?:\s+of)?\s+(?P<month>{month}),?\s+{_YEAR}", flags)),
            ("month_year", self._month_first(re.compile(rf"(?P<month>{month}),?\s+{_YEAR}", flags))),
            ("iso", re.compile(r"(?<![\w-])[12]\d{3}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w-])")),
            ("numeric", re.compile(r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1"
                                   r"[12]\d{3}(?!\w|[./-]\d)")),
            # "date 2017-12" (a month-only date label): only after the label, since "2011-12"
            # alone is as often a span of years ("the 2011-12 budget")
            ("iso_month", re.compile(r"(?<!\w)date\s*:?\s*(?P<date>[12]\d{3}-(?:0?[1-9]|1[0-2]))(?![\w-])", flags)),
        ]
        self._future_cues = {lang: re.compile(rf"(?<!\w)(?:{_words(vocab['future_cues'][lang])})(?!\w)"
                                              + (rf"|\w\w(?<!é)(?:{_words(vocab['future_endings'][lang])})\b"
                                                 if vocab["future_endings"].get(lang) else ""), flags)
                             for lang in ("en", "fr")}
        # the past tense of a sentence: "met", "hosted"; "a reçu", "s'est entretenu", "recevait"
        self._past_cues = {}
        for lang in ("en", "fr"):
            endings = _words(vocab["past_endings"][lang])
            if lang == "en":
                cue = rf"(?<!\w)(?:{_words(vocab['past_cues'][lang])})(?!\w)|(?<!\w)\w{{2,}}(?:{endings})\b"
            else:   # an auxiliary, an optional adverb or pronoun, then a past participle; or the imparfait
                cue = (rf"(?<!\w)(?:{_words(vocab['past_cues'][lang])})\s+(?:\w+\s+)?\w{{2,}}(?:{endings})\b"
                       rf"|(?<!\w)\w{{2,}}(?:ait|aient)\b")
            self._past_cues[lang] = re.compile(cue, flags)
        self._week_periods = {fold(k) for lang in ("en", "fr") for k, (unit, _) in vocab["relative_periods"][lang].items()
                              if unit == "week"}
        # "since May", "depuis mai": the last such month (resolved as "last May", "mai dernier")
        self._month_past = {lang: {fold(w) for w in vocab["month_context_past"][lang]} for lang in ("en", "fr")}
        self._past_month = {}
        for lang in ("en", "fr"):
            mods = vocab["month_modifiers"][lang]
            before = [w for w, d in mods["before"].items() if d < 0]
            after = [w for w, d in mods["after"].items() if d < 0]
            self._past_month[lang] = (before[0] + " {}") if before else ("{} " + after[0]) if after else "{}"
        self._month_context_patterns: dict = {}
        self._patterns = {lang: common + self._language_patterns(vocab, lang) for lang in ("en", "fr")}
        # A month name that follows a capitalised word other than a context word, a determiner
        # or a day or month name is a surname in this text ("Theresa May", "Prime Minister
        # May"): a bare month of that name after a context word ("after May arrived") is
        # then the person, not the month.
        names = [e[0] for lang in ("en", "fr") for e in vocab["months"][lang]]
        capitalised = sorted({n[0].upper() + n[1:] for n in names})
        self._month_as_name = re.compile(
            rf"(?<![\w'’-])(?P<before>[A-Z][\w'’-]*)[ \t]+(?P<month>{_words(capitalised, fold_case=False)})"
            rf"(?![\w'’-]|[ \t]*\d)")
        self._not_given_names = {fold(w) for lang in ("en", "fr") for w in
                                 [*vocab["month_context"][lang], *vocab["year_context"][lang],
                                  *vocab["year_adjective"]["determiners"][lang],
                                  *vocab["month_modifiers"][lang]["before"],
                                  *(n for e in vocab["weekdays"][lang] for n in e),
                                  *(n for e in vocab["months"][lang] for n in e)]}
        self._year_periods = {fold(k) for lang in ("en", "fr") for k, (unit, _) in vocab["relative_periods"][lang].items()
                              if unit == "year"}
        self._relative_days = {fold(k): v for lang in ("en", "fr") for k, v in vocab["relative_days"][lang].items()}
        self._anaphoric_days = {fold(k).replace("’", "'"): v for lang in ("en", "fr")
                                for k, v in vocab["anaphoric_days"][lang].items()}
        self._not_after = {fold(k): re.compile(rf"(?<![\w'’])(?:{_words(words)})\s+$", flags)
                           for lang in ("en", "fr") for k, words in vocab["relative_days_not_after"][lang].items()}
        self._year_determiners = re.compile(
            rf"(?<!\w)(?:{_words(d for lang in ('en', 'fr') for d in vocab['year_adjective']['determiners'][lang])})\s+$",
            flags)
        joiners = _words(vocab["year_range_joiners"])
        self._year_range = re.compile(rf"\s*(?:{joiners})\s*(?P<date>{_BARE_YEAR})", flags)
        self._quantity_before = re.compile(rf"(?<!\w)(?:{_words(vocab['quantity_before_number'])})\s*$", flags)
        # Every date holds a four-digit year or one of the trigger words (a day number only
        # counts next to a month name, which is a trigger itself).
        # Run on the lower-cased text without IGNORECASE: three times faster.
        # Two scans, years then words, are twice as fast as one alternation of both; the kind
        # of a trigger word is looked up from its text.
        words = _trigger_words(vocab)
        self._trigger_kinds: dict[str, set] = {}
        for kind, names in words.items():
            for name in names:
                self._trigger_kinds.setdefault(name.lower().replace("’", "'"), set()).add(kind)
        # "may", "march" in lower case: verbs, never a month (see _month_ok), so no window
        self._inert_in_lower_case = {w for w, k in self._trigger_kinds.items()
                                     if k == {"month"} and w in self._english_months and w not in self._french_months}
        self._year_trigger = re.compile(r"[12]\d{3}\b")
        trigger = rf"\b(?:{_words(self._trigger_kinds)})\b"
        self._word_trigger = re.compile(trigger)
        self._word_trigger_any_case = re.compile(trigger, flags)

    def _month_first(self, pattern: re.Pattern) -> re.Pattern:
        """Marks a pattern whose matches start with a month name: it is tried only at the month
        triggers of a window (a match there), not at every position."""
        self._month_first_patterns.add(pattern)
        return pattern

    def _month_context(self, lang: str, pattern: re.Pattern) -> re.Pattern:
        """Marks the pattern of a bare month after a context word ("in January")."""
        self._month_context_patterns[pattern] = lang
        return pattern

    def _language_patterns(self, vocab: dict, lang: str) -> list:
        flags = re.IGNORECASE
        day = self._day
        full_months = [e[0] for e in vocab["months"][lang]]
        if lang == "en":
            # Capitalised (or upper-case) only: "may" and "march" in lower case are verbs.
            month = rf"(?-i:{_words([*full_months, *(m.upper() for m in full_months)], fold_case=False)})"
        else:
            month = _words(full_months + [n for e in vocab["months"][lang] for n in e[1:] if len(n) >= 5])
        # Year-less day + month: this language's full month names or dotted abbreviations only
        # ("sept" is also "seven", "Mars" a planet in English).
        month_dot = _month_alternation(vocab, (lang,), abbreviations="dot")
        day_month = rf"(?P<month>{month_dot}|(?<!\w)(?:{month})(?!\w))"
        month_ctx = _words(vocab["month_context"][lang])
        year_ctx = _words(vocab["year_context"][lang])
        parts = vocab["year_parts"][lang]
        mods = vocab["month_modifiers"][lang]
        wd_mods = vocab["weekday_modifiers"][lang]
        weekday = _words(e[0] for e in vocab["weekdays"][lang])
        if lang == "en":
            names = [e[0] for e in vocab["weekdays"][lang]]
            weekday = rf"(?-i:{_words(names + [n.upper() for n in names], fold_case=False)})"
        gap = r"(?:\s+|(?<=[-'’]))"   # "in January", "mi-janvier", "d'avril"
        joiner = _words(vocab["day_range_joiners"])
        patterns = [
            # "10-12 January 2022", "du 10 au 12 juin", "January 10-12, 2022"
            ("range", re.compile(rf"(?P<d1>{day})\s*(?:{joiner})\s*(?P<d2>{day})(?:\s+of)?\s+{day_month}"
                                 rf"(?:,?\s+(?P<year>{_YEAR}))?", flags)),
            ("range", self._month_first(re.compile(
                rf"{day_month}\s+(?P<d1>{day})\s*(?:{joiner})\s*(?P<d2>{day})(?:,?\s+(?P<year>{_YEAR}))?", flags))),
            # "January-September 2023", "de janvier à septembre 2023"
            ("range", self._month_first(re.compile(
                rf"(?<!\w)(?P<m1>{month})\s*(?:{_words(vocab['month_range_joiners'])})\s*"
                rf"{day_month},?\s+(?P<year>{_YEAR})", flags))),
            ("day_month", self._month_first(re.compile(rf"{day_month}\s+{day}", flags))),
            ("day_month", re.compile(rf"{day}(?:\s+of)?\s+{day_month}", flags)),
            ("month", self._month_context(lang, re.compile(
                rf"(?<!\w)(?P<ctx>{month_ctx}){gap}(?P<date>(?:{month}))(?!\w)", flags))),
            ("year", re.compile(rf"(?<!\w)(?:{year_ctx}){gap}(?P<date>{_BARE_YEAR})", flags)),
            # "first half of 2024", "Q1 2024", "premier semestre 2024": the year (ISO has no half-year)
            ("year_part", re.compile(rf"(?<!\w)(?:(?:{_words(parts['ordinals'])})[\s-]+(?:{_words(parts['units'])})"
                                     rf"|(?:{_words(parts['codes'])}))(?:\s+(?:{_words(parts['joiners'])}))?"
                                     rf"{gap}(?P<year>{_BARE_YEAR})", flags)),
            # "la veille", "the next day": counted from the date named before (see DatesComponent)
            ("anaphoric", re.compile(rf"(?<!\w)(?:{_words(vocab['anaphoric_days'][lang])})(?!\w)"
                                     rf"(?!\s+(?:{_words(vocab['anaphoric_not_before'][lang])})(?!\w))", flags)),
            ("relative", re.compile(rf"(?<!\w)(?:{_words(vocab['relative_days'][lang])}|"
                                    rf"{_words(vocab['relative_periods'][lang])})(?!\w)", flags)),
        ]
        determiners = vocab["year_adjective"]["determiners"][lang]
        if determiners:
            # "the 1991 Almaty Declaration", "the 2019 decree", "the 2022 elections": a year as an
            # adjective, when a capitalised word or a noun follows; a plural noun only after a
            # year that is not a round hundred ("the 2000 delegates" is a count)
            counted = _words(vocab["year_adjective"]["not_before"])
            # (or a span of years: "the 2021-2025 programme"; _range_ends adds the second one)
            noun = rf"(?!(?:{counted})\b)(?-i:[a-z]{{3,}})\b"
            second = rf"(?:\s*[-–]\s*{_BARE_YEAR})?"
            patterns.append(("year", re.compile(
                rf"(?<!\w)(?:{_words(determiners)})\s+(?P<date>{_BARE_YEAR})"
                rf"(?:(?={second}\s+(?-i:[A-Z][a-z])|{second}\s+{noun}(?<!s))"
                rf"|(?<!00)(?={second}\s+{noun}))", flags)))
        weekday_re = rf"(?<!\w)(?:{weekday})(?!\w)"
        if wd_mods["before"]:
            weekday_re = rf"(?:(?<!\w)(?:{_words(wd_mods['before'])})\s+)?" + weekday_re
        if wd_mods["after"]:
            weekday_re += rf"(?:\s+(?:{_words(wd_mods['after'])})(?!\w))?"
        patterns.append(("weekday", re.compile(weekday_re, flags)))
        if mods["before"]:
            patterns.append(("month", re.compile(rf"(?<!\w)(?:{_words(mods['before'])})\s+(?:{month})(?!\w)",
                                                 flags)))
        if mods["after"]:
            # "le 3 novembre dernier": one day, before the reference date
            patterns.append(("day_month", re.compile(
                rf"{day}(?:\s+of)?\s+{day_month}\s+(?:{_words(mods['after'])})(?!\w)", flags)))
            patterns.append(("month", self._month_first(
                re.compile(rf"(?<!\w)(?:{month})\s+(?:{_words(mods['after'])})(?!\w)", flags))))
        return patterns

    def find(self, text: str, lang: str = "en") -> list[Candidate]:
        """Non-overlapping date mentions, in text order (the longest wins an overlap)."""
        # kzeu_document and kzeu_dates both scan the same text, one right after the other.
        last = self._last   # one read: safe if several threads share the finder
        if last is not None and last[0] == lang and last[1] == text:
            return list(last[2])
        found = self._scan(text, lang)
        self._last = (lang, text, tuple(found))
        return found

    def _windows(self, text: str) -> list[list]:
        """[start, end, trigger kinds, month trigger starts] of the stretches around triggers, merged."""
        size = len(text)
        lower = text.lower()
        # lower() keeps offsets except for a few letters (e.g. "İ" becomes two characters).
        words = (self._word_trigger.finditer(lower) if len(lower) == size
                 else self._word_trigger_any_case.finditer(text))
        kinds = self._trigger_kinds
        # (trigger start, window end, trigger kinds)
        triggers = [(m.start(), m.end() + _YEAR_WINDOW_AFTER, _YEAR_KINDS) for m in self._year_trigger.finditer(text)]
        inert = self._inert_in_lower_case
        for m in words:
            word = m.group().lower().replace("’", "'")
            if word not in inert or not text[m.start()].islower():
                triggers.append((m.start(), m.end() + _WINDOW_AFTER, kinds[word]))
        triggers.sort(key=lambda t: t[0])
        windows: list[list] = []
        for trigger_start, window_end, trigger_kinds in triggers:
            start, end = max(0, trigger_start - _WINDOW_BEFORE), min(size, window_end)
            if not (windows and start <= windows[-1][1]):
                windows.append([start, end, set(), []])
            window = windows[-1]
            window[1] = max(window[1], end)
            window[2] |= trigger_kinds
            if "month" in trigger_kinds:
                window[3].append(trigger_start)
        return windows

    def _scan(self, text: str, lang: str) -> list[Candidate]:
        found: list[Candidate] = []
        patterns = self._patterns.get(lang, self._patterns["en"])
        month_first = self._month_first_patterns
        for pos, endpos, triggers, month_starts in self._windows(text):
            # without a digit (no day, no year) only bare months and words can match
            skip = () if _DIGIT.search(text, pos, endpos) else _WITH_DIGITS
            for kind, pattern in patterns:
                if _TRIGGER_OF_KIND[kind] not in triggers or kind in skip:
                    continue
                if pattern in month_first:
                    for month_start in month_starts:
                        m = pattern.match(text, month_start, endpos)
                        if m:
                            self._add(found, text, kind, pattern, m)
                else:
                    for m in pattern.finditer(text, pos, endpos):
                        self._add(found, text, kind, pattern, m)
        found = _without_overlaps(found)
        if any(c.kind == "month" and c.expression for c in found):
            found = self._without_month_surnames(text, found)
        if any(c.kind == "relative" for c in found):
            found = self._join_year_phrases(text, found)
        return found

    def _without_month_surnames(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Drops the bare months ("after May arrived") named like a person of the text ("Theresa May")."""
        surnames = {m.group("month").lower() for m in self._month_as_name.finditer(text)
                    if fold(m.group("before")) not in self._not_given_names}
        if not surnames:
            return found
        return [c for c in found if not (c.kind == "month" and c.expression
                                         and text[c.start:c.end].lower() in surnames)]

    def _join_year_phrases(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """"1 October this year", "from 26 to 30 August next year", "in May this year": the year
        phrase closes the year-less date before it (one date, in that year), not a date of its own."""
        out: list[Candidate] = []
        for cand in found:
            phrase = text[cand.start:cand.end]
            prev = out[-1] if out else None
            if (cand.kind == "relative" and prev is not None and prev.kind == "weekday"
                    and fold(phrase) in self._week_periods and not text[prev.end:cand.start].strip(" \t,")):
                # "on Thursday this week", "Monday next week", "jeudi la semaine prochaine": one day
                out[-1] = Candidate(prev.start, cand.end, "weekday", f"{text[prev.start:prev.end]} {phrase}")
                continue
            if (cand.kind == "relative" and prev is not None and fold(phrase) in self._year_periods
                    and prev.kind in ("day_month", "range", "month") and not text[prev.end:cand.start].strip(" \t,")
                    and (prev.kind != "range" or not _YEAR_IN.search(prev.expression or text[prev.start:prev.end]))):
                base = text[prev.start:prev.end] if prev.kind == "month" else (prev.expression or text[prev.start:prev.end])
                out[-1] = Candidate(prev.start, cand.end, prev.kind, f"{base} {phrase}")
                first = out[-2] if prev.kind == "range" and len(out) > 1 else None
                if (first is not None and first.kind == "range" and first.expression
                        and not _YEAR_IN.search(first.expression) and prev.start - first.end < 20):
                    out[-2] = first._replace(expression=f"{first.expression} {phrase}")
                continue
            out.append(cand)
        return out

    def _add(self, found: list[Candidate], text: str, kind: str, pattern, m) -> None:
        if "month" in pattern.groupindex and not self._month_ok(m.group("month")):
            return
        start, end = m.span("date") if "date" in pattern.groupindex else m.span()
        if kind == "range":
            found.extend(_range_days(m))
            return
        if kind == "year":
            if self._quantity_before.search(text, max(0, start - 30), start):
                return   # "plus de 2000 personnes", "a total of 2000": a count
            found.append(Candidate(start, end, kind))
            found.extend(self._range_ends(text, end))
            return
        if kind == "year_part":
            found.append(Candidate(start, end, kind, m.group("year")))
            return
        if kind == "relative" and self._capitalised_mid_sentence(text, start):
            return   # "Kazakhstan Today" (a name), not "today"
        if kind == "relative" and (text[end:end + 1] in "-‐" and end < len(text)
                                   or (fold(text[start:end]) in self._not_after
                                       and self._not_after[fold(text[start:end])].search(text, max(0, start - 12),
                                                                                         start))):
            return   # "ce jour-là", "ce soir-là" (that day); "à ce jour" (so far)
        lang = self._month_context_patterns.get(pattern)
        if lang is not None:   # a bare month after a context word: remembered with its word
            word = m.group("date")
            past = fold(m.group("ctx")) in self._month_past[lang]
            found.append(Candidate(start, end, kind, self._past_month[lang].format(word) if past else word))
            return
        if kind in ("full", "day_month"):
            weekday = self._weekday_before.search(text, max(0, start - 12), start)
            start = weekday.start() if weekday else start
        found.append(Candidate(start, end, kind))

    def future_before(self, text: str, start: int, lang: str) -> bool:
        """Does the sentence speak of the future before ``start`` ("will meet on Thursday",
        "se rendra jeudi")?"""
        lo = max(0, start - _SENTENCE_LOOKBACK)
        sentence_start = max(text.rfind(c, lo, start) for c in ".!?\n") + 1
        cue = self._future_cues.get(lang, self._future_cues["en"])
        return cue.search(text, max(lo, sentence_start), start) is not None

    def _sentence(self, text: str, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - _SENTENCE_LOOKBACK)
        sentence_start = max(text.rfind(c, lo, start) for c in ".!?\n") + 1
        stops = [i for i in (text.find(c, end, end + _SENTENCE_LOOKBACK) for c in ".!?\n") if i >= 0]
        return max(lo, sentence_start), min(stops, default=min(len(text), end + _SENTENCE_LOOKBACK))

    def anaphoric_offset(self, text: str, cand: Candidate) -> int | None:
        """The day offset of "la veille" (-1), "the next day" (+1), ...; None for other mentions."""
        if cand.kind != "anaphoric":
            return None
        return self._anaphoric_days.get(" ".join(fold(text[cand.start:cand.end]).replace("’", "'").split()))

    def future_right_after(self, text: str, end: int, lang: str) -> bool:
        """Does a future verb follow the weekday at once ("the meeting on Thursday will be...",
        "la réunion de jeudi devrait...")?"""
        cue = self._future_cues.get(lang, self._future_cues["en"])
        m = cue.search(text, end, min(len(text), end + 30))
        return m is not None and not text[end:m.start()].strip(" \t,")

    def past_in_sentence(self, text: str, start: int, end: int, lang: str) -> bool:
        """Is the sentence of ``text[start:end]`` in a past tense ("met on Thursday", "a reçu mardi")?"""
        lo, hi = self._sentence(text, start, end)
        cue = self._past_cues.get(lang, self._past_cues["en"])
        return cue.search(text, lo, hi) is not None

    def announces(self, text: str, lang: str) -> bool:
        """Is the text an announcement: its lead sentence (the first sentence of the first line
        of at least _LEAD_WORDS words) speaks of the future before any past verb ("X will visit
        Berlin this week, the ministry has said", "X se rendra à Paris", "X est attendu à Rome")?"""
        for m in _LEAD_LINE.finditer(text):
            if len(m.group().split()) < _LEAD_WORDS:
                continue
            stop = _SENTENCE_STOP.search(text, m.start(), m.end())
            hi = stop.start() if stop else m.end()
            future = self._future_cues.get(lang, self._future_cues["en"]).search(text, m.start(), hi)
            if future is None:
                return False
            past = self._past_cues.get(lang, self._past_cues["en"]).search(text, m.start(), future.start())
            return past is None
        return False

    def future_after_opening(self, text: str, start: int, end: int, lang: str) -> bool:
        """Does a weekday opening its sentence ("On Wednesday, the minister will travel...",
        "Jeudi, le ministre se rendra...") govern a future verb later in the sentence?"""
        lo = max(0, start - _SENTENCE_LOOKBACK)
        sentence_start = max(text.rfind(c, lo, start) for c in ".!?\n") + 1
        if not _OPENING.fullmatch(text, sentence_start, start):
            return False
        stops = [i for i in (text.find(c, end, end + _SENTENCE_LOOKBACK) for c in ".!?\n") if i >= 0]
        cue = self._future_cues.get(lang, self._future_cues["en"])
        return cue.search(text, end, min(stops, default=min(len(text), end + _SENTENCE_LOOKBACK))) is not None

    def deictic_anchor(self, text: str, candidates: list[Candidate], *, reference, dayfirst: bool = True):
        """The day the text was written, when it names "today", "yesterday" or "tomorrow" right
        beside an explicit date ("has today 20 October 2010 concluded", "hier mercredi 21
        octobre"): (ISO date, the deictic candidate) or None. Year-less dates take the year of
        ``reference``."""
        for cand, after in zip(candidates, candidates[1:]):
            if cand.kind != "relative" or after.kind not in _DAY_KINDS:
                continue
            offset = self._relative_days.get(fold(text[cand.start:cand.end]))
            if offset is None or text[cand.end:after.start].strip(" \t,(") or after.start - cand.end > 4:
                continue
            item = date_item(text, after, reference=reference, reference_is_inferred=True, dayfirst=dayfirst)
            if item and item["value"] and item["granularity"] == "day":
                day = _dt.date.fromisoformat(item["value"]) - _dt.timedelta(days=offset)
                return day.isoformat(), cand
        return None

    def is_named_target(self, text: str, cand: Candidate, reference_year: int | None) -> bool:
        """A future year used as the adjective of a name ("the 2050 Strategy", "the 2030
        Agenda"): a target in a title, not a date the text refers to (a past one, "the 1991
        Almaty Declaration", dates the instrument)."""
        if cand.kind != "year" or reference_year is None or int(text[cand.start:cand.end]) <= reference_year:
            return False
        return (_NAME_AFTER_YEAR.match(text, cand.end) is not None
                and self._year_determiners.search(text, max(0, cand.start - 12), cand.start) is not None)

    def _month_ok(self, word: str) -> bool:
        """Lower-case English month names are not months ("may 2", "march 2020")."""
        key = word.rstrip(".").lower()
        return not (word.islower() and key in self._english_months and key not in self._french_months)

    def _range_ends(self, text: str, end: int) -> list[Candidate]:
        """The second year of "from 2019 to 2021", "en 2019-2020", "between 2019 and 2021"."""
        m = self._year_range.match(text, end)
        return [Candidate(*m.span("date"), "year")] if m else []

    @staticmethod
    def _capitalised_mid_sentence(text: str, start: int) -> bool:
        if not text[start].isupper():
            return False
        i = start - 1
        while i >= 0 and text[i].isspace():
            if text[i] == "\n":
                return False     # a line opens with it (a headline or a date line ends above)
            i -= 1
        return i >= 0 and text[i] not in _SENTENCE_END


def _range_days(m: re.Match) -> list[Candidate]:
    """The two ends of a range, each with the month (and year) they share."""
    month, year = m.group("month"), m.group("year") or ""
    if "m1" in m.re.groupindex:                # "January-September 2023"
        return [Candidate(*m.span("m1"), "range", f"{m.group('m1')} {year}"),
                Candidate(m.start("month"), m.end(), "range")]
    d1, d2 = m.group("d1"), m.group("d2")
    if m.start("month") < m.start("d1"):      # "January 10-12, 2022"
        first = Candidate(m.start("month"), m.end("d1"), "range", f"{month} {d1} {year}".strip())
        last = Candidate(m.start("d2"), m.end(), "range", f"{month} {d2} {year}".strip())
    else:                                      # "10-12 January 2022"
        first = Candidate(m.start("d1"), m.end("d1"), "range", f"{d1} {month} {year}".strip())
        last = Candidate(m.start("d2"), m.end(), "range")
    return [first, last]


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    kept_starts: list[int] = []
    kept: list[Candidate] = []
    # Longest first; on a tie a range's day (which knows its month and year) wins.
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.kind != "range", c.start)):
        i = bisect.bisect_left(kept_starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        kept_starts.insert(i, cand.start)
        kept.insert(i, cand)
    return kept


def date_item(text: str, cand: Candidate, *, reference, reference_is_inferred: bool,
              dayfirst: bool, future: bool = False) -> dict | None:
    """The record dict of one mention (None if it is not a valid date)."""
    resolved = resolve_date(cand.expression or text[cand.start:cand.end], reference=reference, dayfirst=dayfirst,
                            reference_is_inferred=reference_is_inferred, future=future)
    if resolved is None:
        return None
    return {"text": text[cand.start:cand.end], "start": cand.start, "end": cand.end,
            "value": resolved.value, "granularity": resolved.granularity, "relative": resolved.relative}


_ANAPHORIC_REACH = 800   # characters back to the date that "la veille", "the next day" count from


_NAMED_DAY = {"full", "iso", "numeric", "day_month", "range"}   # a day the text names (not "yesterday")


def _anaphoric_item(text: str, cand: Candidate, offset: int, before: dict | None) -> dict | None:
    """"Le 18 juin, ... La veille, ..." (17 June): the day ``offset`` days from ``before``, the
    last day the text named before ``cand`` ("18 juin", not "hier" nor "jeudi"), within
    _ANAPHORIC_REACH characters; None without one (then it is no date we can tell)."""
    if before is None or cand.start - before["end"] > _ANAPHORIC_REACH:
        return None
    day = _dt.date.fromisoformat(before["value"]) + _dt.timedelta(days=offset)
    return {"text": text[cand.start:cand.end], "start": cand.start, "end": cand.end,
            "value": day.isoformat(), "granularity": "day", "relative": True}


_NUMERIC_FIELDS = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]\d{4}")


def numeric_order(text: str, candidates: list[Candidate]) -> bool | None:
    """How the text writes its numeric dates: True day first ("16/10/2019"), False month first
    ("7/16/2017"), None when no numeric date of the text tells (both fields at most 12, or
    the text writes both ways)."""
    day_first = month_first = False
    for cand in candidates:
        if cand.kind != "numeric":
            continue
        m = _NUMERIC_FIELDS.match(text, cand.start, cand.end)
        if m is None:
            continue
        first, second = int(m.group(1)), int(m.group(2))
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    return None if day_first == month_first else day_first


_FINDER: DateFinder | None = None


def date_finder() -> DateFinder:
    """The shared finder (patterns compiled on first use, then reused by every pipeline)."""
    global _FINDER
    if _FINDER is None:
        _FINDER = DateFinder()
    return _FINDER


class DatesComponent:
    def __init__(self, *, dayfirst: bool):
        self.dayfirst = dayfirst
        self.finder = date_finder()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lang = doc._.kzeu_language or doc.lang_
        document_date = doc._.kzeu_document_date or {}
        # Deictic words ("yesterday", "on Thursday") need the publication date (stated or
        # given with --date); a reference only inferred from the text just completes years.
        anchor = document_date.get("value") or doc._.kzeu_option_date
        candidates = self.finder.find(text, lang)
        if anchor is None:
            # "hier mercredi 21 octobre": the text says which day it was written
            written = self.finder.deictic_anchor(text, candidates, reference=doc._.kzeu_reference_date,
                                                 dayfirst=self.dayfirst)
            anchor = written[0] if written else None
        reference = anchor or doc._.kzeu_reference_date
        reference_year = int(reference[:4]) if reference else None
        order = numeric_order(text, candidates)
        dayfirst = self.dayfirst if order is None else order
        announcement, last_named = None, None
        found = []
        for cand in candidates:
            if self.finder.is_named_target(text, cand, reference_year):
                continue
            future = False
            if cand.kind == "weekday":
                future = (self.finder.future_before(text, cand.start, lang)
                          or self.finder.future_after_opening(text, cand.start, cand.end, lang)
                          or self.finder.future_right_after(text, cand.end, lang))
                if not future:
                    # an announcement's bare weekdays are ahead, but in a sentence in a past tense
                    if announcement is None:
                        announcement = self.finder.announces(text, lang)
                    future = announcement and not self.finder.past_in_sentence(text, cand.start, cand.end, lang)
            offset = self.finder.anaphoric_offset(text, cand)
            if offset is not None:
                item = _anaphoric_item(text, cand, offset, last_named)
                if item is not None:
                    found.append(item)
                continue
            item = date_item(text, cand, reference=reference, reference_is_inferred=anchor is None,
                             dayfirst=dayfirst, future=future)
            if item is not None and item["value"] and item["granularity"] == "day" and cand.kind in _NAMED_DAY:
                last_named = item
            if (item is not None and cand.kind == "numeric" and document_date.get("start") == cand.start
                    and document_date.get("end") == cand.end and document_date.get("value")):
                item["value"] = document_date["value"]   # read with the dateline's help ("Jul. 6" ... "7/6/2017")
            if item is not None:
                found.append(item)
        start = document_date.get("start")
        if start is not None and not any(d["start"] < document_date["end"] and start < d["end"] for d in found):
            # a publication date the finder does not read ("17 DE AGOSTO DE 2017" on a date line)
            found.append({"text": document_date["text"], "start": start, "end": document_date["end"],
                          "value": document_date["value"], "granularity": "day", "relative": False})
            found.sort(key=lambda d: d["start"])
        unresolved = [d["text"] for d in found if d["value"] is None and d["granularity"]]
        if unresolved and anchor is None:
            add_warning(doc, f"relative dates left unresolved, no publication date stated or given "
                             f"(--date): {', '.join(dict.fromkeys(unresolved))}")
        write_items(doc, "dates", found)
        return doc


@kzeu_factory("kzeu_dates", default_config={"dayfirst": True},
              assigns=["doc.spans", "doc._.kzeu_dates"],
              requires=["doc._.kzeu_reference_date"])
def make_dates(nlp: Language, name: str, *, dayfirst: bool) -> DatesComponent:
    """dayfirst: read "03/04/2022" as 3 April (True, European and French use) or March 4."""
    return DatesComponent(dayfirst=dayfirst)
