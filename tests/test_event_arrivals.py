"""Arrivals with a date between the verb and the place ("arrived on Thursday, 20 February, in
Nairobi", "est arrivé jeudi 20 février, à Dakar"): a visit to that place (issue 14)."""
import pytest

from kzeu_extract import extract


@pytest.mark.parametrize("text, lang, visitor, place", [
    ("Minister Ana Ruiz arrived on Thursday, 20 February, in Nairobi for a two-day visit.",
     "en", "Ana Ruiz", "Nairobi"),
    ("Foreign Secretary Tom Hale arrived late on Sunday in Hanoi.", "en", "Tom Hale", "Hanoi"),
    ("Le ministre Paul Martin est arrivé jeudi 20 février, à Dakar, pour une visite de deux jours.",
     "fr", "Paul Martin", "Dakar"),
    ("La ministre Claire Dubois est arrivée hier soir à Lomé.", "fr", "Claire Dubois", "Lomé"),
])
def test_an_arrival_with_a_date_before_the_place_is_a_visit_there(text, lang, visitor, place):
    record = extract(text, lang=lang)
    visits = [e for e in record.events if e.type == "visit"]
    assert [(e.participants, e.location) for e in visits] == [([visitor], place)]


@pytest.mark.parametrize("text, lang", [
    ("The parcel arrived on Monday, 3 March, in Lyon.", "en"),
    ("Le colis est arrivé lundi 3 mars, à Lyon.", "fr"),
])
def test_an_arrival_of_no_one_is_no_event(text, lang):
    assert extract(text, lang=lang).events == []
