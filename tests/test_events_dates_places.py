"""Events: each event's own date and place (issue 14), on invented sentences in English and
French, with negative cases."""
from record_helpers import events, meetings


def visits(found):
    return [e for e in found if e.type == "visit"]


# --- a date in the trigger's own clause is its date, even with another trigger nearer ------

def test_a_date_in_the_visit_clause_dates_the_visit_before_a_purpose_clause():
    found = events("Minister Ana Lopes will visit Peru on 11 June 2024, to meet with President Diego Morel.")
    assert [v.date for v in visits(found)] == ["2024-06-11"]


def test_french_a_date_in_the_visit_clause_dates_the_visit():
    found = events("La ministre Ana Lopes effectuera une visite au Pérou le 11 juin 2024, pour rencontrer "
                   "le président Diego Morel.", lang="fr")
    assert [v.date for v in visits(found)] == ["2024-06-11"]


def test_a_date_past_a_clause_break_is_not_the_earlier_visit_s():
    found = events("Minister Ana Lopes will visit Peru next month, and on 11 June 2024 she will meet "
                   "with President Diego Morel.")
    assert [v.date for v in visits(found)] != ["2024-06-11"]


# --- a place opening the sentence is where its events happen -----------------------------

def test_a_place_opening_the_sentence_is_the_meeting_s_place():
    found = events("In Lima, Minister Ana Lopes held talks with President Diego Morel and "
                   "Foreign Minister Rosa Quispe.")
    assert {e.location for e in found if e.type == "meeting"} == {"Lima"}


def test_french_a_place_opening_the_sentence_is_the_meeting_s_place():
    found = events("À Dakar, la ministre Ana Lopes s'est entretenue avec le président Diego Morel.", lang="fr")
    assert [e.location for e in found if e.type == "meeting"] == ["Dakar"]


def test_a_place_inside_the_subject_is_not_the_meeting_s_place():
    found = events("Minister Ana Lopes, who studied in Lima, met President Diego Morel on Monday.")
    assert [e.location for e in found if e.type == "meeting"] == [None]


# --- an announced event takes the later date of its sentence, not the announcement's day -----

def test_an_announced_meeting_takes_the_later_date_not_today():
    found = events("Chancellor Ines Varga today announced that she will meet with President Tomas Rudd "
                   "and Prime Minister Omar Castell at the regional summit in Oslo on 12 June 2023.")
    assert [e.date for e in found if e.type == "meeting"] == ["2023-06-12"]


def test_french_an_announced_meeting_takes_the_later_date_not_today():
    found = events("La chancelière Ines Varga a annoncé aujourd'hui qu'elle rencontrera le président Tomas Rudd "
                   "au sommet régional d'Oslo le 12 juin 2023.", lang="fr")
    assert [e.date for e in found if e.type == "meeting"] == ["2023-06-12"]


def test_a_held_meeting_keeps_its_own_day_before_a_later_date():
    found = events("Chancellor Ines Varga met President Tomas Rudd in Oslo on 8 May 2023, "
                   "ahead of the regional summit on 12 June 2023.")
    assert [e.date for e in found if e.type == "meeting"] == ["2023-05-08"]


# --- a date opening the sentence dates each of its events with no date of its own ---------

def test_a_date_opening_the_sentence_dates_the_visit_of_the_relative_clause():
    found = events("On 6 October 2022, Prime Minister Ana Lopes held a summit meeting with President "
                   "Diego Morel of Peru, who paid an official visit to Japan.")
    assert [v.date for v in visits(found)] == ["2022-10-06"]


def test_french_a_date_opening_the_sentence_dates_the_visit_of_the_relative_clause():
    found = events("Le 6 octobre 2022, la Première ministre Ana Lopes s'est entretenue avec le président "
                   "Diego Morel, qui effectuait une visite officielle au Japon.", lang="fr")
    assert [v.date for v in visits(found)] == ["2022-10-06"]


def test_a_later_event_with_its_own_date_keeps_it():
    found = events("On 6 October 2022, Prime Minister Ana Lopes held talks with President Diego Morel, "
                   "who will pay an official visit to Japan in March 2023.")
    assert [v.date for v in visits(found)] == ["2023-03"]


def test_a_place_after_an_opening_date_is_the_meeting_s_place():
    found = events("On 7 December 2015, in Brussels, Foreign Minister Ana Lopes met Diego Morel.")
    assert [(e.date, e.location) for e in found if e.type == "meeting"] == [("2015-12-07", "Brussels")]


def test_french_a_place_after_an_opening_date_is_the_meeting_s_place():
    found = events("Le 7 décembre 2015, à Bruxelles, la ministre Ana Lopes a rencontré Diego Morel.", lang="fr")
    assert [(e.date, e.location) for e in found if e.type == "meeting"] == [("2015-12-07", "Brussels")]


def test_a_place_after_a_clause_opening_the_sentence_is_not_the_meeting_s():
    found = events("After the floods in Brussels, Foreign Minister Ana Lopes met Diego Morel on Monday.")
    assert [e.location for e in found if e.type == "meeting"] == [None]


def test_a_place_before_a_colon_opening_the_sentence_is_the_meeting_s_place():
    found = events("Lima: President Diego Morel received Foreign Minister Ana Lopes, who is on a working visit.")
    assert [e.location for e in found if e.type == "meeting"] == ["Lima"]


def test_french_a_place_before_a_colon_opening_the_sentence_is_the_meeting_s_place():
    found = events("Dakar : le président Diego Morel a reçu la ministre Ana Lopes.", lang="fr")
    assert [e.location for e in found if e.type == "meeting"] == ["Dakar"]


def test_the_clause_s_own_place_wins_over_the_opening_one():
    found = events("Lima: President Diego Morel met Foreign Minister Ana Lopes in Oslo on Monday.")
    assert [e.location for e in found if e.type == "meeting"] == ["Oslo"]


# --- a visit to a venue named with its town is a visit to the town ----------------------

def test_a_visit_to_a_venue_in_a_city_is_to_the_city():
    found = events("President Diego Morel received the visiting envoy Ana Lopes at State House in Nairobi.")
    assert [v.location for v in visits(found)] == ["Nairobi"]


def test_french_a_visit_to_a_venue_in_a_city_is_to_the_city():
    found = events("L'envoyée Ana Lopes est arrivée au palais de l'Élysée, à Paris.", lang="fr")
    assert [v.location for v in visits(found)] == ["Paris"]


def test_a_venue_with_no_town_after_it_stays_the_visit_s_place():
    found = events("Envoy Ana Lopes arrived at State House on Monday, then met President Diego Morel in Nairobi.")
    assert [v.location for v in visits(found)] == ["State House"]


# --- a meeting with no place of its own is at the destination of its sentence's journey ---

def test_a_meeting_after_a_journey_of_its_sentence_is_at_the_destination():
    found = events("On Wednesday, Australia's top diplomat will travel to Dili, where she will meet "
                   "President Diego Morel and Prime Minister Rosa Quispe.")
    assert [e.location for e in found if e.type == "meeting"] == ["Dili"]


def test_french_a_meeting_after_a_journey_of_its_sentence_is_at_the_destination():
    found = events("Mercredi, la cheffe de la diplomatie australienne se rendra à Dili, où elle rencontrera "
                   "le président Diego Morel et la Première ministre Rosa Quispe.", lang="fr")
    assert [e.location for e in found if e.type == "meeting"] == ["Dili"]


def test_a_meeting_before_leaving_is_not_at_the_next_destination():
    found = events("On Wednesday, Australia's top diplomat will meet President Diego Morel and Prime Minister "
                   "Rosa Quispe in the morning, before she travels to Dili.")
    assert [e.location for e in found if e.type == "meeting"] == [None]


# --- a bracketed place and date after the trigger, as a dateline ------------------------

def test_a_bracketed_place_and_date_are_the_meeting_s():
    found = events("Talks between Foreign Minister Ana Lopes and Diego Morel, Minister of Trade of Peru (Oslo, 8 May 2023)")
    assert [(e.location, e.date) for e in found if e.type == "meeting"] == [("Oslo", "2023-05-08")]


def test_french_a_bracketed_place_and_date_are_the_meeting_s():
    found = events("Entretien de Ana Lopes avec M. Diego Morel, ministre du commerce du Pérou (Oslo, 8 mai 2023)",
                   lang="fr")
    assert [(e.location, e.date) for e in found if e.type == "meeting"] == [("Oslo", "2023-05-08")]


def test_a_bracketed_place_with_no_date_is_not_the_meeting_s():
    found = events("Foreign Minister Ana Lopes met Diego Morel, Minister of Trade of Peru (Lima, its capital) on Monday.")
    assert [e.location for e in found if e.type == "meeting"] == [None]


# --- the preposition a journey trigger ends with governs the place after an article -------

def test_arrived_at_the_venue_is_a_visit_to_the_venue():
    found = events("Envoy Ana Lopes arrived at the Elysée Palace on Monday.")
    assert [v.location for v in visits(found)] == ["Elysée Palace"]


def test_french_arrived_at_the_venue_is_a_visit_to_the_venue():
    found = events("L'envoyée Ana Lopes est arrivée au palais de l'Élysée lundi.", lang="fr")
    assert [v.location for v in visits(found)] == ["palais de l'Élysée"]


def test_a_place_in_a_noun_phrase_after_the_visit_is_not_its_destination():
    found = events("Envoy Ana Lopes visited the embassy of France on Monday.")
    assert [v.location for v in visits(found)] == [None]
