"""Event parties (issue 14): the countries and organizations taking part in an event, beside
its people; events of parties alone are reported. Invented sentences, English and French,
with negative cases (a place where the event happens, a topic, a news source)."""
import pytest

from record_helpers import events


def parties(event):
    return sorted(p.name for p in event.parties)


def by_name(event):
    return {p.name: p for p in event.parties}


def check_evidence(text, found):
    for event in found:
        for p in event.parties:
            assert text[p.start:p.end] == p.text, p


# --- events of parties alone --------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Egypt and Jordan held consultations in Amman on Monday.", "en", ["Egypt", "Jordan"]),
    ("Chile and Peru held talks in Lima on trade.", "en", ["Chile", "Peru"]),
    ("La France et l'Allemagne ont tenu des consultations à Paris.", "fr", ["France", "Germany"]),
    ("Le Sénégal et le Mali ont tenu des consultations à Dakar mardi.", "fr", ["Mali", "Senegal"]),
])
def test_two_countries_meeting_is_reported(text, lang, expected):
    found = events(text, lang=lang)
    check_evidence(text, found)
    assert len(found) == 1, found
    assert found[0].participants == []
    assert parties(found[0]) == expected
    assert all(p.kind == "country" and len(p.country) == 2 for p in found[0].parties)


def test_two_bodies_meeting_is_reported_with_their_ids():
    text = "The EU and ASEAN held a ministerial meeting in Brussels."
    found = events(text)
    check_evidence(text, found)
    assert len(found) == 1
    got = by_name(found[0])
    assert {p.kind for p in got.values()} == {"organization"}
    assert {p.organization for p in got.values()} == {"organization:eu", "organization:asean"}
    assert found[0].location == "Brussels"


@pytest.mark.parametrize("text,lang,guest,host", [
    ("A Russian delegation visited Nairobi on Tuesday.", "en", "Russia", "Kenya"),
    ("A Brazilian delegation visited Angola last week.", "en", "Brazil", "Angola"),
    ("Une délégation russe a visité Dakar mardi.", "fr", "Russia", "Senegal"),
])
def test_a_visiting_delegation_is_the_guest_and_the_destination_the_host(text, lang, guest, host):
    found = [e for e in events(text, lang=lang) if e.type == "visit"]
    check_evidence(text, found)
    assert len(found) == 1, found
    got = by_name(found[0])
    assert got[guest].side == "guest"
    assert got[host].side == "host"


@pytest.mark.parametrize("text,lang,expected", [
    ("Talks between the Kenyan and Ugandan delegations ended in Kampala.", "en", ["Kenya", "Uganda"]),
    ("Les délégations kényane et ougandaise ont tenu des consultations à Kampala.", "fr", ["Kenya", "Uganda"]),
])
def test_delegations_named_by_adjectives(text, lang, expected):
    found = events(text, lang=lang)
    check_evidence(text, found)
    assert [parties(e) for e in found] == [expected]


# --- the country a participant represents ---------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo.", "en",
     {"Egypt": "Egyptian", "Jordan": "Jordanian"}),
    ("President Lena Moravec met Alfred Mutua, Foreign Minister of Kenya, in Vienna.", "en", {"Kenya": "Kenya"}),
    ("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a rencontré à Paris le président Paul Biya.",
     "fr", {"Mali": "malien"}),
])
def test_a_participants_country_from_the_title(text, lang, expected):
    found = events(text, lang=lang)
    check_evidence(text, found)
    meetings = [e for e in found if e.type == "meeting"]
    assert len(meetings) == 1, found
    assert {p.name: p.text for p in meetings[0].parties} == expected
    assert all(p.side is None for p in meetings[0].parties)


def test_a_host_receives_a_guest():
    text = "President William Ruto received the Foreign Minister of Ghana, Kwame Mensah, at State House."
    found = events(text)
    check_evidence(text, found)
    assert [(p.name, p.side) for p in found[0].parties] == [("Ghana", "guest")]


def test_the_initiator_party():
    text = ("President Lena Moravec held a telephone conversation with the Foreign Minister of Kenya, "
            "Alfred Mutua, at the request of the Kenyan side.")
    found = events(text)
    calls = [e for e in found if e.type == "phone_call"]
    assert calls and calls[0].initiator == "Kenya"
    assert [(p.name, p.initiator) for p in calls[0].parties] == [("Kenya", True)]
    assert all(p.side is None for p in calls[0].parties)  # a call has no host


# --- not parties -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("President Lena Moravec met Prime Minister Omar Castell in Geneva.", "en"),
    ("President Lena Moravec met Prime Minister Omar Castell in Switzerland on Monday.", "en"),
    ("La présidente Lena Moravec a rencontré le Premier ministre Omar Castell en Suisse.", "fr"),
])
def test_the_place_of_a_meeting_is_no_party(text, lang):
    found = events(text, lang=lang)
    assert len(found) == 1
    assert found[0].parties == []


@pytest.mark.parametrize("text,lang", [
    ("President Lena Moravec met Prime Minister Omar Castell and discussed WTO reform.", "en"),
    ("President Lena Moravec held talks with Prime Minister Omar Castell on Ukraine and NATO.", "en"),
    ("La présidente Lena Moravec a rencontré le Premier ministre Omar Castell pour discuter de l'OTAN.", "fr"),
])
def test_a_topic_is_no_party(text, lang):
    found = events(text, lang=lang)
    assert len(found) == 1
    assert found[0].parties == []


def test_a_delegation_meeting_a_minister_is_reported_for_its_parties():
    text = "Une délégation russe a rencontré le ministre kényan des Affaires étrangères, Alfred Mutua."
    found = events(text, lang="fr")
    check_evidence(text, found)
    assert [parties(e) for e in found] == [["Kenya", "Russia"]]
    assert found[0].participants == []  # one named person: not a meeting of named people


def test_negotiations_with_two_countries_are_not_between_them():
    assert events("The ministers noted progress in the negotiations with Peru and Chile.") == []
    assert events("Les ministres ont salué les progrès des négociations avec le Pérou et le Chili.", lang="fr") == []


def test_one_country_alone_makes_no_meeting():
    assert events("Egypt held consultations on water in Cairo.") == []
    assert events("The meeting room in Cairo was full.") == []


def test_a_news_source_is_no_party():
    text = "Kenya and Uganda held talks in Kampala, Reuters reported."
    found = events(text)
    assert [parties(e) for e in found] == [["Kenya", "Uganda"]]


def test_a_visit_to_the_website_is_no_event():
    assert events("Visitors can pay a visit to the website of the European Union.") == []


@pytest.mark.parametrize("text,lang", [
    ("Prime Minister Omar Castell was received by the President of Ghana, Kwame Mensah, in Accra.", "en"),
    ("Le Premier ministre malien a été accueilli à Dakar par le président Macky Sall.", "fr"),
])
def test_a_passive_reception_makes_no_host_of_its_subject(text, lang):
    found = events(text, lang=lang)
    assert all(p.side != "host" or p.name in ("Ghana", "Senegal") for e in found for p in e.parties), found
