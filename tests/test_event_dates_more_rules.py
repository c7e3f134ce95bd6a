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


# --- a date after a long object is the trigger's, not that of a nearer trigger after a comma ---

def test_a_date_after_a_long_object_with_an_abbreviation_is_the_trigger_s():
    text = ("MP Lara Novak told reporters, after talks with U.S. Special Envoy Daniel Pratt of the "
            "Bureau of Energy and Water Resources on March 7, that the government was ready "
            "to meet the donors.")
    found = events(text, date="2019-03-08")
    assert _dates(found, "Daniel Pratt", "meeting") == ["2019-03-07"]


def test_french_a_date_after_a_long_object_is_the_trigger_s():
    text = ("La députée Lara Novak a indiqué, après des entretiens avec l'envoyé spécial "
            "des É.-U. pour les questions régionales d'énergie et d'eau Daniel Pratt le 7 mars, que le "
            "gouvernement était prêt à rencontrer les bailleurs.")
    found = events(text, date="2019-03-08", lang="fr")
    assert _dates(found, "Daniel Pratt", "meeting") == ["2019-03-07"]


def test_a_far_date_after_a_relative_clause_is_not_the_trigger_s():
    text = ("date 2019-10-17 Le président Ilir Kastrati a effectué hier une visite officielle à Vaduz.\n\n"
            "Cette visite faisait suite à celle que le prince Hans Adler a effectuée en Albanie le 16 "
            "octobre 2018, au cours de laquelle il avait rencontré Ilir Kastrati et Edi Morina.")
    found = events(text, lang="fr")
    assert "2018-10-16" not in _dates(found, "Ilir Kastrati")


# --- an event during a journey is on the journey's date ----------------------------------------

def test_a_meeting_during_a_visit_takes_the_visit_s_date_after_it():
    text = ("date 2005-04-12 The spokesman said on April 12 that President Mikael Tamm is ready to meet "
            "Josef Brandt and Anton Keller in Tallinn during the visit of the U.S. President Harold Grant "
            "to Estonia on May 10.")
    found = events(text)
    assert _dates(found, "Josef Brandt", "meeting") == ["2005-05-10"]


def test_french_a_meeting_during_a_visit_takes_the_visit_s_date_after_it():
    text = ("date 2005-04-12 Le porte-parole a déclaré le 12 avril que le président Mikael Tamm "
            "rencontrera Josef Brandt à Tallinn lors de la visite du président Harold Grant en Estonie "
            "le 10 mai.")
    found = events(text, lang="fr")
    assert _dates(found, "Josef Brandt", "meeting") == ["2005-05-10"]


def test_a_meeting_before_a_visit_does_not_take_its_date():
    text = ("date 2005-04-12 The spokesman said on April 12 that President Mikael Tamm is ready to meet "
            "Josef Brandt in Tallinn ahead of the visit of President Harold Grant to Estonia on May 10.")
    found = events(text)
    assert "2005-05-10" not in _dates(found, "Josef Brandt", "meeting")


# --- an arrival with its date between the verb and the place is a visit on that date -----------

def test_french_an_arrival_dated_before_its_place_is_a_visit_on_that_date():
    text = ("Le ministre des Affaires étrangères, Marc Delorme, est arrivé jeudi 12 mars, à Dakar.\n"
            "Il a été accueilli par son homologue.")
    assert _dates(events(text, date="2020-03-13", lang="fr"), "Marc Delorme") == ["2020-03-12"]


def test_english_an_arrival_dated_before_its_place_is_a_visit_on_that_date():
    text = "Foreign Minister Marc Delorme arrived on Thursday 12 March in Dakar for talks on trade."
    assert _dates(events(text, date="2020-03-13"), "Marc Delorme") == ["2020-03-12"]



# --- an undated journey reported again is the journey of the visitor, not the day before ------

def test_french_a_visit_reported_again_keeps_the_arrival_day():
    text = ("Le ministre Paul Garnier est arrivé jeudi 20 février à Lima.\n\n"
            "Il a été accueilli par son homologue.\n\n"
            "Vendredi 21 février, Paul Garnier a rencontré le maire de Lima, Luis Quispe. "
            "Ce dernier l'a accompagné tout au long de ses visites.")
    assert _dates(events(text, date="2020-02-22", lang="fr"), "Paul Garnier") == ["2020-02-20"]


def test_english_a_visit_reported_again_keeps_the_arrival_day():
    text = ("Minister Paul Garnier arrived in Lima on Thursday 20 February.\n\n"
            "On Friday 21 February, Paul Garnier met the mayor of Lima, Luis Quispe. "
            "Quispe said that Paul Garnier's visit would strengthen ties.")
    assert _dates(events(text, date="2020-02-22"), "Paul Garnier") == ["2020-02-20"]


def test_french_an_indefinite_second_visit_is_another_journey():
    text = ("Le ministre Paul Garnier est arrivé jeudi 20 février à Lima.\n\n"
            "Il a été accueilli par son homologue.\n\n"
            "Vendredi 21 février, Paul Garnier a effectué une visite près de Cuzco.")
    assert sorted(_dates(events(text, date="2020-02-22", lang="fr"), "Paul Garnier")) == ["2020-02-20", "2020-02-21"]
