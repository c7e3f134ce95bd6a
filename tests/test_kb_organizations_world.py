"""The world's organizations in the knowledge base: Wikidata QIDs in the records, French
names, seats named as bodies or as buildings, news agencies; the checks on load."""
import copy
import json

import pytest
from small_pipeline import pipeline

from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.extensions import items
from kzeu_extract.knowledge import organizations

_COMPONENTS = ("kzeu_places", "kzeu_organizations")


def orgs(text, lang="en"):
    found = items(pipeline(_COMPONENTS, lang)(text), "organizations")
    for org in found:
        for m in org["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return {o["kb_id"] or o["name"]: o for o in found}


@pytest.mark.parametrize("lang, text, kb_id, qid", [
    ("en", "Chile and Peru asked the Organization of American States to send observers.", "oas", "Q123759"),
    ("en", "Delegates of the Shanghai Cooperation Organisation gathered in Bishkek on Friday.", "sco", "Q485207"),
    ("en", "Ghana wants the IMF to ease the terms of its loan.", "imf", "Q7804"),
    ("en", "Ministers of the Southern African Development Community met in Gaborone.", "sadc", "Q816706"),
    ("fr", "La Communauté économique des États de l'Afrique de l'Ouest a salué l'accord.", "ecowas", "Q193272"),
    ("fr", "Le Conseil de coopération du Golfe se réunira à Mascate.", "gcc", "Q217172"),
    ("fr", "L'Organisation mondiale de la santé a dépêché une équipe au Tchad.", "who", "Q7817"),
    ("fr", "Le Bénin a rejoint l'Union africaine en 1963.", "african-union", "Q7159"),
])
def test_known_bodies_carry_their_qid(lang, text, kb_id, qid):
    found = orgs(text, lang)
    assert found[kb_id]["wikidata"] == qid


@pytest.mark.parametrize("lang, text, kb_id, qid", [
    ("en", "Uruguay will host the talks, Agence France-Presse reported.", "afp", "Q40464"),
    ("en", "Officials in Hanoi confirmed the visit, according to Xinhua.", "xinhua", "Q204839"),
    ("fr", "L'accord a été paraphé à Varsovie, selon l'agence TASS.", "tass", "Q223799"),
    ("fr", "Le ministre a démenti, a rapporté Reuters.", "reuters", "Q130879"),
])
def test_news_agencies_carry_their_qid(lang, text, kb_id, qid):
    assert orgs(text, lang)[kb_id]["wikidata"] == qid


def test_agency_acronym_that_is_a_word_counts_only_as_the_source():
    # "AP" is an agency only where the text names its source
    assert orgs("LIMA (AP) - Peru and Bolivia reopened the border.")["associated-press"]["wikidata"] == "Q40469"
    assert "associated-press" not in orgs("The AP exam results of Peruvian pupils improved.")


def test_body_without_a_known_qid_has_none():
    found = orgs("NEW DELHI (PTI) - India and Nepal agreed to reopen the crossing.")
    assert found["pti"]["wikidata"] is None


@pytest.mark.parametrize("lang, said, at, kb_id", [
    ("en", "The Kremlin said on Tuesday that talks with Ghana would resume.",
     "Ghana's envoy was received at the Kremlin on Tuesday.", "kremlin"),
    ("fr", "Matignon a annoncé lundi un remaniement.", "Le ministre tchadien a été reçu à Matignon lundi.", "pm-office:FR"),
    ("en", "Malacañang said the president would fly to Jakarta.",
     "The Indonesian envoy was welcomed at Malacañang on Monday.", "presidency:PH"),
    ("en", "Downing Street said the call with Accra was useful.",
     "The Ghanaian minister arrived at 10 Downing Street.", "pm-office:GB"),
])
def test_seat_names_the_body_but_not_after_at(lang, said, at, kb_id):
    assert kb_id in orgs(said, lang)
    assert kb_id not in orgs(at, lang)


def test_ministry_named_after_its_seat_is_the_ministry_there_too():
    # the annotation guide's reading: a dinner "au Quai d'Orsay" is given by the ministry
    assert "quai-d-orsay" in orgs("Le Quai d'Orsay a convoqué l'ambassadeur du Niger.", "fr")
    assert "quai-d-orsay" in orgs("Une réunion s'est tenue au Quai d'Orsay jeudi.", "fr")
    assert "mfa:IT" in orgs("The Ecuadorian minister was received at the Farnesina.")


def test_the_palace_by_its_full_name_is_a_place():
    text = "They spoke in a courtyard of La Moneda Presidential Palace on Monday."
    assert "presidency:CL" not in orgs(text)


def test_metonyms_of_ministries_and_offices():
    assert "mfa:US" in orgs("Foggy Bottom declined to comment on the Bolivian request.")
    assert "zhongnanhai" in orgs("Zhongnanhai has not commented on the Vietnamese proposal.")
    assert "presidency:CL" in orgs("La Moneda confirmed the visit of the Argentine minister.")
    assert "mfa:ZA" in orgs("DIRCO said the minister would travel to Maputo.")


def test_national_body_of_a_country_has_no_qid_yet():
    found = orgs("The Kenyan Foreign Ministry summoned the envoy.")
    assert found["mfa:KE"]["wikidata"] is None


# --- the checks on load -------------------------------------------------------------------

def _content():
    return json.loads((data_dir() / organizations.FILE).read_text(encoding="utf-8"))


def _entry(content, entry_id):
    return next(e for e in content["organizations"]["entries"] if e["id"] == entry_id)


def test_every_qid_has_its_source():
    store = organizations.load(data_dir())
    with_qid = [e for e in store.entries.values() if e.wikidata]
    assert len(with_qid) >= 140
    sources = store.content.sources
    assert {"supraverden", "impresso-newsagency"} <= set(sources)
    assert all(e.wikidata_source in sources or e.wikidata_source.endswith("/" + e.wikidata) for e in with_qid)


@pytest.mark.parametrize("change, message", [
    (lambda e: e.update(wikidata="Q12x"), "must be a QID"),
    (lambda e: e.update(wikidata="7184"), "must be a QID"),
    (lambda e: e.pop("wikidata_source"), "needs its wikidata_source"),
    (lambda e: e.update(wikidata_source="https://www.wikidata.org/wiki/Q1"), "is not the page of"),
    (lambda e: e.pop("source"), "Field required"),
])
def test_bad_entry_names_the_file_and_the_entry(change, message):
    content = copy.deepcopy(_content())
    change(_entry(content, "nato"))
    with pytest.raises(DataError, match=message) as error:
        organizations.parse(content)
    assert "kb/organizations.json" in str(error.value)
    assert '"id": "nato"' in str(error.value)


def test_unknown_dataset_of_a_qid_is_named():
    content = copy.deepcopy(_content())
    _entry(content, "sco")["wikidata_source"] = "some-list"
    with pytest.raises(DataError, match="'sco'.*'some-list'"):
        organizations.parse(content)


def test_every_known_body_has_a_kind():
    store = organizations.load(data_dir())
    kinds = {e.id: e.kind for e in store.entries.values()}
    assert None not in kinds.values()
    assert (kinds["afp"], kinds["nato"], kinds["kremlin"], kinds["bundestag"]) == \
        ("news_agency", "international", "government", "parliament")
    content = copy.deepcopy(_content())
    _entry(content, "nato")["kind"] = "alliance"
    with pytest.raises(DataError, match="kind"):
        organizations.parse(content)
