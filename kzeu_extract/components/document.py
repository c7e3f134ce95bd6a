"""Placeholder: kzeu_document is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_document")
def make_document(nlp, name):
    return lambda doc: doc
