"""The shape of the date vocabulary: ``data/lang/<code>/dates.json`` and ``document.json``
(pack concerns, validated when a pack is read) and the language-neutral ``data/dates.json``.

A date written with its year ("10 March 2022") reads the same in any text, so the resolver
and the year-holding patterns of the finder use the month and weekday names of every pack
(``every_dates``); everything else comes from one pack.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...data import data_dir, load_data
from ...langpacks import (
    available_languages,
    describe_validation_error,
    language_pack,
    register_schema,
)


class Notes(BaseModel):
    """A data file's ``_source``/``_doc`` notes; no other key is allowed."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    source_note: Optional[str] = Field(None, alias="_source")
    doc_note: Optional[str] = Field(None, alias="_doc")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Modifiers(_Strict):
    before: dict[str, int]
    after: dict[str, int]


class YearParts(_Strict):
    ordinals: list[str]
    units: list[str]
    codes: list[str]
    joiners: list[str]


class YearAdjective(_Strict):
    determiners: list[str]
    not_before: list[str]


class RelativePeriods(_Strict):
    week: dict[str, int]
    month: dict[str, int]
    year: dict[str, int]

    def items(self):
        """(expression, (unit, offset)) in file order, week then month then year."""
        for unit in ("week", "month", "year"):
            for phrase, offset in getattr(self, unit).items():
                yield phrase, (unit, offset)


class DatesVocabulary(Notes):
    """One language's ``dates.json`` (see its ``_doc``)."""

    names_capitalised: bool
    months: list[list[str]] = Field(min_length=12, max_length=12)
    weekdays: list[list[str]] = Field(min_length=7, max_length=7)
    ordinal_suffixes: list[str]
    day_month_joiners: list[str]
    date_prepositions: list[str]
    parser_skip_words: list[str]
    relative_days: dict[str, int]
    relative_periods: RelativePeriods
    weekday_modifiers: Modifiers
    month_modifiers: Modifiers
    year_context: list[str]
    year_parts: YearParts
    year_adjective: YearAdjective
    day_range_joiners: list[str]
    month_range_joiners: list[str]
    year_range_joiners: list[str]
    quantity_before_number: list[str]
    percent_words: list[str]
    month_context: list[str]
    month_context_past: list[str]
    future_cues: list[str]
    future_endings: list[str]
    future_endings_not_after: list[str]
    past_cues: list[str]
    past_cues_need_participle: bool
    past_endings: list[str]
    imperfect_endings: list[str]
    anaphoric_days: dict[str, int]
    anaphoric_not_before: list[str]
    relative_days_not_after: dict[str, list[str]]

    def month_names(self) -> list[str]:
        return [name for entry in self.months for name in entry]

    def weekday_names(self) -> list[str]:
        return [name for entry in self.weekdays for name in entry]


register_schema("dates", DatesVocabulary)


class HeadDateLines(_Strict):
    """Names of languages without a pack, read only on a date line alone in a text's head."""

    head_date_line_months: dict[str, list[Union[str, list[str]]]]
    head_date_line_weekdays: dict[str, list[Union[str, list[str]]]]
    head_date_line_year_first: dict[str, list[str]]
    head_date_line_joiners: list[str]


@lru_cache(maxsize=1)
def head_date_lines() -> HeadDateLines:
    """``data/dates.json``, checked (a DataError names the file, key path and entry)."""
    try:
        return HeadDateLines.model_validate(load_data("dates"))
    except ValidationError as exc:
        raise describe_validation_error(str(data_dir() / "dates.json"), exc) from None


def every_dates() -> dict[str, DatesVocabulary]:
    """Language code -> the ``dates`` concern of every installed pack that has one, in code order."""
    packs = [language_pack(code) for code in sorted(available_languages())]
    return {pack.code: pack.concern("dates") for pack in packs if "dates" in pack.concerns()}


class DocumentVocabulary(Notes):
    """One language's ``document.json``: the words of a text's head (see its ``_doc``)."""

    time_suffixes: list[str]
    byline_words: list[str]
    elided_articles: list[str]
    date_labels: list[str]
    publication_labels: list[str]
    update_labels: list[str]
    date_line_words: list[str]


register_schema("document", DocumentVocabulary)
