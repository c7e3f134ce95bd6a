"""Title families, third round: a plural title before names with their portfolios in
brackets, portfolios coordinated before "Minister", the abbreviation "PM", Gulf titles
(Amir, a title stacked after "Ambassador to X"), a country's possessive in a complement,
princes of a country, French honorifics and party adjectives (title grammar / kzeu_people,
through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import offices_by_person as _offices, evidence_holds as _evidence_ok

from kzeu_extract import extract


def test_plural_title_with_bracketed_portfolios():
    text = ("The dinner was attended by Bolivian Ministers Juan Perez (Foreign Affairs), "
            "Rosa Quispe (Mining and Metallurgy) and Luis Mamani (Health, Sports and Culture).")
    offices = _offices(text)
    assert offices["Juan Perez"] == ["Bolivian Minister of Foreign Affairs"]
    assert offices["Rosa Quispe"] == ["Bolivian Minister of Mining and Metallurgy"]
    assert offices["Luis Mamani"] == ["Bolivian Minister of Health, Sports and Culture"]
    assert _evidence_ok(text)


def test_bracketed_foreign_affairs_portfolio_makes_a_foreign_minister():
    text = ("The delegation includes Ministers Ana Silva (Foreign Affairs) and Rui Costa (Energy) this week. "
            "The Foreign Minister then left.")
    record = extract(text)
    ana = next(p for p in record.people if p.name == "Ana Silva")
    assert any(m.text.endswith("Foreign Minister") for m in ana.mentions)


def test_plural_title_with_bracketed_portfolios_in_french():
    text = "Étaient présents les ministres Paul Girard (Commerce), Anne Roux (Culture) et Marc Petit (Affaires sociales)."
    offices = _offices(text, "fr")
    assert offices["Paul Girard"] == ["ministre du Commerce"]
    assert offices["Anne Roux"] == ["ministre de la Culture"]
    assert offices["Marc Petit"] == ["ministre des Affaires sociales"]


def test_brackets_that_are_no_portfolio_give_no_title():
    text = "The ministers Ana Silva (AFP) and Rui Costa (R) spoke."
    offices = _offices(text)
    assert not any(" of " in t for ts in offices.values() for t in ts)


@pytest.mark.parametrize("text,holder,title", [
    ("Colombian Mines and Energy Minister Diego Rojas arrived.", "Diego Rojas", "Colombian Mines and Energy Minister"),
    ("Trade, Industry and Tourism Minister Lina Gomez spoke.", "Lina Gomez", "Trade, Industry and Tourism Minister"),
    ("Australia's Foreign Affairs and Trade Minister Sam Reid left.", "Sam Reid", "Australia's Foreign Affairs and Trade Minister"),
])
def test_portfolios_coordinated_before_minister(text, holder, title):
    assert _offices(text)[holder] == [title]
    assert _evidence_ok(text)


def test_coordinated_foreign_affairs_portfolio_is_a_foreign_minister_role():
    text = "Foreign Affairs and Trade Minister Sam Reid arrived on Monday. The Foreign Minister said talks went well."
    record = extract(text)
    (person,) = record.people
    assert any(m.text.endswith("Foreign Minister") for m in person.mentions)


@pytest.mark.parametrize("text,holder,title", [
    ("PM Lê Minh Khải met the delegation.", "Lê Minh Khải", "PM"),
    ("Indian PM Rajiv Menon and Canadian PM Emma Clark met.", "Emma Clark", "Canadian PM"),
    ("Deputy PM Karl Olsen opened the session.", "Karl Olsen", "Deputy PM"),
])
def test_pm_is_the_prime_minister(text, holder, title):
    assert title in _offices(text)[holder]


def test_pm_after_a_time_or_in_lower_case_is_no_title():
    record = extract("The session opened at 9:40 PM Karl Olsen said. Talks ended at 11 pm Monday.")
    assert not any(o.title in ("PM", "pm") for o in record.offices)


def test_amir_of_a_country_and_the_amir_with_sheikh():
    text = "Bahrain's Amir Sheikh Hamad Isa Al-Khalifa received the envoy."
    assert _offices(text)["Hamad Isa Al-Khalifa"] == ["Bahrain's Amir"]


def test_office_then_rank_before_another_person_are_not_one_title():
    text = "Bahrain's Amir Sheikh Hamad Isa Al-Khalifa received Prince Nayef bin Saud. The Amir and Prince Nayef talked."
    offices = _offices(text)
    assert offices.get("Nayef bin Saud", []) == []


def test_country_possessive_in_a_complement():
    text = "He met Ilse Brandt, president of Austria's National Council, on Monday."
    assert _offices(text)["Ilse Brandt"] == ["president of Austria's National Council"]
    record = extract(text)
    assert next(o for o in record.offices if o.holder == "Ilse Brandt").country == "AT"


def test_a_prince_of_a_country_holds_that_title_a_bare_prince_does_not():
    text = "Le roi a reçu le prince Nikola II de Monténégro et la princesse Mira. Le prince Karim est venu."
    offices = _offices(text, "fr")
    assert offices["Nikola II de Monténégro"] == ["prince de Monténégro"]
    assert all(not ts for name, ts in offices.items() if name != "Nikola II de Monténégro")


def test_sovereign_only_with_a_capital_letter():
    record = extract("Le fonds souverain Atlas Capital a investi. Le Souverain monégasque est arrivé.", lang="fr")
    assert not any(o.title.startswith("souverain") for o in record.offices)


def test_french_honorable_before_a_name():
    text = "La ministre du Commerce international, l’honorable Mary Ng, a terminé sa visite."
    assert _offices(text, "fr")["Mary Ng"] == ["ministre du Commerce international"]


def test_french_party_adjective_in_a_complement():
    text = "Il a rencontré Jorge Ruiz, secrétaire général du Parti socialiste du Chili ; puis il est parti."
    assert _offices(text, "fr")["Jorge Ruiz"] == ["secrétaire général du Parti socialiste du Chili"]
