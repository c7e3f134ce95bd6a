"""Country and city look-ups: names (in every language pack, any case or accents) and
adjectives to ISO codes, display names, the world's cities.

``load(folder)`` builds a ``Geo`` from the files of ``folder`` (see ``geo_files``): country
names come from pycountry (ISO 3166-1) in each language pack's locale (its ``places.json``
says which: pycountry's own names, or a gettext locale of ``iso3166-1``);
``geo_countries.json`` adds what pycountry lacks (short and former names, abbreviations such
as "USA", the adjectives/demonyms "Kazakh", "belge", ...); ``geo_cities.json`` holds the
cities of the whole world (GeoNames, built by ``scripts/build_geo_cities.py``); ``places.json``
the curated gazetteer. Everything is built once per ``Geo`` into plain dicts.

    >>> geo = load(data_dir())
    >>> geo.country_code("la Belgique"), geo.country_code("Kazakh"), geo.country_code("européen")
    ('BE', 'KZ', None)
    >>> geo.country_name("KZ"), geo.country_name("BE", "fr")
    ('Kazakhstan', 'Belgique')
"""
from __future__ import annotations

import gettext
import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable

import pycountry

from ..data import data_dir
from ..langpacks import available_languages, language_pack
from ..textkit import fold
from .geo_files import (
    CITY_FIELDS,
    CitiesFile,
    CountriesFile,
    CountryLanguage,
    GazetteerFile,
    inflect,
    read_file,
    validate,
)

__all__ = ["CITY_FIELDS", "Geo", "load", "name_variants"]

_PACK_CONCERN = "places"
_PACK_SECTION = "countries"


def name_variants(name: str) -> list[str]:
    """A pycountry name and the forms its inverted spelling stands for.

    "Korea, Republic of" -> "Korea, Republic of", "Republic of Korea", "Korea";
    "Russie, Fédération de" -> also "Fédération de Russie", "Russie";
    "Holy See (Vatican City State)" -> also "Holy See".
    """
    variants = [name]
    bare = re.sub(r"\s*\(.*?\)", "", name).strip()
    if bare != name:
        variants.append(bare)
    if ", " in bare:
        head, tail = bare.split(", ", 1)
        variants.append(head)
        joiner = "" if tail.endswith("'") else " "
        variants.append(f"{tail}{joiner}{head}")
    return variants


def _display_variant(name: str) -> str:
    return name_variants(name)[-1 if ", " in name else 0]


def _english_names(country) -> list[str]:
    """pycountry's own names of a country: common, short, official (those that exist)."""
    return [n for n in (getattr(country, "common_name", None), country.name,
                        getattr(country, "official_name", None)) if n]


@lru_cache(maxsize=None)
def _translation(locale: str | None) -> gettext.NullTranslations:
    if locale is None:
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    except OSError:  # translations not shipped: pycountry's own names only
        return gettext.NullTranslations()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _pack_languages(folder: Path) -> dict[str, CountryLanguage]:
    """Language code -> its countries settings, for every pack found (and ``folder/lang``)."""
    extra = [folder / "lang"] if (folder / "lang").is_dir() else []
    languages = {}
    for code in sorted(available_languages(extra)):
        pack = language_pack(code, extra)
        section = pack.raw(_PACK_CONCERN).get(_PACK_SECTION) if isinstance(pack.raw(_PACK_CONCERN), dict) else None
        if section is not None:
            where = f"{pack.folder / (_PACK_CONCERN + '.json')} at {_PACK_SECTION}"
            languages[code] = validate(where, section, CountryLanguage)
    return languages


class Geo:
    """Countries (codes, names per language, adjectives) and cities of one data folder."""

    def __init__(self, countries, cities, gazetteer, languages: dict[str, CountryLanguage]):
        self.countries = countries          # geo_files.Countries
        self.gazetteer = gazetteer          # geo_files.Gazetteer (the curated places)
        self.languages = languages
        self.canonical_language = countries.canonical_language
        self._rows = tuple(tuple(row) for row in cities.rows)
        self._memo: dict[str, Any] = {}
        articles = [a for lang in languages.values() for a in lang.articles]
        elided = [a for lang in languages.values() for a in lang.elided_articles]
        endings = [e for lang in languages.values() for e in lang.possessive_endings]
        parts = ([f"(?:{_alternation(articles)})\\s+"] if articles else []) + \
                ([f"(?:{_alternation(elided)})\\s*"] if elided else [])
        self._article = re.compile(f"^(?:{'|'.join(parts)})") if parts else None
        self._possessive = re.compile(f"(?:{_alternation(endings)})$") if endings else None
        self.name_key = lru_cache(maxsize=65536)(self._name_key)

    # --- keys --------------------------------------------------------------------------

    def _name_key(self, text: str) -> str:
        """Look-up key of a place name: folded, hyphens and dots as spaces, no article or 's."""
        key = fold(text)
        if self._possessive is not None:
            key = self._possessive.sub("", key)
        if self._article is not None:
            key = self._article.sub("", key)
        key = key.replace("-", " ").replace(".", " ")
        return " ".join(key.split())

    def without_article(self, written: str) -> str:
        """``written`` without a leading article as written in lower case ("the Netherlands")."""
        return self._article.sub("", written) if self._article is not None else written

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """``build()`` once per Geo: components compile their knowledge-only tables here."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    # --- countries ---------------------------------------------------------------------

    @cached_property
    def _pycountry_names(self) -> list[tuple[str, str]]:
        """(name as written, code) for every pycountry name and its variants, per language."""
        forms = []
        for country in pycountry.countries:
            english = _english_names(country)
            for lang in self.languages.values():
                translation = _translation(lang.names_locale)
                for name in english:
                    forms += [(v, country.alpha_2) for v in name_variants(translation.gettext(name))]
        return forms

    @cached_property
    def _tables(self) -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
        """(name key -> code, adjective key -> code, (code, lang) -> display name)."""
        names, display = self._names_and_display()
        return names, self._adjective_table(names), display

    def _names_and_display(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        data, key_of = self.countries, self.name_key
        not_names = {key_of(n) for n in data.not_names}
        candidates: dict[str, set[str]] = {}
        for variant, code in self._pycountry_names:
            key = key_of(variant)
            if key and key not in not_names:
                candidates.setdefault(key, set()).add(code)
        display: dict[tuple[str, str], str] = {}
        for country in pycountry.countries:
            first = _english_names(country)[0]
            for code, lang in self.languages.items():
                display[(country.alpha_2, code)] = _display_variant(_translation(lang.names_locale).gettext(first))
        # A short form shared by two countries ("Congo") names neither.
        names = {key: next(iter(codes)) for key, codes in candidates.items() if len(codes) == 1}
        for code, aliases in data.aliases.items():
            for alias in aliases:
                names[key_of(alias)] = code
        for code, by_lang in data.short_names.items():
            for lang, name in by_lang.items():
                display[(code, lang)] = name
                names[key_of(name)] = code
        return names, display

    def _adjective_table(self, names: dict[str, str]) -> dict[str, str]:
        adjectives: dict[str, str] = {}
        # Demonyms of every country first, then the curated adjectives, which win.
        for code, by_lang in self.countries.demonyms.items():
            for lang, settings in self.languages.items():
                for word in by_lang.get(lang, []):
                    for form in inflect(word, settings.demonym_forms):
                        key = self.name_key(form)
                        if key not in names:
                            adjectives[key] = code
        for code, by_lang in self.countries.adjectives.items():
            for lang, settings in self.languages.items():
                for word in by_lang.get(lang, []):
                    for form in inflect(word, settings.adjective_forms):
                        adjectives[self.name_key(form)] = code
        return adjectives

    def adjective_to_code(self, word: str) -> str | None:
        """ISO code for a country adjective or demonym ("Kazakh", "kazakhstanaise", "Belgians")."""
        return self._tables[1].get(self.name_key(word))

    def country_code(self, name: str) -> str | None:
        """ISO 3166-1 alpha-2 code for a country name (any pack's language, official or short,
        any case or accents, with or without article) or a country adjective/demonym."""
        key = self.name_key(name)
        names, adjectives, _ = self._tables
        return names.get(key) or adjectives.get(key)

    def country_name(self, code: str, lang: str | None = None) -> str:
        """Short name of a country in ``lang`` (default and fall-back: the records' language):
        "KZ" -> "Kazakhstan", ("BE", "fr") -> "Belgique"; the code itself if unknown."""
        display = self._tables[2]
        code = code.upper()
        return display.get((code, lang or self.canonical_language)) \
            or display.get((code, self.canonical_language)) or code

    def country_names(self) -> dict[str, str]:
        """Every known name key (see ``name_key``) -> ISO code; for gazetteers."""
        return dict(self._tables[0])

    @cached_property
    def _name_forms(self) -> tuple[tuple[str, str], ...]:
        names = self._tables[0]
        written = [form for form, _ in self._pycountry_names]
        written += [alias for aliases in self.countries.aliases.values() for alias in aliases]
        written += [name for by_lang in self.countries.short_names.values() for name in by_lang.values()]
        forms = {}
        for form in written:
            code = names.get(self.name_key(form))
            if code and "," not in form and "(" not in form:
                forms[self.without_article(form)] = code
        return tuple(forms.items())

    def country_name_forms(self) -> tuple[tuple[str, str], ...]:
        """Every country name as written (case kept, article dropped) with its code, for
        gazetteers that must tell "US" from "us": (form, code) pairs, unambiguous ones only."""
        return self._name_forms

    def adjectives(self) -> dict[str, str]:
        """Every known adjective/demonym key -> ISO code."""
        return dict(self._tables[1])

    # --- cities (GeoNames) ---------------------------------------------------------------

    def city_rows(self) -> tuple[tuple, ...]:
        """Every city of ``geo_cities.json`` as a tuple in the order of ``CITY_FIELDS``."""
        return self._rows

    @cached_property
    def _cities_by_key(self) -> dict[str, tuple]:
        table: dict[str, tuple] = {}
        for row in self._rows:
            for name in (row[1], *row[8]):
                table.setdefault(self.name_key(name), row)
        return table

    def city(self, name: str, country: str | None = None) -> dict | None:
        """The GeoNames city of that name (any case or accents; in ``country`` if given):
        {geonames_id, name, country, latitude, longitude, population, capital}, or None."""
        row = self._cities_by_key.get(self.name_key(name))
        if row is None or (country and row[2] != country.upper()):
            return None
        return {"geonames_id": row[0], "name": row[1], "country": row[2], "latitude": row[3],
                "longitude": row[4], "population": row[5], "capital": bool(row[6])}


def load(folder: str | Path | None = None) -> Geo:
    """The countries, cities and curated places of ``folder`` (default: the installed data)."""
    folder = Path(folder) if folder else data_dir()
    return Geo(read_file(folder, "geo_countries", CountriesFile).geo_countries,
               read_file(folder, "geo_cities", CitiesFile).geo_cities,
               read_file(folder, "places", GazetteerFile).places,
               _pack_languages(folder))
