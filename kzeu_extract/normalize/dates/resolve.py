"""Date normalisation: ONE helper, ``resolve_date``, turns a date expression into an ISO value.

Policy, in one place:
- explicit reference date: relative expressions ("yesterday", "on Thursday", "last January":
  ``relative``) and year-less dates ("le 7 février", "in January": ``year_inferred``) are
  resolved against the ``reference`` passed in, never against today's clock;
- explicit day-first policy for numeric dates ("10/01/2022"): the caller says ``dayfirst``;
  ISO dates ("2022-01-19") are always year-month-day;
- ISO out: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` with the matching granularity;
- "cannot tell" is ``value=None`` (a relative date with nothing to anchor it), and "not a
  date" is ``None`` (e.g. "31 February 2022").

Parsing goes through dateutil (``PackParserInfo`` gives it the month and weekday names of
every language pack, data/lang/<code>/dates.json), arithmetic through ``relativedelta``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from dateutil import parser as _dateutil_parser
from dateutil.parser import ParserError, parserinfo
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ...textkit import fold
from .vocabulary import every_dates

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
# Two defaults that differ in every field: a field dateutil fills from the default (i.e. the
# text did not state it) comes out different in the two parses. Both are leap years.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(1972, 2, 2)
_ISO_LIKE = re.compile(r"\s*\d{4}[-/.]\d")
_NUMERIC = re.compile(r"\s*(?:(\d{4})|(\d{1,2}))[-/.](\d{1,2})[-/.](\d{1,4})\s*$")
_TOKEN = re.compile(r"\d+[^\W\d_]*|[^\W\d_]+")


class Resolved(NamedTuple):
    value: Optional[str]          # ISO, or None when the expression cannot be anchored
    granularity: Optional[str]    # "day" | "month" | "year" | None (a week)
    relative: bool                # relative to another date: "yesterday", "on Thursday", "last January"
    year_inferred: bool = False   # an absolute date without its year ("7 février"), completed from the reference

    @property
    def needs_reference(self) -> bool:
        """Whether the value depends on the reference date (relative, or its year inferred)."""
        return self.relative or self.year_inferred


class PackParserInfo(parserinfo):
    """The month and weekday names of every language pack (and their accent-less spellings)
    and the pack words that stand between the parts of a date, for dateutil."""

    def __init__(self, dayfirst: bool = True, yearfirst: bool = False):
        packs = tuple(every_dates().values())
        self.MONTHS = _merged([_pack_names(packs, "months", i) for i in range(12)])
        self.WEEKDAYS = _merged([_pack_names(packs, "weekdays", i) for i in range(7)])
        # Words between the parts of a date: "the 10th of January", "le 1er mars", "du 2 mai".
        self.JUMP = parserinfo.JUMP + list(dict.fromkeys(w for v in packs for w in v.parser_skip_words))
        super().__init__(dayfirst=dayfirst, yearfirst=yearfirst)


def _pack_names(packs, table: str, index: int) -> list[str]:
    names = [n for vocabulary in packs for n in getattr(vocabulary, table)[index]]
    return names + [fold(n) for n in names]


def _merged(rows) -> list[tuple]:
    return [tuple(dict.fromkeys(n.lower() for n in row)) for row in rows]


@lru_cache(maxsize=1)
def _ordinal_letters() -> str:
    """The letters of every pack's ordinal suffixes ("1st", "1er", "2e"), stripped off day numbers."""
    return "".join(dict.fromkeys(c for v in every_dates().values() for suffix in v.ordinal_suffixes for c in suffix))


@lru_cache(maxsize=1)
def _parser() -> _dateutil_parser.parser:
    return _dateutil_parser.parser(PackParserInfo())


class _Tables(NamedTuple):
    days: dict            # folded expression -> day offset
    periods: dict         # folded expression -> (unit, offset)
    weekday_index: dict   # folded weekday name -> 0..6
    month_index: dict     # folded month name -> 1..12
    modifiers: dict       # folded modifier word -> direction -1/0/1
    year_periods: tuple   # (folded "this year"-like expression, year offset), longest first


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    packs = tuple(every_dates().values())
    days, periods, modifiers = {}, {}, {}
    for vocabulary in packs:
        days.update({fold(k): v for k, v in vocabulary.relative_days.items()})
        periods.update({fold(k): v for k, v in vocabulary.relative_periods.items()})
        for table in (vocabulary.weekday_modifiers, vocabulary.month_modifiers):
            modifiers.update({fold(k): v for side in (table.before, table.after) for k, v in side.items()})
    weekday_index = {fold(n): i for vocabulary in packs for i, entry in enumerate(vocabulary.weekdays) for n in entry}
    month_index = {fold(n): i + 1 for vocabulary in packs for i, entry in enumerate(vocabulary.months) for n in entry}
    year_periods = tuple(sorted(((k, offset) for k, (unit, offset) in periods.items() if unit == "year"),
                                key=lambda item: -len(item[0])))
    return _Tables(days, periods, weekday_index, month_index, modifiers, year_periods)


def as_date(value) -> Optional[dt.date]:
    """``value`` (a date or an ISO string, day or coarser) as a date; None if it is not one."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value)
    text = {4: text + "-01-01", 7: text + "-01"}.get(len(text), text)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


@lru_cache(maxsize=8192)   # pure, and the same mentions recur (kzeu_document, then kzeu_dates)
def resolve_date(expression: str, *, reference=None, dayfirst: bool = True,
                 reference_is_inferred: bool = False, future: bool = False) -> Optional[Resolved]:
    """Normalise one date expression (the text of a date mention, without "on"/"le"/"in").

    reference: the date relative expressions resolve against (date or ISO string) or None.
    dayfirst: numeric dates are day/month/year (True) or month/day/year (False).
    reference_is_inferred: the reference is only the latest date the text states, not its
        publication date; it then completes years ("le 7 février" -> that year, "next year")
        but does not anchor deictic days, weeks and months ("yesterday", "on Thursday", "last
        week", "next month"), which stay None.
    Directions: "le 3 novembre dernier" is the last 3 November before the reference, "1 October
    this year" / "5 March next year" take the reference's year (moved).
    future: the sentence speaks of the future ("will meet on Thursday"): a bare weekday is
        then the next such day on or after the reference date.
    Returns None when the expression is not a valid date.
    """
    ref = as_date(reference)
    tables = _tables()
    key = fold(expression).strip(" ,.")
    deictic_ref = None if reference_is_inferred else ref

    if key in tables.days:
        if deictic_ref is None:
            return Resolved(None, "day", True)
        return Resolved((deictic_ref + relativedelta(days=tables.days[key])).isoformat(), "day", True)
    if key in tables.periods:
        unit, offset = tables.periods[key]
        # A year ("this year", "l'année prochaine") is safe with an inferred reference too: the
        # text was written in (or just after) the year of the latest date it states.
        return _resolve_period(unit, offset, ref if unit == "year" else deictic_ref)
    dated_week = _with_week_period(key, deictic_ref)
    if dated_week is not None:
        return dated_week
    dated_year = _with_year_period(key, ref, dayfirst)
    if dated_year is not None:
        return dated_year

    words = key.replace(",", " ").split()
    direction = None
    if len(words) == 2 and (words[0] in tables.modifiers or words[1] in tables.modifiers):
        modifier = words[0] if words[0] in tables.modifiers else words[1]
        direction = tables.modifiers[modifier]
        words = [w for w in words if w != modifier]
    elif len(words) in (3, 4) and words[-1] in tables.modifiers and words[-2] in tables.month_index:
        # "le 3 novembre dernier", "(mardi) 12 mai prochain": the day before / after the reference
        fields = _stated_fields(" ".join(words[:-1]), dayfirst)
        if fields is None or fields[0] is not None or fields[2] is None:
            return None
        return _complete_year(fields[1], fields[2], ref, tables.modifiers[words[-1]], reference_is_inferred)
    if len(words) == 1 and words[0] in tables.weekday_index:
        if direction is None and future:
            direction = 0
        return _resolve_weekday(tables.weekday_index[words[0]], direction, deictic_ref)
    if direction is not None:
        if len(words) == 1 and words[0] in tables.month_index:
            return _complete_year(tables.month_index[words[0]], None, ref, direction, reference_is_inferred)
        return None
    return _resolve_calendar(expression, ref, dayfirst, reference_is_inferred)


def _with_week_period(key: str, ref: Optional[dt.date]) -> Optional[Resolved]:
    """A weekday closed by a week expression: "Thursday this week", "Monday next week", "jeudi
    la semaine prochaine": that day of the reference's week (Monday to Sunday), moved by whole
    weeks; None when ``key`` is not that shape."""
    tables = _tables()
    for phrase, (unit, offset) in tables.periods.items():
        if unit != "week" or not key.endswith(" " + phrase):
            continue
        day = key[:-len(phrase)].strip(" ,")
        if day not in tables.weekday_index:
            continue
        if ref is None:
            return Resolved(None, "day", True)
        monday = ref - dt.timedelta(days=ref.weekday())
        moved = monday + dt.timedelta(days=7 * offset + tables.weekday_index[day])
        return Resolved(moved.isoformat(), "day", True)
    return None


def _with_year_period(key: str, ref: Optional[dt.date], dayfirst: bool) -> Optional[Resolved]:
    """A year-less date closed by a year expression: "1 October this year", "30 August next
    year", "le 5 mars l'année prochaine" (the year of the reference, moved); None otherwise."""
    for phrase, offset in _tables().year_periods:
        if not key.endswith(phrase) or len(key) == len(phrase) or key[-len(phrase) - 1] not in " ,":
            continue
        fields = _stated_fields(key[:-len(phrase)].strip(" ,"), dayfirst)
        if fields is None or fields[0] is not None or fields[1] is None:
            return None
        _, month, day = fields
        granularity = "day" if day else "month"
        if ref is None:
            return Resolved(None, granularity, True)
        year = ref.year + offset
        if not _valid(year, month, day or 1):
            return None
        value = dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
        return Resolved(value, granularity, True)
    return None


def _resolve_period(unit: str, offset: int, ref: Optional[dt.date]) -> Resolved:
    if unit == "week":
        # A week has no YYYY / YYYY-MM / YYYY-MM-DD form: found, but left unresolved.
        return Resolved(None, None, True)
    if ref is None:
        return Resolved(None, unit, True)
    moved = ref + relativedelta(**{unit + "s": offset})
    return Resolved(moved.strftime("%Y-%m") if unit == "month" else str(moved.year), unit, True)


def week_month(expression: str, *, reference=None, reference_is_inferred: bool = False) -> Optional[str]:
    """The month a week expression ("this week", "la semaine dernière", "next week") falls in:
    the week (Monday to Sunday) of the reference date, moved by whole weeks, as "YYYY-MM"
    when it lies in one month; None across two months, without a publication date, or for
    any other expression. A week is no date item's value (the contract's values are days,
    months and years, and annotators leave weeks out of a text's dates); an event dated
    only by a week is dated to its month."""
    ref = None if reference_is_inferred else as_date(reference)
    unit, offset = _tables().periods.get(fold(expression).strip(" ,."), (None, 0))
    if unit != "week" or ref is None:
        return None
    monday = ref - relativedelta(days=ref.weekday()) + relativedelta(weeks=offset)
    sunday = monday + relativedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else None


def _resolve_weekday(index: int, direction: Optional[int], ref: Optional[dt.date]) -> Resolved:
    if ref is None:
        return Resolved(None, "day", True)
    weekday = _WEEKDAYS[index]
    if direction is None:
        # A bare weekday in a news report ("on Thursday", "jeudi") is the most recent such
        # day on or before the reference (publication) date (unless the sentence speaks of
        # the future, see resolve_date).
        moved = ref + relativedelta(weekday=weekday(-1))
    elif direction < 0:       # "last Thursday": strictly before the reference date
        moved = ref + relativedelta(days=-1, weekday=weekday(-1))
    elif direction > 0:       # "next Thursday": strictly after
        moved = ref + relativedelta(days=+1, weekday=weekday(+1))
    else:                     # "this Thursday", or a future one: on or after the reference date
        moved = ref + relativedelta(weekday=weekday(+1))
    return Resolved(moved.isoformat(), "day", True)


def _resolve_calendar(expression: str, ref: Optional[dt.date], dayfirst: bool,
                      inferred: bool) -> Optional[Resolved]:
    fields = _stated_fields(expression, dayfirst)
    if fields is None:
        return None
    year, month, day = fields
    if month is None:
        return Resolved(str(year), "year", False) if year is not None and day is None else None
    if year is None:
        tables = _tables()
        weekday = next((tables.weekday_index[w] for w in fold(expression).replace(",", " ").split()
                        if w in tables.weekday_index), None)
        return _complete_year(month, day, ref, None, inferred, weekday)
    if day is None:
        return Resolved(f"{year:04d}-{month:02d}", "month", False)
    return Resolved(dt.date(year, month, day).isoformat(), "day", False)


@lru_cache(maxsize=4096)
def _stated_fields(expression: str, dayfirst: bool) -> Optional[tuple]:
    """(year, month, day) the expression states, None for a part it leaves out; None if
    dateutil cannot read it. Cached: the same expressions recur across a corpus."""
    fields = _simple_fields(expression, dayfirst)
    return fields if fields is not False else _dateutil_fields(expression, dayfirst)


def _simple_fields(expression: str, dayfirst: bool):
    """Fast path for the usual shapes ("10 January 2022", "Jan. 10, 2022", "2022-01-19",
    "10/01/2022"): names looked up in the parserinfo, numbers by size, the date checked by
    ``datetime``. False when the shape is anything else (dateutil's full parser then reads it;
    it costs some 150 microseconds a call)."""
    m = _NUMERIC.match(expression)
    if m:
        iso = m.group(1) is not None
        if len(m.group(4)) != (2 if iso else 4) and not (iso and len(m.group(4)) == 1):
            return False
        first, second, third = int(m.group(1) or m.group(2)), int(m.group(3)), int(m.group(4))
        if iso:                                               # ISO: year-month-day
            year, month, day = first, second, third
        else:
            day, month, year = (first, second, third) if dayfirst else (second, first, third)
            if month > 12 and day <= 12:                      # unambiguous either way
                day, month = month, day
        return (year, month, day) if _valid(year, month, day) else None
    info = _parser().info
    year = month = day = None
    for token in _TOKEN.findall(expression):
        if token[0].isdigit():
            number = token.rstrip(_ordinal_letters())
            if not number.isdigit():
                return False
            if len(number) == 4 and year is None:
                year = int(number)
            elif len(number) <= 2 and day is None:
                day = int(number)
            else:
                return False
        elif info.month(token) is not None and month is None:
            month = info.month(token)
        elif info.weekday(token) is None and not info.jump(token):
            return False
    if month is None and (day is not None or year is None):
        return False
    return (year, month, day) if _valid(year or 2000, month or 1, day or 1) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _dateutil_fields(expression: str, dayfirst: bool) -> Optional[tuple]:
    iso_like = bool(_ISO_LIKE.match(expression))
    options = dict(dayfirst=False if iso_like else dayfirst, yearfirst=iso_like)
    try:
        a = _parser().parse(expression, default=_DEFAULT_A, **options)
        b = _parser().parse(expression, default=_DEFAULT_B, **options)
    except (ParserError, ValueError, OverflowError):
        return None
    return (a.year if a.year == b.year else None, a.month if a.month == b.month else None,
            a.day if a.day == b.day else None)


def _complete_year(month: int, day: Optional[int], ref: Optional[dt.date], direction: Optional[int],
                   inferred: bool, weekday: Optional[int] = None) -> Optional[Resolved]:
    """Year-less "7 février" / "January": pick the year from the reference date.

    With a publication reference the date is the occurrence closest to it (an article of
    3 January saying "on 28 December" means the past December); with a reference only
    inferred from the text the year is the reference's year. "last/next January" take the
    occurrence strictly before/after the reference month. A stated weekday ("vendredi 3
    mars") keeps only the years where the date falls on that weekday.
    """
    granularity = "day" if day else "month"
    # "last January", "le 3 novembre dernier" are relative to the reference; "7 février" is
    # an absolute date whose year the reference completes.
    relative, year_inferred = direction is not None, direction is None
    if ref is None:
        return Resolved(None, granularity, relative, year_inferred)
    if day:
        try:
            dt.date(2000, month, day)  # a leap year: is the day valid for that month at all?
        except ValueError:
            return None

    def shifted(years: int) -> dt.date:
        return ref + relativedelta(years=years, month=month, day=day or 1)

    candidates = [shifted(k) for k in (-1, 0, 1)]
    if day and weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    if ((inferred and direction is None) or direction == 0) and shifted(0) in candidates:
        chosen = shifted(0)
    else:
        ref_point = ref if day else ref + relativedelta(day=1)
        if direction is None or direction == 0:
            chosen = min(candidates, key=lambda d: (abs((d - ref_point).days), d > ref_point))
        elif direction < 0:
            chosen = max(d for d in candidates if d < ref_point)
        else:
            chosen = min(d for d in candidates if d > ref_point)
    if day and chosen.day != day:   # 29 February in a non-leap year
        return None
    value = chosen.isoformat() if day else chosen.strftime("%Y-%m")
    return Resolved(value, granularity, relative, year_inferred)


def latest_stated(values: Iterable[Optional[str]]) -> Optional[str]:
    """The latest fully stated (day) date among ISO values; only when the text states no full
    date, the latest month or year (a bare year is often a target, "by 2030", while a full
    date is mostly something that happened). None if there are none."""
    best, best_key = None, None
    for value in values:
        parsed = as_date(value) if value else None
        if parsed is None:
            continue
        key = (len(value) == 10, parsed, len(value))
        if best_key is None or key > best_key:
            best, best_key = value, key
    return best
