"""Pure helpers for numbers as the press writes them.

- ``parse_number("1,300") == 1300``, ``parse_number("2,5", decimal_comma=True) == 2.5``,
  ``parse_number("1 300") == 1300``: separators are read by the language's habits (its
  pack says whether the comma is its decimal mark).
- ``find_written_numbers(text, language)``: numbers spelt out in words (``three``,
  ``vingt-et-un``), parsed by text2num in its ``language`` (no hand-made word list), with
  character offsets.
- ``tidy(value)``: floats that are whole become ints (2e9 -> 2000000000); ``finite(value)``
  the same, or None for a value past float range (inf, NaN, an int too large for a float).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from text_to_num import find_numbers

# Characters that group thousands besides commas and dots: spaces of every width (plain,
# no-break, narrow no-break, thin) and apostrophes (Swiss 1'000'000, 1’000).
GROUP_SEPARATORS = " \u00a0\u202f\u2009'\u2019"
# A number in digits: grouped thousands (comma, dot, a space or an apostrophe) or plain,
# with an optional decimal part. Callers check what surrounds it.
DIGITS = (rf"(?:\d{{1,3}}(?:(?:,\d{{3}})+|(?:\.\d{{3}}){{2,}}|(?:[{GROUP_SEPARATORS}]\d{{3}})+)(?:[.,]\d+)?"
          r"|\d+(?:[.,]\d+)?)")

_SPACES = str.maketrans("", "", GROUP_SEPARATORS)


def parse_number(raw: str, *, decimal_comma: bool = False) -> int | float | None:
    """The value of a number written in digits, or None if it is not one.

    Commas: thousands when followed by groups of three digits (``1,300``), decimal otherwise,
    and always decimal with ``decimal_comma`` (French ``2,5``). Dots: decimal, except several
    groups (``1.300.000``) and, with ``decimal_comma``, one group of exactly three digits
    (``2.500``). Spaces and apostrophes group thousands (``1'300``).
    """
    s = raw.translate(_SPACES)
    if not s or not s[0].isdigit():
        return None
    if "," in s and "." in s:
        # the later separator is the decimal one: 1,300.5 (en) or 1.300,5 (fr)
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        thousands = len(groups) > 2 or (not decimal_comma and len(groups[-1]) == 3)
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    elif decimal_comma and "." in s:
        whole, decimals = s.split(".")
        if len(decimals) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
            s = whole + decimals
    try:
        value = float(s)
    except ValueError:
        return None
    return finite(value)


def finite(value: int | float) -> int | float | None:
    """``value`` tidied, or None when it is no finite float: a number past float range
    (``9`` * 309 reads as inf, a huge int cannot become a float) or NaN is not a figure."""
    try:
        as_float = float(value)
    except OverflowError:
        return None
    return tidy(value) if math.isfinite(as_float) else None


def tidy(value: float) -> int | float:
    """Whole floats as ints; others rounded to hide binary noise (1.5e9 stays exact)."""
    if isinstance(value, float):
        value = float(f"{value:.12g}")  # 4.1 * 1e9 = 4099999999.9999995 -> 4100000000
        return int(value) if value.is_integer() else value
    return value


class WrittenNumber(NamedTuple):
    start: int
    end: int
    value: int | float
    ordinal: bool


class _Word:
    """A word for text2num's ``find_numbers`` (it only needs ``text()``)."""
    __slots__ = ("end", "start", "word")

    def __init__(self, word: str, start: int, end: int):
        self.word, self.start, self.end = word, start, end

    def text(self) -> str:
        return self.word

    def not_a_number_part(self) -> bool:
        return False

    def nt_separated(self, previous) -> bool:
        return False


_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|[^\w\s]")


def find_written_numbers(text: str, language: str, start: int = 0,
                         threshold: float = 2) -> Iterator[WrittenNumber]:
    """Numbers spelt out in ``text`` (offsets shifted by ``start``); isolated ones below
    ``threshold`` are left out (``one of them``, ``un accord``: articles, not counts)."""
    words = [_Word(m.group(), m.start() + start, m.end() + start) for m in _WORD.finditer(text)]
    if not words:
        return
    try:
        found = find_numbers(words, language, threshold)
    except ValueError:  # language text2num does not know
        return
    for occ in found:
        value = finite(occ.value)
        if value is not None:
            yield WrittenNumber(words[occ.start].start, words[occ.end - 1].end, value, bool(occ.is_ordinal))
