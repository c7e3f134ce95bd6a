"""Event families seen in real news wordings, through the public API (invented sentences)."""
import pytest

from record_helpers import events


def only(text, **kw):
    found = events(text, **kw)
    assert len(found) == 1, found
    return found[0]


# --- trigger wordings ------------------------------------------------------------------------

def test_elliptical_held_with_is_a_meeting():
    event = only("Besides the envoy, President Peter Okafor also held with the Ambassador of Peru, Ana Quispe.")
    assert event.type == "meeting" and set(event.participants) == {"Peter Okafor", "Ana Quispe"}


def test_held_with_the_participation_of_is_no_meeting_of_that_person():
    found = events("The forum was held with the participation of Minister Hana Novak.")
    assert not any(e.type == "meeting" and "Hana Novak" in e.participants for e in found)


def test_courtesy_call_on_is_a_meeting_with_its_place():
    event = only("Foreign Minister Tomas Lind paid a courtesy call on Prime Minister Rosa Mendez in Lima.")
    assert event.type == "meeting" and event.mode == "in_person"
    assert set(event.participants) == {"Tomas Lind", "Rosa Mendez"} and event.location == "Lima"


def test_visite_de_courtoisie_is_a_meeting_not_a_visit():
    found = events("La présidente Irma Keller a reçu M. Paolo Berti pour une visite de courtoisie.", lang="fr")
    assert [e.type for e in found] == ["meeting"]


def test_received_a_phone_call_from_makes_the_caller_the_initiator():
    event = only("Prime Minister Sara Holm received a telephone call from President Jorge Medina.")
    assert event.type == "phone_call" and event.initiator == "Jorge Medina"


def test_a_recu_un_appel_de_makes_the_caller_the_initiator():
    event = only("Le président Karim Bensalah a reçu un appel téléphonique du président Luis Ortega.", lang="fr")
    assert event.type == "phone_call" and event.initiator == "Luis Ortega"


def test_video_call_is_a_virtual_meeting():
    event = only("Prime Minister Tomas Lind held a video call with Prime Minister Rosa Mendez.")
    assert (event.type, event.mode) == ("meeting", "virtual")


def test_working_lunch_with_is_a_meeting():
    event = only("Le ministre Paul Girard a eu un déjeuner de travail avec Mme Anna Weber.", lang="fr")
    assert event.type == "meeting" and set(event.participants) == {"Paul Girard", "Anna Weber"}


@pytest.mark.parametrize("text,lang,place", [
    ("President Amara Diallo left for Nairobi on Sunday.", "en", "Nairobi"),
    ("Minister Amara Diallo departed for Lima this morning.", "en", "Lima"),
    ("Le président Amara Diallo a quitté Dakar pour Luanda mardi.", "fr", "Luanda"),
    ("Arrivé au Ghana jeudi, le ministre Amara Diallo a rencontré la presse.", "fr", "Ghana"),
])
def test_journeys_are_visits_to_their_destination(text, lang, place):
    visits = [e for e in events(text, lang=lang) if e.type == "visit"]
    assert len(visits) == 1 and visits[0].participants == ["Amara Diallo"]
    assert visits[0].location == place


def test_left_for_without_a_place_is_no_visit():
    found = events("Minister Amara Diallo said little time was left for talks.")
    assert not [e for e in found if e.type == "visit"]


def test_est_attendu_a_is_an_announced_visit():
    event = only("Le président Amara Diallo est attendu à Paris à la fin du mois.", lang="fr")
    assert (event.type, event.status, event.location) == ("visit", "planned", "Paris")


# --- where ----------------------------------------------------------------------------------

def test_meeting_place_after_the_object_list_and_its_commas():
    event = only("President Mary Atieno has met the Chilean ambassador to Kenya, Jorge Rojas, at State House, Nairobi.")
    assert event.location in ("State House", "Nairobi")


def test_country_is_the_place_of_a_meeting_only_without_a_city():
    assert only("Minister Paul Girard met Minister Rosa Mendez in Peru.").location == "Peru"
    event = only("President Mary Atieno met the ambassador to Peru, Jorge Rojas.")
    assert event.location is None


def test_venue_is_the_place_of_a_meeting():
    event = only("Le président Paul Girard a reçu M. Luis Ortega au palais de l'Élysée.", lang="fr")
    assert event.location is not None and "lys" in event.location


@pytest.mark.parametrize("text,expected", [
    ("Lima, 5 May 2023 – President Rosa Mendez met Foreign Minister Tomas Lind.", "Lima"),
    ("QUITO (Agency) – President Rosa Mendez met Foreign Minister Tomas Lind.", "Quito"),
])
def test_dateline_city_is_the_place_of_the_lead_meeting(text, expected):
    assert only(text).location == expected


@pytest.mark.parametrize("text", [
    "Peru – Meeting of two ministers\n\nPresident Rosa Mendez met Foreign Minister Tomas Lind.",
    "Peru, Chile sign deal\n\nPresident Rosa Mendez met Foreign Minister Tomas Lind.",
    "ACTIVITIES OF THE MINISTER IN PERU, 3 MAY\n\nPresident Rosa Mendez met Foreign Minister Tomas Lind.",
])
def test_a_country_heading_is_no_dateline(text):
    assert only(text).location is None


def test_meetings_later_in_a_visit_take_its_place_and_date():
    text = ("Secretary-General Maria Olsen arrived in Geneva on Monday, 3 March 2008. "
            "She addressed the Human Rights Council. She then spoke to the press. "
            "She also visited an exhibition. She praised the staff. "
            "After that, Maria Olsen met Foreign Minister Petr Horak.")
    meeting = [e for e in events(text, date="2008-03-04") if e.type == "meeting"]
    assert len(meeting) == 1 and meeting[0].location == "Geneva" and meeting[0].date == "2008-03-03"


def test_held_meeting_does_not_take_the_place_of_an_announced_visit():
    text = ("Minister Paul Girard will visit Lima next year. "
            "Paul Girard met Minister Rosa Mendez.")
    meeting = [e for e in events(text) if e.type == "meeting"]
    assert len(meeting) == 1 and meeting[0].location is None


# --- when -----------------------------------------------------------------------------------

def test_a_date_opening_the_sentence_dates_its_event_past_a_long_subject():
    text = ("On 18 June, Josef Marek, the High Representative of the Union for Foreign Affairs and "
            "Security Policy and Vice-President of the European Commission, concluded his two-day visit to Antalya.")
    visit = only(text, date="2021-06-19")
    assert visit.type == "visit" and visit.date == "2021-06-18"
