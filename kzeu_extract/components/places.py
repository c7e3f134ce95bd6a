"""Placeholder: kzeu_places is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_places")
def make_places(nlp, name):
    return lambda doc: doc
