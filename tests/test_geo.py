
import pytest

from kzeu_extract.knowledge import load_knowledge

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
