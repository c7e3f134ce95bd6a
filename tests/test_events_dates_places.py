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
