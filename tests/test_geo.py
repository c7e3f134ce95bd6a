import json

import pytest

from kzeu_extract.errors import DataError
from kzeu_extract.knowledge import geo as geo_module
from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.knowledge.geo_files import Inflection, inflect

GEO = load_knowledge().geo
adjective_to_code, country_code, country_name, name_key = GEO.adjective_to_code, GEO.country_code, \
    GEO.country_name, GEO.name_key


@pytest.mark.parametrize("name, code", [
    ("Kazakhstan", "KZ"), ("Republic of Kazakhstan", "KZ"), ("le Kazakhstan", "KZ"),
    ("KAZAKHSTAN", "KZ"), ("Kazakhstan’s", "KZ"), ("République du Kazakhstan", "KZ"),
    ("Belgique", "BE"), ("Kingdom of Belgium", "BE"), ("Russia", "RU"), ("Russie", "RU"),
    ("Russian Federation", "RU"), ("United States", "US"), ("USA", "US"), ("les États-Unis", "US"),
    ("Etats Unis", "US"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Turquie", "TR"),
    ("Allemagne", "DE"), ("the Netherlands", "NL"), ("Pays-Bas", "NL"), ("Royaume-Uni", "GB"),
    ("UK", "GB"), ("Ouzbékistan", "UZ"), ("Kirghizistan", "KG"), ("South Korea", "KR"),
    ("Corée du Sud", "KR"), ("Korea", "KR"), ("Iran", "IR"), ("République islamique d'Iran", "IR"),
    ("Syria", "SY"), ("Syrie", "SY"), ("Moldavie", "MD"), ("Viet Nam", "VN"), ("Vietnam", "VN"),
    # adjectives and demonyms
    ("Kazakh", "KZ"), ("kazakh", "KZ"), ("kazakhstanais", "KZ"), ("Kazakhstani", "KZ"),
    ("kazakhe", "KZ"), ("Belgian", "BE"), ("belge", "BE"), ("belges", "BE"), ("French", "FR"),
    ("français", "FR"), ("française", "FR"), ("italiennes", "IT"), ("Uzbeks", "UZ"),
])
def test_country_code(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["européen", "European", "Europe", "Central Asia", "Genève",
                                  "Congo", "", "Tokayev", "Union européenne"])
def test_not_a_country(name):
    assert country_code(name) is None


def test_adjective_to_code_only_takes_adjectives():
    assert adjective_to_code("Kazakh") == "KZ"
    assert adjective_to_code("ukrainienne") == "UA"
    assert adjective_to_code("Kazakhstan") is None


@pytest.mark.parametrize("code, lang, name", [
    ("KZ", "en", "Kazakhstan"), ("BE", "fr", "Belgique"), ("RU", "en", "Russia"),
    ("RU", "fr", "Russie"), ("US", "en", "United States"), ("kr", "en", "South Korea"),
    ("DE", "xx", "Germany"), ("ZZ", "en", "ZZ"),
])
def test_country_name(code, lang, name):
    assert country_name(code, lang) == name


def test_name_key_drops_article_possessive_and_punctuation():
    assert name_key("L’Union européenne") == "union europeenne"
    assert name_key("Nur-Sultan's") == "nur sultan"
    assert name_key("U.S.") == "u s"


@pytest.mark.parametrize("word, code", [
    ("Ghanaian", "GH"), ("ghanéenne", "GH"), ("Kenyan", "KE"), ("kényan", "KE"), ("kényanes", "KE"),
    ("Kenyans", "KE"), ("Emirati", "AE"), ("émirien", "AE"), ("émiriennes", "AE"), ("Bhutanese", "BT"),
    ("malgache", "MG"), ("Kosovar", "XK"), ("Congolese", None), ("French", "FR"),
])
def test_demonyms_of_every_country(word, code):
    assert country_code(word) == code


def test_every_country_has_a_demonym_in_both_languages():
    import pycountry
    demonyms = GEO.countries.demonyms
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in demonyms]
    assert len(missing) <= 12   # a few uninhabited territories and shared forms only


def test_city_lookup():
    city = GEO.city
    assert city("Jeddah")["country"] == "SA"
    assert city("nairobi", "KE")["capital"] is True
    assert city("Nairobi", "FR") is None
    assert city("Reading") is None          # a common word, dropped when the data was built


def test_the_transitional_functions_are_the_installed_knowledge():
    assert geo_module.country_code("Belgique") == GEO.country_code("Belgique") == "BE"
    assert geo_module.country_name("BE", "fr") == "Belgique"
    assert geo_module.city_rows() is GEO.city_rows()


@pytest.mark.parametrize("word, forms, expected", [
    ("Ruritanian", [Inflection(name="plural", keep_after=["s", "ese"], add="s")], ["Ruritanian", "Ruritanians"]),
    ("Pekinese", [Inflection(name="plural", keep_after=["s", "ese"], add="s")], ["Pekinese"]),
    ("syldave", [Inflection(name="f", keep_after=["e"], add_after={"ien": "ne"}, add="e"),
                 Inflection(name="fp", of="f", add="s")], ["syldave", "syldaves"]),
    ("bordurien", [Inflection(name="f", keep_after=["e"], add_after={"ien": "ne"}, add="e"),
                   Inflection(name="fp", of="f", add="s")], ["bordurien", "bordurienne", "borduriennes"]),
])
def test_inflected_forms_come_from_the_pack_rules(word, forms, expected):
    assert inflect(word, forms) == expected


def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")


def _tiny_folder(folder, rows=None):
    """A knowledge folder with one country alias, two cities and a pack naming countries in German."""
    _write(folder / "geo_countries.json", {"geo_countries": {
        "canonical_language": "en", "aliases": {"DE": ["Teutonia"]}, "short_names": {}, "not_names": [],
        "adjectives": {"DE": {"xx": ["deutsch"]}}, "demonyms": {}}})
    _write(folder / "geo_cities.json", {"geo_cities": {
        "min_population": 1, "columns": list(geo_module.CITY_FIELDS),
        "rows": rows or [[1, "Nowhere Falls", "DE", 50.5, 7, 1000, 0, 0, []],
                         [2, "Elsewhere", "FR", 45, 3.25, 2000, 1, 0, ["Ailleurs"]]]}})
    _write(folder / "places.json", {"places": {"cities": [], "regions": [], "former_countries": [],
                                               "skip_names": [], "official_residences": []}})
    _write(folder / "lang" / "xx" / "pack.json", {"code": "xx", "name": "Test"})
    _write(folder / "lang" / "xx" / "places.json", {"countries": {
        "names_locale": "de", "articles": ["die"],
        "adjective_forms": [{"name": "e", "add": "e"}]}})
    return folder


def test_a_fixture_folder_gives_its_own_geo(tmp_path):
    geo = geo_module.load(_tiny_folder(tmp_path))
    assert geo.city("Ailleurs")["name"] == "Elsewhere" and geo.city("Jeddah") is None
    assert geo.city("nowhere falls")["longitude"] == 7
    assert geo.country_code("Teutonia") == "DE"
    # which languages name countries is data: the fixture pack's locale gives German names
    assert geo.country_code("die Schweiz") == "CH" and geo.country_code("Belgien") == "BE"
    assert geo.country_name("US", "xx") == "Vereinigte Staaten"
    assert geo.adjective_to_code("deutsche") == "DE"


def test_a_corrupted_geo_file_names_file_key_and_entry(tmp_path):
    _tiny_folder(tmp_path, rows=[[1, "Nowhere Falls", "DE", "north", 7, 1000, 0, 0, []]])
    with pytest.raises(DataError, match=r"geo_cities\.json: at geo_cities\.rows\.0\.3.*entry \"north\""):
        geo_module.load(tmp_path)


def test_a_corrupted_pack_section_is_named(tmp_path):
    _tiny_folder(tmp_path)
    _write(tmp_path / "lang" / "xx" / "places.json", {"countries": {"names_locale": "de", "article": ["die"]}})
    with pytest.raises(DataError, match=r"xx/places\.json at countries: at article: Extra inputs"):
        geo_module.load(tmp_path)
