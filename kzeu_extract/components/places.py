"""kzeu_places: countries, cities and regions named in the text, merged per place.

Countries come from pycountry (English and French names, via ``kzeu_extract.geo``); cities
and regions from ``data/places.json``. English and French names of one place merge under
its English name ("Bruxelles" -> "Brussels" with alias "Bruxelles"). Not mentions: country
adjectives ("Kazakh"), #hashtags, @handles, URLs, and a place that only starts the name of
an organisation ("Astana International Financial Center", or any name in the organisations
knowledge base).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text
from ..data import load_data
from ..gazetteer import Gazetteer, SpanSet, fold_same_length, url_spans
from ..geo import country_name, country_name_forms, name_key
from ..normalize.text import mention
from ..orgkb import knowledge_base, organization_names


class PlacesComponent:
    def __init__(self):
        data = load_data("places")
        skip = {name_key(n) for n in data["skip_names"]}
        # Each gazetteer value: (place id, kind, English name, country, needs a region noun).
        names: list[tuple[str, tuple]] = []
        for form, code in country_name_forms():
            names.append((form, (f"country:{code}", "country", country_name(code), code, False)))
        for city in data["cities"]:
            value = (f"city:{city['name']}", "city", city["name"], city["country"], False)
            names += [(n, value) for n in [city["name"], *city["aliases"]] if name_key(n) not in skip]
        for former in data["former_countries"]:
            value = (f"country:{former['name']}", "country", former["name"], None, False)
            names += [(n, value) for n in [former["name"], *former["aliases"]]]
        for region in data["regions"]:
            value = (f"region:{region['name']}", "region", region["name"], None, False)
            names += [(n, value) for n in [region["name"], *region["aliases"]]]
            adjective = value[:4] + (True,)
            names += [(n, adjective) for n in region["adjectives"]]
        # "US$ 5 billion" names a currency, not the country.
        self._places = Gazetteer(names, after=r"\$")
        self._region_noun = re.compile(r"\s+(?:%s)\b" % "|".join(map(re.escape, data["region_nouns"])),
                                       re.IGNORECASE)
        self._region_noun_before = re.compile(
            r"\b(?:%s)[ \t]+$" % "|".join(map(re.escape, data["region_nouns_before"])), re.IGNORECASE)
        # "Astana International Financial Center": the place only starts an organisation's name
        # (not in a Title Case headline: "... In Brussels Ahead Of Cooperation Council Meeting").
        heads = "|".join(map(re.escape, data["org_heads"]))
        self._org_continuation = re.compile(
            r"(?:[ \t]+(?!(?:Of|In|To|With|For|And|The|At|On|From|Ahead|After|Before)\b)[A-Z][\w'’&.-]*){0,3}?"
            r"[ \t]+(?:%s)\b" % heads)
        # "ministre de l'Europe et des ...", "Minister for Europe": a region as an office's portfolio
        def words(key):
            return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
                            for w in sorted(data[key], key=len, reverse=True))
        self._portfolio_before = re.compile(
            r"\b(?:%s)(?:[ \t]+(?:%s)|(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+(?:%s))[ \t]*$"
            % (words("portfolio_titles"), words("portfolio_prepositions"), words("portfolio_distant_prepositions")),
            re.IGNORECASE)
        # "the Astana format", "le format d'Astana": a negotiation format's label (not "the Geneva process")
        formats = data["format_nouns"]
        self._format_after = re.compile(r"[ \t]+(?:%s)\b" % "|".join(map(re.escape, formats["after"])))
        self._format_before = re.compile(
            r"\b(?:%s)[ \t]*$" % "|".join(re.escape(w).replace("'", "['’]") for w in formats["before"]), re.IGNORECASE)
        # "the national company Kazakhstan Temir Zholy": a company's name that starts with a place
        nouns = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+")
                         for n in sorted(knowledge_base()["company_nouns"], key=len, reverse=True))
        self._company_noun_before = re.compile(rf"(?<![\w'’-])(?:{nouns})[ \t]+$")
        self._capital_after = re.compile(r"[ \t]+[A-Z]")
        self._joined_before = re.compile(r"\w[ \t]?[-–][ \t]?$")
        self._org_names = Gazetteer([(n, None) for n in organization_names() if " " in n])

    def __call__(self, doc: Doc) -> Doc:
        doc._.kzeu_places = self.find(doc_text(doc))
        return doc

    def find(self, text: str) -> list[dict]:
        folded = fold_same_length(text)
        excluded = SpanSet(url_spans(text) + [(s, e) for s, e, _ in self._org_names.finditer(text, folded)])
        places: dict[str, dict] = {}
        for start, end, entries in self._places.finditer(text, folded):
            place_id, kind, name, country, needs_region_noun = entries[0].value
            if needs_region_noun and not self._has_region_noun(text, start, end):
                continue
            if excluded.covers(start, end) or self._starts_org_name(text, start, end):
                continue
            if kind == "region" and self._portfolio_before.search(text, max(0, start - 60), start):
                continue
            if self._format_after.match(text, end) or self._format_before.search(text, max(0, start - 15), start):
                continue
            place = places.setdefault(place_id, {"name": name, "aliases": [], "country": country,
                                                 "kind": kind, "mentions": []})
            place["mentions"].append(mention(text, start, end))
            surface = text[start:end]
            if name_key(surface) != name_key(name) and not needs_region_noun and \
                    all(name_key(surface) != name_key(a) for a in place["aliases"]):
                place["aliases"].append(surface)
        return list(places.values())

    def _has_region_noun(self, text: str, start: int, end: int) -> bool:
        """"Central Asian states" names the region; so does French "pays centrasiatiques"."""
        if text[start].islower():
            return bool(self._region_noun_before.search(text, max(0, start - 20), start))
        return bool(self._region_noun.match(text, end))

    def _starts_org_name(self, text: str, start: int, end: int) -> bool:
        """True for "Astana" in "Astana International Financial Center", not for
        "Uzbekistan" in "EU-Uzbekistan Cooperation Council" (a party, not a modifier)."""
        if self._joined_before.search(text, max(0, start - 3), start):
            return False
        if self._capital_after.match(text, end) and self._company_noun_before.search(text, max(0, start - 25), start):
            return True
        match = self._org_continuation.match(text, end)
        return bool(match) and "\n" not in match.group()


@Language.factory("kzeu_places")
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()
