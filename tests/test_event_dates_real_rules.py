"""Events: the date rules of issue 14 drawn from real articles (a body meeting with no date
of its own is of the lead's day, "until"/"since" dates bound a stay, a visitor's programme
goes on day by day), on invented sentences in English and French, with negative cases."""
from record_helpers import events


def _dates_with(found, person: str, kind: str = "meeting") -> list[str | None]:
    return [e.date for e in found if e.type == kind and person in e.participants]


# --- an undated body meeting is of the day the lead reports --------------------------------

LEAD_EN = ("date 2024-03-14 President Amara Diallo has met the ambassador of Norway, Jonas Berg, "
           "at the State House in Accra.\n\nDiallo said trade between the two countries was growing.\n\n"
           "The president said Ghana wanted more investment in farming and in solar power.\n\n")


def test_an_undated_body_meeting_takes_the_lead_s_day():
    found = events(LEAD_EN + "Diallo also held talks with the ambassador of Italy, Lucia Ferro.")
    assert _dates_with(found, "Lucia Ferro") == ["2024-03-14"]


def test_a_pluperfect_body_meeting_is_not_of_the_lead_s_day():
    found = events(LEAD_EN + "Diallo had held talks with the ambassador of Italy, Lucia Ferro.")
    assert "2024-03-14" not in _dates_with(found, "Lucia Ferro")


def test_a_body_meeting_with_its_own_date_keeps_it():
    found = events(LEAD_EN + "On 2 February 2024, Diallo held talks with the ambassador of Italy, Lucia Ferro.")
    assert _dates_with(found, "Lucia Ferro") == ["2024-02-02"]


def test_the_lead_s_weekday_is_the_day_of_the_body_meeting_not_the_document_date():
    text = ("date 2024-03-14 Foreign Minister Amara Diallo said on Wednesday in Rome that ties with Italy "
            "were strong.\n\nThe minister spoke to reporters after a lunch in the city.\n\n"
            "He said that his talks with Lucia Ferro had covered trade and migration.\n\n"
            "Diallo also held talks with Ambassador Marco Bellini on the future of the partnership.")
    found = events(text)
    assert _dates_with(found, "Marco Bellini") == ["2024-03-13"]


LEAD_FR = ("date 2024-03-14 Le président Amara Diallo a reçu l'ambassadeur de Norvège, Jonas Berg, "
           "au palais présidentiel d'Accra.\n\nM. Diallo a dit que les échanges entre les deux pays "
           "progressaient.\n\nLe président a indiqué que le Ghana souhaitait davantage d'investissements.\n\n")


def test_french_an_undated_body_meeting_takes_the_lead_s_day():
    found = events(LEAD_FR + "M. Diallo s'est ensuite entretenu avec l'ambassadrice d'Italie, Lucia Ferro.",
                   lang="fr")
    assert _dates_with(found, "Lucia Ferro") == ["2024-03-14"]


def test_french_a_pluperfect_body_meeting_is_not_of_the_lead_s_day():
    found = events(LEAD_FR + "M. Diallo s'était entretenu avec l'ambassadrice d'Italie, Lucia Ferro.",
                   lang="fr")
    assert "2024-03-14" not in _dates_with(found, "Lucia Ferro")


def test_a_planned_body_meeting_is_not_of_the_lead_s_day():
    found = events(LEAD_EN + "Diallo will hold talks with the ambassador of Italy, Lucia Ferro.")
    assert "2024-03-14" not in _dates_with(found, "Lucia Ferro")


# --- "until" / "since": a date bounding a stay or a state is not the event's ---------------

def test_a_date_after_until_is_not_the_next_visit_s():
    found = events("Foreign Minister Rosa Quispe is scheduled to stay in Lima until 25 May 2023, "
                   "then visit Ecuador and Colombia.")
    assert "2023-05-25" not in _dates_with(found, "Rosa Quispe", "visit")


def test_french_a_date_after_jusqu_au_is_not_the_next_visit_s():
    found = events("La ministre Rosa Quispe restera à Lima jusqu'au 25 mai 2023, puis se rendra en Équateur.",
                   lang="fr")
    assert "2023-05-25" not in _dates_with(found, "Rosa Quispe", "visit")


def test_french_a_date_after_depuis_is_not_the_meeting_s():
    found = events("Pour la première fois depuis l'élection de Paolo Rossi à la présidence le 6 mai dernier, "
                   "le président Amara Diallo a rencontré Paolo Rossi à Rome.", lang="fr")
    assert "2023-05-06" not in _dates_with(found, "Amara Diallo")


def test_english_a_date_after_since_is_not_the_meeting_s():
    found = events("In the first such talks since the election of Paolo Rossi on 6 May 2023, "
                   "President Amara Diallo met Paolo Rossi in Rome.")
    assert "2023-05-06" not in _dates_with(found, "Amara Diallo")


def test_a_visit_inside_the_since_phrase_keeps_its_date():
    found = events("Ties have grown since the visit of President Amara Diallo to Rome on 6 May 2023.")
    assert _dates_with(found, "Amara Diallo", "visit") == ["2023-05-06"]


# --- a visitor's programme goes on day by day ----------------------------------------------

def test_the_second_day_of_a_visit_is_its_first_day_plus_one():
    text = ("Minister Ana Lopes arrived in Geneva on Monday, 3 March 2025.\n\n"
            "She met Ambassador Jonas Berg the same afternoon.\n\n"
            "On the second day of her visit, Lopes had breakfast with Director Lucia Ferro.\n\n"
            "She then met Marco Bellini, the head of the Red Cross.")
    found = events(text, date="2025-03-04")
    assert _dates_with(found, "Lucia Ferro") == ["2025-03-04"]
    assert _dates_with(found, "Marco Bellini") == ["2025-03-04"]
    assert _dates_with(found, "Jonas Berg") == ["2025-03-03"]


def test_french_the_second_day_of_a_visit_is_its_first_day_plus_one():
    text = ("La ministre Ana Lopes est arrivée à Genève le lundi 3 mars 2025.\n\n"
            "Elle a rencontré l'ambassadeur Jonas Berg.\n\n"
            "Mme Lopes a entamé la deuxième journée de sa visite par un petit déjeuner de travail avec "
            "Mme Lucia Ferro, directrice de l'institut.\n\n"
            "Elle a ensuite rencontré M. Marco Bellini, président de la Croix-Rouge.")
    found = events(text, date="2025-03-04", lang="fr")
    assert _dates_with(found, "Lucia Ferro") == ["2025-03-04"]
    assert _dates_with(found, "Marco Bellini") == ["2025-03-04"]
    assert _dates_with(found, "Jonas Berg") == ["2025-03-03"]


def test_a_day_of_the_week_words_without_a_visit_change_nothing():
    found = events("On the second day of the conference, Minister Ana Lopes met Director Lucia Ferro.",
                   date="2025-03-04")
    assert _dates_with(found, "Lucia Ferro") != ["2025-03-05"]


def test_a_day_named_during_the_visit_goes_on_in_the_programme():
    text = ("On 18 June, Minister Ana Lopes ended her two-day visit to Antalya.\n\n"
            "The day before, Lopes had represented Portugal at the regional summit.\n\n"
            "On the sidelines of the summit, Lopes met President Marco Bellini of Italy.")
    found = events(text, date="2023-06-19")
    assert _dates_with(found, "Marco Bellini") == ["2023-06-17"]


def test_french_a_day_named_during_the_visit_goes_on_in_the_programme():
    text = ("Le 18 juin, la ministre Ana Lopes a achevé sa visite de deux jours à Antalya.\n\n"
            "La veille, Mme Lopes avait représenté le Portugal lors du sommet régional.\n\n"
            "En marge du sommet, Mme Lopes a rencontré le président italien Marco Bellini.")
    found = events(text, date="2023-06-19", lang="fr")
    assert _dates_with(found, "Marco Bellini") == ["2023-06-17"]


def test_a_background_date_far_from_the_visit_does_not_date_the_programme():
    text = ("On 18 June, Minister Ana Lopes ended her two-day visit to Antalya.\n\n"
            "Portugal and Turkey signed a trade treaty on 3 March 2019.\n\n"
            "During the visit, Lopes met President Marco Bellini of Italy.")
    found = events(text, date="2023-06-19")
    assert "2019-03-03" not in _dates_with(found, "Marco Bellini")


# --- no publication date: a bare weekday is read near the day the text named last ---------

def _undated(text: str, lang: str | None = None):
    from kzeu_extract import extract
    return extract(text, lang=lang)


def test_french_weekdays_of_a_dated_programme_without_a_publication_date():
    text = ("Le président Amara Diallo a effectué une visite officielle en Italie les 4 et 5 mars 2019. "
            "Lundi matin, il a été reçu par le président Marco Bellini. Mardi, M. Diallo a eu un entretien "
            "avec la maire de Rome, Lucia Ferro.")
    record = _undated(text, "fr")
    assert [(d.text, d.value) for d in record.dates if d.text in ("Lundi", "Mardi")] == [
        ("Lundi", "2019-03-04"), ("Mardi", "2019-03-05")]
    assert _dates_with(record.events, "Lucia Ferro") == ["2019-03-05"]


def test_english_a_weekday_near_a_named_day_without_a_publication_date():
    text = ("President Amara Diallo paid an official visit to Italy on 4-5 March 2019. On Tuesday he met "
            "Mayor Lucia Ferro of Rome.")
    record = _undated(text, "en")
    assert [d.value for d in record.dates if d.text == "Tuesday"] == ["2019-03-05"]


def test_a_weekday_far_from_any_named_day_stays_unresolved_without_a_publication_date():
    text = "President Amara Diallo said on Tuesday that he would meet Mayor Lucia Ferro of Rome."
    record = _undated(text, "en")
    assert [d.value for d in record.dates if d.text == "Tuesday"] in ([], [None])


# --- two triggers of one phrase share its date ----------------------------------------------

def test_french_se_rendre_en_visite_shares_the_date_after_it():
    text = ("Le Premier ministre Amara Diallo a hâte de se rendre en visite en Italie l'année prochaine, "
            "a déclaré le 27 décembre 2023 son ministre Marco Bellini.")
    record = _undated(text, "fr")
    assert "2024" in _dates_with(record.events, "Amara Diallo", "visit")


def test_english_travel_on_a_visit_shares_the_date_after_it():
    found = events("Prime Minister Amara Diallo will travel on a visit to Italy next year, his minister "
                   "Marco Bellini said.", date="2023-12-27")
    assert "2024" in _dates_with(found, "Amara Diallo", "visit")


# --- the event's own date expression wins -----------------------------------------------------

def test_a_range_dates_the_event_by_its_first_day():
    found = events("President Amara Diallo will visit Rome on 4-5 May to meet Prime Minister Marco Bellini.",
                   date="2024-03-10")
    assert {e.date for e in found} == {"2024-05-04"}


def test_french_a_range_dates_the_event_by_its_first_day():
    found = events("Le président Amara Diallo effectuera une visite à Rome les 4 et 5 mai pour rencontrer "
                   "le Premier ministre Marco Bellini.", date="2024-03-10", lang="fr")
    assert {e.date for e in found} == {"2024-05-04"}


def test_two_dates_of_one_sentence_that_are_no_range_keep_their_events():
    found = events("President Amara Diallo visited Rome on 4 May and met Prime Minister Marco Bellini "
                   "in Milan on 6 May.", date="2024-05-10")
    assert _dates_with(found, "Marco Bellini") == ["2024-05-06"]


def test_a_stated_weekday_wins_over_the_dateline_date():
    found = events("ROME, March 10 - President Amara Diallo met Prime Minister Marco Bellini on Thursday.",
                   date="2024-03-10")
    assert _dates_with(found, "Marco Bellini") == ["2024-03-07"]


def test_the_dateline_date_alone_dates_a_meeting_just_held():
    found = events("ROME, March 10 - President Amara Diallo met Prime Minister Marco Bellini.", date="2024-03-10")
    assert _dates_with(found, "Marco Bellini") == ["2024-03-10"]


def test_the_dateline_date_is_not_that_of_a_pluperfect_meeting():
    found = events("ROME, March 10 - President Amara Diallo had met Prime Minister Marco Bellini, who "
                   "visited Accra in January.", date="2024-03-10")
    assert _dates_with(found, "Marco Bellini") == [None]


def test_a_date_in_another_trigger_s_clause_is_not_the_meeting_s_own():
    found = events("President Amara Diallo, who arrived in Rome on Friday, met Prime Minister Marco Bellini "
                   "on Saturday.", date="2024-03-10")
    assert _dates_with(found, "Marco Bellini") == ["2024-03-09"]
    assert _dates_with(found, "Amara Diallo", "visit") == ["2024-03-08"]


def test_french_a_past_weekday_after_a_name_ending_like_a_future_verb():
    # "Amara" ends as "se rendra" does: a capitalised name is no future verb
    found = events("Le président Amara Diallo a rencontré jeudi le Premier ministre Marco Bellini à Rome.",
                   date="2024-03-10", lang="fr")
    assert _dates_with(found, "Marco Bellini") == ["2024-03-07"]


def test_french_a_future_verb_still_makes_the_weekday_ahead():
    found = events("Le président Amara Diallo rencontrera jeudi le Premier ministre Marco Bellini à Rome.",
                   date="2024-03-10", lang="fr")
    assert _dates_with(found, "Marco Bellini") == ["2024-03-14"]


def test_with_no_publication_date_nor_dated_lead_a_body_meeting_stays_undated():
    text = ("President Amara Diallo has met the ambassador of Norway, Jonas Berg, at the State House.\n\n"
            "Diallo said trade between the two countries was growing.\n\n"
            "The president said Ghana wanted more investment in farming and in solar power.\n\n"
            "Diallo also held talks with the ambassador of Italy, Lucia Ferro.")
    record = _undated(text, "en")
    assert _dates_with(record.events, "Lucia Ferro") == [None]


def test_a_caption_s_older_date_is_not_the_lead_s_day():
    text = ("date 2024-03-14 FILE PHOTO: President Amara Diallo speaks in Accra, Ghana, October 8, 2021.\n\n"
            "President Amara Diallo has met the ambassador of Norway, Jonas Berg, in Accra.\n\n"
            "Diallo said trade between the two countries was growing.\n\n"
            "Diallo also held talks with the ambassador of Italy, Lucia Ferro.")
    found = events(text, date="2024-03-14")
    assert _dates_with(found, "Lucia Ferro") == ["2024-03-14"]
