"""kzeu_quotes: direct quotes ("...", “...”, «...») and who said them.

The speaker is the person named next to a speech verb right after the closing mark
(`,” the Head of State said.`) or right before the opening one (`Tokayev said: “...`);
a pronoun (`he said`, `a-t-il déclaré`) stands for the last person named before the quote.
Role mentions are already resolved to people by kzeu_people. Quoted names and terms
(«Kazakhstan – European Union») are too short to be quotes and are left out.

The quotation marks and distances are language neutral (``data/quotes.json``); the speech
verbs, pronouns and role nouns are the pack's (``data/lang/<code>/quotes.json``).
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from ..data import load_data
from ..extensions import doc_text
from ..knowledge import Knowledge, load_knowledge
from ..langpacks import (
    LanguagePack,
    describe_validation_error,
    pack_concern,
    register_schema,
)
from ..spans import read_items, write_items
from ..textkit import (
    Mention,
    Mentions,
    compile_vocabulary,
    evidence,
    fold,
    vocabulary_pattern,
)
from ..textkit.sentence_index import SentenceIndex
from ..textkit.unicode_classes import compile_pattern   # atomic group: regex on Python 3.10
from .base import PackComponent

CONCERN = "quotes"
_WORD = re.compile(r"\w+")
# The first person of a sentence, after at most a dateline and a title ("BRUSSELS, 5 March 2025 -
# European Commission President X"), is its subject. A word holds its inner hyphens and is
# atomic, so "a-b-c" splits one way only (the hyphen is also a separator: split every way, it
# took exponential time); the separators after it are whatever follows, hyphens included.
_SUBJECT_LEAD_IN = compile_pattern(r"\W*(?:(?>[\w'\u2019]+(?:-+[\w'\u2019]+)*)[\s,.\u2013\u2014-]+){0,8}$")


class QuotesVocabulary(BaseModel):
    """``data/lang/<code>/quotes.json`` (its ``_doc`` says what each entry does)."""
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: str | None = Field(None, alias="_source")
    doc: str | None = Field(None, alias="_doc")
    speech_verbs: list[str]
    pronouns: list[str]
    role_nouns: list[str]
    role_articles: list[str]


register_schema(CONCERN, QuotesVocabulary)


class QuoteMarks(BaseModel):
    """``data/quotes.json``: the quotation marks and distances, for every language."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    pairs: list[tuple[str, str]]
    min_words: int
    window: int
    max_chars: int


def named_mentions(records: list[dict], kind_key: str | None = None) -> list[Mention]:
    """(start, end, canonical name) for every mention of every record of a section."""
    return [Mention(m["start"], m["end"], r["name"], r.get(kind_key) if kind_key else None)
            for r in records if r.get("name") for m in r.get("mentions") or []]


class QuoteGrammar:
    """The quote finder of one pack."""

    def __init__(self, vocabulary: QuotesVocabulary, marks: QuoteMarks):
        alternatives = []
        for opening, closing in marks.pairs:
            o, c = re.escape(opening), re.escape(closing)
            # Straight quotes open and close alike: keep them within one paragraph.
            body = rf"[^{o}{c}\n]" if opening == closing else rf"[^{o}{c}]"
            alternatives.append(rf"{o}(?P<q{len(alternatives)}>{body}{{1,{marks.max_chars}}}){c}")
        self.quote_rx = re.compile("|".join(alternatives))
        self.speech = compile_vocabulary(vocabulary.speech_verbs)
        self.pronoun = compile_vocabulary(vocabulary.pronouns)
        roles = "|".join(vocabulary_pattern(r, bounded=False)
                         for r in sorted(vocabulary.role_nouns, key=len, reverse=True))
        articles = "|".join(vocabulary_pattern(a, bounded=False) for a in vocabulary.role_articles)
        # "the Russian minister": a title with a nationality adjective before or after it.
        self.role_with_adjective = re.compile(
            rf"(?<!\w)(?:{articles})\s*(?:(?P<adjective_pre>[\w-]+)\s+)?(?P<role>{roles})(?:\s+(?P<adjective_post>[\w-]+))?(?!\w)", re.IGNORECASE)


def quote_marks() -> QuoteMarks:
    """``data/quotes.json``, validated (a DataError names the file, key path and entry)."""
    try:
        return QuoteMarks.model_validate(load_data("quotes"))
    except ValidationError as exc:
        raise describe_validation_error("data/quotes.json", exc) from None


def _compile(vocabulary: QuotesVocabulary) -> QuoteGrammar:
    return QuoteGrammar(vocabulary, quote_marks())


class QuoteExtractor(PackComponent):
    concerns = (CONCERN,)

    def __init__(self, nlp: Language, name: str = "kzeu_quotes", *, min_words: int | None = None,
                 knowledge: Knowledge | None = None, pack: str | None = None):
        self.knowledge = knowledge or load_knowledge()
        self._min_words = min_words
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        self.grammar: QuoteGrammar = pack_concern(pack, CONCERN, _compile)
        marks = quote_marks()
        self.min_words = self._min_words or marks.min_words
        self.window = marks.window

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sentences = SentenceIndex(doc, text)
        records = read_items(doc, "people")
        people = Mentions(named_mentions(records))
        quotes = []
        previous = None  # (close position, speaker) of the last quote kept
        for m in self.grammar.quote_rx.finditer(text):
            group = next(g for g in m.groupdict() if m.group(g) is not None)
            start, end = m.span(group)
            if len(_WORD.findall(text, start, end)) < self.min_words:
                continue
            speaker = self.speaker(text, (m.start(), m.end()), people, records, sentences)
            # `“...,” said X. “We want ...”`: a quote with no attribution of its own that goes on
            # right after the attributing sentence of the one before is the same speaker's.
            if (speaker is None and previous and previous[1]
                    and _rest_of_sentence(text, previous[0], m.start(), sentences)
                    and not people.within(previous[0], m.start())[1:]):
                speaker = previous[1]
            previous = (m.end(), speaker)
            quotes.append({"speaker": speaker, **evidence(text, start, end)})
        write_items(doc, "quotes", quotes)
        return doc

    def speaker(self, text: str, quote: tuple[int, int], people: Mentions, records: list[dict],
                sentences: SentenceIndex) -> str | None:
        """Who said the quote ``text[open_at:close_at]`` (its marks included)."""
        open_at, close_at = quote
        after_end = text.find("\n", close_at)
        after_end = min(close_at + self.window, after_end if after_end != -1 else len(text))
        sentence_end = sentences.first_end_after(close_at + 1)
        if sentence_end is not None:  # `,” the Head of State said. Viktor Orbán will ...`: stop at "said."
            after_end = min(after_end, sentence_end)
        after = self._attributed(text, close_at, after_end, people, open_at, records, sentences)
        if after is not None:
            return after or None
        line_start = text.rfind("\n", 0, open_at) + 1
        before_start = max(line_start, open_at - self.window)
        before_start = sentences.last_end_before(open_at, before_start) or before_start
        before = self._attributed(text, before_start, open_at, people, open_at, records, sentences)
        return before or None

    def _attributed(self, text: str, start: int, end: int, people: Mentions, open_at: int,
                    records: list[dict], sentences: SentenceIndex) -> str | None:
        """The speaker named around a speech verb in ``text[start:end]``: a name, "" when a verb
        is there but no one can be named, None when there is no speech verb."""
        verb = self.grammar.speech.search(text, start, end)
        if not verb:
            return None
        named = people.within(start, end)
        if named:
            return min(named, key=lambda m: abs(m.start - verb.start())).name
        if self.grammar.pronoun.search(text, start, end):
            antecedent = _subject_before(text, open_at, people, sentences)
            return antecedent.name if antecedent else ""
        return self._role_speaker(text, start, end, records) or ""

    def _role_speaker(self, text: str, start: int, end: int, records: list[dict]) -> str | None:
        """`the Russian minister said`: the one person of that country holding that title."""
        for m in self.grammar.role_with_adjective.finditer(text, start, end):
            role = fold(m.group("role"))
            for adjective in (m.group("adjective_pre"), m.group("adjective_post")):
                code = self.knowledge.geo.adjective_to_code(adjective) if adjective else None
                if not code:
                    continue
                found = {p["name"] for p in records
                         if p.get("country") == code and any(role in fold(o) for o in p.get("offices") or [])}
                if len(found) == 1:
                    return found.pop()
        return None


def _rest_of_sentence(text: str, start: int, end: int, sentences: SentenceIndex) -> bool:
    """``text[start:end]`` is at most the rest of one sentence, then white space, on one line."""
    if "\n" in text[start:end]:
        return False
    ends = sentences.ends_between(start, end)
    return not ends or (len(ends) == 1 and not text[ends[0]:end].strip(" \t\u00a0"))


def _subject_before(text: str, position: int, people: Mentions, sentences: SentenceIndex):
    """Who "he"/"she" is: the last person before ``position`` who opens a sentence (its
    subject: "X met Y. ... she said" is X), else the last person named."""
    floor = max(0, position - 2000)
    last = people.last_before(position, floor=floor)
    candidate = last
    while candidate is not None:
        sentence_start = sentences.last_end_before(candidate.start, floor - 1) or 0
        if (_SUBJECT_LEAD_IN.match(text, sentence_start, candidate.start)
                and not people.within(sentence_start, candidate.start)):
            return candidate
        candidate = people.last_before(candidate.start, floor=floor)
    return last


def make_quotes(nlp: Language, name: str, *, min_words: int | None, knowledge: Knowledge):
    return QuoteExtractor(nlp, name, min_words=min_words, knowledge=knowledge)
