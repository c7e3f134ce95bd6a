"""The knowledge base's two layers (hand-added kb/, built kb/world/), its indexes, the
coverage count and the `kzeu kb` look-ups, on a tiny fixture folder of our own."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzeu_extract.errors import DataError
from kzeu_extract.knowledge import Knowledge
from kzeu_extract.knowledge.lookup import covered_countries, person, stats
from kzeu_extract.knowledge.people import load

ROOT = Path(__file__).resolve().parents[1]

HAND_OFFICES = [{"id": "president_zz", "title": {"en": "President of Zedland", "fr": "président du Zedland"},
                 "keys": ["president"], "country": "ZZ", "head_of_state": True, "source": "fixture"}]
HAND_PEOPLE = [{"id": "ana_vel", "name": "Ana Vel", "short": ["Vel"], "country": "ZZ", "source": "fixture",
                "offices": [{"office": "president_zz", "start": "2008-05-01", "end": "2016-04-30"}]}]
WORLD_OFFICES = [
    {"id": "hog:ZZ", "title": {"en": "Prime Minister of Zedland", "fr": "Premier ministre du Zedland"},
     "keys": ["prime_minister"], "country": "ZZ", "role": "head_of_government", "wikidata": "Q900001",
     "source": "fixture-repo@abc:holders.csv"},
    {"id": "fm:ZZ", "title": {"en": "Minister of Foreign Affairs of Zedland", "fr": "ministre des Affaires étrangères du Zedland"},
     "keys": ["foreign_minister"], "country": "ZZ", "role": "foreign_minister", "wikidata": "Q900002",
     "source": "fixture-repo@abc:holders.csv"},
]
WORLD_PEOPLE = [
    {"id": "bo_tarn", "name": "Bo Tarn", "wikidata": "Q900010", "country": "ZZ", "aliases": ["Bo A. Tarn"],
     "short": ["Tarn"], "source": "https://www.wikidata.org/wiki/Q900010",
     "offices": [{"office": "president_zz", "start": "2016-05-01", "end": None, "source": "fixture-repo@abc:holders.csv#L2"},
                 {"office": "hog:ZZ", "start": "2009-01-01", "end": "2016-04-30", "source": "fixture-repo@abc:holders.csv#L3"}]},
    {"id": "cy_moor", "name": "Cy Moor", "wikidata": "Q900011", "country": "ZZ",
     "source": "https://www.wikidata.org/wiki/Q900011",
     "offices": [{"office": "hog:ZZ", "start": "2016-05-02", "end": None, "source": "fixture-repo@abc:holders.csv#L4"},
                 {"office": "fm:ZZ", "start": "2012-03", "end": None, "source": "fixture-repo@abc:holders.csv#L5"}]},
]


def _write(folder: Path, layer: str, offices: list, people: list) -> None:
    (folder / layer).mkdir(parents=True, exist_ok=True)
    (folder / layer / "offices.json").write_text(json.dumps({"_source": "test", "offices": offices}))
    (folder / layer / "people.json").write_text(json.dumps({"_source": "test", "people": people}))


@pytest.fixture()
def folder(tmp_path):
    _write(tmp_path, "kb", HAND_OFFICES, HAND_PEOPLE)
    _write(tmp_path, "kb/world", WORLD_OFFICES, WORLD_PEOPLE)
    return tmp_path


def test_both_layers_load_and_resolve_on_dates(folder):
    kb = load(folder)
    assert set(kb.people) == {"ana_vel", "bo_tarn", "cy_moor"}
    # a world-layer tenure of a hand-layer office
    assert [p.name for p in kb.holders("president_zz", "2015-06-01")] == ["Ana Vel"]
    assert [p.name for p in kb.holders("president_zz", "2020-06-01")] == ["Bo Tarn"]
    assert [p.name for p in kb.holders("hog:ZZ", "2016-05-01")] == []       # the day between two tenures
    assert [p.name for p in kb.holders("fm:ZZ", "2012-03-15")] == []        # month-precise start: not sure
    assert [p.name for p in kb.holders("fm:ZZ", "2012-04-01")] == ["Cy Moor"]
    assert kb.person_by_wikidata("Q900010").id == "bo_tarn"
    assert kb.person_by_short("tarn").id == "bo_tarn"
    assert [o.id for o in kb.match_offices(["prime_minister"], country="ZZ")] == ["hog:ZZ"]
    assert [o.id for o in kb.heads_of_state("ZZ")] == ["president_zz"]


def test_a_folder_without_world_layer_is_the_hand_layer_alone(tmp_path):
    _write(tmp_path, "kb", HAND_OFFICES, HAND_PEOPLE)
    assert set(load(tmp_path).people) == {"ana_vel"}


@pytest.mark.parametrize("kind,entries,message", [
    ("people", WORLD_PEOPLE + [dict(HAND_PEOPLE[0], offices=[])], "defined in two layers"),
    ("offices", WORLD_OFFICES + HAND_OFFICES, "defined in two layers"),
    ("people", [dict(WORLD_PEOPLE[0], wikidata="900010"), WORLD_PEOPLE[1]], "wikidata"),
    ("offices", [dict(WORLD_OFFICES[0], role="king"), WORLD_OFFICES[1]], "role"),
    ("people", [WORLD_PEOPLE[0], dict(WORLD_PEOPLE[1], offices=[{"office": "fm:XX", "start": "2012"}])],
     "unknown office"),
])
def test_bad_world_entries_name_the_file_and_entry(folder, kind, entries, message):
    path = folder / "kb" / "world" / f"{kind}.json"
    path.write_text(json.dumps({"_source": "test", kind: entries}))
    with pytest.raises(DataError) as error:
        load(folder)
    assert str(path) in str(error.value) and message in str(error.value)


def test_coverage_counts_days_without_a_known_holder(folder):
    kb = load(folder)
    # heads of state: Ana Vel, then Bo Tarn from the next day: covered since 2010
    assert covered_countries(kb, "head_of_state", "2010-01-01", "2024-01-01") == {"ZZ"}
    # heads of government: one day of gap (2016-05-01) is within the month allowed
    assert covered_countries(kb, "head_of_government", "2010-01-01", "2024-01-01") == {"ZZ"}
    # foreign ministers: nobody known before 2012-03
    assert covered_countries(kb, "foreign_minister", "2010-01-01", "2024-01-01") == set()
    assert covered_countries(kb, "foreign_minister", "2013-01-01", "2024-01-01") == {"ZZ"}


def test_stats_and_person_look_up(folder):
    knowledge = Knowledge(folder)
    counts = stats(knowledge, today="2024-01-01")
    assert counts["people"] == 3 and counts["offices"] == 3 and counts["tenures"] == 5
    assert counts["people_with_wikidata"] == 2
    assert counts["coverage"]["head_of_state"] == 1 and counts["coverage"]["all_three"] == 0
    assert counts["sources"] == {"fixture-repo": 4, "hand-added (kb/people.json)": 1}
    found = person("Q900011", knowledge)
    assert [p["kb_id"] for p in found] == ["person:cy-moor"]
    assert {t["office"] for t in found[0]["tenures"]} == {"office:hog-zz", "office:fm-zz"}
    assert person("Nobody Here", knowledge) == []


def _kzeu(*args):
    return subprocess.run([sys.executable, "-m", "kzeu_extract", "kb", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_cli_who_person_and_stats_as_json():
    who = _kzeu("who", "the Kazakh Foreign Minister", "--on", "2022-01-10", "--format", "json")
    assert who.returncode == 0, who.stderr
    office = json.loads(who.stdout)["offices"][0]
    assert office["country"] == "KZ" and [h["name"] for h in office["holders"]] == ["Mukhtar Tileuberdi"]
    found = _kzeu("person", "Tokaïev", "--format", "json")
    assert json.loads(found.stdout)[0]["kb_id"] == "person:kassym-jomart-tokayev"
    missing = _kzeu("person", "Zorblat Quenn")
    assert missing.returncode == 1 and "no person" in missing.stdout
    counts = _kzeu("stats", "--format", "json")
    assert json.loads(counts.stdout)["people"] >= 33
    bad_date = _kzeu("who", "the President of Kazakhstan", "--on", "10/01/2022")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
