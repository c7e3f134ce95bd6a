"""The kzeu_figures component: finds the numbers of a text and keeps those that are figures."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text
from ...knowledge import Knowledge, load_knowledge
from ...langpacks import LanguagePack, pack_concern
from ...spans import read_items, write_items
from ..base import PackComponent
from .bounds import apply_bounds
from .context import CHUNK_REACH, Before, Intervals, is_furniture, lowered_exactly, may_hold_any, word_key
from .currencies import resolve_currencies
from .grammar import FiguresGrammar
from .nouns import counts_participants
from .reading import NUMBER, NUMBER_AFTER_SYMBOL, FigureReader
from .schema import (
    CONCERN,
    FiguresPack,
    NeutralFigures,
    neutral_content,
    neutral_path,
    validate_neutral,
)
from .written import number_word_hashes, written_figures

# Checked only around candidate numbers (cheap): a number in a URL, e-mail, handle or phone
# number is no figure.
_WEB_CHUNK = re.compile(r"://|www\.|@|#|\.[a-z]{2,4}/")
_PHONE_AFTER = re.compile(r"\s*\(\d{2,5}\)\s*\d")
_ISO_DATE = re.compile(r"\d(?<!\w\d)\d{3}-\d{2}-\d{2}(?!\d)")
# a digit right after a letter: where a currency symbol ending in a letter may be glued (RM487)
_DIGIT_AFTER_LETTER = re.compile(r"\d(?<=[^\W\d_]\d)")
_NEUTRAL_FILE = "figures_neutral.json"


@lru_cache(maxsize=1)
def _installed_neutral() -> NeutralFigures:
    return validate_neutral(neutral_content(), neutral_path())


def _installed_grammar(pack: FiguresPack) -> FiguresGrammar:
    return FiguresGrammar(pack, _installed_neutral())


def _spans(figures: list[dict], date_spans: list) -> Intervals:
    return Intervals([(f["start"], f["end"]) for f in figures] + date_spans)


class FiguresComponent(PackComponent):
    concerns = (CONCERN,)

    def __init__(self, nlp: Language, name: str, *, max_unit_words: int = 4,
                 knowledge: Knowledge | None = None, pack: str | None = None):
        self.max_unit_words = max_unit_words
        self.knowledge = knowledge if knowledge is not None else load_knowledge()
        self.neutral: dict | None = None   # data/figures.json as saved by to_disk (None: installed)
        self._hashes = None
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        if self.neutral is None:
            self.grammar = pack_concern(pack, CONCERN, _installed_grammar)
        else:
            neutral = validate_neutral(self.neutral, _NEUTRAL_FILE)
            self.grammar = FiguresGrammar(pack.concern(CONCERN), neutral)
        self.reader = FigureReader(self.grammar, self.knowledge.geo, self.max_unit_words)
        self._hashes = None

    # --- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        dates = [(d["start"], d["end"]) for d in read_items(doc, "dates")]
        write_items(doc, "figures", self.find(doc, dates))
        return doc

    def find(self, doc: Doc, date_spans: Iterable = ()) -> list[dict]:
        text = doc_text(doc)
        # ISO dates are dates even where the dates component has not marked them
        date_spans = list(date_spans) + [m.span() for m in _ISO_DATE.finditer(text)]
        figures = self._digit_figures(text, date_spans)
        figures += written_figures(doc, text, self.reader, self._word_hashes(doc), _spans(figures, date_spans))
        # the word-led passes scan the text only when it holds the words they need
        lowered, g = lowered_exactly(text), self.grammar
        if may_hold_any(lowered, g.one_scale_words):
            figures += self._ones_before_scales(text, _spans(figures, date_spans))
        figures += self._one_durations(text, _spans(figures, date_spans))
        if g.approximate_noun is not None and may_hold_any(lowered, g.approximate_noun_words):
            figures += self._approximate_nouns(text, _spans(figures, date_spans))
        figures.sort(key=lambda f: f["start"])
        resolve_currencies(text, figures, read_items(doc, "places"), self.grammar, self.reader.geo)
        apply_bounds(figures, g.qualifier_bounds)
        return figures

    def _word_hashes(self, doc: Doc):
        if self._hashes is None:
            self._hashes = number_word_hashes(self.grammar, doc.vocab.strings)
        return self._hashes

    # --- the passes ------------------------------------------------------------------
    def _numbers(self, text: str) -> list[re.Match]:
        numbers = list(NUMBER.finditer(text))
        glued = [NUMBER_AFTER_SYMBOL.match(text, g.end()) for g in self.grammar.glued_currency.finditer(text)] \
            if _DIGIT_AFTER_LETTER.search(text) else []
        if glued:
            numbers = sorted(numbers + [m for m in glued if m], key=lambda m: m.start())
        return numbers

    def _digit_figures(self, text: str, date_spans: list) -> list[dict]:
        g, reader = self.grammar, self.reader
        dates = Intervals(date_spans)
        figures: list[dict] = []
        taken_until = 0
        for m in self._numbers(text):
            if m.start() < taken_until or dates.overlaps(*m.span(1)):
                continue
            before = Before(text, m.start(1))
            if self._in_non_figure(text, m, before):
                continue
            figure = reader.from_digits(text, m, before)
            taken_until = max(taken_until, reader.refused_until)  # a descending pair's second number
            if figure and not dates.overlaps(figure["start"], figure["end"]) \
                    and not counts_participants(figure, g, False) and not is_furniture(text, figure, g.furniture_units):
                figures.append(figure)
                taken_until = figure["end"]
        return figures

    def _in_non_figure(self, text: str, m: re.Match, before: Before) -> bool:
        """Is the number part of a URL/handle, a phone number or a reference (articles 2 and 4)?"""
        g = self.grammar
        start = m.start(1)
        reach = min(len(text), start + CHUNK_REACH)
        chunk_end = text.find(" ", start, reach)
        if _WEB_CHUNK.search(text, before.chunk_start, chunk_end if chunk_end >= 0 else reach):
            return True
        window = max(0, start - 40)
        w1 = before.word1.rstrip(",")
        if (w1 in g.reference_triggers or w1.isdigit()) and g.reference_before.search(text, window, start):
            return True
        if (before.glued[:1] in "+(" and before.glued or before.word1[:1] == "+" or before.word1[-1:] == ")"
                or word_key(before.word1) in g.phone_triggers) and g.phone_before.search(text, window, start):
            return True
        return bool(_PHONE_AFTER.match(text, m.end(1)))

    def _ones_before_scales(self, text: str, taken: Intervals) -> list[dict]:
        """un milliard de dollars, a million people: the article is the number one."""
        found = []
        for m in self.grammar.one_before_scale.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                figure = self.reader.complete(text, m.start(), m.end(), 1, None, Before(text, m.start()))
                if figure:
                    found.append(figure)
        return found

    def _approximate_nouns(self, text: str, taken: Intervals) -> list[dict]:
        """une centaine de personnes: an approximate count."""
        g, found = self.grammar, []
        for m in g.approximate_noun.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                value = g.approximate_nouns[m.group(1).casefold()]
                figure = self.reader.complete(text, m.start(), m.end(), value, None, Before(text, m.start()),
                                              complement_follows=True, approximate=True)
                if figure:
                    found.append(figure)
        return found

    def _one_durations(self, text: str, taken: Intervals) -> list[dict]:
        """about one hour, a one-day visit, more than a decade: one unit of time. An article
        counts only after a qualifier (a day, un an alone are no figures), and 'one day' alone
        is 'some day'."""
        g, found = self.grammar, []
        for m in g.one_before_duration.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            word, hyphen = m.group(1).casefold(), text[m.end():m.end() + 1] == "-"
            context = Before(text, m.start())
            qualified = context.may_end_with(g.qualifier_triggers, lower=True, words=2) or context.ends_with_apostrophe()
            qualified = qualified and bool(g.qualifier_before.search(text, max(0, m.start() - 40), m.start()))
            figure = self.reader.complete(text, m.start(), m.end(), 1, None, context, duration_only=True)
            if not figure:
                continue
            number = word in g.one_number_words
            if not number and not qualified:
                continue
            if number and not hyphen and not qualified and word_key(figure["unit"]) in g.one_day_units:
                continue
            found.append(figure)
        return found

    # --- saving ----------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        content = self.neutral if self.neutral is not None else neutral_content()
        srsly.write_json(Path(path) / _NEUTRAL_FILE, content)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FiguresComponent:
        file = Path(path) / _NEUTRAL_FILE
        if file.exists():
            self.neutral = srsly.read_json(file)
        return super().from_disk(path, exclude=exclude)


def make_figures(nlp: Language, name: str, *, max_unit_words: int = 4,
                 knowledge: Knowledge) -> FiguresComponent:
    return FiguresComponent(nlp, name, max_unit_words=max_unit_words, knowledge=knowledge)
