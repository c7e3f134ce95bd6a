"""Placeholder: kzeu_events is being written (see the issue tracker)."""
from spacy.language import Language


@Language.factory("kzeu_events")
def make_events(nlp, name):
    return lambda doc: doc
