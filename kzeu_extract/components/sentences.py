"""kzeu_sentences: sentence boundaries from punctuation and from line breaks.

News texts put titles, datelines and tweet signatures on lines of their own without a
final full stop; spaCy's Sentencizer alone would glue them to the next sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc


class LineAwareSentencizer:
    def __init__(self):
        self._sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc   # a statistical parser (--model) already set the boundaries; spaCy forbids rewriting them
        doc = self._sentencizer(doc)
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
            elif "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("kzeu_sentences")
def make_sentences(nlp, name):
    return LineAwareSentencizer()
