"""The world's places in the knowledge base: every country with its GeoNames id, centre and
Wikidata QID (data/geo_countries.json "ids"), cities with GeoNames ids and coordinates, in
the records of both languages; the checks on load."""
import copy
import json

import pycountry
import pytest

from kzeu_extract import extract
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.knowledge import geo
from kzeu_extract.knowledge.geo_files import CountriesFile, validate


def places(text, lang):
    record = extract(text, lang=lang)
    for place in record.places:
        for m in place.mentions:
            assert text[m.start:m.end] == m.text
    return {p.name: p for p in record.places}


@pytest.fixture(scope="module")
def world():
    return geo.load(data_dir())


@pytest.mark.parametrize("lang, text, name, code, geonames_id, qid", [
    ("en", "Senegal and Mauritania signed the accord.", "Senegal", "SN", 2245662, "Q1041"),
    ("fr", "Le Sénégal et la Mauritanie ont signé l'accord.", "Senegal", "SN", 2245662, "Q1041"),
    ("en", "Chile asked Peru to reopen the crossing.", "Chile", "CL", 3895114, "Q298"),
    ("fr", "Le Chili a demandé au Pérou de rouvrir la frontière.", "Peru", "PE", 3932488, "Q419"),
    ("en", "Officials from Kosovo attended the talks.", "Kosovo", "XK", 831053, "Q1246"),
    ("fr", "Une délégation de Taïwan était présente.", "Taiwan", "TW", 1668284, "Q865"),
    ("en", "The Holy See and Palestine signed a treaty.", "Palestine", "PS", 6254930, "Q219060"),
])
def test_country_records_carry_their_ids(lang, text, name, code, geonames_id, qid):
    place = places(text, lang)[name]
    assert (place.kind, place.country, place.geonames_id, place.wikidata) == ("country", code, geonames_id, qid)
    assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180


def test_country_coordinates_are_its_centre():
    chile = places("Chile and Bolivia met.", "en")["Chile"]
    assert -56 < chile.latitude < -17 and -76 < chile.longitude < -66


@pytest.mark.parametrize("lang, text, name, code, geonames_id, near", [
    ("fr", "Les ministres se sont retrouvés à Ouagadougou jeudi.", "Ouagadougou", "BF", 2357048, (12.37, -1.53)),
    ("en", "The envoys flew on to Nouakchott on Friday.", "Nouakchott", "MR", 2377450, (18.09, -15.98)),
    ("en", "The summit opened in Bishkek.", "Bishkek", "KG", 1528675, (42.87, 74.59)),
    ("fr", "Le sommet s'est ouvert à Niamey.", "Niamey", "NE", 2440485, (13.51, 2.11)),
])
def test_city_records_carry_geonames_id_and_coordinates(lang, text, name, code, geonames_id, near):
    city = places(text, lang)[name]
    assert (city.kind, city.country, city.geonames_id, city.wikidata) == ("city", code, geonames_id, None)
    assert abs(city.latitude - near[0]) < 0.1 and abs(city.longitude - near[1]) < 0.1


def test_every_country_has_ids(world):
    ids = world.countries.ids
    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    assert codes <= set(ids)
    with_qid = [code for code, row in ids.items() if row[3]]
    assert len(with_qid) >= 195   # every UN member and observer, Kosovo and Taiwan
    assert len({row[0] for row in ids.values()}) == len(ids)   # one GeoNames id each


def test_every_country_has_english_and_french_names(world):
    for code in ("SN", "CL", "XK", "TW", "VA", "PS", "KZ", "ZA"):
        assert world.country_name(code) != code and world.country_name(code, "fr") != code
    assert world.country_name("DE", "fr") == "Allemagne"
    assert world.adjective_to_code("sénégalaise") == "SN" and world.adjective_to_code("Chilean") == "CL"


# --- the checks on load -------------------------------------------------------------------

def _content():
    return json.loads((data_dir() / "geo_countries.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row, message", [
    ([1522867, 48.0, 68.0, "232"], "ids.KZ"),
    ([1522867, 48.0, 68.0, "Q0"], "ids.KZ"),
    (["1522867x", 48.0, 68.0, "Q232"], "ids.KZ"),
    ([1522867, 48.0], "ids.KZ"),
])
def test_bad_country_ids_name_the_file_and_the_country(row, message):
    content = copy.deepcopy(_content())
    content["geo_countries"]["ids"]["KZ"] = row
    with pytest.raises(DataError, match=message) as error:
        validate("data/geo_countries.json", content, CountriesFile)
    assert "geo_countries.json" in str(error.value)
