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
