"""The merged events in date order, for a person, a country (or a pair of them) or a period.

``timeline(merged, person=..., country=..., between=(FROM, TO))``:

- order: by date (an ISO date at any granularity sorts before the days within it), undated
  events last (by the date they were first reported);
- ``person``: a kb id or a name, every word of which is among the participant's name's
  words ("Tokayev" finds Kassym-Jomart Tokayev);
- ``country``: an ISO code or a country name, or several of them (a country pair): an event
  counts for a country when it is a party, its location's country or a participant's;
  with several, every one must be involved;
- ``between``: events whose date overlaps the period from the start of FROM to the end of
  TO (``("2022-01", "2022-06")`` is 1 January to 30 June 2022); undated events are left out.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence, Union

from ..errors import KzeuError
from .identity import matches_person
from .models import MergedEvent

Countries = Union[str, Sequence[str], None]


def timeline(merged: Iterable[MergedEvent], person: Optional[str] = None, country: Countries = None,
             between: Optional[tuple[Optional[str], Optional[str]]] = None) -> list[MergedEvent]:
    """The merged events that pass every filter given, in date order (undated last)."""
    codes = [country_code(c) for c in ([country] if isinstance(country, str) else country or [])]
    low, high = check_period(between) if between else (None, None)
    chosen = [event for event in merged
              if (person is None or _has_person(event, person))
              and all(code in involved_countries(event) for code in codes)
              and (between is None or _within(event.date, low, high))]
    return sorted(chosen, key=lambda e: (e.date is None, e.date or "", e.first_reported or "", e.id))


def _has_person(event: MergedEvent, query: str) -> bool:
    return any(matches_person(query, p.name, p.kb_id) for p in event.participants)


def involved_countries(event: MergedEvent) -> set[str]:
    codes = {p.country for p in event.parties if p.country}
    codes |= {p.country for p in event.participants if p.country}
    if event.location_country:
        codes.add(event.location_country)
    return codes


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code for a code or a country name (any case, en or fr)."""
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    from ..knowledge.geo import load

    code = load().country_code(text)
    if not code:
        raise KzeuError(f"--country {value!r}: not a country code or name known to the gazetteer")
    return code


def check_period(between: tuple[Optional[str], Optional[str]]) -> tuple[Optional[str], Optional[str]]:
    low, high = between
    for value in (low, high):
        if value is not None and not _is_iso(value):
            raise KzeuError(f"--between {value!r}: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    return low, high


def _is_iso(value: str) -> bool:
    from datetime import date

    padded = value + "-01-01"[len(value) - 4:] if len(value) in (4, 7) else value
    try:
        return len(value) in (4, 7, 10) and bool(date.fromisoformat(padded))
    except ValueError:
        return False


def _within(value: Optional[str], low: Optional[str], high: Optional[str]) -> bool:
    """Whether a date at its granularity overlaps [start of low, end of high]."""
    if value is None:
        return False
    # the date's own span, compared at the bounds' granularity: its first and last day
    # agree with a bound when one is a prefix of the other
    if low is not None and value[:len(low)] < low[:len(value)]:
        return False
    if high is not None and value[:len(high)] > high[:len(value)]:
        return False
    return True


def check_filters(person: Optional[str] = None, country: Countries = None,
                  between: Optional[tuple[Optional[str], Optional[str]]] = None) -> dict:
    """The filters with countries as ISO codes; UsageError for a country or period that
    cannot be read, before anything is extracted."""
    from ..errors import UsageError

    try:
        codes = [country_code(c) for c in ([country] if isinstance(country, str) else country or [])]
        if between:
            check_period(between)
    except KzeuError as exc:
        raise UsageError(str(exc)) from None
    return {"person": person, "country": codes or None, "between": between}
