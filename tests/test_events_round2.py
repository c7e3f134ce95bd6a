"""Event families, second round: a visitor's programme met one by one, the direction of a
visit, the speaker's own events inside quotes, coordinated purpose verbs (invented sentences)."""
from record_helpers import events, meetings


def visitors(found):
    return [e.participants for e in found if e.type == "visit"]


# --- a visitor's programme: one meeting per titled host --------------------------------------

def test_a_visitor_meets_each_titled_host_separately():
    text = ("Foreign Minister Lars Eklund paid an official visit to Quito on Monday.\n"
            "He met President Carmen Ibarra and Prime Minister Diego Salas.")
    found = events(text)
    assert sorted(meetings(found)) == [["Carmen Ibarra", "Lars Eklund"], ["Diego Salas", "Lars Eklund"]]


def test_without_a_visit_a_two_person_list_stays_one_meeting():
    text = "Foreign Minister Lars Eklund met President Carmen Ibarra and Prime Minister Diego Salas."
    found = events(text)
    assert meetings(found) == [["Carmen Ibarra", "Diego Salas", "Lars Eklund"]]


def test_a_named_group_during_a_visit_stays_one_meeting():
    text = ("Foreign Minister Lars Eklund paid an official visit to Quito on Monday.\n"
            "He also met the two new senators, Senator Carmen Ibarra and Senator Diego Salas, together.")
    found = events(text)
    assert meetings(found) == [["Carmen Ibarra", "Diego Salas", "Lars Eklund"]]


def test_semicolons_between_titled_names_continue_the_list():
    text = ("Secretary General Ana Ruiz travelled to Lima for the summit.\n"
            "She met with the President of Chile, Tomas Vidal; the Prime Minister of Fiji, Jone Tora; "
            "and the Foreign Minister of Ghana, Kofi Mensah.")
    found = events(text)
    assert sorted(meetings(found)) == [["Ana Ruiz", "Jone Tora"], ["Ana Ruiz", "Kofi Mensah"],
                                       ["Ana Ruiz", "Tomas Vidal"]]


# --- the direction of a visit --------------------------------------------------------------

def test_the_visiting_counterpart_is_the_visitor():
    text = "Foreign Minister Omar Haddad and his visiting Chilean counterpart, Lucia Ferrer, met in Amman."
    found = events(text)
    assert visitors(found) == [["Lucia Ferrer"]]


def test_he_before_a_journey_is_the_sentence_subject_not_the_person_named_last():
    text = ("Prime Minister Rahul Mehta said he will also hold discussions with Premier Chen Bo when he "
            "travels to Beijing next week.")
    found = events(text)
    assert visitors(found) == [["Rahul Mehta"]]
    assert meetings(found) == [["Chen Bo", "Rahul Mehta"]]


def test_a_person_governed_by_a_preposition_is_not_the_visitor():
    text = ("Le ministre Karim Bensalah a remis une lettre au président Pablo Ortiz lors de sa visite "
            "à Lima.")
    found = events(text, lang="fr")
    assert visitors(found) == [["Karim Bensalah"]]


def test_who_arrived_is_the_earlier_visitor_not_the_person_after():
    text = ("General Ivo Marek paid an official visit to Thailand.\n"
            "The general, who arrived in Bangkok on Friday, later greeted King Rama Sirin.")
    found = events(text)
    assert all(v == ["Ivo Marek"] for v in visitors(found))


# --- quotes and coordinated verbs ----------------------------------------------------------

def test_i_will_meet_inside_a_quote_is_the_speakers_meeting():
    text = "\u201cI will meet with President Rosa Almagro in Lima,\u201d Foreign Minister Jan Novak said."
    found = events(text)
    assert meetings(found) == [["Jan Novak", "Rosa Almagro"]]


def test_other_quoted_talks_are_still_no_event():
    text = "\u201cThe ministers met with President Rosa Almagro,\u201d Foreign Minister Jan Novak said."
    assert events(text) == []


def test_a_purpose_verb_after_a_journey_shares_its_subject():
    text = "Le président Marc Duval se rendra ensuite au Sénat pour y rencontrer son président Paul Ricard."
    found = events(text, lang="fr")
    assert meetings(found) == [["Marc Duval", "Paul Ricard"]]


def test_will_meet_needs_a_person_and_meeting_needs_is_none():
    assert meetings(events("Minister Lars Eklund said the plan will meet the needs of farmers.")) == []
    found = events("Minister Lars Eklund will meet Chancellor Eva Brandt on Friday.")
    assert meetings(found) == [["Eva Brandt", "Lars Eklund"]]
