"""Title families: coordinated titles, modifiers and portfolios inside titles, stacked titles,
appositions and role mentions (kzeu_people / title grammar, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import offices_by_person as _offices

from kzeu_extract import extract


def test_a_coordinated_title_names_two_offices_with_their_evidence():
    text = "Deputy Prime Minister and Foreign Minister Lars Holm arrived in Riga."
    record = extract(text)
    (person,) = record.people
    assert set(person.offices) == {"Deputy Prime Minister", "Foreign Minister"}
    assert {o.title for o in record.offices} == {"Deputy Prime Minister", "Foreign Minister"}
    assert all(text[m.start:m.end] == m.text for o in record.offices for m in o.mentions)


def test_a_generic_title_is_dropped_beside_a_specific_one_of_its_family():
    offices = _offices("Chilean Foreign Minister Rosa Vidal arrived. Minister Vidal spoke first.")
    assert offices["Rosa Vidal"] == ["Chilean Foreign Minister"]


def test_a_sentence_end_is_not_a_title_qualifier():
    offices = _offices("They discussed the situation in Kenya. Prime Minister Omar Ali spoke later.")
    assert offices["Omar Ali"] == ["Prime Minister"]


@pytest.mark.parametrize("text,holder,title", [
    ("Ghanaian National Security Adviser, retired Kwame Mensah, signed the deal.", "Kwame Mensah",
     "Ghanaian National Security Adviser"),
    ("Peruvian Deputy National Security Adviser, Ana Quispe, signed the deal.", "Ana Quispe",
     "Peruvian Deputy National Security Adviser"),
    ("Talks were held with the US deputy assistant secretary of state for African affairs, Mark Olsen, on Friday.",
     "Mark Olsen", "US deputy assistant secretary of state for African affairs"),
    ("Ghana Minister of State for Budget and National Planning, Hajia Amina Bello, signed it.", "Amina Bello",
     "Ghana Minister of State for Budget and National Planning"),
    ("Chilean Defence Minister Rosa Vidal visited the base.", "Rosa Vidal", "Chilean Defence Minister"),
    ("State Councilor Zhou Ming attended the ceremony.", "Zhou Ming", "State Councilor"),
    ("General Ivan Petrov inspected the troops.", "Ivan Petrov", "General"),
    ("Indian External Affairs Minister Ravi Menon spoke.", "Ravi Menon", "Indian External Affairs Minister"),
])
def test_titles_with_modifiers_and_portfolios(text, holder, title):
    assert title in _offices(text).get(holder, [])


def test_a_name_after_the_comma_is_not_the_last_word_of_the_portfolio():
    names = set(_offices("Ghana Minister of State for Budget and National Planning, Hajia Amina Bello, signed it."))
    assert "Planning" not in names


def test_a_military_rank_needs_a_full_name():
    record = extract("The General Assembly adopted the resolution. General Motors opened a plant.")
    assert not record.people and not record.offices


def test_stacked_titles_belong_to_the_same_person():
    offices = _offices("Custodian of the Two Holy Mosques King Fahd bin Saud Al Rashid received the guests.")
    assert set(offices["Fahd bin Saud Al Rashid"]) >= {"Custodian of the Two Holy Mosques", "King"}


def test_stacked_titles_do_not_cross_a_line():
    offices = _offices("Talks with the President of Mongolia\nPresident Aigul Serik spoke.")
    assert offices["Aigul Serik"] == ["President"]


@pytest.mark.parametrize("text,holder,titles", [
    ("Le président de la République, Paul Mvondo, est parti hier. Le chef de l'Etat a parlé.", "Paul Mvondo",
     {"président de la République", "chef de l'Etat"}),
    ("La visite d'Etat du Président de la République du Niger,  Amadou Sani, commence.", "Amadou Sani",
     {"Président de la République du Niger"}),
])
def test_president_of_the_republic(text, holder, titles):
    assert set(_offices(text, "fr")[holder]) >= titles


def test_a_title_in_apposition_with_a_few_words_after_it():
    offices = _offices("Ms. Ada Obi, the governor of the northern state, opened the road.")
    assert any(o.startswith("governor") for o in offices["Ada Obi"])
