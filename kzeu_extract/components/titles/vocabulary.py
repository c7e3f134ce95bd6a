"""The title vocabulary of a language pack (``data/lang/<code>/titles.json``): its schema, and
the one vocabulary a grammar compiles from that pack and the packs it ``also_reads``."""
from __future__ import annotations

from typing import Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...errors import DataError
from ...langpacks import LanguagePack, language_pack, register_schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Head(_Strict):
    key: str
    family: str
    forms: list[str]
    complete: bool = False
    office: bool = True
    needs_full_name: bool = False
    takes_to: bool = False
    capitalised_only: bool = False
    capital_letter_only: bool = False
    case_sensitive: bool = False
    also_given_name: bool = False
    portfolio_before_head: bool = False
    relative: bool = False
    doc: Optional[str] = Field(None, alias="_doc")


class SubjectKey(_Strict):
    head: str
    key: str
    subjects: list[str]
    doc: Optional[str] = Field(None, alias="_doc")


class PortfolioLink(_Strict):
    """How a title and a portfolio given apart join: "<title><link><portfolio>"."""
    default: str
    plural_endings: str = ""
    plural: str = ""
    vowel_initials: str = ""
    before_vowel: str = ""
    feminine_endings: list[str] = []
    feminine: str = ""


class FunctionWords(_Strict):
    """The grammar's function words (see the ``_doc`` of ``function_words`` in titles.json)."""
    doc: Optional[str] = Field(None, alias="_doc")
    conjunctions: list[str] = []
    genitive_prepositions: list[str] = []
    group_prepositions: list[str] = []
    breaking_prepositions: list[str] = []
    destination_prepositions: list[str] = []
    posting_prepositions: list[str] = []
    qualifier_inner_words: list[str] = []
    article_adjectives: list[str] = []
    indefinite_determiners: list[str] = []
    determiners: list[str] = []
    place_prepositions: list[str] = []
    title_case_prepositions: list[str] = []
    date_links: list[str] = []
    third_person_styles: list[str] = []
    republic_words: list[str] = []
    title_end_words: list[str] = []
    venue_nouns: list[str] = []
    credit_openers: list[str] = []
    credit_links: list[str] = []

    @field_validator("credit_openers")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from None
        return value


class Roles(_Strict):
    """Head keys and families (identifiers) that role resolution treats alike (see the
    ``_doc`` of ``roles`` in titles.json); each must be a key or family of the heads."""
    doc: Optional[str] = Field(None, alias="_doc")
    head_of_state_families: list[str] = []
    head_of_state_keys: list[str] = []
    president_keys: list[str] = []
    same_office_families: list[str] = []
    royal_families: list[str] = []
    royal_keys: list[str] = []
    ruler_keys: list[str] = []
    rank_keys: list[str] = []
    portfolio_families: list[str] = []


class TitlesConcern(_Strict):
    source: Optional[str] = Field(None, alias="_source")
    doc: Optional[str] = Field(None, alias="_doc")
    also_reads: list[str] = []
    heads: list[Head]
    modifiers: list[str]
    prepositions: list[str]
    articles: list[str]
    complement_words: list[str]
    honorifics: list[str]
    name_particles: list[str]
    non_name_words: list[str]
    institution_words: list[str]
    org_adjectives: dict[str, str] = {}
    subject_keys: list[SubjectKey] = []
    name_part_honorifics: list[str] = []
    month_surnames: list[str] = []
    name_prefix_words: list[str] = []
    regnal_numerals: list[str] = []
    post_adjectives: list[str] = []
    post_nominal_offices: list[str] = []
    territorial_words: list[str] = []
    style_abbreviations: list[str] = []
    portfolio_suffix: Optional[str] = None
    capitalised_heads_after_article: bool = False
    head_words_kept: list[str] = []
    portfolio_link: PortfolioLink
    function_words: FunctionWords = FunctionWords()
    roles: Roles = Roles()


register_schema("titles", TitlesConcern)

_PER_LANGUAGE = ("modifiers", "prepositions", "articles")
_UNION = ("complement_words", "honorifics", "name_particles", "non_name_words", "institution_words",
          "name_part_honorifics", "month_surnames", "name_prefix_words", "regnal_numerals", "post_adjectives",
          "post_nominal_offices", "territorial_words", "style_abbreviations", "head_words_kept")


def read_packs(pack: LanguagePack, others: Optional[dict[str, LanguagePack]] = None) -> list[tuple[str, TitlesConcern]]:
    """(code, vocabulary) of ``pack`` and of every pack it also reads, in that order
    (``others``: those packs by code, else the installed ones)."""
    others = others or {}
    found = [(pack.code, pack.concern("titles"))]
    for code in found[0][1].also_reads:
        found.append((code, (others.get(code) or language_pack(code)).concern("titles")))
    return found


def _merge_heads(packs: list[tuple[str, TitlesConcern]]) -> list[dict]:
    """Heads of every pack, the n-th entry of a key in one pack being the same head as the
    n-th entry of that key in the others (a key may have several entries: "PM" is its own)."""
    heads: dict[tuple[str, int], dict] = {}
    for code, vocabulary in packs:
        seen: dict[str, int] = {}
        for head in vocabulary.heads:
            n = seen[head.key] = seen.get(head.key, -1) + 1
            entry = heads.setdefault((head.key, n), {**head.model_dump(exclude={"forms", "doc"}), "forms": {}})
            entry["forms"][code] = list(head.forms)
    return list(heads.values())


def _union(lists) -> list:
    return list(dict.fromkeys(item for items in lists for item in items))


def merged_vocabulary(pack: LanguagePack, others: Optional[dict[str, LanguagePack]] = None) -> dict:
    """One vocabulary from the pack and the packs it also reads: heads with their forms per
    language, the per-language word lists, the unions of the other lists, and the forms
    that carry a portfolio before the head or stay lowercase after an article."""
    packs = read_packs(pack, others)
    merged = {"languages": [code for code, _ in packs], "heads": _merge_heads(packs)}
    for name in _PER_LANGUAGE:
        merged[name] = {code: list(getattr(v, name)) for code, v in packs}
    for name in _UNION:
        merged[name] = _union(getattr(v, name) for _, v in packs)
    merged["org_adjectives"] = {k: w for _, v in packs for k, w in v.org_adjectives.items()}
    merged["subject_keys"] = _subject_keys(packs)
    merged["portfolio_suffixes"] = {code: v.portfolio_suffix for code, v in packs if v.portfolio_suffix}
    merged["lowercase_head_languages"] = [code for code, v in packs if v.capitalised_heads_after_article]
    merged["function_words"] = _union_fields(v.function_words for _, v in packs)
    merged["roles"] = _union_fields(v.roles for _, v in packs)
    _check_roles(pack, merged)
    return merged


def _union_fields(models) -> dict[str, list[str]]:
    """Field by field, the union (in reading order) of the lists of several models."""
    models = list(models)
    names = [name for name in type(models[0]).model_fields if name != "doc"]
    return {name: _union(getattr(m, name) for m in models) for name in names}


def _check_roles(pack: LanguagePack, merged: dict) -> None:
    """Every key or family a role names is one of the heads' (a typo fails at build)."""
    known = {h["key"] for h in merged["heads"]} | {h["family"] for h in merged["heads"]}
    for name, identifiers in merged["roles"].items():
        unknown = [i for i in identifiers if i not in known]
        if unknown:
            where = str(pack.folder / "titles.json") if pack.folder else f"lang/{pack.code}/titles.json"
            raise DataError(where, f"at roles.{name}: no head has the key or family {unknown[0]!r}")


def _subject_keys(packs) -> list[dict]:
    seen, result = set(), []
    for _, vocabulary in packs:
        for entry in vocabulary.subject_keys:
            key = (entry.head, entry.key, tuple(entry.subjects))
            if key not in seen:
                seen.add(key)
                result.append({"head": entry.head, "key": entry.key, "subjects": list(entry.subjects)})
    return result


def portfolio_link(pack: LanguagePack):
    return pack.concern("titles").portfolio_link
