"""One language's figures grammar: the pack's words and the shared currencies and symbols
compiled into anchored regexes and look-up sets, once per pack.

The regexes are matched at a number's end (``*_after``) or searched in the 40 characters
before it (``*_before``, anchored at ``$``); the ``*_triggers`` sets are the cheap test that
a word right before the number could end what a left-context regex looks for.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ...normalize.numbers import DIGITS
from .context import word_key
from .schema import FiguresPack, NeutralFigures

APOSTROPHE = "['\u2019]"


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first; a space matches any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _keys(words: Iterable[str]) -> set[str]:
    return {word_key(w) for w in words}


def _elided(words: Iterable[str]) -> str:
    """Alternation of words where a final apostrophe is either apostrophe (d' -> d['’])."""
    return alternation(words).replace("'", APOSTROPHE)


def _before_next(words: Iterable[str]) -> re.Pattern | None:
    """``\\s+`` and one of ``words`` followed by a space, or by a letter when it is elided
    (de, d'): the French complement of a scale word (12 millions de personnes)."""
    branches = [re.escape(w[:-1]) + APOSTROPHE + r"(?=\w)" if w.endswith("'") else re.escape(w) + r"(?=\s)"
                for w in sorted(set(words), key=len, reverse=True)]
    return re.compile(r"\s+(?:" + "|".join(branches) + ")") if branches else None


def _complement_words(words: Iterable[str]) -> str:
    """de, d', of as the word after a collective noun: elided ones glue to the next word."""
    return "|".join(re.escape(w[:-1]) + APOSTROPHE if w.endswith("'") else re.escape(w) + r"\s"
                    for w in sorted(set(words), key=len, reverse=True))


class FiguresGrammar:
    """Everything the component matches for one language pack, compiled once."""

    def __init__(self, pack: FiguresPack, neutral: NeutralFigures):
        self.settings = settings = pack.settings
        self.text2num_language = settings.text2num_language
        self.decimal_comma = settings.decimal_comma
        self.head_first = settings.head_first
        self._currencies(pack, neutral)
        self._scales(pack, neutral)
        self._ranges(pack)
        self._durations(pack)
        self._counted_nouns(pack)
        self._dates_and_names(pack)
        self._references(pack, neutral)
        self._approximations(pack)
        self._written_numbers(pack)

    # --- money -------------------------------------------------------------------
    def _currencies(self, pack: FiguresPack, neutral: NeutralFigures) -> None:
        currencies = neutral.currencies
        symbols = {s: iso for iso, c in currencies.items() for s in c.symbols + c.codes}
        words = {w.casefold(): iso for iso, c in currencies.items() for w in c.words}
        # A family form (dollars, $, rupees, francs) names one of several currencies: the
        # text's context picks it (see currencies.py); unowned forms read as the default.
        self.families = neutral.currency_families
        self.family_of: dict[str, str] = {}
        for name, family in self.families.items():
            for form in family.forms:
                self.family_of[form.casefold()] = name
                if form not in symbols and form.casefold() not in words:
                    words[form.casefold()] = family.default
        self.currency_of = {**words, **symbols}
        self.symbols = sym = alternation(symbols)
        self.currency_before = re.compile(rf"(?<![\w$])({sym})\s?$")
        prepositions = pack.settings.currency_prepositions
        unelided = [p for p in prepositions if not p.endswith("'")]
        before_symbol = rf"(?:\s?|\s+(?:{alternation(unelided)})\s+)" if unelided else r"\s?"
        before_word = rf"(?:(?:{_elided(prepositions)})\s*)?" if prepositions else ""
        self.currency_after = re.compile(
            rf"{before_symbol}({sym})(?![\w$])|\s*{before_word}((?i:{alternation(words)}))(?!\w)")
        self.codes = {code for c in currencies.values() for code in c.codes}
        # RM487, Rp5, KSh200: a symbol ending in a letter, glued to the digits (not a code: COP28)
        letter_symbols = [s for c in currencies.values() for s in c.symbols if s[-1:].isalpha()]
        self.glued_currency = re.compile(rf"(?<![\w$])(?:{alternation(letter_symbols)})(?=\d)")
        self.currency_triggers = set(symbols)

    def _scales(self, pack: FiguresPack, neutral: NeutralFigures) -> None:
        self.scales = {k.casefold(): v for k, v in pack.scales.items()}
        self.scale_after = re.compile(rf"[^\S\n]+((?i:{alternation(self.scales)}))(?![\w])")
        self.glued_scales = neutral.glued_scales
        self.glued_need_currency = set(neutral.glued_scales_need_currency)
        # 300 M€, 5 Md$, 40 k€: a scale letter glued to the currency symbol after the number
        self.scale_symbol_after = re.compile(
            rf"[^\S\n]?((?i:{alternation(self.glued_scales)}))[^\S\n]?({self.symbols})(?![\w$])")
        self.scale_complement = _before_next(pack.settings.scale_complement_words)
        # three-plus years, 10+ countries: at least
        plus = "|".join([alternation(pack.settings.plus_words), r"\+"] if pack.settings.plus_words else [r"\+"])
        self.plus_after = re.compile(rf"(?:{plus})(?![\w+])")
        self.plus_qualifier = pack.settings.plus_qualifier
        self.percent_after = re.compile(
            rf"\s*(?i:{alternation(pack.percent_words + neutral.percent_symbols)})(?!\w)")
        self.quantity_after = re.compile(
            rf"\s*({alternation(pack.quantity_words + neutral.quantity_symbols)})(?![\w-])")
        one = pack.one_before_scale
        self.one_scale_words = tuple(one.scales)
        # "un milliard de dollars", "a million people": the article is the number one
        self.one_before_scale = re.compile(
            rf"(?<![\w-])(?i:{alternation(one.words)})(?=\s+(?i:{alternation(one.scales)})(?!\w))")

    def _ranges(self, pack: FiguresPack) -> None:
        sym = self.symbols
        self.range_opener = re.compile(rf"(?<!\w)(?i:{alternation(pack.range_openers)})\s+$")
        links, opener_links = alternation(pack.range_links), alternation(pack.range_links_after_opener)
        self.range_link = re.compile(rf"\s*(?:{links})\s*(?:(?:{sym})\s?)?(?={DIGITS})")
        self.range_link_after_opener = re.compile(rf"\s+(?:{opener_links})\s+(?:(?:{sym})\s?)?(?={DIGITS})")
        self.opener_triggers = _keys(pack.range_openers)

    def _durations(self, pack: FiguresPack) -> None:
        self.durations = {k.casefold(): v for k, v in pack.durations.items()}
        units, spans = alternation(self.durations), alternation(pack.span_adjectives)
        settings = pack.settings
        age = rf"(?!(?:{alternation(settings.age_suffixes)})\b)" if settings.age_suffixes else ""
        length = rf"(?=(?:{alternation(settings.length_suffixes)})\b)" if settings.length_suffixes else "(?!)"
        # 3 years, a two-day visit, 10-day-long tour, les six derniers mois; not 30-year-old (an age)
        self.duration_after = re.compile(
            rf"(?:[^\S\n]+|-)(?:(?i:{spans})[^\S\n]+)?((?i:{units}))(?![\w-]){age}"
            rf"|-((?i:{units})){length}")
        self.span_adjectives = _keys(pack.span_adjectives)
        self.period_adjectives = _keys(pack.period_adjectives)
        relative = pack.relative_time
        self.relative_after = re.compile(rf"[^\S\n]+(?i:{alternation(relative.after)})(?!\w)") \
            if relative.after else None
        self.relative_before = re.compile(rf"(?<!\w)(?i:{alternation(relative.before)})\s+$") \
            if relative.before else None
        self.single_unit_values = {k.casefold(): tuple(v) for k, v in pack.single_unit_values.items()}
        one = pack.one_before_duration
        self.one_number_words = {w.casefold() for w in one.numbers}
        # about one hour, a one-day visit, more than a decade: the article or 'one' is 1
        self.one_before_duration = re.compile(
            rf"(?<![\w-])((?i:{alternation(one.numbers + one.articles)}))"
            rf"(?=(?:[^\S\n]+|-)(?i:{units})(?![\w]))")
        self.one_day_units = set(pack.settings.one_day_units)

    def _counted_nouns(self, pack: FiguresPack) -> None:
        settings = pack.settings
        self.stop_words = _keys(pack.unit_stop_words)
        self.participant_nouns = _keys(pack.participant_nouns)
        self.furniture_units = _keys(pack.page_furniture_units)
        self.premodifiers = _keys(pack.counted_noun_premodifiers)
        self.multiplier_units = _keys(pack.multiplier_units)
        self.comparatives = _keys(pack.comparatives)
        self.comparative_suffix = settings.comparative_suffix
        self.plural_nouns = _keys(pack.plural_nouns)
        self.plural_endings = tuple(settings.plural_endings)
        self.non_plural_endings = tuple(settings.non_plural_endings)
        self.participle_endings = tuple(settings.participle_endings)
        self.participle_min_length = settings.participle_min_length
        self.noun_complements = _keys(settings.noun_complement_words)
        self.origin_adjectives = _keys(pack.origin_adjectives)
        self.anaphoric = _keys(pack.anaphoric_determiners)
        # a counted noun stays on the number's line (15\ncomments is page furniture)
        self.unit_word = re.compile(r"(?:[^\S\n]+|(?<=['\u2019]))([^\W\d_][\w'\u2019-]*)")
        self.doublet = re.compile(
            rf"[^\S\n]+(?:{alternation(settings.doublet_links)})[^\S\n]+([^\W\d_][\w'\u2019-]*)")

    def _dates_and_names(self, pack: FiguresPack) -> None:
        months = alternation(pack.months)
        months = f"(?:{months})" if pack.settings.months_case_sensitive else f"(?i:{months})"
        self.month_before = re.compile(rf"(?<!\w){months}\s*$")
        self.month_after = re.compile(rf"(?:\s*[-\u2013]\s*\d{{1,2}})?\s+{months}(?!\w)")
        self.month_triggers = _keys(pack.months)
        self.name_before = re.compile(rf"(?<![\w-])(?:{alternation(pack.name_openers)})\s+$")

    def _references(self, pack: FiguresPack, neutral: NeutralFigures) -> None:
        words = pack.reference_words + neutral.reference_symbols
        links = pack.reference_links + neutral.reference_link_symbols
        ref_number = r"\d+(?:\.\d+)*[a-z]?"
        # articles 2 and 4: the words before a number make it a reference
        self.reference_before = re.compile(
            rf"(?<![\w])(?i:{alternation(words)})\s*(?:{ref_number}\s*(?:{alternation(links)})\s*)*$")
        self.reference_triggers = _keys(words + links)
        self.phone_triggers = _keys(pack.phone_words)
        self.phone_before = re.compile(rf"(?:\+\d{{1,3}}|\(\d{{2,5}}\)|(?i:\b(?:{alternation(pack.phone_labels)})\b)"
                                       r"\.?:?)[\d\s().-]*$")

    def _approximations(self, pack: FiguresPack) -> None:
        qualifiers = pack.qualifiers
        self.qualifier_approx = {word_key(q): v for q, v in qualifiers.items()}
        self.qualifier_before = re.compile(rf"(?<![\w'])((?i:{alternation(qualifiers)}))\s*$")
        self.qualifier_triggers = {word_key(q).split()[-1] for q in qualifiers}
        verbs = pack.approximate_verbs
        self.verb_triggers = _keys(verbs)
        self.approximate_verb_before = re.compile(rf"(?<![\w'])((?i:{alternation(verbs)}))\s*$")
        # the verbs state an exclusive lower bound (exceeded $9 billion), "10+" an inclusive one
        self.qualifier_bounds = {word_key(v): "min_exclusive" for v in verbs}
        self.qualifier_bounds[word_key(pack.settings.plus_qualifier)] = "min_inclusive"
        self.qualifier_bounds.update({word_key(q): bound for q, bound in pack.qualifier_bounds.items()})
        nouns = pack.approximate_number_nouns
        self.approximate_nouns = {k.casefold(): v for k, v in nouns.nouns.items()}
        self.approximate_noun_words = tuple(nouns.nouns)
        self.approximate_noun = re.compile(
            rf"(?<![\w-])(?i:{alternation(nouns.articles)})\s+((?i:{alternation(nouns.nouns)}))"
            rf"(?=\s+(?:{_complement_words(nouns.complements)}))") if nouns.nouns else None

    def _written_numbers(self, pack: FiguresPack) -> None:
        settings = pack.settings
        self.hints = [h.casefold() for h in pack.number_word_hints]
        self.number_link_words = set(settings.number_link_words)
        self.compound_final_words = tuple(settings.compound_final_words)
        self.compound_links = tuple(settings.compound_links)
        article = settings.article_one
        self.article_one = re.compile(rf"(?<![\w-])((?i:{alternation(article.articles)}))\s+$") \
            if article.articles else None
        self.article_one_numbers = tuple(article.numbers)

    # --- word tests ----------------------------------------------------------------
    def is_plural(self, word: str) -> bool:
        if word in self.plural_nouns:
            return True
        return word.endswith(self.plural_endings) and not word.endswith(self.non_plural_endings)

    def is_participle(self, word: str) -> bool:
        """After the counted noun a participle starts the predicate (businesses damaged)."""
        return len(word) >= self.participle_min_length and word.endswith(self.participle_endings)

    def is_comparative(self, word: str) -> bool:
        """five times more, trois fois plus: after a multiplier, a ratio."""
        suffix = self.comparative_suffix
        return word in self.comparatives or bool(suffix and word.endswith(suffix) and len(word) > 4)
