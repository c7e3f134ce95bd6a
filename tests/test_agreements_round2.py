"""kzeu_agreements, round 2 (generalisation): compound French heads (accord-cadre) and full
between-phrases, participle complements (establishing ..., instituant ...), instruments named by
their parties plus a purpose (to expand ...), coordinated lists of subjects (one instrument per
subject), peace treaties named by their parties' adjectives (égypto-israélien, Israeli-Jordanian)."""
from __future__ import annotations

import pytest
from record_helpers import agreements_of as _agreements, only as _only

from kzeu_extract import extract
from kzeu_extract.data import data_dir
from kzeu_extract.knowledge.agreements import load as load_known_agreements


# --- compound French heads and the full between-phrase -----------------------------
@pytest.mark.parametrize("text, name", [
    ("Les ministres ont signé l'accord-cadre de coopération entre le gouvernement du Mali et celui "
     "de la République du Niger.",
     "accord-cadre de coopération entre le gouvernement du Mali et celui de la République du Niger"),
    ("La signature a porté sur l’accord- cadre de partenariat entre le gouvernement du Bénin et "
     "celui du Togo.",
     "accord- cadre de partenariat entre le gouvernement du Bénin et celui du Togo"),
    ("Les deux délégations ont signé une convention-cadre de coopération entre le gouvernement du "
     "Gabon et celui du Congo.",
     "convention-cadre de coopération entre le gouvernement du Gabon et celui du Congo"),
])
def test_french_compound_heads_keep_their_between_phrase(text, name):
    assert _only(_agreements(text, "fr"))["name"] == name


def test_a_french_participle_after_the_parties_is_part_of_the_name():
    text = ("Ils ont signé l'accord-cadre de coopération entre le gouvernement du Sénégal et celui de la "
            "Gambie instituant une Commission mixte de coopération entre les deux parties. Elle se réunira.")
    name = _only(_agreements(text, "fr"))["name"]
    assert name.endswith("instituant une Commission mixte de coopération entre les deux parties")
    assert name.startswith("accord-cadre de coopération entre le gouvernement du Sénégal")


def test_common_noun_parties_with_their_own_complement_belong_to_the_name():
    text = "Le troisième texte signé est un protocole d'accord de coopération entre les deux ministères de la Santé."
    assert _only(_agreements(text, "fr"))["name"] == (
        "protocole d'accord de coopération entre les deux ministères de la Santé")


@pytest.mark.parametrize("text, lang", [
    ("They signed a Memorandum on fisheries between the two ministries for three years.", "en"),
    ("Ils ont signé un protocole sur la pêche entre les deux pays pour trois ans.", "fr"),
])
def test_the_two_countries_or_ministries_alone_stay_outside(text, lang):
    name = _only(_agreements(text, lang))["name"]
    assert "between" not in name and "entre" not in name


# --- participle complements ------------------------------------------------------------
@pytest.mark.parametrize("text, lang, name", [
    ("The two ministers signed an agreement establishing a Joint Economic Council for Trade, which will meet yearly.",
     "en", "agreement establishing a Joint Economic Council for Trade"),
    ("Ottawa and Lima signed the Agreement establishing a Bilateral Committee on Mining.", "en",
     "Agreement establishing a Bilateral Committee on Mining"),
    ("Les deux pays ont signé un accord créant une commission paritaire de suivi.", "fr",
     "accord créant une commission paritaire de suivi"),
])
def test_participle_complements_name_the_instrument(text, lang, name):
    assert _only(_agreements(text, lang))["name"] == name


def test_a_generic_instrument_stays_out():
    assert _agreements("The ministers signed an agreement on cooperation.") == []
    assert _agreements("Les ministres ont signé un accord de coopération.", "fr") == []


# --- parties plus purpose --------------------------------------------------------------
@pytest.mark.parametrize("text, name, parties", [
    ("After the talks, the presidents signed an agreement between Kazakhstan and Azerbaijan to develop "
     "joint shipping on the Caspian Sea.",
     "agreement between Kazakhstan and Azerbaijan to develop joint shipping on the Caspian Sea",
     ["Kazakhstan", "Azerbaijan"]),
    ("The ministers signed an Agreement between Chile and Peru to Promote Mining Investment.",
     "Agreement between Chile and Peru to Promote Mining Investment", ["Chile", "Peru"]),
])
def test_parties_plus_purpose_name_an_instrument(text, name, parties):
    found = _only(_agreements(text))
    assert found["name"] == name
    assert found["parties"] == parties


@pytest.mark.parametrize("text", [
    "The presidents signed an agreement between Kazakhstan and Azerbaijan.",  # parties alone: no title
    "The presidents signed an agreement to develop joint shipping.",  # purpose without parties
    "An agreement between Kazakhstan and Azerbaijan to be signed next week was discussed.",  # no verb
])
def test_parties_or_purpose_alone_name_nothing(text):
    assert _agreements(text) == []


# --- coordinated lists of subjects -----------------------------------------------------
def test_a_french_list_of_subjects_gives_one_instrument_per_subject():
    text = ("Plusieurs accords et conventions liés à la sécurité sociale, à la double imposition et à la "
            "coopération entre l'Agence nationale de l'emploi du Maroc et le Service public de l'emploi "
            "du Portugal ont été signés mardi.")
    found = _agreements(text, "fr")
    names = [a["name"] for a in found]
    assert names == [
        "accord lié à la sécurité sociale",
        "accord lié à la double imposition",
        "accord lié à la coopération entre l'Agence nationale de l'emploi du Maroc et le Service public "
        "de l'emploi du Portugal"]
    assert "convention lié à la double imposition" in found[1]["aliases"]
    assert found[0]["mentions"][0]["text"].startswith("accords et conventions liés")


def test_a_french_list_after_d_and_a_generic_subject():
    text = ("Une série d’accords et de mémorandums d’entente relatifs aux transports, à la coopération et "
            "à la pêche maritime seront signés.")
    names = [a["name"] for a in _agreements(text, "fr")]
    assert names == ["accord relatif aux transports", "accord relatif à la pêche maritime"]


def test_an_english_list_of_subjects():
    text = ("The delegations signed agreements and memoranda of understanding on civil aviation, on "
            "customs and on youth exchanges on Friday.")
    names = [a["name"] for a in _agreements(text)]
    assert names == ["agreement on civil aviation", "agreement on customs", "agreement on youth exchanges"]


@pytest.mark.parametrize("text, lang", [
    ("Ils veulent des accords liés à la pêche, à l'énergie et aux transports.", "fr"),  # no status
    ("Un accord relatif à la pêche, à l'énergie et aux transports a été signé.", "fr"),  # one instrument
])
def test_no_list_without_status_or_with_a_singular_head(text, lang):
    assert len(_agreements(text, lang)) <= 1


# --- peace treaties named by their parties' adjectives ---------------------------------
def test_famous_bilateral_peace_treaties_have_sources():
    entries = load_known_agreements(data_dir()).entries
    for kb_id in ("egypt_israel_peace_treaty", "israel_jordan_peace_treaty",
                  "japan_china_peace_friendship_treaty", "argentina_chile_peace_friendship_treaty"):
        assert entries[kb_id].source


@pytest.mark.parametrize("text, lang, kb_id", [
    ("Le roi a salué le traité de paix jordano-israélien de 1994.", "fr", "israel_jordan_peace_treaty"),
    ("Il a évoqué le traité de paix israélo-égyptien signé en 1979.", "fr", "egypt_israel_peace_treaty"),
    ("He praised the Israeli-Jordanian peace treaty.", "en", "israel_jordan_peace_treaty"),
    ("He praised the Egyptian-Israeli peace treaty.", "en", "egypt_israel_peace_treaty"),
])
def test_a_peace_treaty_named_by_its_parties_adjectives_is_the_known_one(text, lang, kb_id):
    assert _only(_agreements(text, lang))["kb_id"] == kb_id


@pytest.mark.parametrize("text, parties", [
    ("La déclaration commune sino-kazakhe a été adoptée.", ["China", "Kazakhstan"]),
    ("Ils ont signé le traité d'amitié syro-libanais.", ["Syria", "Lebanon"]),
])
def test_french_compound_adjectives_name_the_parties(text, parties):
    found = _only(_agreements(text, "fr"))
    assert found["parties"] == parties
    assert found["kb_id"] is None


def test_compound_adjectives_without_a_head_name_nothing():
    assert _agreements("Les relations franco-allemandes restent solides.", "fr") == []


# --- through the public API ------------------------------------------------------------
def test_public_api_keeps_evidence_for_list_subjects():
    text = ("Le 3 mai 2024, le Premier ministre a annoncé que des accords et mémorandums d'entente liés à "
            "l'agriculture, à la santé publique et à l'enseignement supérieur seraient signés par les "
            "ministres des deux pays.")
    record = extract(text, lang="fr")
    names = [a.name for a in record.agreements]
    assert "accord lié à l'agriculture" in names
    assert "accord lié à l'enseignement supérieur" in names
    for agreement in record.agreements:
        for m in agreement.mentions:
            assert text[m.start:m.end] == m.text
