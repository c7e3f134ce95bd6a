"""Reading one number in its context: what stands before it (qualifier, currency symbol,
range opener) and after it (range, scale word, %, currency, unit) makes it a figure."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...textkit.unicode_classes import compile_pattern   # possessive: regex on Python 3.10
from ...normalize.numbers import GROUP_SEPARATORS, finite, parse_number
from .context import LABEL, SENTENCE_START, Before, word_key
from .grammar import FiguresGrammar
from .nouns import counted_thing

# DIGITS with the checks on what precedes it moved after the first digit, so that the regex
# engine can skip to digits fast: not glued to a word, #, @ or / (G20, COVID-19, #EU2020).
_NUMBER_BODY = (rf"(?:\d{{0,2}}(?:(?:,\d{{3}})+|(?:\.\d{{3}}){{2,}}|(?:[{GROUP_SEPARATORS}]\d{{3}})+)(?:[.,]\d+)?"
                r"|\d*(?:[.,]\d+)?))([^\W\d_]+)?")
NUMBER = re.compile(r"(\d(?<![\w#@/]\d)(?<![^\W\d_]-\d)(?<!\d[.,]\d)(?<!\w\+\d)" + _NUMBER_BODY)
# The same number right after a currency symbol that ends in a letter (RM487, Rp5, KSh200):
# the symbol is glued to the digits, which NUMBER refuses after a letter.
NUMBER_AFTER_SYMBOL = re.compile(r"(\d" + _NUMBER_BODY)
_YEAR_MIN, _YEAR_MAX = 1000, 2100
_OPENING_MARKS = "([\u00ab\u201c"
_VISIBLE_NOT_DIGIT = compile_pattern(r"\s*+[^\d\s]")


@dataclass
class _Draft:
    """A figure being read: the number at [start, end) and what its context adds."""
    text: str
    start: int
    end: int
    value: Any
    raw: str | None
    context: Before
    before: str = ""
    window_start: int = 0
    figure_start: int = 0
    duration_only: bool = False
    currency: str | None = None
    family: str | None = None
    qualifier: str | None = None
    low_scale: float | None = None
    high: Any = None
    high_scale: float | None = None
    kind: str | None = None
    unit: str | None = None
    refused_until: int = 0   # the end of a descending pair (no range, no figure)


class FigureReader:
    """Builds the figure of one number (or None) with one language's grammar."""

    def __init__(self, grammar: FiguresGrammar, geo, max_unit_words: int):
        self.g = grammar
        self.geo = geo
        self.max_unit_words = max_unit_words
        self.refused_until = 0   # set by complete() when it refuses a descending pair

    def from_digits(self, text: str, m: re.Match, before: Before) -> dict | None:
        g = self.g
        self.refused_until = 0
        raw, glued = m.group(1), m.group(2)
        end = m.end(1)
        nxt = text[end:end + 2]
        if len(nxt) == 2 and nxt[0] in ".,:/" and nxt[1].isdigit():
            return None  # 1.2.3, 10:30, 2022/23: versions, times, fractions
        if nxt[:1] == "-" and nxt[1:2].isalpha() and not (g.duration_after.match(text, end)
                                                          or g.plus_after.match(text, end)):
            return None  # 5-fold, 10-member: part of a compound word (10-day is a duration)
        value = parse_number(raw, decimal_comma=g.decimal_comma)
        if value is None:
            return None
        glued_scale = None
        if glued:
            glued_scale = g.glued_scales.get(glued.casefold())
            if glued_scale is None:
                return None  # 5G, 21st, 1er, 10h: not a quantity
            end = m.end(2)
        return self.complete(text, m.start(1), end, value, raw, before, glued_scale,
                             glued_needs_currency=bool(glued) and glued.casefold() in g.glued_need_currency)

    def complete(self, text, start, end, value, raw, context: Before, glued_scale=None,
                 glued_needs_currency=False, complement_follows=False, approximate=None, duration_only=False):
        """Read the context of the number at [start, end) and build the figure, or None.

        ``complement_follows``: the scale complement may follow (une centaine de personnes); ``approximate``:
        forced (une centaine); ``duration_only``: anything but a duration is no figure."""
        self.refused_until = 0
        d = _Draft(text, start, end, value, raw, context, duration_only=duration_only)
        if not self._left_context(d, glued_scale):
            return None
        self._scale_and_range(d, glued_scale)
        if d.refused_until:
            self.refused_until = d.refused_until
            return None
        if not self._percent_or_money(d, glued_needs_currency):
            return None
        if d.kind is None and not self._other_kind(d, complement_follows):
            return None
        if d.duration_only and d.kind != "duration":
            return None
        return self._figure(d, approximate)

    def _bounds(self, d: _Draft) -> tuple | None:
        """(value, min, max) of the figure, each finite, or None when one is not (a number
        past float range, or made so by its scale: 9...9 billion)."""
        scale = d.low_scale or 1
        if d.high is None:
            value = finite(d.value * scale)
            return None if value is None else (value, None, None)
        low, high = finite(d.value * scale), finite(d.high * (d.high_scale or 1))
        return None if low is None or high is None else (None, low, high)

    # --- before the number ---------------------------------------------------------
    def _left_context(self, d: _Draft, glued_scale) -> bool:
        """Period words, names, currency symbol and qualifier before the number."""
        g, context, text = self.g, d.context, d.text
        if not context.glued and word_key(context.word1) in g.period_adjectives:
            if word_key(context.word1) not in g.span_adjectives:
                return False  # the first ten months: a part of a calendar period, not a measure
            d.duration_only = True  # the past 32 years: a duration; the last three meetings: none
        d.window_start = max(0, d.start - 40)
        d.before = text[d.window_start:d.start]
        if g.name_before.search(d.before):
            return False  # the Group of 20: part of a name
        d.figure_start = d.start
        plus = g.plus_after.match(text, d.end)
        if plus:
            d.end = plus.end()  # three-plus years, 10+ countries: at least
        self._currency_before(d, glued_scale)
        self._qualifier_before(d, bool(plus))
        return True

    def _currency_before(self, d: _Draft, glued_scale) -> None:
        g = self.g
        cur = g.currency_before.search(d.before) \
            if d.context.may_end_with(g.currency_triggers, strip=_OPENING_MARKS) else None
        if cur and cur.group(1) in g.codes and not (glued_scale or d.value >= 1000
                                                    or g.scale_after.match(d.text, d.end)):
            cur = None  # COP 28, CAD 3: a code before a small bare number names something else
        if cur:
            d.currency = g.currency_of.get(cur.group(1))
            d.family = g.family_of.get(cur.group(1).casefold())
            d.before = d.before[:cur.start()]
            d.figure_start = d.window_start + cur.start(1)

    def _qualifier_before(self, d: _Draft, plus: bool) -> None:
        g, context = self.g, d.context
        qual = g.qualifier_before.search(d.before) \
            if (context.may_end_with(g.qualifier_triggers, lower=True, words=2)
                or context.ends_with_apostrophe()) else None
        d.qualifier = " ".join(qual.group(1).split()) if qual else None
        if plus and not d.qualifier:
            d.qualifier = g.plus_qualifier
        if qual:
            d.before = d.before[:qual.start()]
            d.figure_start = d.window_start + qual.start(1)
        elif context.may_end_with(g.verb_triggers, lower=True, words=2):
            # exceeded $9 billion, ont dépassé 31 milliards: a bound, not the figure's span
            verb = g.approximate_verb_before.search(d.before)
            d.qualifier = verb.group(1) if verb else None

    # --- after the number ----------------------------------------------------------
    def _scale_after(self, text: str, end: int) -> tuple[float | None, int]:
        scale_m = self.g.scale_after.match(text, end)
        return (self.g.scales[scale_m.group(1).casefold()], scale_m.end()) if scale_m else (None, end)

    def _scale_and_range(self, d: _Draft, glued_scale) -> None:
        """The scale word, a range (2-3, between 2 and 3) and a scale glued to the symbol."""
        g, text = self.g, d.text
        d.low_scale = glued_scale
        if d.low_scale is None:
            d.low_scale, d.end = self._scale_after(text, d.end)
        self._range(d)
        if d.low_scale is None and d.high is None:
            # 300 M\u20ac, 5 Md$: the scale letter glued to the symbol
            scaled = g.scale_symbol_after.match(text, d.end)
            found = g.currency_of.get(scaled.group(2)) if scaled else None
            if found and d.currency in (None, found):
                d.low_scale, d.currency, d.end = g.glued_scales[scaled.group(1).casefold()], found, scaled.end()
                d.family = g.family_of.get(scaled.group(2).casefold())

    def _range(self, d: _Draft) -> None:
        """2-3, 2 to 3, between 2 and 3; the second number may carry its own symbol/scale."""
        g, text = self.g, d.text
        link = g.range_link.match(text, d.end)
        if not link and d.context.may_end_with(g.opener_triggers, lower=True, strip=_OPENING_MARKS, words=2) \
                and g.range_opener.search(d.before):
            link = g.range_link_after_opener.match(text, d.end)
        if not link:
            return
        second = NUMBER.match(text, link.end())
        second_value = parse_number(second.group(1), decimal_comma=g.decimal_comma) if second else None
        second_glued = g.glued_scales.get(second.group(2).casefold()) if second and second.group(2) else None
        if second_value is None or not (second_glued or not second.group(2)):
            return
        second_end = second.end()
        high_scale = second_glued
        if high_scale is None:
            high_scale, second_end = self._scale_after(text, second_end)
        low_scale, high_scale = d.low_scale or high_scale, high_scale or d.low_scale
        # A pair whose second number is not above the first (3-2 billion, between 10 and 5
        # per cent, de 8 à 3 millions) is no range: it may be a range written backwards, a
        # change (a fall from 8 to 3), a score or a tally (3-2). No reading of it is safe, so
        # the pair, both numbers, gives no figure (not the first with the second's scale).
        if not second_value * (high_scale or 1) > d.value * (low_scale or 1):
            d.refused_until = second_end
            return
        d.low_scale, d.high_scale = low_scale, high_scale
        d.high, d.end = second_value, second_end

    def _percent_or_money(self, d: _Draft, glued_needs_currency: bool) -> bool:
        g, text = self.g, d.text
        percent = g.percent_after.match(text, d.end)
        if percent:
            d.kind, d.unit, d.end = "percent", "%", percent.end()
            return True
        # a currency after the number starts with a symbol, a letter or a preposition: a digit
        # next (1-2 3-4 ...) rules it out before the costly alternation of currency words
        cur_after = g.currency_after.match(text, d.end) if _VISIBLE_NOT_DIGIT.match(text, d.end) else None
        if cur_after:
            form = cur_after.group(1) or cur_after.group(2).casefold()
            found = g.currency_of.get(form)
            form_family = g.family_of.get(form.casefold())
            if (found or form_family) and (d.currency is None or d.currency == found or d.family):
                # RM5 billion ringgit, $5 billion dollars; '$5 billion Australian dollars' is explicit
                if found or not d.currency:
                    d.currency, d.family = found, form_family
                d.end = cur_after.end()
                d.kind = "money"
        if d.currency or d.family:
            d.kind = "money"
        elif glued_needs_currency:
            return False  # 5m: metres or millions? only money says
        return True

    def _other_kind(self, d: _Draft, complement_follows: bool) -> bool:
        """A duration, a physical quantity or a count (the counted thing after the number)."""
        g, text = self.g, d.text
        scale = d.low_scale or 1
        if self._is_date_or_label(d, scale):
            return False
        if (scale != 1 or complement_follows) and g.scale_complement is not None:
            # 12,5 millions de personnes, 1,5 million de tonnes: the scale word takes 'de'
            de = g.scale_complement.match(text, d.end)
            d.end = de.end() if de else d.end
        duration = g.duration_after.match(text, d.end)
        if duration:
            if (g.relative_after and g.relative_after.match(text, duration.end())) \
                    or (g.relative_before and g.relative_before.search(d.before)):
                return False  # one week ago, il y a deux ans: a relative date, not a duration
            d.kind, d.unit, d.end = "duration", duration.group(1) or duration.group(2), duration.end()
            single = g.single_unit_values.get(d.unit.casefold())
            if single and d.value == 1 and scale == 1 and d.high is None:
                d.value, d.unit = single  # a decade = 10 years
            return True
        if d.duration_only:
            return False
        quantity = g.quantity_after.match(text, d.end)
        if quantity:
            d.kind, d.unit, d.end = "quantity", quantity.group(1), quantity.end()
            return True
        singular = d.value == 1 and d.high is None and scale == 1
        d.unit, unit_end = counted_thing(text, d.end, g, self.geo, self.max_unit_words, singular)
        if not d.unit:
            return False
        d.kind, d.end = "count", unit_end
        return True

    def _is_date_or_label(self, d: _Draft, scale) -> bool:
        """Years, day numbers next to a month, and labels (``Windows 10``) are not figures."""
        if scale != 1 or d.qualifier:
            return False
        g, raw, value, context = self.g, d.raw, d.value, d.context
        if raw and raw.isdigit() and len(raw) == 4 and _YEAR_MIN <= value <= _YEAR_MAX:
            return True
        after_month = context.may_end_with(g.month_triggers, lower=True) and g.month_before.search(d.before)
        day_like = isinstance(value, int) and 1 <= value <= 31
        if day_like and (after_month or g.month_after.match(d.text, d.start + len(raw or ""))):
            return True
        if raw and context.word1[:1].isupper() and not context.glued and not after_month:
            label = LABEL.search(d.before)
            if label and label.start() > 0 and not SENTENCE_START.search(d.before[:label.start()]):
                return True
        return False

    def _figure(self, d: _Draft, approximate) -> dict | None:
        if approximate is None:
            approximate = bool(d.qualifier) and self.g.qualifier_approx.get(word_key(d.qualifier), True)
        bounds = self._bounds(d)
        if bounds is None:
            return None
        value, low, high = bounds
        figure = {"text": d.text[d.figure_start:d.end], "start": d.figure_start, "end": d.end, "kind": d.kind,
                  "value": value, "min": low, "max": high, "unit": d.unit, "currency": d.currency,
                  "approximate": approximate, "qualifier": d.qualifier}
        if d.kind == "money" and d.family:
            figure["_family"] = d.family
        return figure
