"""The shapes of the figures data: ``data/lang/<code>/figures.json`` (one language's words
and grammar switches, a pack concern) and ``data/figures.json`` (currencies, glued scales
and symbols: the same in every language). Both forbid unknown keys, so a corrupted file
fails when the pipeline is built, with the file, the key path and the entry."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...data import data_dir, load_data
from ...langpacks import describe_validation_error, register_schema

CONCERN = "figures"
NEUTRAL_FILE = "figures"


# What a bound qualifier makes of its number: the record's min or max, the number itself
# excluded ("more than 100", "less than 10") or included ("at least 20", "up to 500").
BoundKind = Literal["min_exclusive", "min_inclusive", "max_inclusive", "max_exclusive"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class _Noted(_Strict):
    source: str | None = Field(None, alias="_source")
    doc: str | None = Field(None, alias="_doc")


class ArticleOne(_Strict):
    """'a hundred': these articles before these number words are the number one."""
    articles: list[str]
    numbers: list[str]


class FiguresSettings(_Strict):
    """The grammar's switches: how this language orders and inflects what a number counts."""
    text2num_language: str
    decimal_comma: bool
    head_first: bool
    plural_endings: list[str]
    non_plural_endings: list[str]
    participle_endings: list[str]
    participle_min_length: int
    comparative_suffix: str | None
    noun_complement_words: list[str]
    scale_complement_words: list[str]
    currency_prepositions: list[str]
    number_link_words: list[str]
    compound_final_words: list[str]
    compound_links: list[str]
    doublet_links: list[str]
    one_day_units: list[str]
    months_case_sensitive: bool
    article_one: ArticleOne
    plus_words: list[str]
    age_suffixes: list[str]
    length_suffixes: list[str]
    plus_qualifier: str


class OneBeforeScale(_Strict):
    words: list[str]
    scales: list[str]


class ApproximateNouns(_Strict):
    """une centaine de: article, collective noun (its value) and the complement word after it."""
    articles: list[str]
    nouns: dict[str, int | float]
    complements: list[str]


class OneBeforeDuration(_Strict):
    numbers: list[str]
    articles: list[str]


class RelativeTime(_Strict):
    after: list[str]
    before: list[str]


class FiguresPack(_Noted):
    """``data/lang/<code>/figures.json``."""
    settings: FiguresSettings
    scales: dict[str, float]
    qualifiers: dict[str, bool]
    # qualifier -> the bound it states (min_... a lower bound, max_... an upper one)
    qualifier_bounds: dict[str, BoundKind] = Field(default_factory=dict)
    range_openers: list[str]
    range_links: list[str]
    range_links_after_opener: list[str]
    durations: dict[str, str]
    unit_stop_words: list[str]
    months: list[str]
    number_word_hints: list[str]
    plural_nouns: list[str]
    anaphoric_determiners: list[str]
    period_adjectives: list[str]
    approximate_verbs: list[str]
    origin_adjectives: list[str]
    one_before_scale: OneBeforeScale
    span_adjectives: list[str]
    single_unit_values: dict[str, tuple[int, str]]
    participant_nouns: list[str]
    counted_noun_premodifiers: list[str]
    multiplier_units: list[str]
    comparatives: list[str]
    approximate_number_nouns: ApproximateNouns
    one_before_duration: OneBeforeDuration
    relative_time: RelativeTime
    percent_words: list[str]
    quantity_words: list[str]
    reference_words: list[str]
    reference_links: list[str]
    phone_words: list[str]
    phone_labels: list[str]
    page_furniture_units: list[str]
    name_openers: list[str]


class Currency(_Strict):
    symbols: list[str]
    codes: list[str]
    words: list[str]


class CurrencyFamily(_Strict):
    """Forms shared by several currencies; the context picks one (see data/figures.json)."""
    forms: list[str]
    default: str | None
    context: str = Field(pattern="^(adjectives|places)$")
    by_country: dict[str, str]


class NeutralFigures(_Strict):
    """``data/figures.json``: what every language shares."""
    currencies: dict[str, Currency]
    currency_families: dict[str, CurrencyFamily]
    glued_scales: dict[str, float]
    glued_scales_need_currency: list[str]
    percent_symbols: list[str]
    quantity_symbols: list[str]
    reference_symbols: list[str]
    reference_link_symbols: list[str]


register_schema(CONCERN, FiguresPack)


def validate_neutral(content: dict, where: str) -> NeutralFigures:
    try:
        return NeutralFigures.model_validate(content)
    except ValidationError as exc:
        raise describe_validation_error(where, exc) from None


def neutral_content() -> dict:
    """The content of ``data/figures.json`` under its top-level key (as stored)."""
    return load_data(NEUTRAL_FILE)


def neutral_path() -> str:
    return str(data_dir() / f"{NEUTRAL_FILE}.json")
