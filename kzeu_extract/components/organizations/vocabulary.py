"""The shape of a language pack's ``organizations.json``: the words and pattern fragments
that find organizations in that language's texts (checked when the pack is first read)."""
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

from ...langpacks import LanguagePack, register_schema

Word = Annotated[str, Field(min_length=1)]
CONCERN = "organizations"


class _Documented(BaseModel):
    """Keys starting with "_" are notes (``_doc``); any other unknown key is an error."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_notes(cls, data):
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if not k.startswith("_")}
        return data


class Patterns(_Documented):
    """Regular-expression fragments (``regex`` module syntax)."""
    source_before: Word
    source_after: Word
    source_verbs: Word
    locative_article: Word
    platform_before: Word
    after_title: Word
    country_after: Word
    country_before: Word
    country_adjective_after: Word
    inserted_adjective: Word
    elision: Word
    delegation: list[Word]
    delegation_prepositions: list[Word]
    delegation_article: str
    bare_name_before: Word
    bare_name_not_before: Word


class OrganizationsVocabulary(_Documented):
    heads: list[Word]
    titles: list[Word]
    connectors: list[Word]
    name_continuations: list[Word]
    determiners: list[Word]
    list_conjunctions: list[Word]
    elided_determiners: list[Word]
    stop_words: list[Word]
    instrument_heads: list[Word]
    title_portfolio_words: list[Word]
    portfolio_titles: list[Word]
    representative_titles: list[Word]
    company_nouns: list[Word]
    generic_modifiers: list[Word]
    honorifics: list[Word]
    locative_words: list[Word]
    delegation_words: list[Word]
    names_go_on_in_lower_case: StrictBool
    lowercase_name_letters: str
    lowercase_adjective_endings: list[Word]
    lowercase_name_words: list[Word]
    not_lowercase_name_words: list[Word]
    lowercase_heads: list[Word]
    inserted_adjective_heads: list[Word]
    head_complements: list[Word]
    one_word_after_head: StrictBool
    patterns: Patterns


register_schema(CONCERN, OrganizationsVocabulary)


def vocabulary(pack: LanguagePack) -> OrganizationsVocabulary:
    return pack.concern(CONCERN)


def company_nouns(pack: LanguagePack) -> tuple[str, ...]:
    """The lower-case nouns after which a capitalised name is a company's ("the airline
    Air Astana"); the places component reads them too (a place there names no company)."""
    return tuple(vocabulary(pack).company_nouns)
