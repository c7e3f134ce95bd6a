"""kzeu_sentences: sentence boundaries from punctuation and from line breaks.

News texts put titles, datelines and tweet signatures on lines of their own without a
final full stop; spaCy's Sentencizer alone would glue them to the next sentence.

The boundaries are those of spaCy's ``Sentencizer`` (a token after sentence-final
punctuation that is neither punctuation nor such a character starts a sentence), plus a
start after every white-space token holding a line break; they are computed on the Doc's
token arrays with numpy rather than token by token (``sentence_starts_slow`` is the
token-by-token reference the tests compare with).

Abbreviations that do not end a sentence ("Hon. Jane Doe"; per language in
``data/lang/<code>/sentences.json``) start none after them. Once the boundaries are set, the
component stores the one sentence index (``textkit.sentence_spans(doc, store=True)``) that
every later component reads.
"""
from __future__ import annotations

import functools
from typing import Iterable

import numpy
from pydantic import BaseModel, ConfigDict, Field
from spacy.attrs import DEP, IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..langpacks import LanguagePack, pack_concern, register_schema
from ..textkit import sentence_spans
from ..textkit.sentences import soft_line_breaks
from .base import PackComponent

_STOP = "."


class SentenceRules(BaseModel):
    """``data/lang/<code>/sentences.json``."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field("", alias="_doc")
    abbreviations: list[str] = Field(default_factory=list,
                                     description="words before a full stop that ends no sentence")


register_schema("sentences", SentenceRules)


class LineAwareSentencizer:
    """The boundaries on token arrays; ``abbreviations``: words whose full stop ends no sentence."""

    def __init__(self, abbreviations: Iterable[str] = ()):
        self._sentencizer = Sentencizer()
        self._abbreviations = frozenset(hash_string(word) for word in abbreviations)
        self._stop = hash_string(_STOP)
        self._punct_chars = frozenset(self._sentencizer.punct_chars)
        self._punct_lengths = sorted({len(c) for c in self._punct_chars})
        self._punct_hashes = frozenset(hash_string(c) for c in self._punct_chars)
        self._has_newline: dict[int, bool] = {}   # ORTH hash of a white-space token -> holds "\n"

    def __call__(self, doc: Doc) -> Doc:
        self.set_boundaries(doc)
        return doc

    def set_boundaries(self, doc: Doc) -> list[int] | None:
        """Set the boundaries; the character offsets of the sentence-start tokens when they
        were computed here (None when a parser or a senter had set boundaries before)."""
        if not len(doc):
            return None
        # (Doc.has_annotation, read from the arrays: it walks every token in Python)
        array = doc.to_array([DEP, SENT_START, ORTH, IS_PUNCT, IS_SPACE, LENGTH, SPACY, IDX])
        if array[:, 0].any():
            return None   # a statistical parser (--model) already set the boundaries; spaCy forbids rewriting them
        if array[1:, 1].any():
            # boundaries set before (a model's senter): the Sentencizer keeps them, so go its way
            self._sentencizer(doc)
            _line_breaks(doc)
            return None
        starts = self.sentence_starts(doc, array[:, 2:7])
        doc.from_array([SENT_START], starts.reshape(-1, 1))
        return array[starts == 1, 7].tolist()

    def sentence_starts(self, doc: Doc, array: numpy.ndarray | None = None) -> numpy.ndarray:
        """SENT_START of every token (1 starts a sentence, -1 does not), as the Sentencizer
        and the line breaks set it on a Doc without boundaries; ``array``: the Doc's
        ORTH, IS_PUNCT, IS_SPACE, LENGTH and SPACY columns if already read."""
        if array is None:
            array = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, LENGTH, SPACY])
        orth = array[:, 0]
        # sentence-final punctuation: tokens as long as one of those characters, looked up
        final = numpy.zeros(len(orth), dtype=bool)
        lengths = array[:, 3]
        short = numpy.flatnonzero(functools.reduce(numpy.logical_or, [lengths == n for n in self._punct_lengths]))
        punct_hashes = self._punct_hashes
        final[[i for i, key in zip(short.tolist(), orth[short].tolist()) if key in punct_hashes]] = True
        plain = ~final & (array[:, 1] == 0)                     # neither punctuation nor final
        # A plain token starts a sentence when final punctuation came since the plain token before it.
        seen = numpy.cumsum(final)
        plain_at = numpy.flatnonzero(plain)
        since = seen[plain_at]
        since[1:] -= seen[plain_at[:-1]]
        is_start = numpy.zeros(len(orth), dtype=bool)
        is_start[plain_at[since > 0]] = True
        is_start[0] = True
        if self._abbreviations:
            self._no_start_after_abbreviations(array, is_start)
        # A line break (a white-space token holding "\n") starts a sentence after it.
        strings = doc.vocab.strings
        has_newline = self._has_newline
        soft = soft_line_breaks(doc.text)
        for i in numpy.flatnonzero(array[:-1, 2]).tolist():
            key = int(orth[i])
            newline = has_newline.get(key)
            if newline is None:
                if len(has_newline) > 4096:
                    has_newline.clear()   # distinct white-space runs: a handful, unless a text is odd
                newline = has_newline[key] = "\n" in strings[key]
            if newline and not (soft and doc[i + 1].idx in soft):
                is_start[i + 1] = True
        return numpy.where(is_start, 1, -1).astype(numpy.int64).astype(numpy.uint64)


    def _no_start_after_abbreviations(self, array: numpy.ndarray, is_start: numpy.ndarray) -> None:
        """"Hon. Jane": the token after an abbreviation's own full stop (written against it,
        a space after it) starts no sentence."""
        orth, spacy = array[:, 0], array[:, 4]
        stops = numpy.flatnonzero(orth[1:-1] == self._stop) + 1
        abbreviations = self._abbreviations
        for i in stops.tolist():
            if is_start[i + 1] and spacy[i] and not spacy[i - 1] and int(orth[i - 1]) in abbreviations:
                is_start[i + 1] = False


def _line_breaks(doc: Doc) -> None:
    soft = soft_line_breaks(doc.text)
    for token in doc[:-1]:
        if doc[token.i + 1].idx in soft:
            continue
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True


def sentence_starts_slow(doc: Doc) -> list[int]:
    """The reference: spaCy's Sentencizer, then a start after each line break, token by token."""
    Sentencizer()(doc)
    _line_breaks(doc)
    return [int(v) for v in doc.to_array([SENT_START])]


def _compile_rules(rules: SentenceRules) -> LineAwareSentencizer:
    return LineAwareSentencizer(rules.abbreviations)


class SentencesComponent(PackComponent):
    """kzeu_sentences: boundaries set, then the sentence index stored for later components."""

    concerns = ("sentences",)

    def compile(self, pack: LanguagePack) -> None:
        self.sentencizer = pack_concern(pack, "sentences", _compile_rules)

    def __call__(self, doc: Doc) -> Doc:
        starts = self.sentencizer.set_boundaries(doc)
        sentence_spans(doc, store=True, starts=starts)
        return doc


def make_sentences(nlp: Language, name: str) -> SentencesComponent:
    return SentencesComponent(nlp, name)
