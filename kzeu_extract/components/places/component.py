"""kzeu_places: countries, cities, regions and venues named in the text, merged per place.

Countries come from pycountry (names in every language pack, via ``knowledge.geo``); cities
and regions from the curated gazetteer and the world's cities of the knowledge. Names of one
place in several languages merge under its name in the records' language ("Bruxelles" ->
"Brussels" with alias "Bruxelles"). Not mentions: country adjectives ("Kazakh"), #hashtags,
@handles, URLs, a place that only starts the name of an organisation ("Astana International
Financial Center", or any name in the organisations knowledge), and the contexts of
``guards``. The words that find them come from the pack's ``places.json``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...data import load_data
from ...extensions import doc_text
from ...langpacks import LanguagePack
from ...spans import write_items
from ...textkit import SpanSet, evidence, fold_same_length, folded_text, url_spans
from ..base import PackComponent
from ..organizations.vocabulary import company_nouns as company_nouns_of
from . import schema  # noqa: F401  (registers the pack schema)
from .guards import PlaceGuards
from .tables import place_tables
from .venues import Venues


def _title_words() -> tuple[set[str], set[str]]:
    """(capitalised words of titles, words never part of a person's name) of titles.json."""
    titles = load_data("titles")
    title_words = {w.casefold() for head in titles["heads"] for forms in head["forms"].values()
                   for form in forms for w in form.split() if w[:1].isupper()} \
        | {w.casefold() for w in titles["modifiers"] if isinstance(w, str)}
    return title_words, {w.casefold() for w in titles["non_name_words"]}


class PlacesComponent(PackComponent):
    concerns = ("places", "organizations")

    def __init__(self, nlp: Language, name: str, knowledge, pack: str | None = None):
        self.knowledge = knowledge
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        words = pack.concern("places")
        geo = self.knowledge.geo
        tables = place_tables(self.knowledge)
        self._name_key = geo.name_key
        self._places, self._cities, self._org_names = tables.places, tables.cities, tables.org_names
        self._country_ids = dict(geo.countries.ids)   # code -> (GeoNames id, lat, lon, QID)
        title_words, non_name_words = _title_words()
        self._venues = Venues(words.venues, tables.residences, title_words, geo.name_key)
        non_name_words |= {w.casefold() for w in words.org_heads + words.place_nouns}
        company_nouns = list(company_nouns_of(pack))   # "Kazakhstan Airways": no place mention
        self._guards = PlaceGuards(words, company_nouns, non_name_words, tables.is_place)

    def restored(self) -> None:
        # the city index is stored without the Geo's name_key method (see CityIndex.__getstate__)
        self._cities.attach(self.knowledge.geo.name_key)

    def __call__(self, doc: Doc) -> Doc:
        write_items(doc, "places", self.find(doc_text(doc), folded_text(doc)))
        return doc

    def find(self, text: str, folded: str | None = None) -> list[dict]:
        folded = fold_same_length(text) if folded is None else folded
        excluded = SpanSet(url_spans(text) + [(s, e) for s, e, _ in self._org_names.finditer(text, folded)])
        places: dict[str, dict] = {}
        in_names: set[str] = set()   # GeoNames cities seen inside a person's name
        for start, end, value in self._matches(text, folded):
            place_id, kind, name, country, needs_region_noun = value[:5]
            listed = len(value) > 5   # a GeoNames city, not in the curated gazetteer
            geonames = value[5] if listed else self._cities.curated(name, country, kind)
            if geonames and (listed or geonames[7]) and self._guards.in_person_name(text, start, end, listed):
                in_names.add(place_id)
                continue
            if self._not_a_mention(text, start, end, kind, needs_region_noun, excluded):
                continue
            place = places.get(place_id)
            if place is None:
                place = places[place_id] = self._new_place(name, country, kind)
            self._add_mention(place, text, start, end, geonames, needs_region_noun)
        # "Juan Manuel Santos ... wrote Santos": the surname alone names that person too.
        return [p for place_id, p in places.items() if not (place_id in in_names and place_id[5:].isdigit())]

    def _new_place(self, name: str, country: str | None, kind: str) -> dict:
        place = {"name": name, "aliases": [], "country": country, "kind": kind, "geonames_id": None,
                 "latitude": None, "longitude": None, "wikidata": None, "mentions": []}
        ids = self._country_ids.get(country) if kind == "country" else None
        if ids:
            place.update(geonames_id=ids[0], latitude=ids[1], longitude=ids[2], wikidata=ids[3])
        return place

    def _not_a_mention(self, text, start, end, kind, needs_region_noun, excluded) -> bool:
        guards = self._guards
        if kind != "country" and guards.names_an_instrument(text, end):
            return True
        if needs_region_noun and not guards.has_region_noun(text, start, end):
            return True
        if excluded.covers(start, end) or guards.starts_org_name(text, start, end):
            return True
        if kind == "region" and guards.is_portfolio(text, start):
            return True
        return guards.names_a_format(text, start, end)

    def _add_mention(self, place: dict, text: str, start: int, end: int, geonames, needs_region_noun) -> None:
        if geonames:
            place.update(geonames_id=geonames[0], latitude=geonames[3], longitude=geonames[4])
        place["mentions"].append(evidence(text, start, end))
        key_of = self._name_key
        surface = text[start:end]
        if key_of(surface) != key_of(place["name"]) and not needs_region_noun and \
                all(key_of(surface) != key_of(a) for a in place["aliases"]):
            place["aliases"].append(surface)

    def _matches(self, text: str, folded: str):
        """Gazetteer matches and GeoNames city matches, longest first, not overlapping; the
        curated gazetteer wins a tie ("Mexico City" beats "Mexico", "Paris" is the curated one)."""
        found = [(s, e, 0, entries[0].value) for s, e, entries in self._places.finditer(text, folded)]
        found += [(s, e, 1, value) for s, e, value in self._cities.finditer(text, folded)]
        found += [(s, e, 0, value) for s, e, value in self._venues.finditer(text, folded)]
        found.sort(key=lambda f: (f[0], f[0] - f[1], f[2]))
        reach = -1
        for start, end, _, value in found:
            if start >= reach:
                reach = end
                yield start, end, value
