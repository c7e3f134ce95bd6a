"""kzeu_events on invented but realistic sentences, upstream results set by hand."""
import pytest

from events_fixtures import make_doc

ALIYEV = {"Ilham Aliyev": ["President of Azerbaijan Ilham Aliyev", "Ilham Aliyev", "the Azerbaijani President",
                           "Aliyev"]}
VDL = {"Ursula von der Leyen": ["European Commission President Ursula von der Leyen", "Ursula von der Leyen",
                                "von der Leyen"]}
MIRZIYOYEV = {"Shavkat Mirziyoyev": ["President of Uzbekistan Shavkat Mirziyoyev", "Shavkat Mirziyoyev",
                                     "the Head of State", "The Head of State", "le chef de l'État", "Mirziyoyev", "le Président ouzbek"]}
BORRELL = {"Josep Borrell": ["High Representative Josep Borrell", "Josep Borrell", "Borrell"]}
SCHOLZ = {"Olaf Scholz": ["Chancellor Olaf Scholz", "Olaf Scholz", "Scholz"]}
SAKHA = {"Rustam Sakha": ["Foreign Minister Rustam Sakha", "Rustam Sakha", "The Minister", "the Minister",
                          "le ministre"]}


def people(*tables):
    merged = {}
    for table in tables:
        merged.update(table)
    return merged


def events(text, **kw):
    return make_doc(text, **kw)._.kzeu_events


def one(text, **kw):
    found = events(text, **kw)
    assert len(found) == 1, found
    return found[0]


# --- trigger families, en and fr ---------------------------------------------------------

@pytest.mark.parametrize("text,lang,kind,mode", [
    ("Ilham Aliyev held talks with Ursula von der Leyen in Baku.", "en", "meeting", "in_person"),
    ("Ilham Aliyev met with Ursula von der Leyen on the sidelines of the forum.", "en", "meeting", "in_person"),
    ("Ilham Aliyev received Ursula von der Leyen at the presidential palace.", "en", "meeting", "in_person"),
    ("Ilham Aliyev had a bilateral meeting with Ursula von der Leyen.", "en", "meeting", "in_person"),
    ("Ilham Aliyev held a video conference with Ursula von der Leyen.", "en", "meeting", "virtual"),
    ("Ilham Aliyev and Ursula von der Leyen held a virtual meeting.", "en", "meeting", "virtual"),
    ("Ilham Aliyev held talks via video link with Ursula von der Leyen.", "en", "meeting", "virtual"),
    ("Ilham Aliyev had a telephone conversation with Ursula von der Leyen.", "en", "phone_call", "phone"),
    ("Ilham Aliyev spoke over the phone with Ursula von der Leyen.", "en", "phone_call", "phone"),
    ("Ilham Aliyev a rencontré Ursula von der Leyen à Bakou.", "fr", "meeting", "in_person"),
    ("Ilham Aliyev s'est entretenu avec Ursula von der Leyen.", "fr", "meeting", "in_person"),
    ("Ilham Aliyev a reçu Ursula von der Leyen au palais présidentiel.", "fr", "meeting", "in_person"),
    ("Des pourparlers ont eu lieu entre Ilham Aliyev et Ursula von der Leyen.", "fr", "meeting", "in_person"),
    ("Ilham Aliyev et Ursula von der Leyen ont tenu une visioconférence.", "fr", "meeting", "virtual"),
    ("Ilham Aliyev a eu un entretien téléphonique avec Ursula von der Leyen.", "fr", "phone_call", "phone"),
    ("Ilham Aliyev s’est entretenu par téléphone avec Ursula von der Leyen.", "fr", "phone_call", "phone"),
])
def test_meeting_and_phone_triggers(text, lang, kind, mode):
    event = one(text, people=people(ALIYEV, VDL), lang=lang)
    assert (event["type"], event["mode"]) == (kind, mode)
    assert set(event["participants"]) == {"Ilham Aliyev", "Ursula von der Leyen"}
    assert text[event["start"]:event["end"]] == event["text"]


@pytest.mark.parametrize("text,lang,place", [
    ("Olaf Scholz paid an official visit to Tashkent.", "en", "Tashkent"),
    ("Olaf Scholz visited Tashkent last spring.", "en", "Tashkent"),
    ("Olaf Scholz arrived in Tashkent on a working visit.", "en", "Tashkent"),
    ("Olaf Scholz a effectué une visite de travail à Tachkent.", "fr", "Tashkent"),
    ("Olaf Scholz a visité Tachkent.", "fr", "Tashkent"),
])
def test_visit_triggers(text, lang, place):
    event = one(text, people=SCHOLZ, places={"Tashkent": ["Tashkent", "Tachkent"]}, cities=["Tashkent"], lang=lang)
    assert event["type"] == "visit" and event["mode"] == "in_person"
    assert event["participants"] == ["Olaf Scholz"] and event["location"] == place


def test_visit_of_person_to_place():
    text = "They discussed the results of the state visit of Chancellor Olaf Scholz to Tashkent."
    event = one(text, people=SCHOLZ, places={"Tashkent": ["Tashkent"]})
    assert event["participants"] == ["Olaf Scholz"] and event["location"] == "Tashkent"


# --- participants by role, lists of counterparts -------------------------------------------

def test_role_mention_subject_and_previous_subject():
    text = ("Foreign Minister Rustam Sakha arrived in Vienna on a working visit. "
            "Namely, bilateral talks were held with High Representative Josep Borrell, "
            "Chancellor Olaf Scholz and President of Azerbaijan Ilham Aliyev, the ministry reports.")
    found = events(text, people=people(SAKHA, BORRELL, SCHOLZ, ALIYEV), places={"Vienna": ["Vienna"]},
                   cities=["Vienna"])
    assert found[0]["type"] == "visit" and found[0]["location"] == "Vienna"
    meetings = [e for e in found if e["type"] == "meeting"]
    assert [e["participants"] for e in meetings] == [
        ["Rustam Sakha", "Josep Borrell"], ["Rustam Sakha", "Olaf Scholz"], ["Rustam Sakha", "Ilham Aliyev"]]
    # Held during the visit: its place carries over.
    assert all(e["location"] == "Vienna" for e in meetings)


def test_two_counterparts_make_one_meeting():
    text = "They recalled the Head of State's negotiations with Chancellor Olaf Scholz and Josep Borrell."
    event = one(text, people=people(MIRZIYOYEV, SCHOLZ, BORRELL))
    assert event["participants"] == ["Shavkat Mirziyoyev", "Olaf Scholz", "Josep Borrell"]


def test_title_chain_is_not_a_participant():
    text = ("Rustam Sakha met Adviser to the Chancellor of Germany Olaf Scholz, "
            "the press service said.")
    event = one(text, people={**SAKHA, **SCHOLZ, "Angela Merkel": ["the Chancellor of Germany"]})
    assert event["participants"] == ["Rustam Sakha", "Olaf Scholz"]


def test_single_named_person_is_no_meeting():
    assert events("Josep Borrell held a briefing for journalists after the talks.", people=BORRELL) == []
    assert events("Josep Borrell spoke about the negotiations on the new agreement.", people=BORRELL) == []


# --- initiator ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,initiator", [
    ("Ilham Aliyev had a telephone conversation with Ursula von der Leyen. "
     "The telephone conversation was initiated by the European side.", "en", "European Union"),
    ("At Ursula von der Leyen's request, Ilham Aliyev held a phone call with her and Josep Borrell.", "en",
     "Ursula von der Leyen"),
    ("The meeting of Ilham Aliyev and Josep Borrell was held on the initiative of the Azerbaijani side.", "en",
     "Azerbaijan"),
    ("Ilham Aliyev a eu un entretien téléphonique avec Ursula von der Leyen à l'initiative de la partie "
     "européenne.", "fr", "European Union"),
    ("À la demande de Josep Borrell, Ilham Aliyev s'est entretenu avec lui et Ursula von der Leyen.", "fr",
     "Josep Borrell"),
])
def test_initiator(text, lang, initiator):
    found = events(text, people=people(ALIYEV, VDL, BORRELL), lang=lang)
    assert len(found) == 1
    assert found[0]["initiator"] == initiator


# --- dates and status ----------------------------------------------------------------------------

def test_dates_from_sentence_relative_and_lead():
    text = ("Ilham Aliyev has held a telephone conversation with Ursula von der Leyen.\n"
            "Ilham Aliyev recalled his talks with Josep Borrell on 3 March 2021.")
    found = events(text, people=people(ALIYEV, VDL, BORRELL), dates={"3 March 2021": "2021-03-03"},
                   document_date="2021-06-02")
    assert [(e["type"], e["date"]) for e in found] == [("phone_call", "2021-06-02"), ("meeting", "2021-03-03")]


@pytest.mark.parametrize("text,lang,kind,date", [
    # A meeting or call in a dated lead is the day's news, whatever the tense.
    ("Ilham Aliyev met Josep Borrell in Brussels.", "en", "meeting", "2021-06-02"),
    ("Ilham Aliyev received Josep Borrell at the presidential palace.", "en", "meeting", "2021-06-02"),
    ("Ilham Aliyev had a telephone conversation with Josep Borrell.", "en", "phone_call", "2021-06-02"),
    ("Ilham Aliyev a reçu Josep Borrell au palais présidentiel.", "fr", "meeting", "2021-06-02"),
    # ... unless a pluperfect puts it before the news.
    ("Ilham Aliyev had met Josep Borrell in Brussels.", "en", "meeting", None),
    ("Ilham Aliyev avait rencontré Josep Borrell à Bruxelles.", "fr", "meeting", None),
    ("Ilham Aliyev previously met Josep Borrell in Brussels.", "en", "meeting", None),
    ("Ilham Aliyev a déjà rencontré Josep Borrell à Bruxelles.", "fr", "meeting", None),
    # A visit lasts days: the simple past leaves its first day open ...
    ("Ilham Aliyev paid a working visit to Brussels.", "en", "visit", None),
    ("Ilham Aliyev effectua une visite de travail à Bruxelles.", "fr", "visit", None),
    # ... an ongoing stay or a present perfect is the document's day.
    ("Ilham Aliyev, who is in Brussels on an official visit, spoke to the press.", "en", "visit", "2021-06-02"),
    ("Ilham Aliyev is paying a working visit to Brussels.", "en", "visit", "2021-06-02"),
    ("Ilham Aliyev has paid a working visit to Brussels.", "en", "visit", "2021-06-02"),
    ("Ilham Aliyev est en visite officielle à Bruxelles.", "fr", "visit", "2021-06-02"),
])
def test_lead_events_take_the_document_date_by_type_and_tense(text, lang, kind, date):
    found = events(text, people=people(ALIYEV, BORRELL), places={"Brussels": ["Brussels", "Bruxelles"]},
                   cities=["Brussels"], document_date="2021-06-02", lang=lang)
    assert [(e["type"], e["date"]) for e in found] == [(kind, date)]


def test_a_lead_meeting_during_an_undated_visit_keeps_the_visit_date_unknown():
    text = ("Ilham Aliyev paid a working visit to Brussels.\n"
            "The talks were held with Josep Borrell and Ursula von der Leyen.")
    found = events(text, people=people(ALIYEV, BORRELL, VDL), places={"Brussels": ["Brussels"]},
                   cities=["Brussels"], document_date="2021-06-02")
    assert [e["date"] for e in found] == [None, None]


def test_meeting_during_a_dated_visit_takes_its_date():
    text = ("Josep Borrell a visité Bakou le 7 mars.\n"
            "Borrell a rencontré le Président azerbaïdjanais Ilham Aliyev.")
    found = events(text, lang="fr", people={**BORRELL, "Ilham Aliyev": ["le Président azerbaïdjanais Ilham Aliyev"]},
                   places={"Baku": ["Bakou"]}, cities=["Baku"], dates={"le 7 mars": "2022-03-07"})
    assert [(e["type"], e["date"], e["location"]) for e in found] == [
        ("visit", "2022-03-07", "Baku"), ("meeting", "2022-03-07", "Baku")]


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev and Josep Borrell agreed to hold the next meeting in Baku in April 2023.", "en"),
    ("Ilham Aliyev will pay an official visit to Brussels in April 2023.", "en"),
    ("Ilham Aliyev et Josep Borrell sont convenus de tenir la prochaine réunion en avril 2023.", "fr"),
])
def test_planned_events(text, lang):
    found = events(text, people=people(ALIYEV, BORRELL), lang=lang, document_date="2023-01-15",
                   dates={"April 2023": "2023-04", "avril 2023": "2023-04"}, places={"Brussels": ["Brussels"]})
    assert len(found) == 1
    assert found[0]["status"] == "planned" and found[0]["date"] == "2023-04"


@pytest.mark.parametrize("text,lang", [
    ("The parties agreed to hold the next meeting of the Cooperation Council in May 2024.", "en"),
    ("Les parties ont convenu de tenir la prochaine réunion du Conseil de coopération en mai 2024.", "fr"),
])
def test_planned_meeting_of_a_body_without_named_people_is_not_reported(text, lang):
    found = events(text, lang=lang, dates={"May 2024": "2024-05", "mai 2024": "2024-05"}, document_date="2024-01-10")
    assert found == []


def test_a_body_meeting_still_takes_the_details_said_of_it_without_becoming_a_persons_event():
    text = ("Ilham Aliyev held talks with Olaf Scholz in Bern on 3 May 2024. The parties agreed to hold the next "
            "meeting of the Cooperation Council in May 2025. The meeting will take place in Baku.")
    found = events(text, people=people(ALIYEV, SCHOLZ), dates={"3 May 2024": "2024-05-03", "May 2025": "2025-05"},
                   places={"Bern": ["Bern"], "Baku": ["Baku"]}, cities=["Bern", "Baku"], document_date="2024-05-03")
    assert [(e["status"], e["date"], e["location"]) for e in found] == [("held", "2024-05-03", "Bern")]


def test_earlier_event_referred_to_is_an_event_with_its_own_date():
    text = ("Mirziyoyev a remercié Josep Borrell pour son soutien exprimé lors des pourparlers virtuels "
            "tenus le 10 janvier.")
    event = one(text, lang="fr", people=people(MIRZIYOYEV, BORRELL), dates={"le 10 janvier": "2022-01-10"},
                document_date="2022-02-08")
    assert (event["type"], event["mode"], event["date"]) == ("meeting", "virtual", "2022-01-10")
    assert set(event["participants"]) == {"Shavkat Mirziyoyev", "Josep Borrell"}


# --- one event per interaction ---------------------------------------------------------------------

def test_repeated_reports_merge_into_the_first():
    text = ("The Head of State held talks with High Representative Josep Borrell.\n"
            "The virtual meeting was held on the initiative of the European side.\n"
            "During the conversation, the parties discussed regional security.\n"
            "Josep Borrell noted the usefulness of this virtual meeting.\n"
            "Following the talks, Mirziyoyev and Borrell agreed to stay in contact.")
    event = one(text, people=people(MIRZIYOYEV, BORRELL))
    assert event["mode"] == "virtual" and event["initiator"] == "European Union"
    assert event["start"] == 0 and event["text"].startswith("The Head of State held talks")


def test_repeated_counterparts_merge_into_per_counterpart_meetings():
    text = ("Rustam Sakha paid a working visit to Vienna.\n"
            "Bilateral talks were held with High Representative Josep Borrell and Chancellor Olaf Scholz.\n"
            "The talks with Josep Borrell focused on human rights.\n"
            "During the negotiations with Olaf Scholz, the Minister discussed trade.")
    found = events(text, people=people(SAKHA, BORRELL, SCHOLZ), places={"Vienna": ["Vienna"]})
    assert [(e["type"], e["participants"]) for e in found] == [
        ("visit", ["Rustam Sakha"]),
        ("meeting", ["Rustam Sakha", "Josep Borrell"]),
        ("meeting", ["Rustam Sakha", "Olaf Scholz"])]


def test_two_visits_at_different_dates_stay_apart():
    text = ("Olaf Scholz paid an official visit to Tashkent in May 2022.\n"
            "He recalled his first visit to Tashkent in November 2019.")
    found = events(text, people=SCHOLZ, places={"Tashkent": ["Tashkent"]},
                   dates={"May 2022": "2022-05", "November 2019": "2019-11"})
    assert [e["date"] for e in found] == ["2022-05", "2019-11"]


def test_triggers_inside_quotes_are_not_events():
    text = "“We held fruitful talks with Chancellor Olaf Scholz and Josep Borrell,” Ilham Aliyev said."
    start = text.index("We")
    quote = {"speaker": "Ilham Aliyev", "text": text[start:text.index("”")], "start": start,
             "end": text.index("”")}
    assert events(text, people=people(ALIYEV, SCHOLZ, BORRELL), quotes=[quote]) == []


def test_dateline_gives_the_location_of_an_in_person_meeting():
    text = "BAKU. AZERTAC - Ilham Aliyev received High Representative Josep Borrell."
    event = one(text, people=people(ALIYEV, BORRELL), places={"Baku": ["BAKU"]})
    assert event["location"] == "Baku"


def test_a_date_belongs_to_the_nearest_trigger():
    text = ("Rustam Sakha met Josep Borrell.\n"
            "The agreements reached during the official visit of Olaf Scholz in May 2019 were the main topic "
            "of the talks.")
    found = events(text, people=people(SAKHA, BORRELL, SCHOLZ), dates={"May 2019": "2019-05"})
    assert [(e["type"], e["date"]) for e in found] == [("meeting", None), ("visit", "2019-05")]


def test_visit_place_is_named_near_the_trigger():
    text = "During the visit, Olaf Scholz spoke about the situation in Kazakhstan."
    found = events(text, people=SCHOLZ, places={"Kazakhstan": ["Kazakhstan"]})
    assert [(e["participants"], e["location"]) for e in found] == [(["Olaf Scholz"], None)]


def test_possessive_pronoun_does_not_replace_named_people():
    text = ("Josep Borrell a visité Bakou.\n"
            "Mirziyoyev a remercié Ilham Aliyev pour son soutien lors des pourparlers tenus à Tachkent.")
    found = events(text, lang="fr", people=people(BORRELL, MIRZIYOYEV, ALIYEV))
    assert [sorted(e["participants"]) for e in found] == [["Josep Borrell"], ["Ilham Aliyev", "Shavkat Mirziyoyev"]]


@pytest.mark.parametrize("text", [
    "Ilham Aliyev received a letter from Josep Borrell on the eve of the summit.",
    "Ilham Aliyev a reçu un message de félicitations de Josep Borrell.",
])
def test_receiving_a_letter_is_no_meeting(text):
    assert events(text, people=people(ALIYEV, BORRELL), lang="fr" if " de " in text else "en") == []


def test_talks_between_name_everyone_and_the_purpose_is_not_a_counterpart():
    text = ("Rustam Sakha paid a visit to Vienna.\n"
            "Talks between Josep Borrell and Ilham Aliyev were held to discuss the visit of Olaf Scholz.")
    found = events(text, people=people(SAKHA, BORRELL, ALIYEV, SCHOLZ))
    meetings = [e["participants"] for e in found if e["type"] == "meeting"]
    assert meetings == [["Josep Borrell", "Ilham Aliyev"]]


def test_a_long_title_before_the_name_still_makes_it_the_subject_of_later_passives():
    text = ("VIENNA. Deputy Prime Minister and Minister of Foreign Affairs of Uzbekistan Rustam Sakha paid a "
            "working visit to Vienna.\n"
            "Talks were held with High Representative Josep Borrell, Chancellor Olaf Scholz and "
            "President of Azerbaijan Ilham Aliyev.")
    found = events(text, people={"Rustam Sakha": ["Rustam Sakha"], **BORRELL, **SCHOLZ, **ALIYEV})
    assert [e["participants"][0] for e in found] == ["Rustam Sakha"] * 4
    assert len({tuple(e["participants"]) for e in found}) == 4


def test_travel_plans_and_a_pronoun_for_the_person_named_earlier_in_the_sentence():
    text = ("Ilham Aliyev met with Josep Borrell in Baku.\n"
            "Borrell will also travel to Tashkent, where he will meet with President of Uzbekistan "
            "Shavkat Mirziyoyev.")
    found = events(text, people=people(ALIYEV, BORRELL, MIRZIYOYEV),
                   places={"Baku": ["Baku"], "Tashkent": ["Tashkent"]}, cities=["Baku", "Tashkent"])
    assert [(e["type"], e["status"], e["participants"], e["location"]) for e in found] == [
        ("meeting", "held", ["Ilham Aliyev", "Josep Borrell"], "Baku"),
        ("visit", "planned", ["Josep Borrell"], "Tashkent"),
        ("meeting", "planned", ["Josep Borrell", "Shavkat Mirziyoyev"], "Tashkent")]


# --- through the public API, with the real upstream components ------------------------------------

def test_extract_reports_events_end_to_end_in_french():
    from kzeu_extract import extract
    text = ("Le ministre des Affaires étrangères du Kazakhstan Mukhtar Tileuberdi a eu des entretiens avec la "
            "Haute représentante de l'Union européenne Kaja Kallas à Bruxelles le 3 février 2025.\n\n"
            "Au cours de la rencontre, les parties ont examiné l'état de la coopération. Mukhtar Tileuberdi a "
            "également rencontré le commissaire européen Jozef Síkela.")
    record = extract(text)
    got = [(e.type, e.date, sorted(e.participants)) for e in record.events]
    # the body meeting with no date of its own ("a également rencontré") is of the lead's day (issue 14)
    assert got == [("meeting", "2025-02-03", ["Kaja Kallas", "Mukhtar Tileuberdi"]),
                   ("meeting", "2025-02-03", ["Jozef Síkela", "Mukhtar Tileuberdi"])]
    assert record.events[0].location == "Brussels"
    for e in record.events:
        assert text[e.start:e.end] == e.text


def test_extract_reports_a_planned_visit_and_a_quote_end_to_end():
    from kzeu_extract import extract
    text = ("date 2023-06-15 ASTANA. KAZINFORM – Head of State Kassym-Jomart Tokayev received Minister of "
            "Foreign Affairs and Trade of Hungary Péter Szijjártó.\n\n"
            "Péter Szijjártó conveyed greetings from the Prime Minister of Hungary.\n\n"
            "“Hungary is an important partner of Kazakhstan in Europe,” the Head of State said. "
            "Viktor Orbán will pay an official visit to Kazakhstan in October 2023.")
    record = extract(text)
    got = [(e.type, e.status, e.date, e.participants, e.location) for e in record.events]
    assert got == [("meeting", "held", "2023-06-15", ["Kassym-Jomart Tokayev", "Péter Szijjártó"], "Astana"),
                   ("visit", "planned", "2023-10", ["Viktor Orbán"], "Kazakhstan")]
    assert [q.speaker for q in record.quotes] == ["Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("text,lang,kind,mode", [
    ("Ilham Aliyev spoke with European Commission President Ursula von der Leyen by phone.", "en",
     "phone_call", "phone"),
    ("Ilham Aliyev s'est entretenu avec Ursula von der Leyen par téléphone.", "fr", "phone_call", "phone"),
    ("Ilham Aliyev a accordé une audience à Ursula von der Leyen.", "fr", "meeting", "in_person"),
    ("Ilham Aliyev held talks with Ursula von der Leyen in the format of a videoconference.", "en",
     "meeting", "virtual"),
])
def test_mode_words_in_the_object_of_the_trigger(text, lang, kind, mode):
    event = one(text, people=people(ALIYEV, VDL), lang=lang)
    assert (event["type"], event["mode"]) == (kind, mode)


def test_welcoming_a_decision_is_no_meeting():
    assert events("Ilham Aliyev welcomed the decision of Ursula von der Leyen to open an office.",
                  people=people(ALIYEV, VDL)) == []


def test_a_previous_meeting_without_named_people_does_not_redate_the_reported_one():
    text = ("Ilham Aliyev has held talks with Josep Borrell.\n"
            "The previous meeting of the two leaders took place in 2019.\n"
            "The meeting was held at the request of the European side.")
    event = one(text, people=people(ALIYEV, BORRELL), dates={"2019": "2019"}, document_date="2023-03-01")
    assert (event["date"], event["initiator"]) == ("2023-03-01", "European Union")


def test_the_two_presidents_are_the_people_of_the_last_event():
    text = ("On 5 August, Ilham Aliyev had a phone call with Shavkat Mirziyoyev.\n"
            "The two presidents also met in Tashkent in June.")
    found = events(text, people=people(ALIYEV, MIRZIYOYEV), places={"Tashkent": ["Tashkent"]}, cities=["Tashkent"],
                   dates={"5 August": "2022-08-05", "June": "2022-06"})
    assert [(e["type"], e["date"], e["participants"], e["location"]) for e in found] == [
        ("phone_call", "2022-08-05", ["Ilham Aliyev", "Shavkat Mirziyoyev"], None),
        ("meeting", "2022-06", ["Ilham Aliyev", "Shavkat Mirziyoyev"], "Tashkent")]


def test_a_previous_visit_stays_apart_and_his_is_the_visitor():
    text = ("Le 20 mars 2024, Olaf Scholz a reçu Shavkat Mirziyoyev à Berlin.\n"
            "Il s'agit de la deuxième visite de Shavkat Mirziyoyev en Allemagne. "
            "Lors de sa précédente visite en octobre 2018, il avait rencontré Olaf Scholz à Berlin.")
    found = events(text, lang="fr", people=people(SCHOLZ, MIRZIYOYEV),
                   places={"Berlin": ["Berlin"], "Germany": ["Allemagne"]}, cities=["Berlin"],
                   dates={"Le 20 mars 2024": "2024-03-20", "octobre 2018": "2018-10"})
    assert [(e["type"], e["date"], e["participants"]) for e in found] == [
        ("meeting", "2024-03-20", ["Olaf Scholz", "Shavkat Mirziyoyev"]),
        ("visit", None, ["Shavkat Mirziyoyev"]),
        ("visit", "2018-10", ["Shavkat Mirziyoyev"]),
        ("meeting", "2018-10", ["Shavkat Mirziyoyev", "Olaf Scholz"])]


def test_hosted_by_names_no_meeting_of_its_own_and_visiting_is_a_visit():
    text = ("Ilham Aliyev met with Shavkat Mirziyoyev, who is visiting Baku, on the sidelines of the forum "
            "hosted by Josep Borrell.")
    found = events(text, people=people(ALIYEV, MIRZIYOYEV, BORRELL), places={"Baku": ["Baku"]})
    assert [(e["type"], e["participants"], e["location"]) for e in found] == [
        ("meeting", ["Ilham Aliyev", "Shavkat Mirziyoyev"], "Baku"),  # held where the guest is visiting
        ("visit", ["Shavkat Mirziyoyev"], "Baku")]


def test_the_sentence_subject_before_a_relative_clause_with_a_visit():
    text = ("Foreign Minister Rustam Sakha, who is on a working visit to Germany, held talks with "
            "Chancellor Olaf Scholz.")
    found = events(text, people=people(SAKHA, SCHOLZ), places={"Germany": ["Germany"]})
    assert [(e["type"], e["participants"]) for e in found] == [
        ("visit", ["Rustam Sakha"]), ("meeting", ["Rustam Sakha", "Olaf Scholz"])]


@pytest.mark.parametrize("text,lang,status,date", [
    # taking part in a summit is an event of its one named participant (gold: "at least one named person")
    ("Ilham Aliyev will attend the summit meeting in Astana in July 2024.", "en", "planned", "2024-07"),
    ("On Tuesday, July 17, the Azerbaijani President will take part in the second Central Asia – Azerbaijan "
     "summit in Astana.", "en", "planned", "2024-07-17"),
    ("Ilham Aliyev took part in the Organization of Turkic States summit in Astana in July 2024.", "en", "held",
     "2024-07"),
    ("Ilham Aliyev participera au sommet Asie centrale – Azerbaïdjan à Astana en juillet 2024.", "fr", "planned",
     "2024-07"),
    ("Le président azerbaïdjanais a pris part au sommet de l'OCS à Astana en juillet 2024.", "fr", "held", "2024-07"),
])
def test_one_person_taking_part_in_a_summit_is_a_meeting(text, lang, status, date):
    aliyev = {"Ilham Aliyev": ["Ilham Aliyev", "the Azerbaijani President", "Le président azerbaïdjanais"]}
    found = events(text, people=aliyev, lang=lang, places={"Astana": ["Astana"]}, cities=["Astana"],
                   dates={"July 2024": "2024-07", "juillet 2024": "2024-07", "Tuesday, July 17": "2024-07-17"},
                   document_date="2024-07-20" if status == "held" else "2024-01-10")
    assert [(e["type"], e["status"], e["date"], e["participants"], e["location"]) for e in found] == [
        ("meeting", status, date, ["Ilham Aliyev"], "Astana")]


@pytest.mark.parametrize("text", [
    "Ilham Aliyev discussed the preparations for the summit in Astana in July 2024.",
    "Ilham Aliyev will attend the opening of the new embassy in Astana in July 2024.",
])
def test_one_person_only_mentioning_a_summit_is_no_event(text):
    assert events(text, people=ALIYEV, dates={"July 2024": "2024-07"}, document_date="2024-01-10") == []


ROLE_LIST = {"Aigerim Bekova": ["Aigerim Bekova"], "Tomas Varga": ["Tomas Varga"],
             "Lina Horvat": ["Lina Horvat"], "Piotr Nowak": ["Piotr Nowak"]}


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz held a video conference with the Prime Ministers of the Visegrád Group: Aigerim Bekova "
     "of Slovakia, Tomas Varga of Hungary, Lina Horvat of Czechia and Piotr Nowak of Poland.", "en"),
    ("Olaf Scholz had a meeting with the heads of the delegations: Aigerim Bekova, Tomas Varga, "
     "Lina Horvat and Piotr Nowak.", "en"),
    ("Olaf Scholz a tenu une visioconférence avec les ministres des affaires étrangères d'Europe "
     "centrale : Aigerim Bekova de Slovaquie, Tomas Varga de Hongrie, Lina Horvat de Tchéquie et "
     "Piotr Nowak de Pologne.", "fr"),
])
def test_a_list_after_a_colon_is_the_object_and_one_occasion_is_one_event(text, lang):
    found = events(text, people=people(SCHOLZ, ROLE_LIST), lang=lang)
    assert [e["participants"] for e in found] == [
        ["Olaf Scholz", "Aigerim Bekova", "Tomas Varga", "Lina Horvat", "Piotr Nowak"]]


def test_a_list_of_counterparts_without_an_article_is_one_meeting_each():
    text = "Olaf Scholz met with Aigerim Bekova, Tomas Varga and Lina Horvat."
    found = events(text, people=people(SCHOLZ, ROLE_LIST))
    assert [e["participants"] for e in found] == [
        ["Olaf Scholz", "Aigerim Bekova"], ["Olaf Scholz", "Tomas Varga"], ["Olaf Scholz", "Lina Horvat"]]


def test_a_colon_after_a_named_counterpart_still_ends_the_object():
    text = "Olaf Scholz met with Aigerim Bekova: energy prices, Tomas Varga noted, were the main topic."
    found = events(text, people=people(SCHOLZ, ROLE_LIST))
    assert [e["participants"] for e in found] == [["Olaf Scholz", "Aigerim Bekova"]]


KIM = {"Lee Jae-won": ["Lee Jae-won", "M. Lee", "Mr. Lee", "Lee"]}
ORBAN = {"Viktor Orbán": ["Viktor Orbán", "Orbán", "le Premier ministre hongrois"]}


@pytest.mark.parametrize("text,lang,status", [
    # passive receptions with any auxiliary, fronted participles included
    ("Lee Jae-won is expected to be received by Viktor Orbán in the afternoon.", "en", "planned"),
    ("Lee Jae-won had been received by Viktor Orbán the day before.", "en", "held"),
    ("Received by Viktor Orbán, Lee Jae-won discussed energy.", "en", "held"),
    ("Reçu par le Premier ministre hongrois, Viktor Orbán, M. Lee a évoqué l'énergie.", "fr", "held"),
    ("M. Lee avait été reçu par le Premier ministre hongrois, Viktor Orbán.", "fr", "held"),
    ("M. Lee se rendra à Budapest, où il sera reçu par Viktor Orbán.", "fr", "planned"),
    ("M. Lee doit se rendre à Budapest, où il sera reçu par Viktor Orbán.", "fr", "planned"),
    ("Viktor Orbán a accueilli lundi M. Lee à Budapest.", "fr", "held"),
    # a date and a role between the verb and the guest, an honorific with a full stop
    ("Viktor Orbán a reçu le 4 mai son homologue sud-coréen, M. Lee Jae-won, à Budapest.", "fr", "held"),
    ("Viktor Orbán received on 4 May his South Korean counterpart, Mr. Lee Jae-won.", "en", "held"),
])
def test_passive_and_french_receptions_are_meetings(text, lang, status):
    found = [e for e in events(text, people=people(KIM, ORBAN), lang=lang,
                               dates={"le 4 mai": "2024-05-04", "4 May": "2024-05-04", "lundi": "2024-05-06"},
                               places={"Budapest": ["Budapest"]}, cities=["Budapest"])
             if e["type"] == "meeting"]
    assert [(set(e["participants"]), e["status"]) for e in found] == [({"Lee Jae-won", "Viktor Orbán"}, status)]


def test_a_received_letter_is_still_no_meeting_when_passive():
    assert events("The proposal was received by Viktor Orbán with interest.", people=ORBAN) == []


def test_blank_lines_do_not_stretch_the_distance_to_the_visit():
    text = ("Viktor Orbán est arrivé à Séoul mercredi pour une visite d'Etat.\n\n"
            "Il est accompagné de plusieurs ministres.\n\n"
            "Reçu par son homologue, Lee Jae-won, le Premier ministre hongrois a évoqué l'énergie.")
    found = events(text, people=people(KIM, ORBAN), lang="fr", dates={"mercredi": "2024-05-08"},
                   places={"Seoul": ["Séoul"]}, cities=["Seoul"])
    assert [(e["type"], e["date"], e["location"]) for e in found] == [
        ("visit", "2024-05-08", "Seoul"), ("meeting", "2024-05-08", "Seoul")]


@pytest.mark.parametrize("text,lang,initiator", [
    # a sentence with no trigger of its own names the initiator of the event just reported
    ("Ilham Aliyev had a telephone conversation with Ursula von der Leyen.\n"
     "The call took place at the initiative of the Azerbaijani side.", "en", "Azerbaijan"),
    ("Ilham Aliyev s'est entretenu par téléphone avec Ursula von der Leyen.\n"
     "L'appel a eu lieu à l'initiative de la partie azerbaïdjanaise.", "fr", "Azerbaijan"),
    # the host of a meeting initiated it, actively or passively
    ("Josep Borrell on Monday hosted a trilateral meeting with Ilham Aliyev and Ursula von der Leyen.", "en",
     "Josep Borrell"),
    ("Ilham Aliyev held talks with Ursula von der Leyen in Geneva, hosted by Josep Borrell.", "en",
     "Josep Borrell"),
    ("La rencontre entre Ilham Aliyev et Ursula von der Leyen, organisée par Josep Borrell, s'est tenue "
     "à Genève.", "fr", "Josep Borrell"),
])
def test_initiator_from_the_next_sentence_and_the_host(text, lang, initiator):
    found = events(text, people=people(ALIYEV, VDL, BORRELL), lang=lang, places={"Geneva": ["Geneva", "Genève"]},
                   cities=["Geneva"])
    assert [e["initiator"] for e in found] == [initiator]


def test_an_initiative_two_sentences_later_is_not_the_events():
    text = ("Ilham Aliyev had a telephone conversation with Ursula von der Leyen.\n"
            "They discussed energy security in the region.\n"
            "The forum was held at the initiative of the Azerbaijani side.")
    assert [e["initiator"] for e in events(text, people=people(ALIYEV, VDL))] == [None]


@pytest.mark.parametrize("text,lang", [
    ("Ursula von der Leyen invited the Azerbaijani President to pay an official visit to Brussels next year.", "en"),
    ("Ursula von der Leyen a invité le président azerbaïdjanais à effectuer une visite officielle à Bruxelles.", "fr"),
])
def test_the_invitee_visits_and_the_inviter_initiates(text, lang):
    aliyev = {"Ilham Aliyev": ["the Azerbaijani President", "le président azerbaïdjanais"]}
    found = events(text, people=people(aliyev, VDL), lang=lang, places={"Brussels": ["Brussels", "Bruxelles"]},
                   cities=["Brussels"])
    assert [(e["type"], e["status"], e["participants"], e["initiator"], e["location"]) for e in found] == [
        ("visit", "planned", ["Ilham Aliyev"], "Ursula von der Leyen", "Brussels")]


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev and Josep Borrell held a trilateral meeting with Ursula von der Leyen in Geneva. "
     "The leaders agreed to meet again in Paris in July.", "en"),
    ("Ilham Aliyev et Josep Borrell ont tenu une réunion trilatérale avec Ursula von der Leyen à Genève. "
     "Les dirigeants se rencontreront de nouveau à Paris en juillet.", "fr"),
])
def test_the_leaders_stand_for_everyone_of_the_last_event(text, lang):
    found = events(text, people=people(ALIYEV, VDL, BORRELL), lang=lang, dates={"July": "2024-07", "juillet": "2024-07"},
                   places={"Paris": ["Paris"], "Geneva": ["Geneva", "Genève"]}, cities=["Paris", "Geneva"])
    assert [(e["status"], e["date"], e["location"], set(e["participants"])) for e in found][1:] == [
        ("planned", "2024-07", "Paris", {"Ilham Aliyev", "Josep Borrell", "Ursula von der Leyen"})]


def test_the_ministers_discussing_a_meeting_of_a_body_do_not_attend_it():
    text = ("Ilham Aliyev held talks with Ursula von der Leyen. "
            "The ministers discussed the upcoming meeting of the Cooperation Council in July.")
    found = events(text, people=people(ALIYEV, VDL), dates={"July": "2024-07"})
    assert [e["participants"] for e in found] == [["Ilham Aliyev", "Ursula von der Leyen"]]


@pytest.mark.parametrize("text,lang,visitor", [
    ("The Head of State conveyed greetings to Ilham Aliyev and recalled his state visit to Baku in May 2022.",
     "en", "Shavkat Mirziyoyev"),
    ("Ensuite, le chef de l'État a salué Ilham Aliyev et a rappelé sa visite d'État à Bakou en mai 2022.",
     "fr", "Shavkat Mirziyoyev"),
    # the person just named is the possessor when no second verb of the subject intervenes
    ("The Head of State thanked Ilham Aliyev for his state visit to Baku in May 2022.", "en", "Ilham Aliyev"),
])
def test_his_visit_after_a_second_verb_is_the_sentence_subjects(text, lang, visitor):
    found = [e for e in events(text, people=people(MIRZIYOYEV, ALIYEV), lang=lang,
                               dates={"May 2022": "2022-05", "mai 2022": "2022-05"}, places={"Baku": ["Baku", "Bakou"]},
                               cities=["Baku"]) if e["type"] == "visit"]
    assert [(e["participants"], e["date"], e["location"]) for e in found] == [([visitor], "2022-05", "Baku")]


@pytest.mark.parametrize("text,lang", [
    ("La dernière visite d'un président hongrois en Corée remontait à mai 2015, lorsque Viktor Orbán "
     "s'était rendu à Séoul.", "fr"),
    ("The last visit by a Hungarian president to Korea dates back to May 2015, when Viktor Orbán "
     "travelled to Seoul.", "en"),
])
def test_an_indefinite_role_is_nobody_and_the_named_person_made_the_visit(text, lang):
    # the people component may resolve the role to someone named elsewhere in the article
    named = {"Lee Jae-won": ["président hongrois", "Hungarian president"], **ORBAN}
    found = events(text, people=named, lang=lang, dates={"mai 2015": "2015-05", "May 2015": "2015-05"},
                   places={"Seoul": ["Séoul", "Seoul"]}, cities=["Seoul"])
    assert [(e["participants"], e["date"], e["location"]) for e in found] == [(["Viktor Orbán"], "2015-05", "Seoul")]


@pytest.mark.parametrize("text,lang,place", [
    ("Ilham Aliyev received Olaf Scholz, who is in Astana on an official visit.", "en", "Astana"),
    ("Ilham Aliyev a reçu Olaf Scholz, qui est à Astana en visite officielle.", "fr", "Astana"),
    ("Olaf Scholz est arrivé mercredi à Astana pour une visite d'État. Il a rencontré Ilham Aliyev.", "fr", "Astana"),
    ("Olaf Scholz arrived on Monday in Astana for a state visit. He met with Ilham Aliyev.", "en", "Astana"),
])
def test_a_meeting_during_a_visit_takes_the_visit_place(text, lang, place):
    found = events(text, people=people(ALIYEV, SCHOLZ), lang=lang, places={"Astana": ["Astana"]}, cities=["Astana"],
                   document_date="2024-05-08")
    assert sorted((e["type"], e["location"]) for e in found) == [("meeting", place), ("visit", place)]


def test_a_meeting_held_near_a_city():
    text = "Ilham Aliyev held talks with Olaf Scholz near Geneva on Friday."
    found = events(text, people=people(ALIYEV, SCHOLZ), places={"Geneva": ["Geneva"]}, cities=["Geneva"])
    assert [e["location"] for e in found] == ["Geneva"]


@pytest.mark.parametrize("text,lang", [
    ("Josep Borrell hosted a trilateral meeting with Ilham Aliyev and Olaf Scholz in Geneva. "
     "Before it, Borrell held separate talks with each leader. After the meeting, Borrell spoke to the press.", "en"),
    ("Josep Borrell a organisé une réunion trilatérale avec Ilham Aliyev et Olaf Scholz à Genève. "
     "Auparavant, Borrell s'est entretenu avec chacun des dirigeants. Après la réunion, Borrell a parlé à la presse.",
     "fr"),
])
def test_talks_with_each_leader_are_one_meeting_with_each_of_the_last_event(text, lang):
    found = events(text, people=people(BORRELL, ALIYEV, SCHOLZ), lang=lang, places={"Geneva": ["Geneva", "Genève"]},
                   cities=["Geneva"])
    assert [(e["participants"], e["location"], e["initiator"]) for e in found] == [
        (["Josep Borrell", "Ilham Aliyev", "Olaf Scholz"], "Geneva", "Josep Borrell"),
        (["Josep Borrell", "Ilham Aliyev"], "Geneva", None),
        (["Josep Borrell", "Olaf Scholz"], "Geneva", None)]


@pytest.mark.parametrize("text,lang", [
    ("Josep Borrell held talks with Olaf Scholz in Geneva. The meeting followed talks between Ilham Aliyev and "
     "Ursula von der Leyen, hosted by Rustam Sakha.", "en"),
    ("Josep Borrell s'est entretenu avec Olaf Scholz à Genève. La réunion faisait suite aux pourparlers entre "
     "Ilham Aliyev et Ursula von der Leyen, organisés par Rustam Sakha.", "fr"),
])
def test_an_initiator_after_a_trigger_is_that_triggers_only(text, lang):
    found = events(text, people=people(BORRELL, SCHOLZ, ALIYEV, VDL, SAKHA), lang=lang,
                   places={"Geneva": ["Geneva", "Genève"]}, cities=["Geneva"])
    assert [(e["participants"][:2], e["initiator"]) for e in found] == [
        (["Josep Borrell", "Olaf Scholz"], None), (["Ilham Aliyev", "Ursula von der Leyen"], "Rustam Sakha")]


@pytest.mark.parametrize("text,lang,dates", [
    # a date between two coordinated triggers is both's
    ("Ilham Aliyev recalled his official visit to Bern in May 2022 and his talks with Olaf Scholz.", "en",
     ["2022-05", "2022-05"]),
    ("Ilham Aliyev a rappelé sa visite officielle à Berne en mai 2022 et ses entretiens avec Olaf Scholz.", "fr",
     ["2022-05", "2022-05"]),
    # ... not across a clause break, and a nearer date of its own still wins
    ("Ilham Aliyev recalled his official visit to Bern in May 2022, while Josep Borrell held talks with Olaf Scholz.",
     "en", ["2022-05", None]),
    ("Ilham Aliyev paid an official visit to Bern on 3 May 2022 and on 5 May 2022 held talks with Olaf Scholz.", "en",
     ["2022-05-03", "2022-05-05"]),
])
def test_a_date_between_coordinated_triggers(text, lang, dates):
    found = events(text, people=people(ALIYEV, SCHOLZ, BORRELL), lang=lang, places={"Bern": ["Bern", "Berne"]},
                   cities=["Bern"], dates={"May 2022": "2022-05", "mai 2022": "2022-05", "3 May 2022": "2022-05-03",
                                          "5 May 2022": "2022-05-05"})
    assert [e["date"] for e in found] == dates


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev held talks with Olaf Scholz in Bern. The two leaders agreed to meet again in November.", "en"),
    ("Ilham Aliyev s'est entretenu avec Olaf Scholz à Berne. Les deux dirigeants se rencontreront de nouveau "
     "en novembre.", "fr"),
])
def test_meeting_again_in_a_month_without_year_is_a_new_planned_meeting_ahead(text, lang):
    # the dates component resolved the year-less month to the nearest one, which lies behind
    found = [{"text": m, "start": text.index(m), "end": text.index(m) + len(m), "value": "2023-11",
              "granularity": "month", "relative": True} for m in ("November", "novembre") if m in text]
    doc = make_doc(text, people=people(ALIYEV, SCHOLZ), lang=lang, document_date="2024-04-03",
                   places={"Bern": ["Bern", "Berne"]}, cities=["Bern"], components=())
    doc._.kzeu_dates = found
    from events_fixtures import pipeline
    doc = pipeline(("kzeu_events",), lang).get_pipe("kzeu_events")(doc)
    assert [(e["status"], e["date"]) for e in doc._.kzeu_events] == [("held", "2024-04-03"), ("planned", "2024-11")]


@pytest.mark.parametrize("text,lang", [
    ("At the invitation of Ilham Aliyev, Olaf Scholz arrived in Baku on a state visit.\n"
     "The two leaders held talks in a narrow format.", "en"),
    ("À l'invitation d'Ilham Aliyev, Olaf Scholz est arrivé à Bakou pour une visite d'État.\n"
     "Les deux dirigeants ont tenu des pourparlers en format restreint.", "fr"),
])
def test_an_arrival_dates_the_visit_and_the_two_leaders_are_guest_and_host(text, lang):
    found = events(text, people=people(ALIYEV, SCHOLZ), lang=lang, places={"Baku": ["Baku", "Bakou"]}, cities=["Baku"],
                   document_date="2024-06-10")
    assert [(e["type"], e["date"], set(e["participants"]), e["location"]) for e in found] == [
        ("visit", "2024-06-10", {"Olaf Scholz"}, "Baku"),
        ("meeting", "2024-06-10", {"Olaf Scholz", "Ilham Aliyev"}, "Baku")]


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev also held meetings with Olaf Scholz and Josep Borrell.", "en"),
    ("Ilham Aliyev a également eu des rencontres avec Olaf Scholz et Josep Borrell.", "fr"),
])
def test_plural_meetings_with_several_people_are_one_each(text, lang):
    found = events(text, people=people(ALIYEV, SCHOLZ, BORRELL), lang=lang)
    assert [e["participants"] for e in found] == [["Ilham Aliyev", "Olaf Scholz"], ["Ilham Aliyev", "Josep Borrell"]]


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev invited Olaf Scholz to pay an official visit to Baku.", "en"),
    ("Olaf Scholz accepted the invitation of Ilham Aliyev to visit Baku next year.", "en"),
    ("Olaf Scholz was invited by Ilham Aliyev to visit Baku.", "en"),
    ("Ilham Aliyev a invité Olaf Scholz à effectuer une visite officielle à Bakou.", "fr"),
    ("Olaf Scholz a été invité par Ilham Aliyev à se rendre à Bakou.", "fr"),
])
def test_the_invited_person_visits_whatever_the_voice(text, lang):
    found = events(text, people=people(ALIYEV, SCHOLZ), lang=lang, places={"Baku": ["Baku", "Bakou"]}, cities=["Baku"])
    assert [(e["type"], e["status"], e["participants"], e["initiator"], e["location"]) for e in found] == [
        ("visit", "planned", ["Olaf Scholz"], "Ilham Aliyev", "Baku")]


@pytest.mark.parametrize("text,lang", [
    ("Bakou, le 10 juin 2024 – Le président Ilham Aliyev a annoncé une réforme. Il s'est entretenu par téléphone "
     "avec Olaf Scholz.", "fr"),
    ("BAKU, June 10, 2024 – Azerbaijani President Ilham Aliyev announced a reform. He also had a phone call with "
     "Olaf Scholz.", "en"),
])
def test_the_subject_after_a_dateline_is_who_he_is_next(text, lang):
    aliyev = {"Ilham Aliyev": ["Le président Ilham Aliyev", "Azerbaijani President Ilham Aliyev"]}
    # the dateline's date is kzeu_dates' mention (the recogniser finds no dates itself)
    dates = {"10 juin 2024": "2024-06-10", "June 10, 2024": "2024-06-10"}
    found = events(text, people=people(aliyev, SCHOLZ), lang=lang, dates=dates)
    assert [(e["type"], e["participants"]) for e in found] == [("phone_call", ["Ilham Aliyev", "Olaf Scholz"])]


@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev recalled the talks between the two ministers, Olaf Scholz and Josep Borrell, held near Geneva "
     "last week.", "en"),
    ("Ilham Aliyev a rappelé les pourparlers entre les deux ministres, Olaf Scholz et Josep Borrell, tenus près de "
     "Genève la semaine dernière.", "fr"),
])
def test_held_near_a_city_after_the_people_list_is_the_place(text, lang):
    found = events(text, people=people(ALIYEV, SCHOLZ, BORRELL), lang=lang, places={"Geneva": ["Geneva", "Genève"]},
                   cities=["Geneva"])
    assert [(e["participants"], e["location"]) for e in found] == [(["Olaf Scholz", "Josep Borrell"], "Geneva")]


@pytest.mark.parametrize("text, reporter", [
    ("Prime Minister of Georgia Irakli Garibashvili held talks with President of Armenia Vahagn "
     "Khachaturyan on Friday, government spokesman Nika Kvaratskhelia said.", "Nika Kvaratskhelia"),
    ("Le Premier ministre belge Alexander De Croo s'est entretenu avec le président du Conseil européen "
     "Charles Michel, a indiqué le porte-parole Jean Dupont.", "Jean Dupont"),
])
def test_a_person_reporting_the_event_is_no_participant(text, reporter):
    from kzeu_extract import extract

    record = extract(text)
    assert record.events
    assert all(reporter not in event.participants for event in record.events)
    assert any(len(event.participants) == 2 for event in record.events)
