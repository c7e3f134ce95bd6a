"""The shape of ``data/lang/<code>/places.json``: the words that find places in one language."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from ...knowledge.geo_files import CountryLanguage
from ...langpacks import register_schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class VenueWords(_Strict):
    heads_after: list[str]          # "State House", "Al Salam Palace"
    heads_with_of: list[str]        # "Great Hall of the People"
    of_word: Optional[str]          # that "of" ...
    of_article: Optional[str]       # ... and its optional article
    chamber_heads: list[str]        # "House of Commons": a chamber, no building
    lead_words: list[str]           # dropped from the start of a venue's name ("The")
    not_title_words: list[str]      # venue words that are title words too ("State")
    heads_before: list[str]         # "palais de l'Élysée"
    before_adjectives: list[str]    # "aéroport international ..."
    linking_words: list[str]        # "de la ", "d'" (in the order tried)


class PlacesWords(_Strict):
    doc: Optional[str] = Field(None, alias="_doc")
    countries: CountryLanguage
    region_nouns_after: list[str]
    region_nouns_before: list[str]
    org_heads: list[str]
    headline_words: list[str]
    portfolio_titles: list[str]
    portfolio_prepositions: list[str]
    portfolio_distant_prepositions: list[str]
    format_nouns_after: list[str]
    format_nouns_before: list[str]
    place_nouns: list[str]
    name_heads_after: list[str]
    venues: VenueWords


register_schema("places", PlacesWords)
