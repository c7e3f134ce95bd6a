"""The publication date a text's head states: every date found there gets a rank (see the
package docstring) and the best one wins (the earliest on a tie)."""
from __future__ import annotations

import bisect

from ...textkit import fold
from ...textkit.datelines import DatelineGrammar, two_digit_year
from ..dates import Candidate, date_item, numeric_order
from .head_words import HeadWords
from .lines import head_end, is_paragraph, scan_lines

# ranks (lower is stronger)
PUBLISHED, DATELINE, DATE_LINE, YEARLESS, UPDATED, TODAY, CREDIT = range(7)
DATED_KINDS = {"full", "iso", "numeric", "day_month"}
FULL_KINDS = {"full", "iso", "numeric"}      # a date with its year


class _ByLine:
    """Candidates looked up by line: those inside [start, end), in their own order, found
    by bisection (a head of thousands of dated lines is not rescanned per line)."""

    def __init__(self, candidates: list[Candidate]):
        self._candidates = candidates
        self._order = sorted(range(len(candidates)), key=lambda k: candidates[k].start)
        self._starts = [candidates[k].start for k in self._order]

    def within(self, start: int, end: int) -> list[Candidate]:
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        inside = sorted(k for k in self._order[first:last] if self._candidates[k].end <= end)
        return [self._candidates[k] for k in inside]


def _day_item(text: str, cand: Candidate, source: str, **how) -> dict | None:
    """The publication-date dict of ``cand`` when it resolves to a day, else None."""
    item = date_item(text, cand, **how)
    if not item or not item["value"] or item["granularity"] != "day":
        return None
    return {"value": item["value"], "text": item["text"], "start": item["start"], "end": item["end"],
            "source": source}


class PublicationDates:
    def __init__(self, words: HeadWords, datelines: DatelineGrammar):
        self.words = words
        self.datelines = datelines

    def stated_date(self, text, scan_from, candidates, year_ref, *, inferred: bool, title_lines: int) -> dict | None:
        """The best-ranked publication date of the head lines."""
        dated = [c for c in candidates if c.kind in DATED_KINDS]
        found: list[tuple[int, int, Candidate, str]] = []     # (rank, start, candidate, source)
        yearless: list[tuple[int, Candidate, str | None]] = []
        by_line = _ByLine(dated)
        for i, (start, end) in enumerate(scan_lines(text, scan_from)):
            in_line = by_line.within(start, end)
            if not in_line:
                if i >= title_lines:
                    self._alone_on_line(text, start, end, found)
            elif i < title_lines:
                line = self.datelines.parenthesised(text, start, end, in_line)
                if line is not None:
                    found.append((DATELINE, line.date.start, line.date, "dateline"))
            else:
                self._rank_line(text, start, end, in_line, found, yearless)
        if not found:
            cand = self._today_beside(text, candidates, head_end(text, scan_from))
            if cand is not None:
                found.append((TODAY, cand.start, cand, "date_line"))
        if not found:
            credit = self._credit_line(text, dated)
            if credit is not None:
                found.append((CREDIT, credit.start, credit, "date_line"))
        best = self._best(text, candidates, found, yearless, year_ref, inferred)
        if yearless and (best is None or best[0] > YEARLESS):
            if best is not None:
                year_ref, inferred = best[1]["value"], False
            dated_yearless = _yearless_date(text, yearless, year_ref, inferred)
            if dated_yearless is not None:
                return dated_yearless
        return best[1] if best else None

    def _alone_on_line(self, text: str, start: int, end: int, found: list) -> None:
        """A date the finder does not read, alone on its line: "2016年4月15日", "17 DE AGOSTO DE 2017"."""
        cand = self.words.year_first_date(text, start, end) or self.words.other_language_date(text, start, end)
        if cand is not None:
            found.append((DATE_LINE, cand.start, cand, "date_line"))

    def _best(self, text, candidates, found, yearless, year_ref, inferred) -> tuple[int, dict] | None:
        dayfirst = numeric_order(text, candidates)
        dayfirst = True if dayfirst is None else dayfirst
        agreeing = _month_first_agreement(text, found, yearless) if dayfirst else set()
        for rank, _, cand, source in sorted(found, key=lambda f: (f[0], f[1])):
            item = _day_item(text, cand, source, reference=year_ref, reference_is_inferred=inferred,
                             dayfirst=dayfirst and cand not in agreeing)
            if item is not None:
                return rank, item
        return None

    def _rank_line(self, text, start, end, in_line, found, yearless) -> None:
        if not is_paragraph(text, start, end):
            line = self.datelines.parenthesised(text, start, end, in_line)
            if line is not None:
                found.append((DATELINE, line.date.start, line.date, "dateline"))
                return
        line = self.datelines.opening(text, start, end, in_line)
        if line is not None and self.words.named_labels.search(text, start, line.date.start):
            line = None     # "Last Update : Friday, Oct 9, 2015", "Date: ...": a labelled date line
        if line is not None:
            cand = line.date
            if cand.kind in FULL_KINDS:
                found.append((DATELINE, cand.start, cand, "dateline"))
            else:
                yearless.append((cand.start, cand, two_digit_year(text, cand.end, end)))
            return
        line = self.datelines.date_first(text, start, end, in_line)
        if line is not None and line.date.kind in FULL_KINDS:
            found.append((DATELINE, line.date.start, line.date, "dateline"))    # "Oct 7, 2005 (ADDIS ABABA) —"
            return
        if not self.words.date_line(text, start, end, in_line):
            return
        previous = start
        for cand in in_line:
            label = self.words.label_before(text, previous, cand.start)
            previous = cand.end
            if cand.kind not in FULL_KINDS:
                continue
            rank = PUBLISHED if label in self.words.published else UPDATED if label in self.words.updated else DATE_LINE
            found.append((rank, cand.start, cand, "date_line"))

    def _credit_line(self, text: str, dated: list[Candidate]) -> Candidate | None:
        """The date of a credit line closing the article: a line of its own, in parentheses,
        holding the source and a full date ("(Xinhua News Agency December 3, 2007)")."""
        full = [c for c in dated if c.kind in FULL_KINDS]
        for k, cand in enumerate(full):
            start = text.rfind("\n", 0, cand.start) + 1
            end = text.find("\n", cand.end)
            end = len(text) if end < 0 else end
            line = text[start:end].strip()
            if not (line.startswith("(") and line.endswith(")")):
                continue
            alone = ((k == 0 or full[k - 1].end <= start) and (k + 1 == len(full) or full[k + 1].start >= end))
            if alone and self.words.date_line(text, start, end, [cand]):
                return cand
        return None

    def _today_beside(self, text: str, candidates: list[Candidate], head_end: int) -> Candidate | None:
        """"has today 20 October 2010 concluded", "aujourd'hui, 3 mars 2021,": a full date right
        after (or before) "today" in the first paragraphs."""
        for i, cand in enumerate(candidates):
            if cand.start > head_end:
                break
            if cand.kind not in FULL_KINDS:
                continue
            for other in candidates[max(0, i - 1):i] + candidates[i + 1:i + 2]:
                if other.kind != "relative" or self.words.relative_days.get(fold(text[other.start:other.end])) != 0:
                    continue
                gap = text[other.end:cand.start] if other.end <= cand.start else text[cand.end:other.start]
                if len(gap) <= 4 and not gap.strip(" \t,()"):
                    return cand
        return None


def _yearless_date(text, yearless, year_ref, inferred) -> dict | None:
    """The first year-less dateline date that a year completes (its two-digit year, else ``year_ref``)."""
    for _, cand, year in yearless:
        if year:
            item = _day_item(text, cand._replace(expression=f"{text[cand.start:cand.end]} {year}"), "dateline",
                             reference=None, reference_is_inferred=True, dayfirst=True)
        else:
            item = _day_item(text, cand, "dateline", reference=year_ref, reference_is_inferred=inferred, dayfirst=True)
        if item is not None:
            return item
    return None


def _month_first_agreement(text, found, yearless) -> set:
    """The numeric dates of the head ("Published: 7/6/2017") that a year-less dateline of the
    same text ("Lima, Jul. 6.") shows to be written month first: read day first they
    would not be the day the dateline names, read month first they are."""
    if not yearless:
        return set()
    named = set()
    for _, cand, _ in yearless:
        item = _day_item(text, cand, "", reference="2000-07-01", reference_is_inferred=True, dayfirst=True)
        if item is not None:
            named.add(item["value"][5:])
    agreeing = set()
    for _, _, cand, _ in found:
        if cand.kind != "numeric":
            continue
        days = [date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=first)
                for first in (True, False)]
        if all(d and d["value"] for d in days) and days[0]["value"][5:] not in named \
                and days[1]["value"][5:] in named:
            agreeing.add(cand)
    return agreeing
