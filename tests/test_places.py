from pathlib import Path

import pytest
import spacy

from kzeu_extract import extract
from kzeu_extract.extensions import items, register_extensions


@pytest.fixture(scope="module")
def nlp():
    """One pipeline per language pack; ``nlp[lang]``."""
    register_extensions()
    import kzeu_extract.components  # noqa: F401  registers the factories
    pipelines = {}
    for lang in ("en", "fr"):
        pipelines[lang] = spacy.blank(lang)
        pipelines[lang].add_pipe("kzeu_places")
    return pipelines


# French sentences of these tests start with one of these words (the others are English)
_FRENCH_STARTS = ("Le ", "La ", "Les ", "Il ", "L'", "L’", "Une ")


def places(nlp, text, lang=None):
    lang = lang or ("fr" if text.startswith(_FRENCH_STARTS) else "en")
    doc = nlp[lang](text)
    found = items(doc, "places")
    for place in found:
        for m in place["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return {p["name"]: p for p in found}


@pytest.mark.parametrize("text, name, kind, country", [
    ("The minister flew to Uzbekistan on Monday.", "Uzbekistan", "country", "UZ"),
    ("Talks with the Republic of Korea went well.", "South Korea", "country", "KR"),
    ("Le ministre s'est rendu en Allemagne.", "Germany", "country", "DE"),
    ("Les États-Unis et la Chine ont signé.", "United States", "country", "US"),
    ("US sanctions were discussed.", "United States", "country", "US"),
    ("He arrived in Tashkent yesterday.", "Tashkent", "city", "UZ"),
    ("VIENNA. The ministers met.", "Vienna", "city", "AT"),
    ("Il est arrivé à Varsovie.", "Warsaw", "city", "PL"),
    ("Security in the South Caucasus was discussed.", "South Caucasus", "region", None),
    ("La situation au Moyen-Orient reste tendue.", "Middle East", "region", None),
    ("Leaders of Central Asian states met.", "Central Asia", "region", None),
    ("Les pays centrasiatiques ont coopéré.", "Central Asia", "region", None),
    ("Troops remain on Georgia’s territory.", "Georgia", "country", "GE"),
])
def test_finds_place(nlp, text, name, kind, country):
    place = places(nlp, text)[name]
    assert (place["kind"], place["country"]) == (kind, country)


def test_french_and_english_names_merge_under_the_english_one(nlp):
    text = "Le ministre est à Genève. Geneva talks resume; GENEVA is calm."
    found = places(nlp, text)
    assert list(found) == ["Geneva"]
    assert found["Geneva"]["aliases"] == ["Genève"]
    assert [m["text"] for m in found["Geneva"]["mentions"]] == ["Genève", "Geneva", "GENEVA"]


def test_official_name_is_an_alias_of_the_short_one(nlp):
    found = places(nlp, "The Kingdom of Belgium and Belgium are one country.")
    assert found["Belgium"]["aliases"] == ["Kingdom of Belgium"]
    assert len(found["Belgium"]["mentions"]) == 2


@pytest.mark.parametrize("text", [
    "Belgian and Kazakh diplomats met.",                     # adjectives
    "Les diplomates belges et kazakhs se sont réunis.",
    "European partners welcomed it.",
    "Follow #Kazakhstan and @Belgium for news.",             # hashtag, handle
    "See pic.twitter.com/Kazakhstan and https://example.com/Paris",   # URLs
    "They gave us US$ 5 million.",                            # "us", "US$"
    "Middle Eastern food was served.",                       # adjective without a region noun
    "Une cuisine centrasiatique a été servie.",
    "The nice weather in turkey season.",                    # lower case common words
])
def test_no_place(nlp, text):
    assert places(nlp, text) == {}


def test_place_starting_an_organization_name_is_not_a_mention(nlp):
    found = places(nlp, "Vienna International Centre hosts meetings; Paris Club creditors met.")
    assert found == {}


def test_party_in_a_joint_body_name_still_counts(nlp):
    assert "Uzbekistan" in places(nlp, "The EU-Uzbekistan Cooperation Council met.")


def test_through_the_public_api():
    record = extract("Il s'est rendu à Bruxelles puis à Almaty, au Kazakhstan.", lang="fr")
    by_name = {p.name: p for p in record.places}
    assert by_name["Brussels"].aliases == ["Bruxelles"]
    assert by_name["Almaty"].country == "KZ"
    assert by_name["Kazakhstan"].kind == "country"


SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.skipif(not SEEDS, reason="no seed documents in this checkout")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_evidence_offsets_hold_on_real_articles(path):
    text = path.read_text(encoding="utf-8")
    record = extract(text)
    assert record.places and record.organizations
    for item in record.places + record.organizations:
        for m in item.mentions:
            assert text[m.start:m.end] == m.text
        assert "#" not in item.name and "@" not in item.name


@pytest.mark.parametrize("text, portfolio, other", [
    ("Le ministre de l'Europe et des Affaires étrangères a reçu son homologue à Vienne.", "Europe", "Vienna"),
    ("La secrétaire d’État chargée de l’Europe s'est rendue en Arménie.", "Europe", "Armenia"),
    ("The Minister for Europe and the Americas travelled to Georgia.", "Europe", "Georgia"),
    ("The Department for Central Asia of the ministry met in Astana.", "Central Asia", "Astana"),
])
def test_region_as_an_office_portfolio_is_no_place(nlp, text, portfolio, other):
    found = places(nlp, text)
    assert portfolio not in found and other in found


@pytest.mark.parametrize("text, name", [
    ("Trade with Europe grew while the minister of foreign affairs visited Central Asia.", "Central Asia"),
    ("The Foreign Minister of Uzbekistan arrived.", "Uzbekistan"),
    ("Le ministre des affaires étrangères de la Turquie est arrivé.", "Türkiye"),
])
def test_regions_and_countries_outside_a_portfolio_stay(nlp, text, name):
    assert name in places(nlp, text)


@pytest.mark.parametrize("text, name, country", [
    ("The forum was held in Xi’an last spring.", "Xi'an", "CN"),
    ("Le forum s'est tenu à Khodjent.", "Khujand", "TJ"),
    ("The ministers met in Batumi.", "Batumi", "GE"),
])
def test_regional_cities_with_apostrophes_and_exonyms(nlp, text, name, country):
    place = places(nlp, text)[name]
    assert (place["kind"], place["country"]) == ("city", country)


@pytest.mark.parametrize("text, portfolio, other", [
    ("L'envoyée spéciale de la France pour l'Asie centrale est arrivée à Douchanbé.", "Central Asia", "Dushanbe"),
    ("The EU Special Representative for the South Caucasus visited Yerevan.", "South Caucasus", "Yerevan"),
])
def test_region_a_few_words_after_a_title_is_its_portfolio(nlp, text, portfolio, other):
    found = places(nlp, text)
    assert portfolio not in found and other in found


@pytest.mark.parametrize("text, absent, present", [
    ("Talks in the Geneva format resumed in Vienna.", "Geneva", "Vienna"),
    ("Le format d'Astana a été évoqué à Berlin.", "Astana", "Berlin"),
    ("The Normandy format and later talks in Tashkent.", "Normandy", "Tashkent"),
])
def test_place_naming_a_negotiation_format_is_no_place(nlp, text, absent, present):
    found = places(nlp, text)
    assert absent not in found and present in found


def test_a_process_is_held_in_its_city(nlp):
    assert "Doha" in places(nlp, "The Doha process continues.")


def test_place_opening_a_company_name_after_a_company_noun_is_no_place(nlp):
    found = places(nlp, "The national company Uzbekistan Railways and the group Georgia leads met in Tbilisi.")
    assert "Uzbekistan" not in found and "Georgia" in found and "Tbilisi" in found


@pytest.mark.parametrize("lang, text, found", [
    ("en", "Leaders of Central Asian republics met.", True),     # the English pack: noun after
    ("fr", "Les républiques centrasiatiques ont voté.", True),    # the French pack: noun before
    ("en", "Les républiques centrasiatiques ont voté.", False),   # French grammar only in its pack
])
def test_each_pack_brings_its_own_region_nouns(nlp, lang, text, found):
    assert ("Central Asia" in places(nlp, text, lang)) is found


def test_pack_words_decide_formats_and_portfolios(nlp):
    assert "Vilnius" not in places(nlp, "Le format de Vilnius est né à Oslo.", "fr")
    assert "Vilnius" in places(nlp, "Le format de Vilnius est né à Oslo.", "en")
    assert "Caucasus" not in places(nlp, "The Envoy for the Caucasus flew to Baku.", "en")


def test_saved_pipeline_gives_the_same_places_in_a_fresh_process(nlp, tmp_path):
    import subprocess
    import sys
    text = "Il a été reçu au palais de l'Akorda à Astana, puis à Bruxelles et en Asie centrale."
    expected = places(nlp, text, "fr")
    nlp["fr"].to_disk(tmp_path / "fr")
    code = ("import json, sys, spacy; import kzeu_extract.components; "
            "doc = spacy.load(sys.argv[1])(sys.argv[2]); print(json.dumps(doc._.kzeu_places))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "fr"), text],
                         capture_output=True, text=True, check=True).stdout
    import json
    assert {p["name"]: p for p in json.loads(out)} == expected and "Asie centrale" in str(expected)


def test_a_corrupted_pack_file_fails_at_build_naming_file_key_and_entry(tmp_path, monkeypatch):
    import json
    from kzeu_extract.data import data_dir
    from kzeu_extract.errors import DataError
    pack = tmp_path / "en"
    pack.mkdir()
    (pack / "pack.json").write_text((data_dir() / "lang" / "en" / "pack.json").read_text(encoding="utf-8"))
    words = json.loads((data_dir() / "lang" / "en" / "places.json").read_text(encoding="utf-8"))
    words["venues"]["heads_after"][2] = 7
    (pack / "places.json").write_text(json.dumps(words), encoding="utf-8")
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    with pytest.raises(DataError, match=r"en/places\.json: at venues\.heads_after\.2: .*entry 7"):
        spacy.blank("en").add_pipe("kzeu_places")


def test_knowledge_comes_from_the_factory_config(tmp_path):
    from kzeu_extract.knowledge import load_knowledge
    pipeline = spacy.blank("en")
    component = pipeline.add_pipe("kzeu_places", config={"knowledge": {"@misc": "kzeu.knowledge.v1", "folder": None}})
    assert component.knowledge is load_knowledge()
    assert [p["name"] for p in component.find("Talks in Kathmandu.")] == ["Kathmandu"]
