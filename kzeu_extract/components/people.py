"""Placeholder: kzeu_people is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_people")
def make_people(nlp, name):
    return lambda doc: doc
