"""Events: more date rules drawn from real articles, on invented sentences in English and
French with negative cases: a journey dated by its end is of its arrival day, and a date in
brackets glossing a word of the trigger's clause ("arrived last night (Thursday)") is the
trigger's."""
from record_helpers import events


def _dates(found, person: str, kind: str = "visit") -> list[str | None]:
    return [e.date for e in found if e.type == kind and person in e.participants]


# --- a journey dated by its end is of its arrival day -----------------------------------------

def test_a_visit_dated_by_its_end_takes_the_arrival_day_of_the_next_sentence():
    text = ("date 2021-06-12 President Tomas Varga left Lusaka on Saturday 12 June 2021 at the end of "
            "a state visit to Zambia.\n\nHe had arrived on Thursday 10 June 2021 and was welcomed at the "
            "airport by the vice-president.")
    assert _dates(events(text), "Tomas Varga") == ["2021-06-10"]


def test_french_a_visit_dated_by_its_end_takes_the_arrival_day():
    text = ("Le président Rémi Kaboré, au terme d'une visite officielle au Ghana, a quitté Accra "
            "dimanche 14 mars 2021.\nArrivé vendredi 12 mars 2021 dans la capitale ghanéenne, le chef de "
            "l'Etat a été accueilli par son homologue.")
    assert _dates(events(text, lang="fr"), "Rémi Kaboré") == ["2021-03-12"]


def test_a_visit_dated_by_its_end_with_no_arrival_named_keeps_its_end_day():
    text = ("Le président Rémi Kaboré, au terme d'une visite officielle au Ghana, a quitté Accra "
            "dimanche 14 mars 2021.\nLe chef de l'Etat a été raccompagné par son homologue.")
    assert _dates(events(text, lang="fr"), "Rémi Kaboré") == ["2021-03-14"]


def test_an_arrival_weeks_before_the_end_is_not_the_visit_s_first_day():
    text = ("date 2021-06-12 President Tomas Varga left Lusaka on 12 June 2021 at the end of a state "
            "visit to Zambia.\n\nHis delegation had arrived on 1 May 2021 to prepare the talks.")
    assert _dates(events(text), "Tomas Varga") == ["2021-06-12"]


def test_a_visit_not_dated_by_its_end_keeps_its_own_date():
    text = ("date 2021-06-12 President Tomas Varga began a state visit to Zambia on 12 June 2021.\n\n"
            "His advisers arrived on 10 June 2021 to prepare the talks.")
    assert _dates(events(text), "Tomas Varga") == ["2021-06-12"]


# --- a bracketed date glossing a word of the clause --------------------------------------------

def test_french_a_bracketed_weekday_dates_the_arrival_not_the_meeting_only():
    text = ("date 2021-09-10 Le ministre Paulo Serra a achevé sa tournée régionale.\n\n"
            "Arrivé au Sénégal hier soir (jeudi), Paulo Serra a rencontré le Premier ministre Amadou Ba.")
    found = events(text, lang="fr")
    assert _dates(found, "Paulo Serra") == ["2021-09-09"]


def test_english_a_bracketed_weekday_dates_the_arrival():
    text = ("date 2021-09-10 Minister Paulo Serra ended his regional tour.\n\n"
            "Arriving in Senegal late last night (Thursday), Paulo Serra met Prime Minister Karim Diouf.")
    found = events(text)
    assert _dates(found, "Paulo Serra") == ["2021-09-09"]
    assert _dates(found, "Karim Diouf", "meeting") == ["2021-09-09"]


def test_a_bracketed_date_after_a_clause_break_is_not_the_earlier_trigger_s():
    text = ("date 2021-09-10 Arrivé au Sénégal, le ministre Paulo Serra a déclaré (jeudi) que le "
            "partenariat était solide, puis il a rencontré Amadou Ba.")
    found = events(text, lang="fr")
    assert "2021-09-09" not in _dates(found, "Paulo Serra")
