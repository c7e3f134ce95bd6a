"""Events: more place rules (issue 14, Place), on invented sentences in English and French,
with negative cases: a meeting during a visit to a country is in the visit's city when the
text names one."""
from record_helpers import events


def place_of(found, *people):
    """The location of the meeting whose participants include ``people``."""
    hits = [e for e in found if e.type == "meeting" and set(people) <= set(e.participants)]
    assert hits, found
    return hits[0].location


# --- the city over the country ---

def test_meeting_during_a_visit_to_a_country_is_in_the_city_of_the_arrival():
    found = events("President Tomas Varga arrived in Lisbon on Monday for a state visit to Portugal. "
                   "The visit is the first of a Hungarian head of state in ten years. "
                   "On Tuesday Varga held talks with Prime Minister Rui Gomes.")
    assert place_of(found, "Tomas Varga", "Rui Gomes") == "Lisbon"


def test_french_meeting_during_a_visit_to_a_country_takes_the_city_named():
    found = events("Le président Marc Dubois effectue une visite d'État au Maroc. Arrivé à Rabat, "
                   "il a été accueilli par le roi. "
                   "Le président Dubois a eu un entretien avec le Premier ministre Karim Alaoui.", lang="fr")
    assert place_of(found, "Marc Dubois", "Karim Alaoui") == "Rabat"


def test_the_country_stays_when_no_city_of_it_is_named():
    found = events("President Tomas Varga began a state visit to Portugal on Monday. "
                   "The visit is the first of a Hungarian head of state in ten years. "
                   "On Tuesday Varga held talks with Prime Minister Rui Gomes.")
    assert place_of(found, "Tomas Varga", "Rui Gomes") == "Portugal"


def test_the_country_stays_when_several_cities_of_it_are_named():
    found = events("President Tomas Varga began a state visit to Portugal on Monday, with stops in Lisbon and in Porto. "
                   "The visit is the first of a Hungarian head of state in ten years. "
                   "On Tuesday Varga held talks with Prime Minister Rui Gomes.")
    assert place_of(found, "Tomas Varga", "Rui Gomes") == "Portugal"


def test_french_a_city_of_another_country_does_not_replace_the_country():
    found = events("Le président Marc Dubois effectue une visite d'État au Maroc. Parti de Dakar, "
                   "il a été accueilli par le roi. "
                   "Le président Dubois a eu un entretien avec le Premier ministre Karim Alaoui.", lang="fr")
    assert place_of(found, "Marc Dubois", "Karim Alaoui") == "Morocco"


# --- a journey to several destinations: one visit per destination ---

def visits_of(found, person):
    return [(e.location, e.date) for e in found if e.type == "visit" and person in e.participants]


def test_a_listed_journey_is_one_visit_per_destination():
    found = events("Foreign Minister Ana Lopes will then visit Qatar, the United Arab Emirates and India.")
    assert [place for place, _ in visits_of(found, "Ana Lopes")] == ["Qatar", "United Arab Emirates", "India"]


def test_a_tour_of_several_countries_keeps_its_date_on_the_first_stop():
    found = events("On 4 June 2024 President Tomas Varga began a tour of Kenya, Uganda and Tanzania.")
    assert visits_of(found, "Tomas Varga") == [("Kenya", "2024-06-04"), ("Uganda", None), ("Tanzania", None)]


def test_a_date_tied_to_each_stop_dates_that_stop():
    found = events("Minister Ana Lopes will visit Fiji on 30 August 2024 and Samoa on 1 September 2024.")
    assert visits_of(found, "Ana Lopes") == [("Fiji", "2024-08-30"), ("Samoa", "2024-09-01")]


def test_french_se_rendra_puis_is_one_visit_per_destination():
    found = events("Le secrétaire général Paul Girard effectuera une visite au Sénégal, au Mali puis en Éthiopie.",
                   lang="fr")
    assert [place for place, _ in visits_of(found, "Paul Girard")] == ["Senegal", "Mali", "Ethiopia"]


def test_french_a_city_then_another_city():
    found = events("Le président Marc Dubois effectuera une visite à Dakar puis à Bamako.", lang="fr")
    assert [place for place, _ in visits_of(found, "Marc Dubois")] == ["Dakar", "Bamako"]


def test_a_city_and_its_country_is_one_visit():
    found = events("President Tomas Varga paid a visit to Paris, France, on Monday.")
    assert [place for place, _ in visits_of(found, "Tomas Varga")] == ["Paris"]


def test_french_a_city_and_its_country_is_one_visit():
    found = events("Le président Marc Dubois a effectué une visite à Lyon, en France, lundi.", lang="fr")
    assert [place for place, _ in visits_of(found, "Marc Dubois")] == ["Lyon"]


def test_a_city_and_an_apposition_naming_its_country_is_one_visit():
    found = events("President Tomas Varga visited Nairobi, the capital of Kenya, on Monday.")
    assert [place for place, _ in visits_of(found, "Tomas Varga")] == ["Nairobi"]


def test_a_visit_and_talks_is_one_place():
    found = events("The visit of President Tomas Varga to Brussels and the talks with Prime Minister Marc Dubois "
                   "were a success.")
    assert [place for place, _ in visits_of(found, "Tomas Varga")] == ["Brussels"]


def test_between_two_cities_names_no_destinations():
    found = events("President Tomas Varga travelled between Paris and Berlin on Monday.")
    assert [place for place, _ in visits_of(found, "Tomas Varga")] in ([], [None])


def test_a_later_meeting_of_a_listed_journey_is_at_its_first_stop():
    """(not at its last stop: the list was read last, the journey starts at its first)"""
    found = events("Minister Ana Lopes is set to visit Fiji and Samoa. "
                   "The relationship with both countries is important. "
                   "Lopes will meet Prime Minister Sitiveni Vaka.")
    assert place_of(found, "Ana Lopes", "Sitiveni Vaka") == "Fiji"


def test_french_a_later_meeting_of_a_listed_journey_is_at_its_first_stop():
    found = events("Le ministre Paul Girard doit se rendre au Sénégal puis au Mali. "
                   "La relation avec ces deux pays est importante. "
                   "M. Girard rencontrera le Premier ministre Amadou Sall.", lang="fr")
    assert place_of(found, "Paul Girard", "Amadou Sall") == "Senegal"
