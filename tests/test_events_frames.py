"""Event frames on sentences of our own (issue 14): each with English and French wordings and
negative cases. Upstream results (people, places) are set by hand."""
import pytest

from events_fixtures import make_doc


def events(text, people, **kw):
    return make_doc(text, people=people, **kw)._.kzeu_events


# --- "X and Y attended the meeting": they join the meeting already reported --------------

NORWAY = {"Harald V": ["King Harald V", "Harald V"], "Sauli Niinistö": ["President Sauli Niinistö", "Niinistö"],
          "Anniken Huitfeldt": ["Foreign Minister Anniken Huitfeldt", "Huitfeldt"],
          "Jukka Salovaara": ["Ambassador Jukka Salovaara"]}
DAKAR = {"Macky Sall": ["Macky Sall"], "Pedro Sánchez": ["Pedro Sánchez"],
         "Aïssata Tall Sall": ["Aïssata Tall Sall"], "Olivier Blanc": ["Olivier Blanc"]}


@pytest.mark.parametrize("text,lang,table,everyone", [
    ("King Harald V held a meeting with President Sauli Niinistö in Oslo. Foreign Minister Anniken Huitfeldt "
     "and Ambassador Jukka Salovaara attended the meeting.", "en", NORWAY,
     ["Harald V", "Sauli Niinistö", "Anniken Huitfeldt", "Jukka Salovaara"]),
    ("King Harald V received President Sauli Niinistö. Foreign Minister Anniken Huitfeldt and Ambassador "
     "Jukka Salovaara were also present at the talks.", "en", NORWAY,
     ["Harald V", "Sauli Niinistö", "Anniken Huitfeldt", "Jukka Salovaara"]),
    ("Le président Macky Sall a reçu lundi le Premier ministre Pedro Sánchez. La ministre Aïssata Tall Sall "
     "et l'ambassadeur Olivier Blanc ont assisté à l'entretien.", "fr", DAKAR,
     ["Macky Sall", "Pedro Sánchez", "Aïssata Tall Sall", "Olivier Blanc"]),
    ("Le président Macky Sall a rencontré le Premier ministre Pedro Sánchez. La ministre Aïssata Tall Sall "
     "et l'ambassadeur Olivier Blanc ont également pris part à la rencontre.", "fr", DAKAR,
     ["Macky Sall", "Pedro Sánchez", "Aïssata Tall Sall", "Olivier Blanc"]),
])
def test_attendees_join_the_meeting_reported(text, lang, table, everyone):
    found = events(text, table, lang=lang)
    assert len(found) == 1, found
    assert sorted(found[0]["participants"]) == sorted(everyone)


@pytest.mark.parametrize("text,lang,table,count", [
    # an attendance of another, new occasion with its own counterpart is its own meeting
    ("King Harald V met President Sauli Niinistö. Later Foreign Minister Anniken Huitfeldt took part in "
     "a meeting with Ambassador Jukka Salovaara.", "en", NORWAY, 2),
    ("Le président Macky Sall a rencontré le Premier ministre Pedro Sánchez. Ensuite, la ministre Aïssata "
     "Tall Sall a pris part à des réunions avec l'ambassadeur Olivier Blanc.", "fr", DAKAR, 2),
])
def test_attendance_of_a_new_occasion_is_not_joined(text, lang, table, count):
    assert len(events(text, table, lang=lang)) == count


def test_attendees_with_no_meeting_before_make_no_visit():
    # nothing reported before: "attended the meeting" alone is one meeting of the attendees
    found = events("Foreign Minister Anniken Huitfeldt and Ambassador Jukka Salovaara attended the meeting.",
                   NORWAY)
    assert all(e["type"] == "meeting" for e in found)


# --- status: an event the text says someone is ready, willing or hoping to hold is planned --

TBILISI = {"Mikheil Saakashvili": ["President Mikheil Saakashvili", "Saakashvili"],
           "Sergey Bagapsh": ["President Sergey Bagapsh", "Bagapsh"],
           "Paul Kagame": ["Paul Kagame"], "Félix Tshisekedi": ["Félix Tshisekedi"]}


@pytest.mark.parametrize("text,lang,status", [
    ("President Mikheil Saakashvili is ready to meet President Sergey Bagapsh in Tbilisi.", "en", "planned"),
    ("President Mikheil Saakashvili said he was willing to meet President Sergey Bagapsh.", "en", "planned"),
    ("President Mikheil Saakashvili hopes to hold talks with President Sergey Bagapsh.", "en", "planned"),
    ("Le président Paul Kagame est prêt à rencontrer le président Félix Tshisekedi à Luanda.", "fr", "planned"),
    ("Le président Paul Kagame souhaite rencontrer le président Félix Tshisekedi.", "fr", "planned"),
    # negatives: the meeting is reported as held, the readiness is about something else
    ("President Mikheil Saakashvili met President Sergey Bagapsh; both are ready to cooperate.", "en", "held"),
    ("Le président Paul Kagame a rencontré le président Félix Tshisekedi, prêt à coopérer.", "fr", "held"),
])
def test_ready_willing_hoping_is_planned(text, lang, status):
    found = events(text, TBILISI, lang=lang)
    assert len(found) == 1, found
    assert found[0]["status"] == status


# --- words that look like triggers but report no event --------------------------------------

OSLO = {"Anniken Huitfeldt": ["Anniken Huitfeldt"], "Sauli Niinistö": ["Sauli Niinistö"],
        "Narayan Khadka": ["Narayan Khadka"], "Wang Yi": ["Wang Yi"], "Yun Byung-se": ["Yun Byung-se"],
        "Jang Song-thaek": ["Jang Song-thaek"], "Kim Jong-un": ["Kim Jong-un"],
        "Jean Dupont": ["Jean Dupont"], "Ahmed Benali": ["Ahmed Benali"]}


@pytest.mark.parametrize("text,lang", [
    ("Minister Anniken Huitfeldt showed the meeting room to President Sauli Niinistö.", "en"),
    ("President Sauli Niinistö and Minister Anniken Huitfeldt left the meeting hall together.", "en"),
    ("Minister Anniken Huitfeldt asked President Sauli Niinistö to pay a visit to the website of the ministry.",
     "en"),
    ("Minister Anniken Huitfeldt and President Sauli Niinistö visited the official web page of the summit.", "en"),
    ("The two ministers, Narayan Khadka and Wang Yi, agreed to continue the conversation on trade.", "en"),
    ("Le ministre Jean Dupont a présenté la salle de réunion au président Ahmed Benali.", "fr"),
    ("Le ministre Jean Dupont et le président Ahmed Benali ont visité le site web du ministère.", "fr"),
    ("Le ministre Jean Dupont invite le président Ahmed Benali à une visite du portail du ministère.", "fr"),
    ("Les ministres Jean Dupont et Ahmed Benali ont convenu de poursuivre la conversation.", "fr"),
])
def test_no_event(text, lang):
    assert events(text, OSLO, lang=lang) == []


@pytest.mark.parametrize("text,lang,kind", [
    ("President Sauli Niinistö held a meeting with Minister Anniken Huitfeldt in the meeting room.", "en",
     "meeting"),
    ("President Sauli Niinistö paid a visit to Oslo on Monday.", "en", "visit"),
    ("Le président Ahmed Benali a rencontré le ministre Jean Dupont dans la salle de réunion.", "fr", "meeting"),
    ("Le président Ahmed Benali a visité le site de la centrale à Oran.", "fr", "visit"),
])
def test_still_an_event(text, lang, kind):
    found = events(text, OSLO, lang=lang, cities=("Oslo", "Oran"), places={"Oslo": ["Oslo"], "Oran": ["Oran"]})
    assert [e["type"] for e in found] == [kind]


@pytest.mark.parametrize("text,lang", [
    ("It was the first talks between Yun Byung-se and Wang Yi since North Korea executed Jang Song-thaek, "
     "the uncle of leader Kim Jong-un.", "en"),
    ("Ce sont les premiers entretiens entre Yun Byung-se et Wang Yi depuis que Jang Song-thaek, "
     "l'oncle de Kim Jong-un, a été exécuté.", "fr"),
])
def test_a_since_clause_names_no_party(text, lang):
    found = events(text, OSLO, lang=lang)
    assert [sorted(e["participants"]) for e in found] == [["Wang Yi", "Yun Byung-se"]]


# --- one occasion reported by two triggers is one event --------------------------------------

BRUSSELS = {"Aleksandar Vučić": ["President Aleksandar Vučić", "Vučić"], "Josep Borrell": ["Josep Borrell", "Borrell"],
            "Miroslav Lajčák": ["Miroslav Lajčák", "Lajčák"], "Edi Rama": ["Edi Rama", "Rama"],
            "Charles Michel": ["Charles Michel", "Michel"]}


@pytest.mark.parametrize("text,lang", [
    ("President Aleksandar Vučić is on a visit to Brussels. In Brussels, Vučić will meet with the High "
     "Representative, Josep Borrell, as well as with the special representative, Miroslav Lajčák. "
     "The meeting of President Aleksandar Vučić with Borrell and Lajčák began in Brussels.", "en"),
    ("Le président Aleksandar Vučić est en visite à Bruxelles. À Bruxelles, Vučić rencontrera le haut "
     "représentant, Josep Borrell, ainsi que le représentant spécial, Miroslav Lajčák. "
     "La rencontre de Vučić avec Borrell et Lajčák a commencé à Bruxelles.", "fr"),
])
def test_announced_parts_then_one_held_meeting(text, lang):
    found = [e for e in events(text, BRUSSELS, lang=lang, cities=("Brussels", "Bruxelles"),
                               places={"Brussels": ["Brussels", "Bruxelles"]}) if e["type"] == "meeting"]
    assert len(found) == 1, found
    assert sorted(found[0]["participants"]) == ["Aleksandar Vučić", "Josep Borrell", "Miroslav Lajčák"]
    assert found[0]["status"] == "held"


@pytest.mark.parametrize("text,lang,statuses", [
    # announced, then reported as held: one event, held
    ("Edi Rama will meet Charles Michel on 4 May. Edi Rama met Charles Michel on 4 May in the palace.", "en",
     ["held"]),
    ("Edi Rama rencontrera Charles Michel le 4 mai. Edi Rama a rencontré Charles Michel le 4 mai au palais.",
     "fr", ["held"]),
    # negatives: held, then a new announcement; or two different dates
    ("Edi Rama met Charles Michel on 4 May. Edi Rama will meet Charles Michel again in June.", "en",
     ["held", "planned"]),
    ("Edi Rama will meet Charles Michel on 9 June. Edi Rama met Charles Michel on 4 May.", "en",
     ["planned", "held"]),
    ("Edi Rama a rencontré Charles Michel le 4 mai. Edi Rama rencontrera de nouveau Charles Michel en juin.",
     "fr", ["held", "planned"]),
])
def test_announced_then_held_is_one_occasion(text, lang, statuses):
    dates = {"4 May": "2021-05-04", "9 June": "2021-06-09", "June": "2021-06", "4 mai": "2021-05-04",
             "juin": "2021-06"}
    found = events(text, BRUSSELS, lang=lang, dates=dates)
    assert [e["status"] for e in found] == statuses, found


# --- "a dialogue with X" --------------------------------------------------------------------

MEXICO = {"Marcelo Ebrard": ["Marcelo Ebrard"], "Antony Blinken": ["Antony Blinken"],
          "Jean Dupont": ["Jean Dupont"], "Ahmed Benali": ["Ahmed Benali"]}


@pytest.mark.parametrize("text,lang,count", [
    ("Minister Marcelo Ebrard spoke to the media after the security dialogue with Secretary Antony Blinken.",
     "en", 1),
    ("Le ministre Jean Dupont a eu un dialogue avec le président Ahmed Benali à Alger.", "fr", 1),
    # negatives: no person after it, or a dialogue to be continued
    ("Minister Marcelo Ebrard praised the dialogue with the United States.", "en", 0),
    ("Minister Marcelo Ebrard wants to continue the dialogue with Secretary Antony Blinken.", "en", 0),
    ("Le ministre Jean Dupont veut poursuivre le dialogue avec le président Ahmed Benali.", "fr", 0),
])
def test_dialogue_with_a_person(text, lang, count):
    assert len(events(text, MEXICO, lang=lang)) == count


# --- reciprocal forms: "A and B met", "A et B se sont entretenus" ------------------------------

JAKARTA = {"Marty Natalegawa": ["Marty Natalegawa"], "Julie Bishop": ["Julie Bishop"],
           "Paul Kagame": ["Paul Kagame"], "Jean Dupont": ["Jean Dupont"], "Ahmed Benali": ["Ahmed Benali"]}


@pytest.mark.parametrize("text,lang,pair", [
    ("Foreign Minister Marty Natalegawa and his visiting Australian counterpart, Julie Bishop, met in Jakarta.",
     "en", ["Julie Bishop", "Marty Natalegawa"]),
    ("Marty Natalegawa and his visiting counterpart Julie Bishop held talks on Thursday.", "en",
     ["Julie Bishop", "Marty Natalegawa"]),
    ("Le ministre Jean Dupont et son homologue Ahmed Benali se sont entretenus à Alger.", "fr",
     ["Ahmed Benali", "Jean Dupont"]),
])
def test_reciprocal_meeting_across_visiting(text, lang, pair):
    found = [e for e in events(text, JAKARTA, lang=lang) if e["type"] == "meeting"]
    assert [sorted(e["participants"]) for e in found] == [pair]


def test_visiting_counterpart_of_another_clause_meets_no_one_before():
    # no "and" joins the first person to the visitor: no meeting of the two
    found = events("President Paul Kagame praised his visiting counterpart, Julie Bishop, who met students.",
                   JAKARTA)
    assert not [e for e in found if e["type"] == "meeting" and "Paul Kagame" in e["participants"]]
