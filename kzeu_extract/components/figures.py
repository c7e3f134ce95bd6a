"""kzeu_figures: numeric facts - counts with the counted thing, money with ISO currency,
percentages, durations and physical quantities - with qualifiers and ranges.

Every number written in digits (or spelt out, parsed by text2num) is looked at in its
context with precompiled, anchored regexes: what stands before it (qualifier, currency
symbol, range opener) and after it (range, scale word, %, currency, unit). Numbers that
are references (``articles 2 and 4``), dates, years, times, phone numbers, parts of names
(``COVID-19``, ``G20``, ``5G``) or of URLs/hashtags are not figures. A bare number with
nothing counted is left out: a figure is only useful with what it measures.
"""
from __future__ import annotations

import bisect
import os
import re
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from .base import kzeu_factory
from ..spans import write_items
from ..data import load_data
from ..extensions import doc_text, items
from ..knowledge.geo import adjective_to_code
from ..normalize.numbers import DIGITS, GROUP_SEPARATORS, find_written_numbers, parse_number, tidy

# DIGITS with the checks on what precedes it moved after the first digit, so that the regex
# engine can skip to digits fast: not glued to a word, #, @ or / (G20, COVID-19, #EU2020).
_NUMBER_BODY = (rf"(?:\d{{0,2}}(?:(?:,\d{{3}})+|(?:\.\d{{3}}){{2,}}|(?:[{GROUP_SEPARATORS}]\d{{3}})+)(?:[.,]\d+)?"
                r"|\d*(?:[.,]\d+)?))([^\W\d_]+)?")
_NUMBER = re.compile(r"(\d(?<![\w#@/]\d)(?<![^\W\d_]-\d)(?<!\d[.,]\d)(?<!\w\+\d)" + _NUMBER_BODY)
# The same number right after a currency symbol that ends in a letter (RM487, Rp5, KSh200):
# the symbol is glued to the digits, which _NUMBER refuses after a letter.
_NUMBER_AFTER_SYMBOL = re.compile(r"(\d" + _NUMBER_BODY)
# Checked only around candidate numbers (cheap): a number in a URL, e-mail, handle or phone
# number is no figure.
_WEB_CHUNK = re.compile(r"://|www\.|@|#|\.[a-z]{2,4}/")
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|\(\d{2,5}\)|(?i:\b(?:tel|t\u00e9l|phone|fax)\b)\.?:?)[\d\s().-]*$")
_PHONE_AFTER = re.compile(r"\s*\(\d{2,5}\)\s*\d")
_ISO_DATE = re.compile(r"\d(?<!\w\d)\d{3}-\d{2}-\d{2}(?!\d)")
_SENTENCE_START = re.compile(r"(?:^|[.!?\u201d\"\n:;]\s*|[\u00ab\u201c(]\s*)$")
_LABEL = re.compile(r"(?<![\w'])([A-Z][\w-]*)\s+$")
_YEAR_MIN, _YEAR_MAX = 1000, 2100


def _alternation(words) -> str:
    """Regex alternation of literal words, longest first; a space matches any white space."""
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


class _LanguagePatterns:
    """Everything the component matches for one language, compiled once."""

    def __init__(self, lang: str, data: dict):
        self.lang = lang
        currencies = data["currencies"]
        symbols = {s: iso for iso, c in currencies.items() for s in c["symbols"] + c["codes"]}
        words = {w.casefold(): iso for iso, c in currencies.items() for w in c["words"]}
        # A family form (dollars, $, rupees, francs) names one of several currencies: the
        # text's context picks it (see _resolve_currencies); unowned forms read as the default.
        self.families = data["currency_families"]
        self.family_of = {}
        for name, family in self.families.items():
            for form in family["forms"]:
                self.family_of[form.casefold()] = name
                if form not in symbols and form.casefold() not in words:
                    words[form.casefold()] = family["default"]
        self.currency_of = {**words, **symbols}
        sym = _alternation(symbols)
        self.currency_before = re.compile(rf"(?<![\w$])({sym})\s?$")
        self.currency_after = re.compile(
            rf"(?:\s?|\s+de\s+)({sym})(?![\w$])|\s*(?:(?:de|d['\u2019])\s*)?((?i:{_alternation(words)}))(?!\w)")
        self.codes = {code for c in currencies.values() for code in c["codes"]}
        # RM487, Rp5, KSh200: a symbol ending in a letter, glued to the digits (not a code: COP28)
        letter_symbols = [s for c in currencies.values() for s in c["symbols"] if s[-1:].isalpha()]
        self.glued_currency = re.compile(rf"(?<![\w$])(?:{_alternation(letter_symbols)})(?=\d)")
        self.scales = {k.casefold(): v for k, v in data["scales"][lang].items()}
        self.scale_after = re.compile(rf"[^\S\n]+((?i:{_alternation(self.scales)}))(?![\w])")
        self.glued_scales = data["glued_scales"]
        self.glued_need_currency = set(data["glued_scales_need_currency"])
        # 300 M€, 5 Md$, 40 k€: a scale letter glued to the currency symbol after the number
        self.scale_symbol_after = re.compile(
            rf"[^\S\n]?((?i:{_alternation(self.glued_scales)}))[^\S\n]?({sym})(?![\w$])")
        self.plus_after = re.compile(r"(?:-plus|\+)(?![\w+])")
        self.percent_after = re.compile(rf"\s*(?i:{_alternation(data['percent_signs'])})(?!\w)")
        qualifiers = data["qualifiers"][lang]
        self.qualifier_approx = {fold_q(q): v for q, v in qualifiers.items()}
        self.qualifier_before = re.compile(rf"(?<![\w'])((?i:{_alternation(qualifiers)}))\s*$")
        self.range_opener = re.compile(rf"(?<!\w)(?i:{_alternation(data['range_openers'][lang])})\s+$")
        links = _alternation(data["range_links"][lang])
        opener_links = _alternation(data["range_links_after_opener"][lang])
        self.range_link = re.compile(rf"\s*(?:{links})\s*(?:(?:{sym})\s?)?(?={DIGITS})")
        self.range_link_after_opener = re.compile(rf"\s+(?:{opener_links})\s+(?:(?:{sym})\s?)?(?={DIGITS})")
        self.durations = {k.casefold(): v for k, v in data["durations"][lang].items()}
        spans = _alternation(data["span_adjectives"][lang])
        # 3 years, a two-day visit, 10-day tour, les six derniers mois; not 30-year-old (an age)
        self.duration_after = re.compile(
            rf"(?:[^\S\n]+|-)(?:(?i:{spans})[^\S\n]+)?((?i:{_alternation(self.durations)}))(?![\w-])(?!-olds?\b)"
            rf"|-((?i:{_alternation(self.durations)}))(?=-long\b)")
        self.span_adjectives = {fold_q(w) for w in data["span_adjectives"][lang]}
        relative = data["relative_time"][lang]
        self.relative_after = re.compile(rf"[^\S\n]+(?i:{_alternation(relative['after'])})(?!\w)") \
            if relative["after"] else None
        self.relative_before = re.compile(rf"(?<!\w)(?i:{_alternation(relative['before'])})\s+$") \
            if relative["before"] else None
        self.single_unit_values = {k.casefold(): v for k, v in data["single_unit_values"][lang].items()}
        self.quantity_after = re.compile(rf"\s*({_alternation(data['quantities'])})(?![\w-])")
        self.stop_words = {fold_q(w) for w in data["unit_stop_words"][lang]}
        self.participant_nouns = {fold_q(w) for w in data["participant_nouns"][lang]}
        self.furniture_units = {fold_q(w) for w in data["page_furniture_units"]}
        self.premodifiers = {fold_q(w) for w in data["counted_noun_premodifiers"][lang]}
        self.multiplier_units = {fold_q(w) for w in data["multiplier_units"][lang]}
        self.comparatives = {fold_q(w) for w in data["comparatives"][lang]}
        self.name_before = re.compile(rf"(?<![\w-])(?:{_alternation(data['name_openers'])})\s+$")
        approx_nouns = data["approximate_number_nouns"][lang]
        self.approximate_nouns = {k.casefold(): v for k, v in approx_nouns["nouns"].items()}
        self.approximate_noun = re.compile(
            rf"(?<![\w-])(?i:{_alternation(approx_nouns['articles'])})\s+((?i:{_alternation(approx_nouns['nouns'])}))"
            r"(?=\s+(?:de\s|d['\u2019]|of\s))") if approx_nouns["nouns"] else None
        one = data["one_before_duration"][lang]
        self.one_number_words = {w.casefold() for w in one["numbers"]}
        # about one hour, a one-day visit, more than a decade: the article or 'one' is 1
        self.one_before_duration = re.compile(
            rf"(?<![\w-])((?i:{_alternation(one['numbers'] + one['articles'])}))"
            rf"(?=(?:[^\S\n]+|-)(?i:{_alternation(self.durations)})(?![\w]))")
        self.plural_nouns = {fold_q(w) for w in data["plural_nouns"][lang]}
        self.scale_de = re.compile(r"\s+d(?:e(?=\s)|['\u2019](?=\w))")
        # a counted noun stays on the number's line (15\ncomments is page furniture)
        self.unit_word = re.compile(r"(?:[^\S\n]+|(?<=['\u2019]))([^\W\d_][\w'\u2019-]*)")
        en_months, fr_months = data["months"]["en"], data["months"]["fr"]
        months = rf"(?:{_alternation(en_months)}|(?i:{_alternation(fr_months)}))"
        self.month_before = re.compile(rf"(?<!\w){months}\s*$")
        self.month_after = re.compile(rf"(?:\s*[-\u2013]\s*\d{{1,2}})?\s+{months}(?!\w)")
        self.hints = [h.casefold() for h in data["number_word_hints"][lang]]
        self.number_link_words = {"and", "et", "-"}
        refs = _alternation(data["reference_words"])
        ref_links = _alternation(data["reference_links"])
        ref_number = r"\d+(?:\.\d+)*[a-z]?"
        # articles 2 and 4: the words before a number make it a reference
        self.reference_before = re.compile(
            rf"(?<![\w])(?i:{refs})\s*(?:{ref_number}\s*(?:{ref_links})\s*)*$")
        self.number_words = None  # hashes of spelt-out number words, built with the vocab
        # Cheap triggers: a left-context regex only runs if a word right before the number
        # could end what it looks for (most numbers have none of these before them).
        self.currency_triggers = set(symbols)
        self.qualifier_triggers = {fold_q(q).split()[-1] for q in qualifiers}
        self.reference_triggers = {fold_q(w) for w in data["reference_words"] + data["reference_links"]}
        self.phone_triggers = {fold_q(w) for w in data["phone_words"]}
        self.anaphoric = {fold_q(w) for w in data["anaphoric_determiners"][lang]}
        one = data["one_before_scale"][lang]
        # "un milliard de dollars", "a million people": the article is the number one
        self.one_before_scale = re.compile(
            rf"(?<![\w-])(?i:{_alternation(one['words'])})(?=\s+(?i:{_alternation(one['scales'])})(?!\w))")
        self.period_adjectives = {fold_q(w) for w in data["period_adjectives"][lang]}
        self.origin_adjectives = {fold_q(w) for w in data["origin_adjectives"].get(lang, [])}
        verbs = data["approximate_verbs"][lang]
        self.verb_triggers = {fold_q(v) for v in verbs}
        self.approximate_verb_before = re.compile(rf"(?<![\w'])((?i:{_alternation(verbs)}))\s*$")
        self.opener_triggers = {fold_q(w) for w in data["range_openers"][lang]}
        self.month_triggers = {fold_q(m) for m in en_months + fr_months}

    def number_word_hashes(self, strings) -> set:
        """Hashes (in ``strings``) of the words that start a spelt-out number: the hints, and
        the hyphenated compounds a tokenizer may keep whole (vingt-et-un), kept if text2num
        reads them."""
        if self.number_words is None:
            words = set(self.hints)
            parts = self.hints + ["un", "une", "one"]
            for a in self.hints:
                for b in parts:
                    for compound in (f"{a}-{b}", f"{a}-et-{b}"):
                        try:
                            text2num(compound, self.lang)
                        except ValueError:
                            continue
                        words.add(compound)
            self.number_words = words
        return {strings.add(w) for w in self.number_words}

    def is_plural(self, word: str) -> bool:
        if word in self.plural_nouns:
            return True
        if self.lang == "fr":
            return word.endswith(("s", "x", "z"))
        return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def fold_q(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").split())


@lru_cache(maxsize=1)
def _all_patterns() -> dict[str, _LanguagePatterns]:
    """Every language's patterns, compiled once for all pipelines (they only read them)."""
    data = load_data("figures")
    return {lang: _LanguagePatterns(lang, data) for lang in data["scales"]}


class FiguresComponent:
    def __init__(self, nlp: Language, name: str, *, max_unit_words: int = 4):
        self.name = name
        self.max_unit_words = max_unit_words
        self.patterns = _all_patterns()
        self.default_lang = nlp.lang if nlp.lang in self.patterns else "en"
        self._hashes: dict = {}

    # --- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        lang = doc._.kzeu_language if doc._.kzeu_language in self.patterns else self.default_lang
        write_items(doc, "figures", self.find(doc, lang, [(d["start"], d["end"]) for d in items(doc, "dates")]))
        return doc

    def find(self, doc: Doc, lang: str, date_spans=()) -> list[dict]:
        text = doc_text(doc)
        p = self.patterns[lang]
        # ISO dates are dates even where the dates component has not marked them
        date_spans = list(date_spans) + [m.span() for m in _ISO_DATE.finditer(text)]
        dates = _Intervals(date_spans)
        figures = []
        taken_until = 0
        numbers = list(_NUMBER.finditer(text))
        glued = [_NUMBER_AFTER_SYMBOL.match(text, g.end()) for g in p.glued_currency.finditer(text)]
        if glued:
            numbers = sorted(numbers + [m for m in glued if m], key=lambda m: m.start())
        for m in numbers:
            if m.start() < taken_until or dates.overlaps(*m.span(1)):
                continue
            before = _Before(text, m.start(1))
            if self._in_non_figure(text, m, before, p):
                continue
            figure = self._from_digits(text, m, p, before)
            if figure and not dates.overlaps(figure["start"], figure["end"]) \
                    and not self._counts_participants(figure, p, False) and not _is_furniture(text, figure, p):
                figures.append(figure)
                taken_until = figure["end"]
        spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
        for start, end in self._written_runs(doc, p):
            if spans.overlaps(start, end):
                continue
            for number in find_written_numbers(text[start:end], lang, start):
                if number.ordinal or number.value < 2:
                    continue
                number_start = number.start
                if text[number_start].isupper() and not _SENTENCE_START.search(text, max(0, number_start - 40),
                                                                                number_start):
                    continue  # the Two Holy Mosques, the Group of Seven: part of a name
                article = _ARTICLE_BEFORE.search(text, max(0, number_start - 6), number_start)
                if article and text[number_start:number.end].casefold().startswith(("hundred", "thousand")):
                    number_start = article.start(1)  # a hundred, a thousand: the article is the one
                context = _Before(text, number_start)
                anaphoric = not context.glued and fold_q(context.word1) in p.anaphoric
                figure = self._complete(text, p, number_start, number.end, number.value, None, context)
                if figure and not self._counts_participants(figure, p, anaphoric):
                    figures.append(figure)
        spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
        for m in p.one_before_scale.finditer(text):
            if not spans.overlaps(m.start(), m.end()):
                figure = self._complete(text, p, m.start(), m.end(), 1, None, _Before(text, m.start()))
                if figure:
                    figures.append(figure)
        spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
        figures += self._one_durations(text, p, spans)
        if p.approximate_noun is not None:
            spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
            for m in p.approximate_noun.finditer(text):
                if not spans.overlaps(m.start(), m.end()):
                    value = p.approximate_nouns[m.group(1).casefold()]
                    figure = self._complete(text, p, m.start(), m.end(), value, None, _Before(text, m.start()),
                                            after_de=True, approximate=True)
                    if figure:
                        figures.append(figure)
        figures.sort(key=lambda f: f["start"])
        self._resolve_currencies(doc, text, figures, p)
        return figures

    def _one_durations(self, text: str, p: _LanguagePatterns, spans: "_Intervals") -> list[dict]:
        """about one hour, a one-day visit, more than a decade: one unit of time. An article
        counts only after a qualifier (a day, un an alone are no figures), and 'one day' alone
        is 'some day'."""
        found = []
        for m in p.one_before_duration.finditer(text):
            if spans.overlaps(m.start(), m.end()):
                continue
            word, hyphen = m.group(1).casefold(), text[m.end():m.end() + 1] == "-"
            context = _Before(text, m.start())
            qualified = context.may_end_with(p.qualifier_triggers, lower=True, words=2) or (
                context.glued[-1:] in "'\u2019" and bool(context.glued))
            qualified = qualified and bool(p.qualifier_before.search(text, max(0, m.start() - 40), m.start()))
            figure = self._complete(text, p, m.start(), m.end(), 1, None, context, duration_only=True)
            if not figure:
                continue
            if word not in p.one_number_words and not qualified:
                continue
            if word in p.one_number_words and not hyphen and not qualified and fold_q(figure["unit"]) in ("day", "jour"):
                continue
            found.append(figure)
        return found

    def _counts_participants(self, figure: dict, p: _LanguagePatterns, anaphoric: bool) -> bool:
        """'the two leaders', 'two countries', 'les trois pays': a count of the participants
        (already known things), not a reported fact."""
        if figure["kind"] != "count" or not (anaphoric or figure["value"] == 2):
            return False
        unit = fold_q(figure["unit"] or "")
        words = unit.split()
        # any noun of the phrase: the head is last in English (two friendly nations), first in
        # French (deux pays frères)
        return unit in p.participant_nouns or any(w in p.participant_nouns for w in words) or (
            " ".join(words[-2:]) in p.participant_nouns)

    def _resolve_currencies(self, doc: Doc, text: str, figures: list[dict], p: _LanguagePatterns) -> None:
        """A family form ($, dollars, rupees, francs) takes the currency of the country the
        context names; see data/figures.json currency_families."""
        pending = [f for f in figures if f.get("_family")]
        if not pending:
            return
        explicit = {f["currency"] for f in figures if f["kind"] == "money" and not f.get("_family")}
        places = items(doc, "places")
        mentions = sorted((m["start"], m["end"], place.get("country")) for place in places
                          for m in place.get("mentions", []) if place.get("country"))
        for figure in pending:
            family = p.families[figure.pop("_family")]
            by_country = family["by_country"]
            default = family["default"]
            start, end = _sentence_bounds(text, figure["start"], figure["end"])
            named = {code for s, e, code in mentions if s >= start and e <= end}
            adjectives = {adjective_to_code(w) for w in _CAPITALISED.findall(text, start, end)} - {None}
            if family["context"] == "adjectives":
                us = {c for c in named | adjectives if by_country.get(c) == default}
                candidates = {by_country[c] for c in (us or adjectives) if c in by_country}
            else:
                candidates = {by_country[c] for c in named | adjectives if c in by_country}
            if len(candidates) != 1:
                candidates = (explicit & set(by_country.values())) - {default}
            if len(candidates) != 1 and family["context"] != "adjectives":
                counts: dict = {}
                for _, _, code in mentions:
                    if code in by_country:
                        counts[by_country[code]] = counts.get(by_country[code], 0) + 1
                best = sorted(counts.items(), key=lambda kv: -kv[1])
                candidates = {best[0][0]} if best and (len(best) == 1 or best[0][1] > best[1][1]) else set()
            figure["currency"] = next(iter(candidates)) if len(candidates) == 1 else default

    @staticmethod
    def _in_non_figure(text: str, m: re.Match, before: "_Before", p: _LanguagePatterns) -> bool:
        """Is the number part of a URL/handle, a phone number or a reference (articles 2 and 4)?"""
        start = m.start(1)
        chunk_end = text.find(" ", start)
        if _WEB_CHUNK.search(text, before.chunk_start, chunk_end if chunk_end >= 0 else len(text)):
            return True
        window = max(0, start - 40)
        w1 = before.word1.rstrip(",")
        if (w1 in p.reference_triggers or w1.isdigit()) and p.reference_before.search(text, window, start):
            return True
        if (before.glued[:1] in "+(" and before.glued or before.word1[:1] == "+" or before.word1[-1:] == ")"
                or fold_q(before.word1) in p.phone_triggers) and _PHONE_BEFORE.search(text, window, start):
            return True
        return bool(_PHONE_AFTER.match(text, m.end(1)))

    def _written_runs(self, doc: Doc, p: _LanguagePatterns):
        """Character spans of runs of number words (``two hundred and fifty``), found from
        the tokens' lower-case hashes in one vectorised look-up."""
        hashes = self._hashes.get(p.lang)
        if hashes is None:
            hashes = self._hashes[p.lang] = numpy.array(sorted(p.number_word_hashes(doc.vocab.strings)),
                                                        dtype="uint64")
        if not len(doc):
            return
        lower = doc.to_array([LOWER])
        # membership by binary search in the sorted hashes (faster than numpy.isin here)
        found = hashes[numpy.minimum(numpy.searchsorted(hashes, lower), len(hashes) - 1)]
        hits = numpy.nonzero(found == lower)[0]
        i, n = 0, len(hits)
        while i < n:
            first = last = int(hits[i])
            i += 1
            # extend over the next hits, allowing one 'and'/'et'/'-' token in between
            while i < n and (int(hits[i]) == last + 1 or (int(hits[i]) == last + 2
                                                           and doc[last + 1].lower_ in p.number_link_words)):
                last = int(hits[i])
                i += 1
            while last + 2 < len(doc) and doc[last + 1].lower_ in p.number_link_words \
                    and doc[last + 2].lower_ in ("one", "un", "une"):
                last += 2  # twenty-one split by the tokenizer
            yield doc[first].idx, doc[last].idx + len(doc[last])

    # --- one number ----------------------------------------------------------------
    def _from_digits(self, text: str, m: re.Match, p: _LanguagePatterns, before: "_Before") -> dict | None:
        raw, glued = m.group(1), m.group(2)
        end = m.end(1)
        nxt = text[end:end + 2]
        if len(nxt) == 2 and nxt[0] in ".,:/" and nxt[1].isdigit():
            return None  # 1.2.3, 10:30, 2022/23: versions, times, fractions
        if nxt[:1] == "-" and nxt[1:2].isalpha() and not (p.duration_after.match(text, end)
                                                          or p.plus_after.match(text, end)):
            return None  # 5-fold, 10-member: part of a compound word (10-day is a duration)
        value = parse_number(raw, p.lang)
        if value is None:
            return None
        glued_scale = None
        if glued:
            glued_scale = p.glued_scales.get(glued.casefold())
            if glued_scale is None:
                return None  # 5G, 21st, 1er, 10h: not a quantity
            end = m.end(2)
        return self._complete(text, p, m.start(1), end, value, raw, before, glued_scale,
                              glued_needs_currency=bool(glued) and glued.casefold() in p.glued_need_currency)

    def _complete(self, text, p, start, end, value, raw, context: "_Before", glued_scale=None,
                  glued_needs_currency=False, after_de=False, approximate=None, duration_only=False):
        """Read the context of the number at [start, end) and build the figure, or None.

        ``after_de``: French 'de' may follow (une centaine de personnes); ``approximate``:
        forced (une centaine); ``duration_only``: anything but a duration is no figure."""
        if not context.glued and fold_q(context.word1) in p.period_adjectives:
            if fold_q(context.word1) not in p.span_adjectives:
                return None  # the first ten months: a part of a calendar period, not a measure
            duration_only = True  # the past 32 years: a duration; the last three meetings: none
        window_start = max(0, start - 40)
        before = text[window_start:start]
        if p.name_before.search(before):
            return None  # the Group of 20: part of a name
        figure_start = start
        plus = p.plus_after.match(text, end)
        if plus:
            end = plus.end()  # three-plus years, 10+ countries: at least
        currency = None
        cur = p.currency_before.search(before) if context.may_end_with(p.currency_triggers, strip="([\u00ab\u201c") \
            else None
        if cur and cur.group(1) in p.codes and not (glued_scale or value >= 1000 or p.scale_after.match(text, end)):
            cur = None  # COP 28, CAD 3: a code before a small bare number names something else
        if cur:
            currency = p.currency_of.get(cur.group(1))
            before = before[:cur.start()]
            figure_start = window_start + cur.start(1)
        qual = p.qualifier_before.search(before) if (context.may_end_with(p.qualifier_triggers, lower=True, words=2)
                                                     or context.glued[-1:] in "'\u2019" and context.glued) else None
        qualifier = " ".join(qual.group(1).split()) if qual else None
        if plus and not qualifier:
            qualifier = "plus"
        if qual:
            before = before[:qual.start()]
            figure_start = window_start + qual.start(1)
        elif context.may_end_with(p.verb_triggers, lower=True, words=2):
            # exceeded $9 billion, ont dépassé 31 milliards: a bound, not the figure's span
            verb = p.approximate_verb_before.search(before)
            qualifier = verb.group(1) if verb else None
        low_scale = glued_scale
        if low_scale is None:
            scale_m = p.scale_after.match(text, end)
            if scale_m:
                low_scale, end = p.scales[scale_m.group(1).casefold()], scale_m.end()
        # range: 2-3, 2 to 3, between 2 and 3; the second number may carry its own symbol/scale
        high = high_scale = None
        link = p.range_link.match(text, end)
        if not link and context.may_end_with(p.opener_triggers, lower=True, strip="([\u00ab\u201c", words=2) \
                and p.range_opener.search(before):
            link = p.range_link_after_opener.match(text, end)
        if link:
            second = _NUMBER.match(text, link.end())
            second_value = parse_number(second.group(1), p.lang) if second else None
            second_glued = p.glued_scales.get(second.group(2).casefold()) if second and second.group(2) else None
            if second_value is not None and (second_glued or not second.group(2)):
                second_end = second.end()
                high_scale = second_glued
                if high_scale is None:
                    scale_m = p.scale_after.match(text, second_end)
                    if scale_m:
                        high_scale, second_end = p.scales[scale_m.group(1).casefold()], scale_m.end()
                low_scale = low_scale or high_scale
                high_scale = high_scale or low_scale
                if second_value * (high_scale or 1) > value * (low_scale or 1):
                    high, end = second_value, second_end
        family = p.family_of.get(cur.group(1).casefold()) if cur else None
        if low_scale is None and high is None:
            # 300 M\u20ac, 5 Md$: the scale letter glued to the symbol
            scaled = p.scale_symbol_after.match(text, end)
            found = p.currency_of.get(scaled.group(2)) if scaled else None
            if found and currency in (None, found):
                low_scale, currency, end = p.glued_scales[scaled.group(1).casefold()], found, scaled.end()
                family = p.family_of.get(scaled.group(2).casefold())
        scale = low_scale or 1
        percent = p.percent_after.match(text, end)
        kind, unit = None, None
        if percent:
            kind, unit, end = "percent", "%", percent.end()
        else:
            cur_after = p.currency_after.match(text, end)
            if cur_after:
                symbol, word = cur_after.group(1), cur_after.group(2)
                form = symbol or word.casefold()
                found = p.currency_of.get(form)
                form_family = p.family_of.get(form.casefold())
                if (found or form_family) and (currency is None or currency == found or family):
                    # RM5 billion ringgit, $5 billion dollars; '$5 billion Australian dollars' is explicit
                    if found or not currency:
                        currency, family = found, form_family
                    end = cur_after.end()
                    kind = "money"
            if currency or family:
                kind = "money"
            elif glued_needs_currency:
                return None  # 5m: metres or millions? only money says
        if kind is None:
            if self._is_date_or_label(text, start, raw, value, qualifier, scale, before, context, p):
                return None
            if (scale != 1 or after_de) and p.lang == "fr":
                # 12,5 millions de personnes, 1,5 million de tonnes: the scale word takes 'de'
                de = p.scale_de.match(text, end)
                end = de.end() if de else end
            duration = p.duration_after.match(text, end)
            quantity = p.quantity_after.match(text, end) if not duration else None
            if duration and ((p.relative_after and p.relative_after.match(text, duration.end()))
                             or (p.relative_before and p.relative_before.search(before))):
                return None  # one week ago, il y a deux ans: a relative date, not a duration
            if duration:
                kind, unit, end = "duration", duration.group(1) or duration.group(2), duration.end()
                single = p.single_unit_values.get(unit.casefold())
                if single and value == 1 and scale == 1 and high is None:
                    value, unit = single  # a decade = 10 years
            elif duration_only:
                return None
            elif quantity:
                kind, unit, end = "quantity", quantity.group(1), quantity.end()
            else:
                unit, unit_end = self._counted_thing(text, end, p, singular=value == 1 and high is None and scale == 1)
                if not unit:
                    return None
                kind, end = "count", unit_end
        if duration_only and kind != "duration":
            return None
        if approximate is None:
            approximate = bool(qualifier) and p.qualifier_approx.get(fold_q(qualifier), True)
        figure = {"text": text[figure_start:end], "start": figure_start, "end": end, "kind": kind,
                  "value": None, "min": None, "max": None, "unit": unit, "currency": currency,
                  "approximate": approximate, "qualifier": qualifier}
        if kind == "money" and family:
            figure["_family"] = family
        if high is not None:
            figure["min"], figure["max"] = tidy(value * scale), tidy(high * (high_scale or 1))
        else:
            figure["value"] = tidy(value * scale)
        return figure

    def _is_date_or_label(self, text, start, raw, value, qualifier, scale, before, context, p) -> bool:
        """Years, day numbers next to a month, and labels (``Windows 10``) are not figures."""
        if scale == 1 and not qualifier:
            if raw and raw.isdigit() and len(raw) == 4 and _YEAR_MIN <= value <= _YEAR_MAX:
                return True
            after_month = context.may_end_with(p.month_triggers, lower=True) and p.month_before.search(before)
            day_like = isinstance(value, int) and 1 <= value <= 31
            if day_like and (after_month or p.month_after.match(text, start + len(raw or ""))):
                return True
            if raw and context.word1[:1].isupper() and not context.glued and not after_month:
                label = _LABEL.search(before)
                if label and label.start() > 0 and not _SENTENCE_START.search(before[:label.start()]):
                    return True
        return False

    def _counted_thing(self, text: str, pos: int, p: _LanguagePatterns, singular: bool) -> tuple[str | None, int]:
        """The noun phrase after a count (``police cars``, ``voitures de police``).

        Without a tagger: a count above one needs a plural noun, so the phrase is premodifiers
        (English) up to the first plural noun, then plural adjectives or one ``de`` + noun
        (French); function words, verbs, participles and punctuation end it.
        """
        words: list[str] = []
        end, head_end, head_n = pos, None, 0
        while len(words) < self.max_unit_words:
            m = p.unit_word.match(text, end)
            if not m:
                break
            word = m.group(1)
            key = fold_q(word)
            if p.lang == "fr" and head_end is not None and key in ("de", "d'"):
                # voitures de police: a French compound noun, if a plain noun follows
                nxt = p.unit_word.match(text, m.end())
                if nxt and nxt.group(1)[:1].islower() and fold_q(nxt.group(1)) not in p.stop_words:
                    words += [word, nxt.group(1)]
                    head_end, head_n = nxt.end(), len(words)
                break
            if not words and key in p.premodifiers and p.lang == "en":
                words.append(word)  # 11 other countries, 5 more projects
                end = m.end()
                continue
            if key in p.stop_words or (words and _is_participle(key, p.lang)):
                break
            if key in p.period_adjectives:
                return None, pos  # les dix premiers mois, the 10 first days: a period, not a count
            if word[:1].isupper():
                # a proper adjective or acronym may modify the head (50 Kazakh companies)
                if head_end is not None or not (word[1:].islower() or word.isupper()):
                    break
                words.append(word)
                end = m.end()
                continue
            plural = p.is_plural(key)
            if head_end is not None and not plural:
                break
            words.append(word)
            end = m.end()
            if plural or singular:
                head_end, head_n = end, len(words)
                if p.lang == "en" or singular:
                    nxt = p.unit_word.match(text, end)
                    # staff members, member states: a second plural noun is the real head
                    if not (nxt and nxt.group(1)[:1].islower() and fold_q(nxt.group(1)) not in p.stop_words
                            and p.is_plural(fold_q(nxt.group(1))) and not singular):
                        break
            if p.lang == "fr" and head_end is not None:
                nxt = p.unit_word.match(text, end)
                if nxt and _is_origin_adjective(fold_q(nxt.group(1)), p):
                    break  # entreprises françaises: the origin qualifies the counted noun, it is no part of it
            elif p.lang == "fr":
                break  # French nouns come first; a singular word here is not a counted noun
        if head_end is None:
            return None, pos
        if fold_q(words[0]) in p.multiplier_units:
            nxt = p.unit_word.match(text, head_end) if head_n == 1 else None
            following = fold_q(words[1]) if head_n > 1 else fold_q(nxt.group(1)) if nxt else ""
            if following in p.comparatives or (p.lang == "en" and following.endswith("er") and len(following) > 4):
                return None, pos  # five times more, trois fois plus: a ratio, not a count
        doublet = _DOUBLET.match(text, head_end)
        if doublet and _same_stem(fold_q(words[0] if p.lang == "fr" else words[head_n - 1]),
                                  fold_q(doublet.group(1))):
            # représentantes et représentants, citoyennes et citoyens: one noun in both genders
            return " ".join(words[:head_n] + doublet.group(0).split()), doublet.end()
        return " ".join(words[:head_n]), head_end


_DOUBLET = re.compile(r"[^\S\n]+(?:et|and|ou|or)[^\S\n]+([^\W\d_][\w'\u2019-]*)")


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one noun (gender or number): a long common beginning, different words."""
    if a == b:
        return False
    common = len(os.path.commonprefix([a, b]))
    return common >= max(4, min(len(a), len(b)) - 3)


def _is_origin_adjective(word: str, p: _LanguagePatterns) -> bool:
    return word in p.origin_adjectives or adjective_to_code(word) is not None


def _is_participle(word: str, lang: str) -> bool:
    """After the counted noun a participle starts the predicate (businesses damaged)."""
    if lang == "fr":
        return word.endswith(("\u00e9", "\u00e9e", "\u00e9s", "\u00e9es"))
    return len(word) > 4 and word.endswith(("ed", "ing"))


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])((?i:a|an|one))\s+$")
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00de][\w-]+")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u00c0-\u00de\"\u201c\u00ab])|\n")


def _sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around [start, end), found from punctuation and line breaks (at most
    ``reach`` characters each way)."""
    left = max(0, start - reach)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return begin, after.start() if after else min(len(text), end + reach)


def _is_furniture(text: str, figure: dict, p: "_LanguagePatterns") -> bool:
    """'7785 views', '15 comments' alone on a line: a page counter, not a fact."""
    if figure["kind"] != "count" or fold_q(figure["unit"] or "").split()[-1:] != [
            w for w in fold_q(figure["unit"] or "").split()[-1:] if w in p.furniture_units]:
        return False
    line_start = text.rfind("\n", 0, figure["start"]) + 1
    line_end = text.find("\n", figure["end"])
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:figure["start"]] + " " + text[figure["end"]:line_end]
    return all(fold_q(w) in p.furniture_units for w in re.findall(r"[^\W\d_][\w']*", rest))


class _Before:
    """The text right before a number: what is glued to it (``$``, ``(``) and the two words
    before that, found with a few C-level string searches."""
    __slots__ = ("chunk_start", "glued", "word1", "word2")

    def __init__(self, text: str, start: int):
        space = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\u00a0", 0, start))
        self.chunk_start = space + 1
        self.glued = text[space + 1:start]
        words = text[max(0, space - 40):max(space, 0)].split()
        self.word1 = words[-1] if words else ""
        self.word2 = words[-2] if len(words) > 1 else ""

    def may_end_with(self, triggers: set, lower: bool = False, strip: str = "", words: int = 1) -> bool:
        candidates = [self.glued] if self.glued else []
        candidates += [self.word1, self.word2][:words] if not self.glued or words > 1 else []
        for word in candidates:
            word = word.lstrip(strip) if strip else word
            if (fold_q(word) if lower else word) in triggers:
                return True
        return False


class _Intervals:
    """Sorted, merged [start, end) spans with a fast overlap test."""

    def __init__(self, spans):
        merged = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


@kzeu_factory("kzeu_figures", default_config={"max_unit_words": 4},
              assigns=["doc.spans", "doc._.kzeu_figures"],
              requires=["doc._.kzeu_dates", "doc._.kzeu_places"])
def make_figures(nlp: Language, name: str, *, max_unit_words: int = 4) -> FiguresComponent:
    return FiguresComponent(nlp, name, max_unit_words=max_unit_words)
