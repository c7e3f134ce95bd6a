"""Names, second round: surnames in capitals, editorial brackets, royals named by one word,
truncated texts, headline verbs and page furniture, named places and facilities, given names
that are also country names (kzeu_people, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import names as _names, evidence_holds as _evidence_ok

from kzeu_extract import extract


@pytest.mark.parametrize("text,lang,name", [
    ("Entretien de M. Pierre DUVAL, Président de la République, avec la presse.", "fr", "Pierre DUVAL"),
    ("Rédaction : Li MENG, à Pékin.", "fr", "Li MENG"),
    ("The talks with KIM Dae-sung ended late.", "en", "KIM Dae-sung"),
    ("Comme hier avec Mme LAURENT, le ministre a parlé.", "fr", "LAURENT"),
])
def test_surnames_in_capitals(text, lang, name):
    assert name in _names(text, lang)
    assert _evidence_ok(text, lang)


def test_a_capitalised_surname_joins_its_later_mentions_and_takes_its_title():
    record = extract("M. Pierre DUVAL, Président de la République, a reçu la délégation. Duval a parlé.", lang="fr")
    (person,) = record.people
    assert person.name == "Pierre DUVAL" and "Président de la République" in person.offices
    assert len(person.mentions) == 2


@pytest.mark.parametrize("text", [
    "Journalist ID: 5331\nThe minister spoke.",
    "Thai PM meets Chinese DM in Bangkok",
    "The OSCE Chair spoke. The EU Commission agreed.",
])
def test_abbreviations_after_a_word_are_no_surnames(text):
    assert _names(text) == set()


def test_a_two_letter_surname_as_a_signature_line():
    assert "Awa KO" in _names("Le président a parlé de la paix.\nAwa KO\n", "fr")


def test_a_bracketed_given_name():
    record = extract("Il veut poursuivre ses discussions avec le président américain [John] Carter, a-t-il dit.", lang="fr")
    (person,) = record.people
    assert person.name == "John Carter"
    assert person.offices == ["président américain"]
    assert _evidence_ok("Il veut poursuivre ses discussions avec le président américain [John] Carter, a-t-il dit.", "fr")


def test_a_royal_named_by_one_word_is_known_by_title_and_name():
    record = extract("His Majesty King Hassan met the envoy. King Hassan then left for Rabat.")
    (person,) = record.people
    assert person.name == "King Hassan"
    assert "King" in person.offices


def test_a_style_abbreviation_before_a_styled_title():
    offices = {p.name: p.offices for p in extract(
        "En tant que président du Comité Al-Qods, S.M. le Roi Hassan II œuvre pour la paix.", lang="fr").people}
    assert set(offices) == {"Hassan II"}
    assert {"président du Comité Al-Qods", "Roi"} <= set(offices["Hassan II"])


def test_initials_are_still_initials():
    assert "S.K. Menon" in _names("External Affairs Minister S.K. Menon arrived in Colombo.")


@pytest.mark.parametrize("text,lang", [
    ("Le discours a été salué par le Président Jean", "fr"),
    ("the controversial Foreign Minister Ol", "en"),
])
def test_a_word_cut_off_at_the_end_of_a_text_is_no_name(text, lang):
    assert _names(text, lang) == set()


def test_headline_verbs_are_no_part_of_a_name():
    text = ("Novak Ready to Meet Petrov in Minsk During Lee Visit\n\n"
            "President Anton Novak said he would meet Ivan Petrov while Robert Lee visits.")
    assert _names(text) == {"Anton Novak", "Ivan Petrov", "Robert Lee"}


@pytest.mark.parametrize("text", [
    "JapanGov Weekly\nOpening Remarks\nThe minister spoke.",
    "Home | Latest Headlines | Press Briefing\nThe minister spoke.",
])
def test_page_furniture_is_no_person(text):
    assert _names(text) == set()


@pytest.mark.parametrize("text,lang", [
    ("They discussed the Binh Dinh 3 power project.", "en"),
    ("He was received at his official Khan Uul residence on Monday.", "en"),
])
def test_a_run_before_a_number_or_a_venue_noun_names_a_place(text, lang):
    assert _names(text, lang) == set()


def test_a_given_name_that_is_a_country_name_elsewhere():
    assert "Dominique de Martel" in _names("Il a vu le Premier ministre, Dominique de Martel, hier.", "fr")


def test_a_korean_surname_park_is_a_name():
    assert "Park Ji-won" in _names("President Park Ji-won's trip to Hanoi was discussed.")
