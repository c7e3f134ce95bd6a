"""Date mentions: the ``Candidate`` the finder returns, and the record items made from them."""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import NamedTuple

from ...normalize.dates import resolve_date


class Candidate(NamedTuple):
    start: int
    end: int
    kind: str    # which pattern found it: "full", "month_year", "iso", "iso_month", "numeric", "day_month",
                 # "month", "year", "year_part", "weekday", "relative", "anaphoric", "range"
    expression: str | None = None   # what to resolve when the span alone is not a full date
                                    # ("10" in "10-12 January 2022" is "10 January 2022")


DAY_KINDS = ("full", "iso", "numeric", "day_month")
NAMED_DAY = {"full", "iso", "numeric", "day_month", "range"}   # a day the text names (not "yesterday")
_ANAPHORIC_REACH = 800   # characters back to the date that "la veille", "the next day" count from
_WEEKDAY_REACH = 2000   # characters back to the day a bare weekday is read near, with no publication date
_NUMERIC_FIELDS = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]\d{4}")


def range_days(m: re.Match) -> list[Candidate]:
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


def without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
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
            "value": resolved.value, "granularity": resolved.granularity, "relative": resolved.relative,
            "year_inferred": resolved.year_inferred}


def anaphoric_item(text: str, cand: Candidate, offset: int, before: dict | None) -> dict | None:
    """"Le 18 juin, ... La veille, ..." (17 June): the day ``offset`` days from ``before``, the
    last day the text named before ``cand`` ("18 juin", not "hier" nor "jeudi"), within
    _ANAPHORIC_REACH characters; None without one (then it is no date we can tell)."""
    if before is None or cand.start - before["end"] > _ANAPHORIC_REACH:
        return None
    day = _dt.date.fromisoformat(before["value"]) + _dt.timedelta(days=offset)
    return {"text": text[cand.start:cand.end], "start": cand.start, "end": cand.end,
            "value": day.isoformat(), "granularity": "day", "relative": True}


def weekday_near_named(text: str, cand: Candidate, item: dict, before: dict | None, dayfirst: bool) -> dict:
    """No publication date: "visite les 12 et 13 décembre 2016 ... Lundi matin, ..." (12 December):
    a bare weekday is the one nearest (three days either side) the last day the text named
    before it, within _WEEKDAY_REACH characters; without one it stays unresolved."""
    if before is None or cand.start - before["end"] > _WEEKDAY_REACH:
        return item
    named = _dt.date.fromisoformat(before["value"])
    expression = text[cand.start:cand.end]
    for future in (False, True):   # on or before, then on or after
        resolved = resolve_date(expression, reference=before["value"], dayfirst=dayfirst,
                                reference_is_inferred=False, future=future)
        if resolved and resolved.granularity == "day" and abs((_dt.date.fromisoformat(resolved.value) - named).days) <= 3:
            return {**item, "value": resolved.value, "granularity": "day", "relative": True}
    return item


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
