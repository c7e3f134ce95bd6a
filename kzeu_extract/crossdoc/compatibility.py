"""Whether two reports can be of one occasion, field by field.

- dates at their granularity: one is the other or contains it (``2022-01`` ~ ``2022-01-10``,
  ``2022`` ~ ``2022-03``; ``2022-01-10`` !~ ``2022-01-11``); an unknown date is handled by the
  merging rules, not here;
- places: equal, a city within a country (by the country code the records' places give),
  or one unknown;
- people: one report's set of identity keys within the other's, or at least two in common
  (a report naming one side of a meeting fits it; Tileuberdi–Wilmès and Tileuberdi–Mordue,
  one person in common, are two meetings);
- mode: equal or one unknown. Status never separates reports (a planned and a held report of
  one dated occasion are one; held against cancelled is kept as a conflict).
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

# Precision of an ISO date string by its length: YYYY, YYYY-MM, YYYY-MM-DD.
UNDATED, YEAR, MONTH, DAY = 0, 1, 2, 3
_PRECISION = {4: YEAR, 7: MONTH, 10: DAY}


def precision(value: Optional[str]) -> int:
    return _PRECISION.get(len(value), UNDATED) if value else UNDATED


def dates_compatible(a: Optional[str], b: Optional[str]) -> bool:
    """Both known and one within the other (an ISO prefix at a granularity boundary)."""
    if not a or not b:
        return False
    return a.startswith(b) if len(a) >= len(b) else b.startswith(a)


def next_day(value: str) -> Optional[str]:
    """The day after an ISO day, None for a value that is not a valid day."""
    try:
        return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    except ValueError:
        return None


def shift_month(month: str, months: int) -> str:
    """``YYYY-MM`` moved by ``months`` (negative: back)."""
    year, number = int(month[:4]), int(month[5:7]) - 1 + months
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


class Place:
    """A location as the merging compares it: its folded name, country code and kind."""
    __slots__ = ("name", "key", "country", "is_country")

    def __init__(self, name: str, key: str, country: Optional[str], is_country: bool):
        self.name, self.key, self.country, self.is_country = name, key, country, is_country

    def more_specific_than(self, other: "Place") -> bool:
        return other.is_country and not self.is_country


def places_compatible(a: Optional[Place], b: Optional[Place]) -> bool:
    if a is None or b is None or a.key == b.key:
        return True
    if a.country is None or a.country != b.country:
        return False
    return a.is_country or b.is_country   # a city within its country; two cities differ


def people_compatible(a: frozenset | set, b: frozenset | set) -> bool:
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) >= 2


def modes_compatible(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b
