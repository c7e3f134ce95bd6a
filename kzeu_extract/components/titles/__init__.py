"""Titles: the title grammar and the ``kzeu_titles`` component.

A title phrase is

    [article] [qualifier] HEAD [post-adjective] {complement} [and HEAD {complement}] [,] [NAME]

qualifier   a country, country adjective, organisation or possessive ("Kazakh", "Belgium's",
            "EU", "the European Union's");
HEAD        a title of the language pack's titles.json ("Deputy Prime Minister", "président");
complement  preposition + noun phrase ("of the European Council", "pour l'Asie centrale") or a
            nested title ("to the President of the European Council");
NAME        a capitalised name right after it, or after a comma ("..., Jean-Yves Le Drian").

Where the last complement and the name run together ("of the European Council Charles
Michel"), the split comes from structure: an organisation/place span found upstream, a
country name, the last institution word or lowercase word, or else the last two words.
Plural heads ("Ministers of Foreign Affairs") only introduce lists of people.

Modules: ``text`` (letter classes, name-word shapes, form keys), ``vocabulary`` (the schema of
titles.json and the vocabulary merged from the packs read), ``wording`` (the patterns made of
the packs' function words, and the roles), ``phrase`` (TitlePhrase and its plain item),
``grammar`` (TitleGrammar, compiled once) with its rule halves ``names``, ``parsing``,
``complements``, ``lists``; ``finder`` (the title phrases of a text); ``upstream``
(organisation/place mentions and page menus); ``saved`` (the packs read also, kept with a saved
pipeline); ``component`` (kzeu_titles).
"""
from __future__ import annotations

from spacy.language import Language

from ...knowledge import Knowledge
from .component import TitlesComponent
from .grammar import TitleGrammar
from .phrase import NameSpan, TitlePhrase, phrase_from_item, phrase_item

__all__ = ["TitleGrammar", "TitlePhrase", "NameSpan", "TitlesComponent", "make_titles",
           "phrase_from_item", "phrase_item"]


def make_titles(nlp: Language, name: str, *, knowledge: Knowledge, use_kb: bool) -> TitlesComponent:
    return TitlesComponent(nlp, name, knowledge=knowledge, use_kb=use_kb)
