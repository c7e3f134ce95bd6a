"""Names of many naming cultures, forms of address and fragments that are not people
(kzeu_people, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import names as _names, evidence_holds as _evidence_ok

from kzeu_extract import extract


@pytest.mark.parametrize("text,name", [
    ("Welcoming Indian Minister of External Affairs R.K. Sharma, the host spoke first.", "R.K. Sharma"),
    ("Foreign Secretary T. N. Perera arrived in Male on Monday.", "T. N. Perera"),
    ("Foreign Minister V Raghavan arrived in Kathmandu.", "V Raghavan"),
    ("Minister Lavrov thanked President Ts.Batbold for the invitation.", "Ts.Batbold"),
    ("His assistant press secretary MK Rahim Uddin told reporters.", "MK Rahim Uddin"),
])
def test_initials_belong_to_the_name(text, name):
    assert name in _names(text)


def test_regnal_numeral_belongs_to_a_monarch_name_but_alone_makes_no_name():
    assert "Harald V" in _names("King Harald V received Prime Minister Anna Berg in Oslo.")
    assert "Phase II" not in _names("The project entered Phase II in the spring, officials said.")


def test_month_name_as_surname_only_without_a_day():
    assert "Amelia May" in _names("British Foreign Secretary Amelia May visited Lagos on Monday.")
    assert "Amelia May" in _names("Officials said Amelia May would visit Lagos.")
    assert not _names("The talks ended on Friday, May 12, in Astana.")
    assert "Lars Holm" in _names("Prime Minister Lars Holm May 2019 archive")


@pytest.mark.parametrize("text,name,not_name", [
    ("His Excellency Sheikh Khalid bin Saud Al Hamad opened the forum.", "Khalid bin Saud Al Hamad", "Sheikh"),
    ("The minister met Datuk Seri Dr Amir Hamzah Osman in Putrajaya.", "Amir Hamzah Osman", "Datuk"),
    ("Son Excellence Monsieur Ali Traoré a reçu les ambassadeurs.", "Ali Traoré", "Monsieur"),
    ("La ministre a rencontré Mgr Pierre Kabore à Ouagadougou.", "Pierre Kabore", "Mgr"),
    ("The Hon. Mary Kila MP opened the new school.", "Mary Kila", "Hon"),
])
def test_forms_of_address_are_not_part_of_the_name(text, name, not_name):
    lang = "fr" if " a " in text else "en"
    names = _names(text, lang)
    assert name in names
    assert not any(n.startswith(not_name) for n in names)


def test_a_bare_form_of_address_is_no_person():
    assert not _names("Their Majesties attended the banquet. His Excellency thanked the hosts.")


def test_an_honorific_that_is_part_of_a_one_word_name():
    assert "Sheikh Rehana" in _names("Prime Minister Sheikh Rehana arrived in Delhi. Rehana met officials.")


def test_an_arabic_name_shortened_to_the_given_name_is_the_same_person():
    record = extract("Crown Prince Faisal bin Nasser Al Rashid received the delegation. "
                     "Later, Crown Prince Faisal thanked the guests.", lang="en")
    assert [p.name for p in record.people] == ["Faisal bin Nasser Al Rashid"]


def test_a_father_inside_a_patronymic_chain_is_another_person():
    names = _names("King Nasser bin Fahd Al Rashid and Crown Prince Faisal bin Nasser bin Fahd Al Rashid met guests.")
    assert {"Nasser bin Fahd Al Rashid", "Faisal bin Nasser bin Fahd Al Rashid"} <= names


def test_the_end_of_a_full_name_is_the_same_person():
    record = extract("Egyptian Foreign Minister Ahmed Abdel Fattah attended. Abdel Fattah said talks went well.")
    assert [p.name for p in record.people] == ["Ahmed Abdel Fattah"]


def test_a_demonym_of_two_words_is_not_part_of_a_name():
    names = _names("The premier sat down with her South Korean Park Min-ho on Saturday.")
    assert not any(n.startswith("South Korean") for n in names)


@pytest.mark.parametrize("text", [
    "Tweet Share Print\nLegal Disclaimer\nInline Feedbacks\nThe ministers met on Monday.",
    "Archived Articles | Wire Staff | Large Medium Small\nThe ministers met on Monday.",
    "The delegation toured Waiheke Island and the Transpetro Terminal before lunch.",
    "They spoke at the National Parade Ground after the 32nd Ordinary Session.",
])
def test_page_furniture_places_and_facilities_are_not_people(text):
    assert not _names(text)


def test_a_royal_rank_introduces_a_name_but_is_no_office():
    record = extract("Prince Karim bin Talal attended the banquet.")
    (person,) = record.people
    assert person.name == "Karim bin Talal" and person.offices == []


def test_a_form_of_address_ends_a_title_complement():
    record = extract("Minister of Finance Dr Pedro Alves presented the budget.")
    (person,) = record.people
    assert person.name == "Pedro Alves" and person.offices == ["Minister of Finance"]
    assert _evidence_ok("Minister of Finance Dr Pedro Alves presented the budget.")
