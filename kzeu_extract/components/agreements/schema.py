"""The shape of ``data/lang/<code>/agreements.json``: the rule words of one language.

Notes (keys starting with ``_``) are allowed anywhere at the top level; every other key is
declared here, so a misspelt or misplaced key fails when the pipeline is built, naming the
file, the key path and the entry.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ...langpacks import register_schema

Words = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PluralRule(_Strict):
    """A plural ending: ``drop`` characters are cut and ``add`` appended (treaties -> treaty)."""
    ending: str
    drop: int = Field(ge=0)
    add: str = ""
    min_length: int = 0


class KeptAfter(_Strict):
    """French tail: ``words`` stay in a name right after one of ``after`` (sur la ...)."""
    words: Words
    after: Words


class CoordinatedComplement(_Strict):
    """French tail: ``coordinator`` joins a second complement led by one of the next words."""
    coordinator: str
    next_words: Words
    next_elisions: Words


class AgreementsGrammar(_Strict):
    # how names are built in this language
    title_case_names: bool          # capitalised modifiers before a head, Title Case complements
    pair_before_head: bool          # "Armenia-EU framework agreement" (else "accord ... UE-Mercosur")
    compound_adjective_pairs: bool  # "traité de paix égypto-israélien"
    elided_words: bool              # words may run into the next after an apostrophe (d'entente)
    coordinator_before_leading_word_ends: bool
    # heads
    heads: Words
    foreign_heads: Words
    lowercase_heads: Words
    weak_heads: Words
    amending_heads: Words
    abbreviated_heads: Words
    generic_names: Words
    # words inside and around names
    connectors: Words
    title_connectors: Words = []
    title_articles: Words = []
    title_list_closers: Words = []
    name_prepositions: Words
    name_phrases: Words = []
    capitalised_name_prepositions: Words
    leading_words: Words
    office_words: Words
    office_links: Words
    modifier_breaks: Words
    trailing_function_words: Words
    complement_stop_words: Words
    party_phrase_stop_words: Words
    phrase_stop_words: Words
    pair_stop_words: Words
    articles: Words
    indefinite_articles: Words
    coordinators: Words
    elisions: Words
    generic_complement_words: Words
    weak_head_modifiers: Words
    description_prepositions: Words = []
    year_prepositions: Words = []
    description_coordinators: Words = []
    range_words: Words = []
    sector_prepositions: Words
    kept_unless_followed: dict[str, Words] = {}
    kept_after: list[KeptAfter] = []
    coordinated_complement: CoordinatedComplement | None = None
    infinitive_endings: Words = []
    infinitive_after: Words = []
    infinitive_objects: Words = []
    # lower-case heads
    lowercase_determiners: Words
    lowercase_context: Words
    # between-phrases and parties
    between_words: Words
    between_complement: Words
    between_number_words: Words
    between_party_nouns: Words
    between_skip_words: Words
    between_of_words: Words
    between_of_elisions: Words
    party_names: dict[str, str]
    party_and_words: Words
    party_articles: Words
    party_title_links: Words
    party_country_links: Words
    party_pair_heads: Words
    pair_side_links: Words
    party_combining_forms: dict[str, str]
    # participles, purposes, amendments, resolutions
    participles: Words
    participle_objects: Words
    participle_ending: str
    purpose_markers: Words = []
    purpose_verbs_stop: Words = []
    amending_links: Words
    resolution_heads: Words
    number_signs: Words
    # lists of instruments
    list_heads: Words
    list_participles: Words
    list_prepositions: list[Words]
    list_coordinators: Words
    list_head_complements: Words
    list_head_complement_lowercase: bool
    list_coordinator_followers: Words
    list_comma_prepositions: Words = []
    list_comma_closer: str = ""
    plural_rules: list[PluralRule]
    # status and articles cited
    status_words: dict[str, Words]
    status_linking_words: Words
    status_elisions: Words
    article_words: Words
    article_joiners: Words
    article_of_words: Words
    article_determiners: Words

    @model_validator(mode="wrap")
    @classmethod
    def _drop_notes(cls, data, handler):
        """Notes (``_doc``, ``_source``, ``_<key>_doc``) are for readers, not rules."""
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if not k.startswith("_")}
        return handler(data)


CONCERN = "agreements"
register_schema(CONCERN, AgreementsGrammar)
