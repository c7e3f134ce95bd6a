"""Placeholder: kzeu_dates is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_dates")
def make_dates(nlp, name):
    return lambda doc: doc
