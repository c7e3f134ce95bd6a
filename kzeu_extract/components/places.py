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
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..extensions import doc_text
from ..data import load_data
from ..gazetteer import _FOLD_TABLE, Gazetteer, SpanSet, fold_same_length, name_to_key, url_spans, words_after_boundary
from ..knowledge.geo import city_rows, country_name, country_name_forms, name_key
from ..normalize.text import mention
from ..knowledge.organizations import knowledge_base, organization_names


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
        self._venues = _Venues(data["venues"])
        self._cities = _CityIndex({name_to_key(n) for n, _ in names}, {name_to_key(n) for n in data["skip_names"]})
        self._non_name_words = {w.casefold() for w in load_data("titles")["non_name_words"]} | \
            {w.casefold() for w in data["org_heads"] + data["place_nouns"]}
        # "the Minsk agreements", "Lima Declaration", "Melbourne Cup": a city or region naming
        # an instrument or an event is part of that name, not a mention of the place.
        self._name_head_after = re.compile(
            r"[ \t]+(?:%s)\b" % "|".join(map(re.escape, data["name_heads_after"])))
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
        write_items(doc, "places", self.find(doc_text(doc)))
        return doc

    def find(self, text: str) -> list[dict]:
        folded = fold_same_length(text)
        excluded = SpanSet(url_spans(text) + [(s, e) for s, e, _ in self._org_names.finditer(text, folded)])
        places: dict[str, dict] = {}
        in_names: set[str] = set()   # GeoNames cities seen inside a person's name
        for start, end, value in self._matches(text, folded):
            place_id, kind, name, country, needs_region_noun = value[:5]
            listed = len(value) > 5   # a GeoNames city, not in the curated gazetteer
            geonames = value[5] if listed else self._cities.curated(name, country, kind)
            if geonames and (listed or geonames[7]) and self._in_person_name(text, start, end, listed):
                in_names.add(place_id)
                continue
            if kind != "country" and self._name_head_after.match(text, end):
                continue
            if needs_region_noun and not self._has_region_noun(text, start, end):
                continue
            if excluded.covers(start, end) or self._starts_org_name(text, start, end):
                continue
            if kind == "region" and self._portfolio_before.search(text, max(0, start - 60), start):
                continue
            if self._format_after.match(text, end) or self._format_before.search(text, max(0, start - 15), start):
                continue
            place = places.setdefault(place_id, {"name": name, "aliases": [], "country": country,
                                                 "kind": kind, "geonames_id": None,
                                                 "latitude": None, "longitude": None, "mentions": []})
            if geonames:
                place.update(geonames_id=geonames[0], latitude=geonames[3], longitude=geonames[4])
            place["mentions"].append(mention(text, start, end))
            surface = text[start:end]
            if name_key(surface) != name_key(name) and not needs_region_noun and \
                    all(name_key(surface) != name_key(a) for a in place["aliases"]):
                place["aliases"].append(surface)
        # "Juan Manuel Santos ... wrote Santos": the surname alone names that person too.
        return [p for place_id, p in places.items() if not (place_id in in_names and place_id[5:].isdigit())]

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

    def _in_person_name(self, text: str, start: int, end: int, listed: bool) -> bool:
        """A city inside a person's name: right before a capitalised word that is no place,
        institution or calendar word ("Santiago Peña", "Florence Nightingale", "George W.
        Bush"), or, for the GeoNames cities, right after one ("Marco Rubio", "Juan Manuel
        Santos"). Curated cities only count when named like a person ("Paris Hilton")."""
        after = _NAME_AFTER.match(text, end)
        if after and (after.group(1) is None or self._name_like(text, after.start(1), after.group(1))):
            return True
        if not listed:
            return False
        before = _NAME_BEFORE.search(text, max(0, start - 30), start)
        return bool(before) and self._name_like(text, before.start(1), before.group(1))

    def _name_like(self, text: str, start: int, word: str) -> bool:
        if word.casefold() in self._non_name_words:
            return False
        # another place ("Jeddah Saudi Arabia") or a place noun ("Lagos State") is no name
        return not any(s <= start < e for s, e, _ in self._places.finditer(text[start:start + len(word)]) or ()) \
            and not self._cities.is_city(word)

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


# A capitalised word shaped like a name, on the same line: "Peña", "Nightingale"; or a
# middle initial ("George W. Bush").
_NAME_AFTER = re.compile(r"[ \t](?:([A-Z][a-zà-ÿ][\w’'-]*)(?![\w’'-])|[A-Z]\.[ \t][A-Z])")
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-zà-ÿ][\w’'-]*)[ \t]$")


class _CityIndex:
    """The cities of ``data/geo_cities.json`` by name key, found in a text by looking up the
    runs of up to ``max_words`` words that start with a capital (linear in the text).
    Names the curated gazetteer already holds (countries, curated cities, regions) stay
    there; their rows only lend the GeoNames id and coordinates."""

    def __init__(self, taken: set[str], skip: set[str]):
        self._by_key: dict[str, tuple] = {}
        self._curated: dict[tuple[str, str], tuple] = {}
        self.curated_names: set[str] = set()
        max_words = 1
        for row in city_rows():
            geonames_id, name, country = row[0], row[1], row[2]
            for form in (name, *row[8]):
                key = name_to_key(form)
                if key in taken:
                    self._curated.setdefault((name_key(form), country), row)
                    self.curated_names.add(name)
                elif key not in skip:
                    value = (f"city:{geonames_id}", "city", name, country, False, row)
                    self._by_key.setdefault(key, value)
                    max_words = max(max_words, len(key.split()))
        self._max_words = min(max_words, 6)
        self._first_words = {_WORD.match(key).group() for key in self._by_key if _WORD.match(key)}

    def is_city(self, word: str) -> bool:
        return name_to_key(fold_same_length(word)) in self._by_key

    def curated(self, name: str, country: str | None, kind: str) -> tuple | None:
        if kind != "city" or not country:
            return None
        return self._curated.get((name_key(name), country))

    def finditer(self, text: str, folded: str):
        """(start, end, value) of the longest city name starting at each word of ``folded``
        written with a capital in ``text`` (not after # or @), left to right; the words
        looked at are found by a regex for the characters that can be capitals."""
        first_words, by_key, more_words = self._first_words, self._by_key, self._max_words - 1
        for capital in _MAYBE_CAPITAL.finditer(text):
            start = capital.start()
            if not text[start].isupper() or (start and (text[start - 1] in "#@" or _WORD_CHAR.match(folded, start - 1))):
                continue
            word = _WORD.match(folded, start)
            if word is None:
                continue
            first_end = word.end()
            key = folded[start:first_end]
            if key not in first_words:
                continue
            # keys of the runs of 1..max_words words from here, as name_to_key writes them
            keys = [(key, first_end)]
            end = first_end
            for word in islice(_WORD.finditer(folded, first_end), more_words):
                gap = folded[end:word.start()]
                if "\n" in gap:
                    break
                key += " " if _SEPARATORS.fullmatch(gap) else gap
                key += word.group()
                end = word.end()
                keys.append((key, end))
            for key, end in reversed(keys):
                value = by_key.get(key)
                if value and not _WORD_CHAR_AFTER.match(text, end):
                    yield start, end, value
                    break

    def finditer_slow(self, text: str, folded: str):
        """The reference ``finditer`` (every word of the text in turn), for the tests."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        for i, (start, first_end) in enumerate(words):
            if not text[start].isupper() or (start and text[start - 1] in "#@"):
                continue
            key = folded[start:first_end]
            if key not in self._first_words:
                continue
            keys = [(key, first_end)]
            for j in range(i + 1, min(len(words), i + self._max_words)):
                gap = folded[words[j - 1][1]:words[j][0]]
                if "\n" in gap:
                    break
                key += " " if _SEPARATORS.fullmatch(gap) else gap
                key += folded[words[j][0]:words[j][1]]
                keys.append((key, words[j][1]))
            for key, end in reversed(keys):
                value = self._by_key.get(key)
                if value and not _WORD_CHAR_AFTER.match(text, end):
                    yield start, end, value
                    break


_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")


def _escaped_words(words) -> list[str]:
    """Words for an alternation, longest first, spaces matching runs of spaces/tabs."""
    return [re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True)]


class _Venues:
    """Named buildings and sites (kind "venue"): "State House", "Al Salam Royal Palace",
    "Great Hall of the People", "palais de l'Élysée", "aéroport international Diori Hamani",
    and official residences named bare ("l'Élysée")."""

    _LEAD = {"The", "A", "An", "In", "At", "On", "To", "From", "Of", "And", "For", "With", "By",
             "This", "That", "Le", "La", "Les", "Du", "Des", "Au", "Aux", "En", "À", "Near", "Outside"}
    _CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"

    def __init__(self, data: dict):
        def alternation(words):
            return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
        self._head = re.compile(r"%s(?![\w-])" % words_after_boundary(r"\w-", _escaped_words(data["heads_after"])))
        self._with_of = set(data["heads_with_of"])
        self._before = re.compile(r"(?:%s[ \t]+){1,4}$" % self._CAP)
        self._of = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?%s(?:[ \t]+%s){0,2}" % (self._CAP, self._CAP))
        heads = words_after_boundary(r"\w-", [x for w in data["heads_before"]
                                              for x in (re.escape(w[0].upper()) + re.escape(w[1:]), re.escape(w))])
        adjectives = alternation(data["before_adjectives"])
        self._french = re.compile(
            r"%s(?:[ \t]+(?:%s))?[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])?"
            r"%s(?:[ \t]+%s){0,3}" % (heads, adjectives, self._CAP, self._CAP))
        self._residences = Gazetteer([(n, None) for n in data["official_residences"]])
        # "Korean Foreign Minister Hall": a title before a surname, not a building
        titles = load_data("titles")
        self._title_words = ({w.casefold() for head in titles["heads"] for forms in head["forms"].values()
                              for form in forms for w in form.split() if w[:1].isupper()}
                             | {w.casefold() for w in titles["modifiers"] if isinstance(w, str)}) \
            - {"state", "great", "national", "of", "the", "royal", "presidential"}

    def _value(self, name: str) -> tuple:
        return (f"venue:{name_key(name)}", "venue", name, None, False)

    def finditer(self, text: str, folded: str):
        for m in self._head.finditer(text):
            start, end = m.start(), m.end()
            before = self._before.search(text, max(0, start - 60), start)
            of = self._of.match(text, end) if m.group() in self._with_of else None
            if m.group() == "House" and text.startswith(" of ", end):
                continue   # "House of Commons": a chamber
            if before:
                words = text[before.start():start].split()
                while words and words[0] in self._LEAD:
                    words.pop(0)
                start = start - len(" ".join(words)) - 1 if words else start
                if words and text[start:m.start()].split() != words:
                    start = m.start()   # tabs or double spaces: keep it simple, no lead words
                    words = []
            else:
                words = []
            if of:
                end = of.end()
            if not words and not of or any(w.casefold() in self._title_words for w in words):
                continue
            yield start, end, self._value(text[start:end])
        for m in self._french.finditer(text):
            yield m.start(), m.end(), self._value(m.group())
        for start, end, _ in self._residences.finditer(text, folded):
            yield start, end, self._value(text[start:end])


_WORD = re.compile(r"[^\W_]+")
_WORD_CHAR = re.compile(r"[^\W_]")
# word characters that fold to a non-word one ("ʼ" -> "'"): before a word of the folded text
_TURN_NON_WORD = "".join(re.escape(chr(c)) for c, f in sorted(_FOLD_TABLE.items())
                         if _WORD_CHAR.match(chr(c)) and not _WORD_CHAR.match(f))
# Every character that can be a capital (str.isupper), and a few more: not ASCII or Latin-1
# lower case, digits, punctuation or the General Punctuation block (tests check the claim).
_CAPITALS = r"[^\x00-@\[-\u00bf\u00d7\u00df-\u00f6\u00f8-\u00ff\u2000-\u206f]"
# ... where no word character of the text (one that stays one once folded) is just before
_MAYBE_CAPITAL = re.compile(r"%s(?<![^\W_%s].)" % (_CAPITALS, _TURN_NON_WORD))
_WORD_CHAR_AFTER = re.compile(r"\$|['’]\w\w")


@lru_cache(maxsize=1)
def shared_places() -> PlacesComponent:
    """One component for every pipeline (English, French): it depends on no language, and
    building it (10,000 cities, the gazetteers) is the dearest part of a start."""
    return PlacesComponent()


@kzeu_factory("kzeu_places",
              assigns=["doc.spans", "doc._.kzeu_places"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return shared_places()
