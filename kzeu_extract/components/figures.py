"""Placeholder: kzeu_figures is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_figures")
def make_figures(nlp, name):
    return lambda doc: doc
