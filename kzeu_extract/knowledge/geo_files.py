"""The geo knowledge files and their schemas: what a folder must hold for ``geo.load(folder)``.

- ``geo_countries.json``: what pycountry lacks (aliases, short names, adjectives, demonyms;
  per language where words are a language's), and the language records name places in;
- ``geo_cities.json``: the world's cities (GeoNames, compact rows);
- ``places.json``: the curated gazetteer (cities with exonyms, regions, former countries,
  names to skip, official residences named bare);
- per language pack, the ``countries`` section of ``lang/<code>/places.json``: which
  pycountry locale names the countries in that language, its articles and possessive
  endings (dropped from look-up keys), and how its adjectives/demonyms inflect.

Every file is checked on load; an error names the file, the key path and the entry.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..data import read_json
from ..langpacks import describe_validation_error

CITY_FIELDS = ("geonames_id", "name", "country", "latitude", "longitude", "population",
               "capital", "person_like", "aliases")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# --- geo_countries.json ------------------------------------------------------------------

CountryIds = tuple[int, Union[int, float], Union[int, float], Optional[Annotated[str, Field(pattern=r"^Q[1-9][0-9]*$")]]]


class Countries(_Strict):
    canonical_language: str                      # records name places in this language
    aliases: dict[str, list[str]]                # code -> extra names (any language)
    short_names: dict[str, dict[str, str]]       # code -> language -> display name
    not_names: list[str]
    adjectives: dict[str, dict[str, list[str]]]  # code -> language -> words (inflected)
    demonyms: dict[str, dict[str, list[str]]]    # code -> language -> forms as listed
    # code -> [GeoNames id, latitude, longitude, Wikidata QID or null] (scripts/kb/build_places.py)
    ids: dict[str, CountryIds] = {}
    ids_source: Optional[str] = None


class CountriesFile(_Strict):
    geo_countries: Countries
    source: Optional[str] = Field(None, alias="_source")
    doc: Optional[str] = Field(None, alias="_doc")


# --- geo_cities.json ---------------------------------------------------------------------

CityRow = tuple[int, str, str, Union[int, float], Union[int, float], int, int, int, list[str]]


class Cities(_Strict):
    min_population: int
    columns: list[str]
    rows: list[CityRow]

    def model_post_init(self, _context) -> None:
        if tuple(self.columns) != CITY_FIELDS:
            raise ValueError(f"columns must be {list(CITY_FIELDS)}")


class CitiesFile(_Strict):
    geo_cities: Cities
    source: Optional[str] = Field(None, alias="_source")
    doc: Optional[str] = Field(None, alias="_doc")


# --- places.json (the curated gazetteer) ---------------------------------------------------

class CuratedCity(_Strict):
    name: str
    country: str
    aliases: list[str]


class Region(_Strict):
    name: str
    aliases: list[str]
    adjectives: list[str]   # name the region only next to a region noun of the pack


class FormerCountry(_Strict):
    name: str
    aliases: list[str]


class Gazetteer(_Strict):
    cities: list[CuratedCity]
    regions: list[Region]
    former_countries: list[FormerCountry]
    skip_names: list[str]
    official_residences: list[str]


class GazetteerFile(_Strict):
    places: Gazetteer
    source: Optional[str] = Field(None, alias="_source")
    doc: Optional[str] = Field(None, alias="_doc")


# --- the countries section of a language pack's places.json -------------------------------

class Inflection(_Strict):
    """One inflected form of a listed word: built from the word (or from the form named
    ``of``) by adding ``add``, or ``add_after[ending]`` after that ending, or nothing after
    one of ``keep_after`` (the first ending that fits wins)."""
    name: str
    of: Optional[str] = None
    keep_after: list[str] = []
    add_after: dict[str, str] = {}
    add: str = ""


class CountryLanguage(_Strict):
    names_locale: Optional[str]            # pycountry gettext locale; None: pycountry's own names
    articles: list[str] = []               # dropped before a name ("the", "le")
    elided_articles: list[str] = []        # written against the name ("l'")
    possessive_endings: list[str] = []     # dropped after a name ("'s")
    adjective_forms: list[Inflection] = []
    demonym_forms: list[Inflection] = []


def read_file(folder: Path, name: str, model: type[BaseModel]) -> BaseModel:
    """``<folder>/<name>.json`` validated by ``model`` (DataError naming file, key and entry)."""
    path = Path(folder) / f"{name}.json"
    content = read_json(path)
    return validate(str(path), content, model)


def validate(where: str, content, model: type[BaseModel]) -> BaseModel:
    try:
        return model.model_validate(content)
    except ValidationError as exc:
        raise describe_validation_error(where, exc) from None


def inflect(word: str, forms: list[Inflection]) -> list[str]:
    """The word and its forms, in order, each once."""
    built = {"": word}
    for form in forms:
        base = built[form.of or ""]
        built[form.name] = base + _suffix(base, form)
    return list(dict.fromkeys(built.values()))


def _suffix(base: str, form: Inflection) -> str:
    if form.keep_after and base.endswith(tuple(form.keep_after)):
        return ""
    for ending, added in form.add_after.items():
        if base.endswith(ending):
            return added
    return form.add
