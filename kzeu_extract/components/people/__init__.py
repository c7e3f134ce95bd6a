"""kzeu_people: people, the offices the text gives them, and role mentions resolved to them.

Reads the title phrases of ``kzeu_titles`` (``read_items(doc, "titles")``) and writes
``people`` (Person-shaped items, every mention including role mentions such as "the Head of
State") and ``offices`` (Office-shaped items with holder).

How, in order:
1. the title phrases and the names they introduce; a counterpart ("his Uzbek counterpart X")
   takes the office keys of the person it is the counterpart of, for role resolution only;
2. other names (``names``): after honorifics ("M. Tokaïev"), knowledge-base spellings,
   capitalised runs that pass the name structure test, PERSON entities of an optional model;
3. one cluster per person (``clusters``): knowledge-base id, same folded name, or same given
   name with a near-identical surname; surname-only mentions join the cluster they match;
4. role mentions (``roles``: "the President of Kazakhstan", "the Minister") join, in text
   order, the person whose titles or knowledge-base offices fit, preferring the most recent
   one; a qualified role nobody in the text fits resolves through the knowledge base on the
   document date ("the President of the European Council" in 2023 -> Charles Michel);
5. the records (``output``).
"""
from __future__ import annotations

from spacy.language import Language

from ...knowledge import Knowledge
from .component import PeopleFinder

__all__ = ["PeopleFinder", "make_people"]


def make_people(nlp: Language, name: str, *, knowledge: Knowledge, use_kb: bool,
                use_model_entities: bool) -> PeopleFinder:
    return PeopleFinder(nlp, name, knowledge=knowledge, use_kb=use_kb, use_model_entities=use_model_entities)
