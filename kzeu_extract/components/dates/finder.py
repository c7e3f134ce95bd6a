"""``DateFinder``: the date mentions of a text, non-overlapping, in text order.

Speed: the full patterns run only in windows around "triggers" (a four-digit year, a month
or weekday name, a word of a relative expression) that two cheap scans find first; every
date mention contains a trigger and lies within _WINDOW_BEFORE/_WINDOW_AFTER characters of it.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ...langpacks import LanguagePack
from ...normalize.dates import DatesVocabulary, every_dates
from ...textkit import LOWER_LETTER, UPPER_LETTER, fold
from ...textkit.unicode_classes import compile_pattern
from .grammar import DateGrammar, DatePattern
from .items import DAY_KINDS, Candidate, date_item, range_days, without_overlaps
from .tense import TenseCues

# A mention starts at most ~25 characters before its trigger ("Wednesday, 10th of September
# 2022" holds its month trigger 19 characters in, "the beginning of January" 17) and ends
# well within 40 after it (within 25 after a year).
_WINDOW_BEFORE, _WINDOW_AFTER = 30, 40
# A year ends every mention holding it but a year used as an adjective, whose next word the
# window must hold ("the 1991 Almaty Declaration", "the 2019 intergovernmental agreement").
_YEAR_WINDOW_AFTER = 25
_SENTENCE_END = set(".!?:;\"“”«»(—–-")
# The trigger every mention of a kind holds: a full date or a year-less one always holds a
# month name, an ISO or numeric date a four-digit year.
_TRIGGER_OF_KIND = {"range": "month", "full": "month", "month_year": "month", "day_month": "month", "month": "month",
                    "iso": "year", "iso_month": "year", "numeric": "year", "year": "year", "year_part": "year",
                    "weekday": "weekday", "relative": "relative", "anaphoric": "anaphoric"}
_YEAR_KINDS = frozenset({"year"})
# Kinds whose every mention holds a digit: skipped in a window without one.
_WITH_DIGITS = {"range", "full", "month_year", "day_month", "iso", "iso_month", "numeric", "year", "year_part"}
_DIGIT = re.compile(r"\d")
_YEAR_IN = re.compile(r"\b[12]\d{3}\b")
_NAME_AFTER_YEAR = compile_pattern(rf"(?:\s*[-–]\s*[12]\d{{3}})?\s+{UPPER_LETTER}{LOWER_LETTER}")
_CANDIDATES_KEY = "kzeu:date_candidates"


class DateFinder:
    """Finds the date mentions of a text with one pack's grammar (see ``grammar``)."""

    def __init__(self, grammar: DateGrammar, code: str = ""):
        self.grammar = grammar
        self.code = code
        self.tense = TenseCues(grammar.own)

    def find(self, text: str) -> list[Candidate]:
        """Non-overlapping date mentions, in text order (the longest wins an overlap)."""
        g = self.grammar
        found: list[Candidate] = []
        for pos, endpos, triggers, month_starts in self._windows(text):
            # without a digit (no day, no year) only bare months and words can match
            skip = () if _DIGIT.search(text, pos, endpos) else _WITH_DIGITS
            for pattern in g.patterns:
                if _TRIGGER_OF_KIND[pattern.kind] not in triggers or pattern.kind in skip:
                    continue
                if pattern.month_first:
                    matches = (pattern.regex.match(text, start, endpos) for start in month_starts)
                else:
                    matches = pattern.regex.finditer(text, pos, endpos)
                for m in matches:
                    if m:
                        self._add(found, text, pattern, m)
        found = without_overlaps(found)
        if any(c.kind == "month" and c.expression for c in found):
            found = self._without_month_surnames(text, found)
        if any(c.kind == "relative" for c in found):
            found = self._join_year_phrases(text, found)
        return found

    def candidates(self, doc) -> list[Candidate]:
        """``find`` on the Doc's text, kept on the Doc (kzeu_document and kzeu_dates both ask)."""
        from ...extensions import doc_text

        text = doc_text(doc)
        key = (self.code, len(text), hash(text))
        kept = doc.user_data.get(_CANDIDATES_KEY)
        if kept is None or tuple(kept[0]) != key:
            kept = doc.user_data[_CANDIDATES_KEY] = (key, [tuple(c) for c in self.find(text)])
        return [Candidate(*c) for c in kept[1]]

    def _windows(self, text: str) -> list[list]:
        """[start, end, trigger kinds, month trigger starts] of the stretches around triggers, merged."""
        g = self.grammar
        size = len(text)
        lower = text.lower()
        # lower() keeps offsets except for a few letters (e.g. "İ" becomes two characters).
        words = g.word_trigger.finditer(lower) if len(lower) == size else g.word_trigger_any_case.finditer(text)
        # (trigger start, window end, trigger kinds)
        triggers = [(m.start(), m.end() + _YEAR_WINDOW_AFTER, _YEAR_KINDS) for m in g.year_trigger.finditer(text)]
        for m in words:
            word = m.group().lower().replace("’", "'")
            if word not in g.inert_in_lower_case or not text[m.start()].islower():
                triggers.append((m.start(), m.end() + _WINDOW_AFTER, g.trigger_kinds[word]))
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

    def _without_month_surnames(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Drops the bare months ("after May arrived") named like a person of the text ("Theresa May")."""
        g = self.grammar
        surnames = {m.group("month").lower() for m in g.month_as_name.finditer(text)
                    if fold(m.group("prior")) not in g.not_given_names}
        if not surnames:
            return found
        return [c for c in found if not (c.kind == "month" and c.expression
                                         and text[c.start:c.end].lower() in surnames)]

    def _join_year_phrases(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """"1 October this year", "from 26 to 30 August next year", "in May this year": the year
        phrase closes the year-less date before it (one date, in that year), not a date of its own;
        "on Thursday this week", "Monday next week", "jeudi la semaine prochaine": one day."""
        out: list[Candidate] = []
        for cand in found:
            prev = out[-1] if out else None
            if cand.kind != "relative" or prev is None or text[prev.end:cand.start].strip(" \t,"):
                out.append(cand)
                continue
            phrase = fold(text[cand.start:cand.end])
            if prev.kind == "weekday" and phrase in self.grammar.week_periods:
                out[-1] = Candidate(prev.start, cand.end, "weekday",
                                    f"{text[prev.start:prev.end]} {text[cand.start:cand.end]}")
            elif phrase in self.grammar.year_periods and _year_less(text, prev):
                self._close_with_year(text, out, cand)
            else:
                out.append(cand)
        return out

    @staticmethod
    def _close_with_year(text: str, out: list[Candidate], cand: Candidate) -> None:
        prev, phrase = out[-1], text[cand.start:cand.end]
        base = text[prev.start:prev.end] if prev.kind == "month" else (prev.expression or text[prev.start:prev.end])
        out[-1] = Candidate(prev.start, cand.end, prev.kind, f"{base} {phrase}")
        first = out[-2] if prev.kind == "range" and len(out) > 1 else None
        if (first is not None and first.kind == "range" and first.expression
                and not _YEAR_IN.search(first.expression) and prev.start - first.end < 20):
            out[-2] = first._replace(expression=f"{first.expression} {phrase}")

    def _add(self, found: list[Candidate], text: str, pattern: DatePattern, m: re.Match) -> None:
        kind, groups = pattern.kind, pattern.regex.groupindex
        if "month" in groups and not self.grammar.month_ok(m.group("month")):
            return
        start, end = m.span("date") if "date" in groups else m.span()
        if kind == "range":
            found.extend(range_days(m))
        elif kind == "year":
            if not self.grammar.quantity_before.search(text, max(0, start - 30), start):
                found.append(Candidate(start, end, kind))   # not a count ("plus de 2000 personnes")
                found.extend(self._range_ends(text, end))
        elif kind == "year_part":
            found.append(Candidate(start, end, kind, m.group("year")))
        elif kind == "relative":
            if self._relative_ok(text, start, end):
                found.append(Candidate(start, end, kind))
        elif pattern.month_context:   # a bare month after a context word: remembered with its word
            word = m.group("date")
            past = fold(m.group("ctx")) in self.grammar.month_past
            found.append(Candidate(start, end, kind, self.grammar.past_month.format(word) if past else word))
        else:
            if kind in ("full", "day_month"):
                weekday = self.grammar.weekday_before.search(text, max(0, start - 12), start)
                start = weekday.start() if weekday else start
            found.append(Candidate(start, end, kind))

    def _relative_ok(self, text: str, start: int, end: int) -> bool:
        """Not "Kazakhstan Today" (a name), "ce jour-là", "ce soir-là" (that day), "à ce jour" (so far)."""
        if _capitalised_mid_sentence(text, start) or (text[end:end + 1] in "-‐" and end < len(text)):
            return False
        not_after = self.grammar.not_after.get(fold(text[start:end]))
        return not (not_after and not_after.search(text, max(0, start - 12), start))

    def _range_ends(self, text: str, end: int) -> list[Candidate]:
        """The second year of "from 2019 to 2021", "en 2019-2020", "between 2019 and 2021"."""
        m = self.grammar.year_range.match(text, end)
        return [Candidate(*m.span("date"), "year")] if m else []

    # --- questions about one mention -----------------------------------------------------

    def anaphoric_offset(self, text: str, cand: Candidate) -> int | None:
        """The day offset of "la veille" (-1), "the next day" (+1), ...; None for other mentions."""
        if cand.kind != "anaphoric":
            return None
        return self.grammar.anaphoric_days.get(" ".join(fold(text[cand.start:cand.end]).replace("’", "'").split()))

    def deictic_anchor(self, text: str, candidates: list[Candidate], *, reference, dayfirst: bool = True):
        """The day the text was written, when it names "today", "yesterday" or "tomorrow" right
        beside an explicit date ("has today 20 October 2010 concluded", "hier mercredi 21
        octobre"): (ISO date, the deictic candidate) or None. Year-less dates take the year of
        ``reference``."""
        for cand, after in zip(candidates, candidates[1:]):
            if cand.kind != "relative" or after.kind not in DAY_KINDS:
                continue
            offset = self.grammar.relative_days.get(fold(text[cand.start:cand.end]))
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
                and self.grammar.year_determiners.search(text, max(0, cand.start - 12), cand.start) is not None)


def _year_less(text: str, prev: Candidate) -> bool:
    return prev.kind in ("day_month", "range", "month") and (
        prev.kind != "range" or not _YEAR_IN.search(prev.expression or text[prev.start:prev.end]))


def _capitalised_mid_sentence(text: str, start: int) -> bool:
    if not text[start].isupper():
        return False
    i = start - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return False     # a line opens with it (a headline or a date line ends above)
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_END


class _Same:
    """A cache key that is its object (the vocabularies are read once per pack)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Same) and other.value is self.value


@lru_cache(maxsize=16)
def _finder(code: str, own: _Same, every: tuple[_Same, ...]) -> DateFinder:
    return DateFinder(DateGrammar(own.value, tuple(v.value for v in every)), code)


def date_finder(pack: LanguagePack, every: dict[str, DatesVocabulary] | None = None) -> DateFinder:
    """The finder of ``pack`` (compiled once per pack and set of packs). ``every``: language
    code -> dates vocabulary of every pack (default: the installed ones; ``pack``'s own
    vocabulary stands for its code in any case)."""
    own = pack.concern("dates")
    every = {**(every_dates() if every is None else every), pack.code: own}
    return _finder(pack.code, _Same(own), tuple(_Same(v) for v in every.values()))
