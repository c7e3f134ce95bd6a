"""Event frames and participants, the rules behind the misses on real text (issue 14, second
round): an office met with no holder named, courtesy calls, receptions in every tense, a
participle opening the sentence, people governed through their title, companions of a visitor,
the person invited, quoted communiqués, and who initiated (invented sentences, English and
French, with negative cases)."""
import pytest

from record_helpers import events, meetings


def visits(found):
    return [sorted(e.participants) for e in found if e.type == "visit"]


# --- a meeting with an office named and no holder: the named person's meeting --------------

@pytest.mark.parametrize("text,lang,who", [
    ("President Lena Moravec met the Minister of Defence in Vienna on Tuesday.", "en", ["Lena Moravec"]),
    ("Le président Amadou Fall a rencontré le ministre de la Défense à Dakar.", "fr", ["Amadou Fall"]),
    ("Le président Amadou Fall a aussi des rencontres officielles avec le président du Sénat, "
     "le ministre de la Défense et le maire.", "fr", ["Amadou Fall"]),
])
def test_a_meeting_with_an_unnamed_official_is_the_named_persons(text, lang, who):
    assert meetings(events(text, lang=lang)) == [who]


@pytest.mark.parametrize("text,lang", [
    ("President Lena Moravec met the press in Vienna.", "en"),
    ("President Lena Moravec failed to meet a pledge made to the Minister of Finance.", "en"),
    ("The meeting room of the Minister of Defence was closed, President Lena Moravec said.", "en"),
    ("Le président Amadou Fall a visité le site web du ministre de la Défense.", "fr"),
])
def test_no_meeting_without_one(text, lang):
    assert meetings(events(text, lang=lang)) == []


# --- courtesy calls ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,pair", [
    ("Foreign Minister Ines Varga called on President Tomas Rudd in Prague.", "en", ["Ines Varga", "Tomas Rudd"]),
    ("La ministre Ines Varga a rendu visite au président Tomas Rudd à Prague.", "fr", ["Ines Varga", "Tomas Rudd"]),
])
def test_a_courtesy_call_on_a_person_is_a_meeting(text, lang, pair):
    assert meetings(events(text, lang=lang)) == [pair]


def test_calling_on_a_person_to_act_is_an_appeal():
    found = events("Foreign Minister Ines Varga called on President Tomas Rudd to release the prisoners.")
    assert meetings(found) == []


def test_the_subject_of_the_visit_calls_not_the_inviter_named_with_a_title():
    text = ("Minister Ines Varga began a three-day official visit to Peru on 4 May 2023, at the invitation of "
            "Minister Omar Castell and called on President Lena Moravec.")
    found = events(text)
    assert ["Ines Varga", "Lena Moravec"] in meetings(found)
    assert all("Omar Castell" not in m for m in meetings(found))


# --- receptions in every tense; a participle opening the sentence ---------------------------

@pytest.mark.parametrize("text,lang,pair", [
    ("President Lena Moravec will receive Foreign Minister Omar Castell on Friday.", "en",
     ["Lena Moravec", "Omar Castell"]),
    ("Le président Amadou Fall reçoit son homologue Luc Vermeer au palais.", "fr", ["Amadou Fall", "Luc Vermeer"]),
    ("Le président Amadou Fall accueillera le Premier ministre Luc Vermeer jeudi.", "fr",
     ["Amadou Fall", "Luc Vermeer"]),
])
def test_a_reception_in_any_tense_is_a_meeting(text, lang, pair):
    assert meetings(events(text, lang=lang)) == [pair]


@pytest.mark.parametrize("text,lang", [
    ("President Lena Moravec will receive a letter from Foreign Minister Omar Castell.", "en"),
    ("Le président Amadou Fall recevra une lettre du Premier ministre Luc Vermeer.", "fr"),
])
def test_receiving_a_letter_is_no_meeting(text, lang):
    assert meetings(events(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang,pair", [
    ("Welcoming the Austrian Minister of Foreign Affairs Lena Moravec to Lima, Foreign Minister Omar Castell "
     "emphasized the ties between the two countries.", "en", ["Lena Moravec", "Omar Castell"]),
    ("Accueillant le ministre belge Luc Vermeer à Dakar, la ministre Aïssata Diop a souligné les liens "
     "entre les deux pays.", "fr", ["Aïssata Diop", "Luc Vermeer"]),
])
def test_a_welcoming_participle_has_the_main_clause_subject(text, lang, pair):
    assert meetings(events(text, lang=lang)) == [pair]


def test_welcoming_a_decision_is_no_meeting():
    found = events("Welcoming the decision of President Lena Moravec, the minister said it was a good step.")
    assert meetings(found) == []


# --- companions of a visitor ------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,who", [
    ("President Tomas Rudd, accompanied by Foreign Minister Ines Varga, arrived in Paris on Monday.", "en",
     ["Ines Varga", "Tomas Rudd"]),
    ("Le président Amadou Fall a quitté Dakar hier pour Paris en compagnie de son épouse Mme Mariama Fall.",
     "fr", ["Amadou Fall", "Mariama Fall"]),
])
def test_companions_join_the_visit(text, lang, who):
    assert visits(events(text, lang=lang)) == [who]


def test_a_companion_is_never_the_only_visitor():
    text = ("They arrived this morning at the palace, accompanied by Tomas Rudd, the head of the ministry, "
            "and Ines Varga, the director of the agency.")
    assert visits(events(text)) == []


# --- the person invited is the visitor; the inviter is not ---------------------------------

@pytest.mark.parametrize("text,lang,who", [
    ("Foreign Minister Ines Varga reaffirmed the invitation to Foreign Minister Omar Castell to visit Peru.",
     "en", ["Omar Castell"]),
    ("Ines Varga accepted the invitation of President Omar Castell to visit Chile.", "en", ["Ines Varga"]),
])
def test_the_invited_visits_not_the_inviter(text, lang, who):
    assert visits(events(text, lang=lang)) == [who]


def test_a_second_word_for_the_journey_keeps_its_visitor_and_its_inviter():
    text = ("Le président de la République, Amadou Fall, est attendu ce jour à Bamako dans le cadre d'une visite "
            "de travail, à l'invitation de son homologue du Mali, Luc Vermeer.")
    found = [e for e in events(text, lang="fr") if e.type == "visit"]
    assert {p for e in found for p in e.participants} == {"Amadou Fall"}
    assert "Luc Vermeer" in {e.initiator for e in found}


# --- a quoted communiqué reports a third person's event ------------------------------------

def test_a_quoted_third_person_communique_is_an_event():
    text = ("Selon une note de la présidence : «Le président de la République, Amadou Fall, a eu ce vendredi "
            "un entretien téléphonique avec le président belge, Luc Vermeer», précise le texte.")
    found = events(text, lang="fr")
    assert [sorted(e.participants) for e in found if e.type == "phone_call"] == [["Amadou Fall", "Luc Vermeer"]]


def test_a_quote_of_the_speakers_own_words_is_not_a_report():
    text = "\"We thank President Tomas Rudd for our meeting,\" said a spokesman of the ministry."
    assert meetings(events(text)) == []


# --- initiators ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,initiator", [
    ("Le président Amadou Fall a eu, ce vendredi, à son initiative, un entretien téléphonique avec le "
     "président Luc Vermeer.", "fr", "Amadou Fall"),
    ("President Tomas Rudd held, at his own initiative, a phone call with President Ines Varga.", "en",
     "Tomas Rudd"),
    ("Minister Omar Castell was welcomed by President Lena Moravec in Vienna.", "en", "Lena Moravec"),
    ("Le ministre Luc Vermeer a été reçu par le président Amadou Fall à Dakar.", "fr", "Amadou Fall"),
    ("President Ines Varga interrupted a public event to take a telephone call from President Tomas Rudd.",
     "en", "Tomas Rudd"),
])
def test_who_initiated(text, lang, initiator):
    found = [e for e in events(text, lang=lang) if e.type in ("meeting", "phone_call")]
    assert len(found) == 1 and found[0].initiator == initiator


def test_no_initiator_without_a_cue():
    found = events("President Tomas Rudd held a phone call with President Ines Varga on Monday.")
    assert [e.initiator for e in found] == [None]


# --- joint press conferences: "between A and B", several sharers, a photo credit -----------

@pytest.mark.parametrize("text,lang,pair", [
    ("This emerged from a joint press conference held on Monday in Vienna between Foreign Minister "
     "Lena Moravec and her counterpart Omar Castell.", "en", ["Lena Moravec", "Omar Castell"]),
    ("C'est ce qui ressort d'une conférence de presse conjointe tenue lundi, à Dakar, entre le ministre "
     "sénégalais des Affaires étrangères, Amadou Fall, et son homologue belge, Luc Vermeer.", "fr",
     ["Amadou Fall", "Luc Vermeer"]),
    ("President Lena Moravec and President Omar Castell discuss trade during a joint press conference at "
     "the Vienna Facility (Photo by Tomas Rudd courtesy of the ministry)", "en", ["Lena Moravec", "Omar Castell"]),
])
def test_a_joint_press_conference_is_the_meeting_of_those_sharing_it(text, lang, pair):
    assert meetings(events(text, lang=lang)) == [pair]


def test_all_the_subjects_of_a_joint_act_with_someone_take_part():
    found = events("President Lena Moravec and President Omar Castell held a joint press conference with "
                   "Chancellor Tomas Rudd.")
    assert meetings(found) == [["Lena Moravec", "Omar Castell", "Tomas Rudd"]]


def test_a_press_conference_of_no_named_people_is_no_meeting():
    assert meetings(events("The journalists attended a joint press conference in Vienna.")) == []


# --- French journeys in the conditional and the imperfect ---------------------------------

@pytest.mark.parametrize("text", [
    "Le ministre Paul Kagame a informé le président Amadou Fall qu'il se rendrait dans quelques jours à Washington.",
    "Le ministre Paul Kagame a indiqué au président Amadou Fall qu'il se rendait au Congo.",
])
def test_a_french_conditional_journey_is_a_visit_of_the_subject(text):
    assert visits(events(text, lang="fr")) == [["Paul Kagame"]]


def test_se_rendre_compte_is_no_journey():
    assert visits(events("Le ministre Paul Kagame se rendait compte des difficultés.", lang="fr")) == []


# --- French pluperfect and future reciprocal meetings -------------------------------------

@pytest.mark.parametrize("text", [
    "La présidente du Sénat Ines Varga s'était déjà entretenue avec le président Amadou Fall à Dakar.",
    "Le ministre Luc Vermeer et le président Amadou Fall se seront réunis à Dakar.",
])
def test_a_french_reciprocal_meeting_in_any_tense(text):
    assert len(meetings(events(text, lang="fr"))) == 1


def test_s_etait_rendu_compte_is_no_journey():
    assert visits(events("Le président Amadou Fall s'était rendu compte des difficultés.", lang="fr")) == []


# --- "both these visits": journeys already reported -----------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Recalling that Minister Ravi Menon had last visited Peru in November 2010, Minister Ana Silva observed "
     "that there are common features in both these visits.", "en"),
    ("Rappelant que le ministre Luc Vermeer avait visité le Sénégal en 2010, le ministre Amadou Fall a relevé "
     "les points communs de ces deux visites.", "fr"),
])
def test_these_visits_are_no_new_visit(text, lang):
    found = visits(events(text, lang=lang))
    assert all(v != ["Amadou Fall"] and v != ["Ana Silva"] for v in found)


# --- French "discussions avec"; the subject, not a person governed before the trigger ------

@pytest.mark.parametrize("text,who", [
    ("Le ministre Luc Vermeer a eu des discussions approfondies avec le président Amadou Fall.",
     ["Amadou Fall", "Luc Vermeer"]),
    ("Le ministre Luc Vermeer a partagé avec le président Amadou Fall des aspects des discussions qu'il a eues "
     "avec le ministre de l'Industrie Paul Kagame.", ["Luc Vermeer", "Paul Kagame"]),
])
def test_french_discussions_with_a_person_are_a_meeting_of_the_subject(text, who):
    assert meetings(events(text, lang="fr")) == [who]


def test_discussions_with_no_named_person_are_no_meeting():
    assert meetings(events("Les discussions avec le FMI ont été longues, a dit le ministre Luc Vermeer.",
                           lang="fr")) == []
