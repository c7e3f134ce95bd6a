"""The places' knowledge-only tables (no language in them): the gazetteer of countries,
curated cities, former countries and regions, the world's cities, the organisation names a
place may open, the official residences. Built once per ``Knowledge`` (``geo.cached``)."""
from __future__ import annotations

from ...gazetteer import Gazetteer, name_to_key
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
    def __init__(self, knowledge):
        geo = knowledge.geo
        names = _place_names(geo)
        # "US$ 5 billion" names a currency, not the country.
        self.places = Gazetteer(names, after=r"\$")
        self.cities = CityIndex(geo.city_rows(), {name_to_key(n) for n, _ in names},
                                {name_to_key(n) for n in geo.gazetteer.skip_names}, geo.name_key)
        self.org_names = Gazetteer([(n, None) for n in knowledge.organizations.names() if " " in n])
        self.residences = Gazetteer([(n, None) for n in geo.gazetteer.official_residences])
        self._is_place: dict[tuple, bool] = {}

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


def place_tables(knowledge) -> PlaceTables:
    return knowledge.geo.cached("kzeu_places.tables", lambda: PlaceTables(knowledge))
