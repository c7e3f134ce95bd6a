"""Event status beyond held and planned (issue 14): cancelled and refused where the text says
so; a postponed event stays planned (it is still to come). Invented sentences, English and
French, with negative cases."""
import pytest

from record_helpers import events


def statuses(found):
    return [(e.type, e.status) for e in found]


@pytest.mark.parametrize("text,lang,expected", [
    ("President Lena Moravec refused to meet Prime Minister Omar Castell.", "en", ("meeting", "refused")),
    ("Foreign Minister Alfred Mutua declined an invitation to visit Ethiopia.", "en", ("visit", "refused")),
    ("President Lena Moravec has declined to hold talks with Prime Minister Omar Castell.", "en",
     ("meeting", "refused")),
    ("La ministre Amina Diallo a refusé de rencontrer le président Paul Biya.", "fr", ("meeting", "refused")),
])
def test_refused(text, lang, expected):
    assert expected in statuses(events(text, lang=lang))


@pytest.mark.parametrize("text,lang,expected", [
    ("The visit of President Lena Moravec to Ethiopia was called off.", "en", ("visit", "cancelled")),
    ("President Lena Moravec cancelled her visit to Chile.", "en", ("visit", "cancelled")),
    ("The meeting between President Lena Moravec and Prime Minister Omar Castell has been cancelled.", "en",
     ("meeting", "cancelled")),
    ("Le président Emmanuel Macron a annulé sa visite en Algérie.", "fr", ("visit", "cancelled")),
    ("La visite du président Paul Biya à Paris a été annulée.", "fr", ("visit", "cancelled")),
])
def test_cancelled(text, lang, expected):
    assert expected in statuses(events(text, lang=lang))


@pytest.mark.parametrize("text,lang,expected", [
    ("The meeting between President Lena Moravec and Prime Minister Omar Castell has been postponed.", "en",
     ("meeting", "planned")),
    ("La visite du président Paul Biya à Paris a été reportée.", "fr", ("visit", "planned")),
])
def test_postponed_stays_planned(text, lang, expected):
    assert statuses(events(text, lang=lang)) == [expected]


def test_an_announced_visit_later_cancelled_is_one_cancelled_event():
    text = ("President Lena Moravec will visit Chile in June. "
            "On Friday the visit was cancelled.")
    found = [e for e in events(text) if e.type == "visit"]
    assert statuses(found) == [("visit", "cancelled")]


@pytest.mark.parametrize("text,lang", [
    ("President Lena Moravec did not refuse to meet Prime Minister Omar Castell.", "en"),
    ("La présidente Lena Moravec n'a pas refusé de rencontrer le président Paul Biya.", "fr"),
    ("The visit of President Lena Moravec to Ethiopia was not cancelled.", "en"),
])
def test_a_negated_cue_is_no_refusal_or_cancellation(text, lang):
    assert all(e.status not in ("refused", "cancelled") for e in events(text, lang=lang))


@pytest.mark.parametrize("text", [
    "Kenya failed to meet a pledge on climate finance.",
    "The cancelled flights angered travellers in Nairobi.",
    "Ministers refused to comment on the budget.",
])
def test_no_event(text):
    assert events(text) == []


def test_held_only_when_reported_as_happened():
    found = events("President Lena Moravec met Prime Minister Omar Castell in Vienna on Monday.")
    assert statuses(found) == [("meeting", "held")]
