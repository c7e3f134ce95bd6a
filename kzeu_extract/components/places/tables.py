"""The places' knowledge-only tables (no language in them): the gazetteer of countries,
curated cities, former countries and regions, the world's cities, the organisation names a
place may open, the official residences. Built once per ``Knowledge`` (``geo.cached``), and
kept in the on-disk cache (``kzeu_extract.cache``) keyed by the data they are made from."""
from __future__ import annotations

import pickle
from pathlib import Path

from ... import gazetteer
from ...cache import cached, content_key
from ...gazetteer import Gazetteer, name_to_key
from ...textkit import folding, patterns, scan
from .cities import CityIndex


def _place_names(geo) -> list[tuple[str, tuple]]:
    """(name, value) pairs; a value: (place id, kind, English name, country, needs a region noun)."""
    gazetteer, key_of = geo.gazetteer, geo.name_key
    skip = {key_of(n) for n in gazetteer.skip_names}
    names: list[tuple[str, tuple]] = []
    for form, code in geo.country_name_forms():
        names.append((form, (f"country:{code}", "country", geo.country_name(code), code, False)))
    for city in gazetteer.cities:
        value = (f"city:{city.name}", "city", city.name, city.country, False)
        names += [(n, value) for n in [city.name, *city.aliases] if key_of(n) not in skip]
    for former in gazetteer.former_countries:
        value = (f"country:{former.name}", "country", former.name, None, False)
        names += [(n, value) for n in [former.name, *former.aliases]]
    for region in gazetteer.regions:
        value = (f"region:{region.name}", "region", region.name, None, False)
        names += [(n, value) for n in [region.name, *region.aliases]]
        adjective = value[:4] + (True,)
        names += [(n, adjective) for n in region.adjectives]
    return names


class PlaceTables:
    def __init__(self, names, city_rows, skip_names, org_names, residences, name_key):
        # "US$ 5 billion" names a currency, not the country.
        self.places = Gazetteer(names, after=r"\$")
        self.cities = CityIndex(city_rows, {name_to_key(n) for n, _ in names},
                                {name_to_key(n) for n in skip_names}, name_key)
        self.org_names = Gazetteer([(n, None) for n in org_names])
        self.residences = Gazetteer([(n, None) for n in residences])
        self._is_place: dict[tuple, bool] = {}

    def __getstate__(self):
        return {**self.__dict__, "_is_place": {}}

    def is_place(self, text: str, start: int, word: str) -> bool:
        """The word is a place name: of the gazetteer (as the look-up has always been made:
        offsets of the word alone against ``start``) or a city."""
        piece = text[start:start + len(word)]
        # the answer depends on the piece, the word and ``start`` only below the piece's length
        key = (piece, word, start if start < len(piece) else -1)
        known = self._is_place.get(key)
        if known is None:
            if len(self._is_place) > 50000:
                self._is_place.clear()
            known = self._is_place[key] = \
                any(s <= start < e for s, e, _ in self.places.finditer(piece) or ()) or self.cities.is_city(word)
        return known


# The code that shapes the tables: a change to it is a change of the cached tables.
_SOURCES = [Path(__file__).with_name(name) for name in ("tables.py", "cities.py")] + \
    [Path(gazetteer.__file__), Path(scan.__file__), Path(folding.__file__), Path(patterns.__file__)]


def _tables(knowledge) -> PlaceTables:
    """The tables, from the on-disk cache when they were built from the same data and code
    (building them is pure data preparation: name keys, tries, the city index)."""
    geo = knowledge.geo
    inputs = (_place_names(geo), geo.city_rows(), list(geo.gazetteer.skip_names),
              [n for n in knowledge.organizations.names() if " " in n],
              list(geo.gazetteer.official_residences))
    # the cities' name keys (geo.name_key) depend on the packs' articles and endings
    key = content_key(pickle.dumps(inputs, protocol=4), repr(sorted(geo.languages.items())), _SOURCES)
    tables = cached("places_tables", key, lambda: PlaceTables(*inputs, geo.name_key))
    tables.cities.attach(geo.name_key)
    return tables


def place_tables(knowledge) -> PlaceTables:
    return knowledge.geo.cached("kzeu_places.tables", lambda: _tables(knowledge))
