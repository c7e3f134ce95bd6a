"""Title families, second round: French portfolio complements ("aux", "à la", lower-case
portfolios), post-adjectives, parentheses, styles, post-nominal letters, left qualifiers of
subnational units and long country names, appositions of already titled people and lists
(title grammar / kzeu_people, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import offices_by_person as _offices, evidence_holds as _evidence_ok

from kzeu_extract import extract


@pytest.mark.parametrize("text,holder,title", [
    # "aux"/"à la" before a portfolio is the office, not a destination
    ("Il a reçu M. Paul Renard, secrétaire d'État aux Affaires maritimes, mardi.", "Paul Renard",
     "secrétaire d'État aux Affaires maritimes"),
    ("Elle a vu Mme Inès Karam, haut-commissaire aux droits de l'homme des Nations unies, à Genève.",
     "Inès Karam", "haut-commissaire aux droits de l'homme des Nations unies"),
    ("La visite a été annoncée par la ministre déléguée à la Jeunesse et aux Sports, Claire Morin.",
     "Claire Morin", "ministre déléguée à la Jeunesse et aux Sports"),
    # a second portfolio with its own preposition, and lower-case French portfolios
    ("Mme Lucie Bernard, ministre belge du Travail et de l'Emploi, a parlé.", "Lucie Bernard",
     "ministre belge du Travail et de l'Emploi"),
    ("Aïcha Diallo, Ministre de la santé et de la population étaient présentes.", "Aïcha Diallo",
     "Ministre de la santé et de la population"),
    ("Il a rencontré M. Olivier Petit, directeur général de l'Organisation mondiale du tourisme, hier.",
     "Olivier Petit", "directeur général de l'Organisation mondiale du tourisme"),
    # a whole vocabulary form is not cut at a modifier ("vice-président du conseil" ...)
    ("Il a vu le Vice-président du Conseil d'État M. Henri Lefort à Paris.", "Henri Lefort",
     "Vice-président du Conseil d'État"),
    # French adjectives that stay inside the title
    ("Le conseiller fédéral Urs Keller a ouvert la conférence.", "Urs Keller", "conseiller fédéral"),
    ("Il doit rencontrer le président sortant Jorge Ramos mardi.", "Jorge Ramos", "président sortant"),
    ("Il a vu le chef de la majorité républicaine du Sénat, Tom Walsh.", "Tom Walsh",
     "chef de la majorité républicaine du Sénat"),
])
def test_french_portfolio_titles(text, holder, title):
    assert title in _offices(text, "fr").get(holder, [])
    assert _evidence_ok(text, "fr")


def test_a_destination_after_au_is_still_no_portfolio():
    offices = _offices("L'ambassadeur au Japon Marc Olivier a présenté ses lettres.", "fr")
    assert offices["Marc Olivier"] == ["ambassadeur au Japon"]


def test_a_place_after_a_non_portfolio_title_ends_it():
    offices = _offices("Mgr Basile, métropolite de Belgique à la cathédrale Saint Nicolas, a prié.", "fr")
    assert all("cathédrale" not in t for titles in offices.values() for t in titles)
    assert "Nicolas" not in offices


@pytest.mark.parametrize("text,holder,title", [
    ("Minister of State for Trade (Asia) Helen Brook will attend.", "Helen Brook",
     "Minister of State for Trade (Asia)"),
    ("He met the Chairman of the Majlis (the Parliament) Omar Sayed on Monday.", "Omar Sayed",
     "Chairman of the Majlis (the Parliament)"),
    ("She was joined by Ana Ruiz, the new head of the Ministry of Trade and Industry (MTI), and others.",
     "Ana Ruiz", "head of the Ministry of Trade and Industry (MTI)"),
])
def test_a_parenthesis_closes_a_title(text, holder, title):
    assert title in _offices(text).get(holder, [])


def test_a_date_in_parentheses_is_no_part_of_a_title():
    offices = _offices("Entretien avec M. Ivo Marin, ministre des affaires étrangères de la Croatie (Paris, 4 juin 2024)", "fr")
    assert offices["Ivo Marin"] == ["ministre des affaires étrangères de la Croatie"]


def test_post_nominal_letters_and_the_hon():
    text = ("I will meet Prime Minister the Hon. Peter Kaupa MP and the Hon. Mary Solo MP, "
            "Western Province Governor, the Hon. John Tabe MP, said the minister.")
    offices = _offices(text)
    assert set(offices["Peter Kaupa"]) == {"Prime Minister", "MP"}
    assert offices["Mary Solo"] == ["MP"]
    assert set(offices["John Tabe"]) == {"Western Province Governor", "MP"}
    assert _evidence_ok(text)


def test_mp_alone_is_no_person_s_office():
    offices = _offices("The MP said the vote would be close.")
    assert offices == {}


@pytest.mark.parametrize("text,holder,title", [
    ("Premier Zhou Wen will travel to Oslo.", "Zhou Wen", "Premier"),
    ("The Premier of Quebec Marc Roy spoke first.", "Marc Roy", "Premier of Quebec"),
    ("He met People's Republic of China President Liu Hong in Lima.", "Liu Hong",
     "People's Republic of China President"),
    ("Kano State Governor Musa Bello welcomed them.", "Musa Bello", "Kano State Governor"),
    ("The talks were held with Director of the Office of His Majesty Omar Khalil and others.", "Omar Khalil",
     "Director of the Office of His Majesty"),
])
def test_more_titles_before_names(text, holder, title):
    assert title in _offices(text).get(holder, [])


def test_premier_in_french_is_an_adjective():
    record = extract("Premier partenaire commercial du pays, la France a signé.", lang="fr")
    assert record.offices == []


def test_an_apposition_also_titles_someone_titled_before_the_name():
    text = ("Crown Prince Khalid bin Faisal Al Saud, the defence minister of Saudi Arabia, on Monday met "
            "Marta Lind, High Representative for Trade, Vice-President of the Commission.")
    offices = _offices(text)
    assert "defence minister of Saudi Arabia" in offices["Khalid bin Faisal Al Saud"]
    assert set(offices["Marta Lind"]) >= {"High Representative for Trade", "Vice-President of the Commission"}


def test_a_list_after_a_titled_name_is_not_his_title():
    offices = _offices("Il a été reçu par le Président Armen Vardanyan, le Premier ministre et le Président "
                       "de l'Assemblée nationale.", "fr")
    assert offices["Armen Vardanyan"] == ["Président"]


def test_a_list_of_names_each_with_a_title_after_it():
    text = ("Les accords ont été signés par Louis Garnier, Ambassadeur de France, Rado Rabe, Ministre de "
            "l'Agriculture et de l'Élevage, et Joël Ravo, Ministre de la Santé.")
    offices = _offices(text, "fr")
    assert offices["Louis Garnier"] == ["Ambassadeur de France"]
    assert offices["Rado Rabe"] == ["Ministre de l'Agriculture et de l'Élevage"]


def test_a_titled_subject_keeps_the_role_of_the_sentence():
    offices = _offices("After talks with Peru's Foreign Minister Luis Soto, the Minister flew home.")
    assert offices["Luis Soto"] == ["Peru's Foreign Minister"]


def test_president_and_head_of_state_stacked_before_one_name():
    text = ("Le Président de la République française, M. Paul Durand, a été raccompagné par le Président "
            "de la République, Chef de l'Etat, SEM Amadou Sow.")
    offices = _offices(text, "fr")
    assert "Président de la République" not in offices["Paul Durand"]
    assert {"Président de la République", "Chef de l'Etat"} <= set(offices["Amadou Sow"])


def test_the_head_of_state_is_a_president_of_no_organisation():
    offices = _offices("President Daniel Otieno met the envoy at State House. \"We agree,\" said the head of state.")
    assert "head of state" in offices["Daniel Otieno"]
