"""Event families, third round: joint acts of two named people (signing, joint press
conference), hosts as initiators, planned and noun-stated visits in French, the holder of a
title named after "at the invitation of", a city and its country as one visit, and a date
stated in the sentence before (invented sentences)."""
from record_helpers import events, meetings


def visits(found):
    return [e for e in found if e.type == "visit"]


# --- a joint act of two named people is a meeting ------------------------------------------

def test_two_leaders_signing_together_meet():
    found = events("President Lena Moravec and Prime Minister Omar Castell signed a joint declaration in Vienna.")
    assert meetings(found) == [["Lena Moravec", "Omar Castell"]]
    assert found[0].location == "Vienna"


def test_french_signing_with_titles_in_apposition_is_a_meeting():
    text = ("Le président du Sénégal, Amadou Fall, et le premier ministre de la Belgique, Luc Vermeer, "
            "ont signé aujourd'hui à Bruxelles une déclaration commune.")
    found = events(text, lang="fr")
    assert meetings(found) == [["Amadou Fall", "Luc Vermeer"]]


def test_one_person_signing_or_a_passive_signing_is_no_meeting():
    assert meetings(events("President Lena Moravec signed a decree appointing Omar Castell as envoy.")) == []
    assert meetings(events("The accords were signed by Minister Lena Moravec and Minister Omar Castell.")) == []


def test_a_joint_press_conference_is_a_meeting():
    found = events("Chancellor Ines Varga and President Tomas Rudd held a joint press conference in Prague.")
    assert meetings(found) == [["Ines Varga", "Tomas Rudd"]]


# --- hosts -------------------------------------------------------------------------------------

def test_the_host_initiates_the_meeting():
    found = events("Prime Minister Ines Varga hosted Foreign Minister Tomas Rudd in Budapest on Monday.")
    assert meetings(found) == [["Ines Varga", "Tomas Rudd"]]
    assert found[0].initiator == "Ines Varga"


def test_hosted_by_makes_a_meeting_initiated_by_the_host():
    found = events("Foreign Minister Tomas Rudd, hosted by Prime Minister Ines Varga, toured the new port.")
    assert meetings(found) == [["Ines Varga", "Tomas Rudd"]]
    assert found[0].initiator == "Ines Varga"


def test_hosted_by_after_talks_belongs_to_those_talks():
    text = ("The summit followed talks between the ministers Ana Brel and Jon Sato, held in Oslo "
            "and hosted by Secretary of State Mia Lund.")
    found = events(text)
    assert meetings(found) == [["Ana Brel", "Jon Sato", "Mia Lund"]]


# --- French planned and noun-stated visits -------------------------------------------------------

def test_doit_arriver_is_a_planned_visit():
    found = visits(events("Le président Karim Diallo doit arriver à Lisbonne lundi.", lang="fr"))
    assert [(v.participants, v.location, v.status) for v in found] == [(["Karim Diallo"], "Lisbon", "planned")]


def test_arriver_a_without_a_place_is_no_visit():
    assert visits(events("Le ministre Karim Diallo espère arriver à un accord.", lang="fr")) == []


def test_expected_today_in_a_city_is_a_visit_of_the_day():
    found = visits(events("Le président Karim Diallo est attendu aujourd'hui à Bamako pour une visite de travail.",
                          date="2023-05-10", lang="fr"))
    assert len(found) == 1
    assert found[0].location == "Bamako" and found[0].status == "held" and found[0].date == "2023-05-10"


def test_a_stay_in_a_city_is_a_visit():
    found = visits(events("Durant son séjour à Genève, la ministre Claire Aubry a rencontré des diplomates.",
                          lang="fr"))
    assert [(v.participants, v.location) for v in found] == [(["Claire Aubry"], "Geneva")]


# --- initiators ------------------------------------------------------------------------------------

def test_the_holder_named_after_the_inviting_title_initiates():
    text = ("Sur invitation du ministre des Affaires étrangères du Portugal, Rui Matos, la ministre "
            "Claire Aubry s'est rendue à Lisbonne le 3 mai 2023.")
    found = visits(events(text, lang="fr"))
    assert found and found[0].initiator == "Rui Matos"


def test_an_inviter_after_the_visit_is_not_the_visitor():
    text = ("Le président Karim Diallo est à Accra pour une visite de travail, à l'invitation de son "
            "homologue ghanéen, Kofi Asante.")
    found = visits(events(text, lang="fr"))
    assert [v.participants for v in found] == [["Karim Diallo"]]
    assert found[0].initiator == "Kofi Asante"


# --- one visit named by its city and by its country --------------------------------------------------

def test_a_city_and_its_country_are_one_visit():
    text = ("Foreign Minister Tomas Rudd paid a visit to Ghana on 3 May 2023.\n"
            "The visit to Accra ended with a dinner.")
    found = visits(events(text))
    assert [(v.participants, v.location) for v in found] == [(["Tomas Rudd"], "Accra")]


def test_two_countries_stay_two_visits():
    text = ("Foreign Minister Tomas Rudd paid a visit to Ghana on 3 May 2023.\n"
            "Foreign Minister Tomas Rudd paid a visit to Togo on 3 May 2023.")
    assert sorted(v.location for v in visits(events(text))) == ["Ghana", "Togo"]


# --- a date of the sentence before ---------------------------------------------------------------------

def test_a_date_of_the_previous_sentence_of_the_paragraph_dates_the_meeting():
    text = ("The regional forum opened its doors to the public this spring.\n\n"
            "Some ninety delegates gathered in Lima on 2 March 2023 for the forum. "
            "Minister Ana Brel met Minister Jon Sato on its margins.")
    found = events(text)
    assert meetings(found) == [["Ana Brel", "Jon Sato"]] and found[0].date == "2023-03-02"


def test_a_date_of_another_paragraph_does_not():
    text = ("The regional forum opened its doors to the public this spring.\n\n"
            "Some ninety delegates gathered in Lima on 2 March 2023 for the forum.\n\n"
            "Minister Ana Brel met Minister Jon Sato on its margins.")
    found = events(text)
    assert meetings(found) == [["Ana Brel", "Jon Sato"]] and found[0].date != "2023-03-02"
