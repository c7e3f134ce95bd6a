"""kzeu_agreements: named instruments by structure and knowledge base, merged, with parties,
articles and status; generic mentions are not agreements."""
from __future__ import annotations

import pytest
from small_pipeline import run_components

from kzeu_extract import extract


@pytest.fixture(scope="module")
def agreements_of():
    """text, lang -> agreements from a blank pipeline holding only kzeu_agreements; upstream
    sections (dates, places, organizations) can be given as fixtures."""

    def run(text: str, lang: str = "en", **upstream) -> list[dict]:
        doc = run_components(text, ("kzeu_agreements",), lang=lang, **upstream)
        for agreement in doc._.kzeu_agreements:
            assert agreement["mentions"]
            for m in agreement["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        return doc._.kzeu_agreements
    return run


def _only(agreements: list[dict]) -> dict:
    assert len(agreements) == 1, agreements
    return agreements[0]


@pytest.mark.parametrize("text, lang, name, kb_id", [
    ("The Enhanced Partnership and Cooperation Agreement opens a new level for Kazakhstan and the EU.", "en",
     "Enhanced Partnership and Cooperation Agreement", "eu_kz_epca"),
    ("Kazakhstan and the EU discussed the new Agreement on Enhanced Partnership and Cooperation.", "en",
     "Enhanced Partnership and Cooperation Agreement", "eu_kz_epca"),
    ("Kazakhstan and the European Union praised the EPCA.", "en", "Enhanced Partnership and Cooperation Agreement", "eu_kz_epca"),
    ("le Kazakhstan et l'UE mettent en œuvre l'Accord de partenariat et de coopération renforcé.", "fr",
     "Enhanced Partnership and Cooperation Agreement", "eu_kz_epca"),
    ("in accordance with the CSTO Collective Security Treaty, they said", "en",
     "Collective Security Treaty", "csto_collective_security_treaty"),
    ("Le Traité sur la non-prolifération des armes nucléaires reste central.", "fr",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "npt"),
    ("Kazakhstan remains committed to the Paris Agreement.", "en", "Paris Agreement", "paris_agreement"),
    ("The parties signed the Treaty on Friendship and Cooperation.", "en",
     "Treaty on Friendship and Cooperation", None),
    ("They adopted the Kazakhstan-Uzbekistan Roadmap for Trade and Investment.", "en",
     "Kazakhstan-Uzbekistan Roadmap for Trade and Investment", None),
    ("Les ministres ont signé le Mémorandum sur la coopération énergétique.", "fr",
     "Mémorandum sur la coopération énergétique", None),
    ("Il a évoqué l'Accord de libre-échange avec le Vietnam.", "fr", "Accord de libre-échange", None),
    ("Une Déclaration conjointe sur le partenariat stratégique global a été adoptée.", "fr",
     "Déclaration conjointe sur le partenariat stratégique global", None),
    ("Kazakhstan joined the United Nations Convention against Corruption in 2008.", "en",
     "United Nations Convention against Corruption", "uncac"),
    ("Mongolia joined the United Nations Convention against Illegal Logging in 2031.", "en",
     "United Nations Convention against Illegal Logging", None),
    ("The Astana Declaration was adopted at the summit.", "en", "Astana Declaration", None),
    ("Kazakhstan, Uzbekistan Sign Treaty on Allied Relations\nThe presidents met.", "en",
     "Treaty on Allied Relations", None),
    ("The Ministry signed the Treaty on Allied Relations.", "en", "Treaty on Allied Relations", None),
    ("Under the Framework Agreement on Investment Protection, the parties meet.", "en",
     "Framework Agreement on Investment Protection", None),
    ("They signed an Agreement on cooperation in the field of education and science which will help.", "en",
     "Agreement on cooperation in the field of education and science", None),
    ("including a Memorandum of Understanding on cooperation in tourism, and other documents", "en",
     "Memorandum of Understanding on cooperation in tourism", None),
])
def test_named_agreements_get_a_canonical_name(agreements_of, text, lang, name, kb_id):
    agreement = _only(agreements_of(text, lang))
    assert (agreement["name"], agreement["kb_id"]) == (name, kb_id)


@pytest.mark.parametrize("text, lang", [
    ("the Minister discussed the agreements reached during the visit", "en"),
    ("Kazakhstan will comply with all its international obligations", "en"),
    ("An agreement was reached on the next steps.", "en"),
    ("Under the Agreement, the parties meet every year.", "en"),
    ("They signed a Memorandum of Understanding.", "en"),
    ("the Collective Security Treaty Organization sent troops", "en"),
    ("mettre pleinement en œuvre les accords conclus précédemment", "fr"),
    ("Accord a été trouvé entre les parties.", "fr"),
    ("He met the Head of Protocol of the Ministry.", "en"),
    ("He recalled President Tokayev's Declaration.", "en"),
    ("Kazakhstan And EU Sign Agreement\nASTANA. The sides met.", "en"),
])
def test_generic_mentions_are_not_named_agreements(agreements_of, text, lang):
    assert agreements_of(text, lang) == []


def test_mentions_of_one_agreement_merge_across_forms_and_abbreviation(agreements_of):
    text = ("The Enhanced Partnership and Cooperation Agreement (EPCA) was signed in 2015. "
            "The EPCA covers 29 areas. The Agreement on Enhanced Partnership and Cooperation "
            "«Kazakhstan – European Union» entered into force in 2020.")
    agreement = _only(agreements_of(text))
    assert [m["text"] for m in agreement["mentions"]] == [
        "Enhanced Partnership and Cooperation Agreement", "EPCA", "EPCA",
        "Agreement on Enhanced Partnership and Cooperation"]
    assert set(agreement["aliases"]) == {"EPCA", "Agreement on Enhanced Partnership and Cooperation"}
    assert agreement["parties"] == ["Kazakhstan", "European Union"]


def test_unknown_agreement_links_its_bracketed_abbreviation(agreements_of):
    text = ("The Comprehensive Strategic Partnership Treaty (CSPT) was signed. Later the CSPT "
            "was ratified by both parliaments.")
    agreement = _only(agreements_of(text))
    assert agreement["name"] == "Comprehensive Strategic Partnership Treaty"
    assert agreement["aliases"] == ["CSPT"]
    assert [m["text"] for m in agreement["mentions"]] == [
        "Comprehensive Strategic Partnership Treaty", "CSPT", "CSPT"]
    assert [s["status"] for s in agreement["status"]] == ["signed", "ratified"]


@pytest.mark.parametrize("text, lang, parties", [
    ("the Enhanced Partnership and Cooperation Agreement between Kazakhstan and the European Union "
     "entered into force", "en", ["Kazakhstan", "European Union"]),
    ("the new Agreement on Enhanced Partnership and Cooperation «Kazakhstan – European Union».", "en",
     ["Kazakhstan", "European Union"]),
    ("the Kazakhstan-China Treaty on Good-Neighbourly Relations", "en", ["Kazakhstan", "China"]),
    ("the Treaty on Strategic Partnership between Uzbekistan and Kazakhstan", "en", ["Uzbekistan", "Kazakhstan"]),
    ("l'Accord de partenariat et de coopération renforcé entre l'UE et le Kazakhstan", "fr",
     ["European Union", "Kazakhstan"]),
])
def test_parties_where_stated(agreements_of, text, lang, parties):
    assert _only(agreements_of(text, lang))["parties"] == parties


def test_parties_take_upstream_place_names(agreements_of):
    text = "the Treaty on Eternal Friendship between Kazakhstan and the Kyrgyz Republic"
    start = text.index("Kyrgyz Republic")
    places = [{"name": "Kyrgyzstan", "aliases": ["Kyrgyz Republic"], "country": "KG", "kind": "country",
               "mentions": [{"text": "Kyrgyz Republic", "start": start, "end": start + 15}]}]
    assert _only(agreements_of(text, places=places))["parties"][1] == "Kyrgyzstan"


def test_stated_parties_other_than_the_knowledge_base_drop_the_link(agreements_of):
    text = "the Enhanced Partnership and Cooperation Agreement between Kyrgyzstan and the European Union"
    agreement = _only(agreements_of(text))
    assert (agreement["kb_id"], agreement["parties"]) == (None, ["Kyrgyzstan", "European Union"])


@pytest.mark.parametrize("text, lang, articles", [
    ("deployed in accordance with articles 2 and 4 of the CSTO Collective Security Treaty", "en", ["2", "4"]),
    ("under Article 5 of the Treaty on Friendship and Cooperation", "en", ["5"]),
    ("conformément à l'article 4 du Traité de sécurité collective", "fr", ["4"]),
])
def test_articles_cited(agreements_of, text, lang, articles):
    assert _only(agreements_of(text, lang))["articles"] == articles


def test_status_with_its_date(agreements_of):
    text = ("The Enhanced Partnership and Cooperation Agreement which entered into force in March 2020 "
            "opens a new level. The Paris Agreement was ratified by Kazakhstan.")
    start = text.index("March 2020")
    dates = [{"text": "March 2020", "start": start, "end": start + 10, "value": "2020-03",
              "granularity": "month", "relative": False}]
    epca, paris = agreements_of(text, dates=dates)
    assert epca["status"] == [{"status": "entered_into_force", "date": "2020-03"}]
    assert paris["status"] == [{"status": "ratified", "date": None}]


def test_french_status(agreements_of):
    text = "L'Accord de Paris, signé en 2016, est entré en vigueur rapidement."
    agreement = _only(agreements_of(text, "fr"))
    assert {s["status"] for s in agreement["status"]} == {"signed", "entered_into_force"}


def test_extract_reports_agreements_with_offsets(assert_offsets):
    text = ("Kassym-Jomart Tokayev and Charles Michel discussed the implementation of the Enhanced "
            "Partnership and Cooperation Agreement (EPCA). The peacekeepers were deployed in accordance "
            "with articles 2 and 4 of the CSTO Collective Security Treaty.")
    record = extract(text, lang="en")
    assert_offsets(record, text)
    names = {a.name: a for a in record.agreements}
    assert set(names) == {"Enhanced Partnership and Cooperation Agreement", "Collective Security Treaty"}
    assert names["Collective Security Treaty"].articles == ["2", "4"]
    assert "EPCA" in names["Enhanced Partnership and Cooperation Agreement"].aliases


def test_status_before_a_name_needs_the_name_right_after_it(agreements_of):
    text = ("Les deux parties ont signé une feuille de route et l'Accord de Paris reste central. "
            "Le Kazakhstan a ratifié l'Accord de Paris.")
    agreement = _only(agreements_of(text, "fr"))
    assert agreement["status"] == [{"status": "ratified", "date": None}]


def test_knowledge_base_parties_must_be_named_in_the_text(agreements_of):
    text = "The European Union and Uzbekistan initialled the Enhanced Partnership and Cooperation Agreement."
    agreement = _only(agreements_of(text))
    assert (agreement["kb_id"], agreement["parties"]) == (None, [])
    text = "Kazakhstan and the EU implement the Enhanced Partnership and Cooperation Agreement."
    agreement = _only(agreements_of(text))
    assert (agreement["kb_id"], agreement["parties"]) == ("eu_kz_epca", ["European Union", "Kazakhstan"])


def test_multilateral_knowledge_base_entry_links_without_all_parties_named(agreements_of):
    text = "Kazakhstan ratified the Treaty on a Nuclear-Weapon-Free Zone in Central Asia."
    agreement = _only(agreements_of(text))
    assert agreement["kb_id"] == "canwfz"
    assert "Kazakhstan" in agreement["parties"]


@pytest.mark.parametrize("text, lang, name", [
    # French instruments are written in lower case
    ("Les ministres ont signé un mémorandum d'entente sur la coopération dans le domaine de l'hydrogène.", "fr",
     "mémorandum d'entente sur la coopération dans le domaine de l'hydrogène"),
    ("Le protocole de coopération culturelle, signé à Bakou en 2019, a été prolongé.", "fr",
     "protocole de coopération culturelle"),
    ("Elles ont salué la mise en œuvre de la feuille de route pour le commerce et l'investissement.", "fr",
     "feuille de route pour le commerce et l'investissement"),
    # the between-phrase belongs to the name when a complement follows it
    ("La ratification de l'accord entre le gouvernement de la République de Corée et le gouvernement de la "
     "Mongolie sur la réadmission des personnes a été annoncée.", "fr",
     "accord entre le gouvernement de la République de Corée et le gouvernement de la Mongolie sur la "
     "réadmission des personnes"),
    ("They signed the Agreement between the Government of Georgia and the Government of Armenia on "
     "international road transport.", "en",
     "Agreement between the Government of Georgia and the Government of Armenia on international road transport"),
    # ... or when its parties are common nouns, not named states
    ("The rectors signed a Memorandum of Understanding on cooperation between the national universities of "
     "both countries.", "en",
     "Memorandum of Understanding on cooperation between the national universities of both countries"),
    ("Ils ont signé un protocole d'échanges entre les académies diplomatiques des deux pays.", "fr",
     "protocole d'échanges entre les académies diplomatiques des deux pays"),
    # Plan / Program heads
    ("Afterwards the deputy ministers signed a Plan of Consultations between the Foreign Ministries of "
     "Hungary and Mongolia.", "en", "Plan of Consultations"),
    # 'for' after the between-phrase is no complement of the name
    ("They signed a Memorandum on trade between the two ministries for the next five years.", "en",
     "Memorandum on trade"),
    ("They reviewed the Programme of Trade Cooperation between Georgia and Turkmenistan.", "en",
     "Programme of Trade Cooperation"),
])
def test_lowercase_and_between_phrase_names(agreements_of, text, lang, name):
    assert _only(agreements_of(text, lang))["name"] == name


@pytest.mark.parametrize("text, lang, parties", [
    ("They reviewed the Programme of Trade Cooperation between Georgia and Turkmenistan.", "en",
     ["Georgia", "Turkmenistan"]),
    ("Afterwards they signed a Plan of Consultations between the Foreign Ministries of Hungary and Mongolia.",
     "en", ["Hungary", "Mongolia"]),
])
def test_named_parties_stay_outside_the_name(agreements_of, text, lang, parties):
    assert _only(agreements_of(text, lang))["parties"] == parties


@pytest.mark.parametrize("text, lang", [
    # planned or vague: no status or use in the sentence
    ("Les parties ont convenu de préparer un accord de coopération dans le domaine de la pêche.", "fr"),
    ("Il a exprimé son accord sur la proposition de la partie turque.", "fr"),
    ("Nous sommes d'accord sur ce point, a signé le communiqué.", "fr"),
    ("Il a signé un accord entre les deux pays.", "fr"),
    ("Les deux ministres ont signé un accord de principe.", "fr"),
    ("They signed a Memorandum between the two ministries for the next five years.", "en"),
    ("Un plan de relance a été adopté par le gouvernement.", "fr"),
    # the body, not an instrument
    ("Kazakhstan thanked the United Nations Development Programme.", "en"),
])
def test_lowercase_heads_need_a_determiner_complement_and_status(agreements_of, text, lang):
    if "Development Programme" in text:
        start = text.index("United")
        organizations = [{"name": "United Nations Development Programme", "mentions": [
            {"text": text[start:start + 36], "start": start, "end": start + 36}]}]
        assert agreements_of(text, lang, organizations=organizations) == []
    else:
        assert agreements_of(text, lang) == []


@pytest.mark.parametrize("text, name", [
    ("Georgia and Moldova signed a memorandum of understanding on digital cooperation.",
     "memorandum of understanding on digital cooperation"),
    ("Kyrgyzstan and Tajikistan signed an agreement on the delimitation of the state border on Friday.",
     "agreement on the delimitation of the state border"),
    ("The deputy ministers approved a roadmap for agricultural trade.", "roadmap for agricultural trade"),
])
def test_english_lowercase_instruments_with_status(agreements_of, text, name):
    assert _only(agreements_of(text, "en"))["name"] == name


@pytest.mark.parametrize("text", [
    "The leaders reached an agreement on the need to continue the dialogue.",
    "The sides will prepare a memorandum on energy cooperation.",
    "Kazakhstan is in agreement with the proposal, the signed statement said.",
    "The agreement was signed yesterday.",
])
def test_english_lowercase_heads_need_determiner_complement_and_status(agreements_of, text):
    assert agreements_of(text, "en") == []


@pytest.mark.parametrize("text, lang, name", [
    ("The ministers signed the Protocol on amendments to the Agreement on the establishment of the Caspian "
     "Development Fund.", "en",
     "Protocol on amendments to the Agreement on the establishment of the Caspian Development Fund"),
    ("Mongolia ratified the Protocol to the Convention on Transboundary Waters.", "en",
     "Protocol to the Convention on Transboundary Waters"),
    ("La Géorgie a ratifié le Protocole à la Convention sur la protection du milieu marin de la Baltique.", "fr",
     "Protocole à la Convention sur la protection du milieu marin de la Baltique"),
    ("Les parties ont signé un accord relatif aux transports aériens réguliers.", "fr",
     "accord relatif aux transports aériens réguliers"),
])
def test_protocols_to_an_instrument_and_relatif_aux(agreements_of, text, lang, name):
    assert _only(agreements_of(text, lang))["name"] == name


def test_a_protocol_next_to_another_instrument_stays_apart(agreements_of):
    found = agreements_of("They signed the Protocol on trade and the Agreement on visas.")
    assert [a["name"] for a in found] == ["Protocol on trade", "Agreement on visas"]
