"""Names, third round: letters outside the basic Latin blocks (Vietnamese), page menus of
bullet lines, image and credit lines, bylines with a date, Gulf name chains shortened to
"Sheikh" and the given name, given names that are title words before "bin", a French "à"
before a name, headline run-ons (kzeu_people, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import names as _names, evidence_holds as _evidence_ok

from kzeu_extract import extract


@pytest.mark.parametrize("text,name", [
    ("Deputy PM Phạm Bình Minh welcomed the delegation in Hà Nội.", "Phạm Bình Minh"),
    ("The talks with Trần Đức Lương ended on Friday.", "Trần Đức Lương"),
    ("President Võ Văn Thưởng spoke on Monday.", "Võ Văn Thưởng"),
])
def test_names_with_vietnamese_letters(text, name):
    assert name in _names(text)
    assert _evidence_ok(text)


def test_a_run_of_short_bullet_lines_is_a_menu_not_people():
    menu = "\n".join(f"\u2022 {w}" for w in ("Long Xuyen", "Thanh Son", "Ha Tien", "My Tho"))
    text = f"{menu}\n\nMinister Karl Weber met Anna Berg in Vienna on Monday."
    names = _names(text)
    assert not names & {"Long Xuyen", "Thanh Son", "Ha Tien", "My Tho"}
    assert {"Karl Weber", "Anna Berg"} <= names


def test_one_bullet_line_is_still_text():
    text = "Highlights:\n\u2022 Anna Berg met Karl Weber in Vienna on Monday to discuss trade.\n"
    assert {"Anna Berg", "Karl Weber"} <= _names(text)


@pytest.mark.parametrize("text,not_name", [
    ("Logo Radia Polonia\n\nThe minister spoke on Monday.", "Logo Radia Polonia"),
    ("AGENCIA/Prensa Gobierno\n\nThe minister spoke on Monday.", "Prensa Gobierno"),
])
def test_logo_and_institution_credits_are_no_people(text, not_name):
    assert not any(not_name in n or n in not_name for n in _names(text))


@pytest.mark.parametrize("text,name", [
    ("The leaders met in Rome. Photo: AFP/MARCO ROSSI\n\nMore text.", "MARCO ROSSI"),
    ("The leaders met in Rome. Photo: ANSA/MARCO ROSSIThe leaders met.", "MARCO ROSSI"),
    ("The leaders met in Hanoi. (Photo by Lena Fischer/Reuters)", "Lena Fischer"),
    ("Les dirigeants se sont vus. Crédit photo : AFP/Jeanne Morel.\n", "Jeanne Morel"),
])
def test_photo_credits_name_a_person(text, name):
    lang = "fr" if "Crédit" in text else "en"
    assert name in _names(text, lang)
    assert _evidence_ok(text, lang)


def test_a_photo_credit_of_an_agency_alone_is_nobody():
    assert _names("The leaders met in Rome. Photo: AFP\n") == set()


def test_a_byline_with_date_and_time_is_a_person():
    text = "Trade talks in Berlin\n\nMarta Nowicka 03.05.2021 14:30\nThe ministers met on Monday."
    assert "Marta Nowicka" in _names(text)


def test_a_name_before_a_plain_number_is_still_a_place():
    assert "Long Phu" not in _names("Work on the Long Phu 1 plant resumed in May.")


def test_sheikh_and_the_given_name_of_a_gulf_name_chain():
    text = ("Bahrain's Crown Prince Sheikh Hamad Isa Al-Khalifa Al-Nasser met the envoy. "
            "The envoy congratulated Sheikh Hamad on the new post.")
    record = extract(text)
    assert [p.name for p in record.people] == ["Hamad Isa Al-Khalifa Al-Nasser"]
    (person,) = record.people
    assert any(m.text == "Sheikh Hamad" for m in person.mentions)


def test_a_title_word_before_bin_is_a_given_name():
    text = "The reception was attended by Omani Ambassador to Jordan Prince Sultan bin Nasser bin Ali."
    record = extract(text)
    assert [p.name for p in record.people] == ["Sultan bin Nasser bin Ali"]
    assert record.people[0].offices == ["Omani Ambassador to Jordan"]


def test_amir_is_a_given_name_before_a_name_and_a_title_otherwise():
    text = "Amir Rahman Osman met the press. Later the Amir of Qatar received the envoy."
    record = extract(text)
    assert "Amir Rahman Osman" in {p.name for p in record.people}
    assert any(o.title == "Amir of Qatar" for o in record.offices)


def test_a_french_a_before_a_name_is_no_article():
    text = "Il a rendu visite à Nguyen Van Minh, président du Vietnam, puis il a parlé avec Paul Girard."
    assert {"Nguyen Van Minh", "Paul Girard"} <= _names(text, "fr")


def test_a_headline_running_into_its_text_ends_the_name_at_a_function_word():
    text = "News\n\nFormer Governor, Kwame Asante Boateng My plan is to build more roads...\n"
    record = extract(text)
    (person,) = record.people
    assert person.name == "Kwame Asante Boateng"
    assert person.offices == ["Former Governor"]


def test_a_bare_run_after_french_a_is_a_place():
    assert "Nova Esperanza" not in _names("Le sommet s'est tenu à Nova Esperanza. Les chefs d'État étaient présents.", "fr")
