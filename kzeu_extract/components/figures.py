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
import re

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from ..data import load_data
from ..extensions import doc_text, items
from ..geo import adjective_to_code
from ..normalize.numbers import DIGITS, find_written_numbers, parse_number, tidy

# DIGITS with the checks on what precedes it moved after the first digit, so that the regex
# engine can skip to digits fast: not glued to a word, #, @ or / (G20, COVID-19, #EU2020).
_NUMBER = re.compile(r"(\d(?<![\w#@/]\d)(?<![^\W\d_]-\d)(?<!\d[.,]\d)(?<!\w\+\d)"
                     r"(?:\d{0,2}(?:(?:,\d{3})+|(?:\.\d{3}){2,}|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?"
                     r"|\d*(?:[.,]\d+)?))([^\W\d_]+)?")
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
        self.currency_of = {**{k.casefold(): v for k, v in words.items()}, **symbols}
        sym = _alternation(symbols)
        self.currency_before = re.compile(rf"(?<![\w$])({sym})\s?$")
        self.currency_after = re.compile(
            rf"\s?({sym})(?![\w$])|\s*(?:(?:de|d['\u2019])\s*)?((?i:{_alternation(words)}))(?!\w)")
        self.scales = {k.casefold(): v for k, v in data["scales"][lang].items()}
        self.scale_after = re.compile(rf"\s+((?i:{_alternation(self.scales)}))(?![\w])")
        self.glued_scales = data["glued_scales"]
        self.glued_need_currency = set(data["glued_scales_need_currency"])
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
        self.duration_after = re.compile(rf"\s+((?i:{_alternation(self.durations)}))(?![\w-])")
        self.quantity_after = re.compile(rf"\s*({_alternation(data['quantities'])})(?![\w-])")
        self.stop_words = {fold_q(w) for w in data["unit_stop_words"][lang]}
        self.plural_nouns = {fold_q(w) for w in data["plural_nouns"][lang]}
        self.scale_de = re.compile(r"\s+d(?:e(?=\s)|['\u2019](?=\w))")
        self.unit_word = re.compile(r"(?:\s+|(?<=['\u2019]))([^\W\d_][\w'\u2019-]*)")
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


class FiguresComponent:
    def __init__(self, nlp: Language, name: str, *, max_unit_words: int = 4):
        data = load_data("figures")
        self.name = name
        self.max_unit_words = max_unit_words
        self.patterns = {lang: _LanguagePatterns(lang, data) for lang in data["scales"]}
        self.default_lang = nlp.lang if nlp.lang in self.patterns else "en"
        self._hashes: dict = {}

    # --- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        lang = doc._.kzeu_language if doc._.kzeu_language in self.patterns else self.default_lang
        doc._.kzeu_figures = self.find(doc, lang, [(d["start"], d["end"]) for d in items(doc, "dates")])
        return doc

    def find(self, doc: Doc, lang: str, date_spans=()) -> list[dict]:
        text = doc_text(doc)
        p = self.patterns[lang]
        # ISO dates are dates even where the dates component has not marked them
        date_spans = list(date_spans) + [m.span() for m in _ISO_DATE.finditer(text)]
        dates = _Intervals(date_spans)
        figures = []
        taken_until = 0
        for m in _NUMBER.finditer(text):
            if m.start() < taken_until or dates.overlaps(*m.span(1)):
                continue
            before = _Before(text, m.start(1))
            if self._in_non_figure(text, m, before, p):
                continue
            figure = self._from_digits(text, m, p, before)
            if figure and not dates.overlaps(figure["start"], figure["end"]):
                figures.append(figure)
                taken_until = figure["end"]
        spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
        for start, end in self._written_runs(doc, p):
            if spans.overlaps(start, end):
                continue
            for number in find_written_numbers(text[start:end], lang, start):
                if number.ordinal or number.value < 2:
                    continue
                context = _Before(text, number.start)
                if not context.glued and fold_q(context.word1) in p.anaphoric:
                    continue  # the two sides, les deux parties: known things, no figure
                figure = self._complete(text, p, number.start, number.end, number.value, None, context)
                if figure:
                    figures.append(figure)
        spans = _Intervals([(f["start"], f["end"]) for f in figures] + list(date_spans))
        for m in p.one_before_scale.finditer(text):
            if not spans.overlaps(m.start(), m.end()):
                figure = self._complete(text, p, m.start(), m.end(), 1, None, _Before(text, m.start()))
                if figure:
                    figures.append(figure)
        figures.sort(key=lambda f: f["start"])
        return figures

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
        if nxt[:1] == "-" and nxt[1:2].isalpha():
            return None  # 20-year, 5-fold: part of a compound word
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
                  glued_needs_currency=False):
        """Read the context of the number at [start, end) and build the figure, or None."""
        if not context.glued and fold_q(context.word1) in p.period_adjectives:
            return None  # the first ten months, the past 30 years: a period, not a measure
        window_start = max(0, start - 40)
        before = text[window_start:start]
        figure_start = start
        currency = None
        cur = p.currency_before.search(before) if context.may_end_with(p.currency_triggers, strip="([\u00ab\u201c") \
            else None
        if cur:
            currency = p.currency_of.get(cur.group(1))
            before = before[:cur.start()]
            figure_start = window_start + cur.start(1)
        qual = p.qualifier_before.search(before) if (context.may_end_with(p.qualifier_triggers, lower=True, words=2)
                                                     or context.glued[-1:] in "'\u2019" and context.glued) else None
        qualifier = " ".join(qual.group(1).split()) if qual else None
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
        scale = low_scale or 1
        percent = p.percent_after.match(text, end)
        kind, unit = None, None
        if percent:
            kind, unit, end = "percent", "%", percent.end()
        else:
            cur_after = p.currency_after.match(text, end)
            if cur_after:
                symbol, word = cur_after.group(1), cur_after.group(2)
                found = p.currency_of.get(symbol) if symbol else p.currency_of.get(word.casefold())
                if found and (currency is None or currency == found):
                    currency, end = found, cur_after.end()
            if currency:
                kind = "money"
            elif glued_needs_currency:
                return None  # 5m: metres or millions? only money says
        if kind is None:
            if self._is_date_or_label(text, start, raw, value, qualifier, scale, before, context, p):
                return None
            if scale != 1 and p.lang == "fr":
                # 12,5 millions de personnes, 1,5 million de tonnes: the scale word takes 'de'
                de = p.scale_de.match(text, end)
                end = de.end() if de else end
            duration = p.duration_after.match(text, end)
            quantity = p.quantity_after.match(text, end) if not duration else None
            if duration:
                kind, unit, end = "duration", duration.group(1), duration.end()
            elif quantity:
                kind, unit, end = "quantity", quantity.group(1), quantity.end()
            else:
                unit, unit_end = self._counted_thing(text, end, p, singular=value == 1 and high is None and scale == 1)
                if not unit:
                    return None
                kind, end = "count", unit_end
        figure = {"text": text[figure_start:end], "start": figure_start, "end": end, "kind": kind,
                  "value": None, "min": None, "max": None, "unit": unit, "currency": currency,
                  "approximate": bool(qualifier) and p.qualifier_approx.get(fold_q(qualifier), True),
                  "qualifier": qualifier}
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
            if context.word1[:1].isupper() and not context.glued and not after_month:
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
        return " ".join(words[:head_n]), head_end


def _is_origin_adjective(word: str, p: _LanguagePatterns) -> bool:
    return word in p.origin_adjectives or adjective_to_code(word) is not None


def _is_participle(word: str, lang: str) -> bool:
    """After the counted noun a participle starts the predicate (businesses damaged)."""
    if lang == "fr":
        return word.endswith(("\u00e9", "\u00e9e", "\u00e9s", "\u00e9es"))
    return len(word) > 4 and word.endswith(("ed", "ing"))


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


@Language.factory("kzeu_figures", default_config={"max_unit_words": 4})
def make_figures(nlp: Language, name: str, *, max_unit_words: int = 4) -> FiguresComponent:
    return FiguresComponent(nlp, name, max_unit_words=max_unit_words)
