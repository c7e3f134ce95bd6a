import pytest

from kzeu_extract.geo import adjective_to_code, country_code, country_name, name_key


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
