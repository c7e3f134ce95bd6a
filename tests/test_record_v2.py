"""Record version 2 through the public API and the CLI: relative and year-less dates, figure
bounds, one id scheme, offices folded by wording, the schema's descriptions, --compact."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kzeu_extract import extract
from kzeu_extract.cli import app
from kzeu_extract.knowledge.ids import ID_PATTERN
from kzeu_extract.records import DocumentRecord, json_schema

runner = CliRunner()


def _dates(text: str, lang: str, date: str = "2023-05-12") -> dict:
    return {d.text: d for d in extract(text, lang=lang, reference_date=date).dates}


# --- dates: relative to another date, or only missing their year -----------------------------

@pytest.mark.parametrize("text, lang, expression, value, relative, year_inferred", [
    ("Officials from Chile met in Oslo on 7 March.", "en", "7 March", "2023-03-07", False, True),
    ("The envoy from Peru landed on March 3 in Rome.", "en", "March 3", "2023-03-03", False, True),
    ("Yesterday the envoy from Peru landed in Rome.", "en", "Yesterday", "2023-05-11", True, False),
    ("Last week the envoy from Peru landed in Rome.", "en", "Last week", None, True, False),
    ("On Tuesday the envoy from Peru landed in Rome.", "en", "Tuesday", "2023-05-09", True, False),
    ("Les délégués du Chili se sont réunis à Oslo le 7 février.", "fr", "7 février", "2023-02-07", False, True),
    ("Hier, les délégués du Chili se sont réunis à Oslo.", "fr", "Hier", "2023-05-11", True, False),
    ("La semaine dernière, les délégués du Chili étaient à Oslo.", "fr", "La semaine dernière", None, True, False),
    ("Le traité fut signé le 2 mars 2019 à Lima.", "fr", "2 mars 2019", "2019-03-02", False, False),
])
def test_relative_and_year_inferred_dates(text, lang, expression, value, relative, year_inferred):
    found = _dates(text, lang)
    item = next(d for t, d in found.items() if expression.casefold() in t.casefold())
    assert (item.value, item.relative, item.year_inferred) == (value, relative, year_inferred)


# --- figures: bounds are min/max, with whether the bound itself is included -------------------

@pytest.mark.parametrize("text, lang, value, low, low_in, high, high_in", [
    ("More than 100 farmers joined the march.", "en", None, 100, False, None, None),
    ("At least 20 companies signed the pledge.", "en", None, 20, True, None, None),
    ("Up to 500 tonnes of wheat will be shipped.", "en", None, None, None, 500, True),
    ("Less than 5 percent of voters agreed.", "en", None, None, None, 5, False),
    ("Over 40 countries sent observers.", "en", None, 40, False, None, None),
    ("Between 10 and 20 engineers arrived.", "en", None, 10, True, 20, True),
    ("Nearly 300 delegates attended.", "en", 300, None, None, None, None),
    ("Plus de 100 agriculteurs ont défilé.", "fr", None, 100, False, None, None),
    ("Au moins 20 entreprises ont signé.", "fr", None, 20, True, None, None),
    ("Jusqu'à 500 tonnes de blé seront expédiées.", "fr", None, None, None, 500, True),
    ("Entre 10 et 20 ingénieurs sont arrivés.", "fr", None, 10, True, 20, True),
    ("Environ 300 délégués étaient présents.", "fr", 300, None, None, None, None),
])
def test_figure_bounds(text, lang, value, low, low_in, high, high_in):
    (figure,) = extract(text, lang=lang).figures
    assert (figure.value, figure.min, figure.min_inclusive, figure.max, figure.max_inclusive) == (
        value, low, low_in, high, high_in)


def test_a_bound_scores_as_its_number_for_the_reference_scorer():
    """/work/shared/eval/score.py reads min, then max, then value: a bound is its number."""
    from kzeu_extract.evaluate import _figure_bounds

    (figure,) = extract("More than 100 farmers joined the march.", lang="en").model_dump()["figures"]
    assert _figure_bounds(figure) == (100, 100)


# --- one id scheme ---------------------------------------------------------------------------

def _kb_ids(record: DocumentRecord) -> list[str]:
    ids = [p.kb_id for p in record.people] + [h.office for p in record.people for h in p.held_offices]
    ids += [o.kb_id for o in record.offices] + [o.holder_kb_id for o in record.offices]
    ids += [o.kb_id for o in record.organizations] + [a.kb_id for a in record.agreements]
    ids += [p.kb_id for p in record.places] + [party.organization for e in record.events for party in e.parties]
    return [i for i in ids if i]


def test_every_knowledge_base_id_follows_the_scheme(seeds_dir):
    text = (seeds_dir / "000_3e0b2acfaf4bc738.txt").read_text(encoding="utf-8")
    record = extract(text)
    ids = _kb_ids(record)
    kinds = {i.split(":")[0] for i in ids}
    assert {"person", "office", "organization", "place"} <= kinds
    assert all(ID_PATTERN.match(i) for i in ids), [i for i in ids if not ID_PATTERN.match(i)]
    assert all(isinstance(p.geonames_id, (int, type(None))) for p in record.places)


def test_ids_of_a_constructed_text():
    record = extract("President Kassym-Jomart Tokayev met the European Commission in Astana. Kazakhstan and "
                     "the EU discussed the Enhanced Partnership and Cooperation Agreement.", lang="en",
                     reference_date="2023-04-02")
    people = {p.name: p for p in record.people}
    assert people["Kassym-Jomart Tokayev"].kb_id == "person:kassym-jomart-tokayev"
    assert [h.office for h in people["Kassym-Jomart Tokayev"].held_offices] == ["office:president-kz"]
    assert {o.kb_id for o in record.organizations} >= {"organization:european-commission", "organization:eu"}
    assert {p.name: p.kb_id for p in record.places} == {"Astana": "place:kz-astana", "Kazakhstan": "place:kz"}
    assert [a.kb_id for a in record.agreements] == ["agreement:eu-kz-epca"]


def test_kb_command_shows_and_accepts_the_record_ids():
    found = runner.invoke(app, ["kb", "person", "person:kassym-jomart-tokayev", "-f", "json"])
    assert found.exit_code == 0, found.output
    (person,) = json.loads(found.stdout)
    assert person["kb_id"] == "person:kassym-jomart-tokayev"
    assert person["tenures"] and all(t["office"].startswith("office:") for t in person["tenures"])
    old_style = runner.invoke(app, ["kb", "person", "kassym_jomart_tokayev", "-f", "json"])
    assert json.loads(old_style.stdout)[0]["kb_id"] == "person:kassym-jomart-tokayev"


# --- offices once per folded wording ---------------------------------------------------------

def test_case_variants_of_a_title_are_one_office():
    text = ("The Head of State Kassym-Jomart Tokayev received the visitors from Peru. Later the head of "
            "state Kassym-Jomart Tokayev thanked them.")
    record = extract(text, lang="en", reference_date="2023-04-02")
    offices = [o for o in record.offices if o.title.casefold() == "head of state"]
    assert len(offices) == 1
    assert [m.text for m in offices[0].mentions] == ["Head of State", "head of state"]
    (person,) = [p for p in record.people if p.name == "Kassym-Jomart Tokayev"]
    assert [t for t in person.offices if t.casefold() == "head of state"] == ["Head of State"]


# --- the schema ------------------------------------------------------------------------------

def test_schema_has_dialect_id_and_a_description_on_every_field():
    schema = json_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["$id"].endswith("document-record-2.schema.json")
    result = runner.invoke(app, ["schema", "--fields"])
    assert result.exit_code == 0
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(lines) > 100
    assert [line[0] for line in lines if len(line) < 3 or not line[2].strip()] == []
    assert {"dates[].year_inferred", "figures[].min_inclusive", "places[].kb_id"} <= {line[0] for line in lines}


def test_each_record_says_schema_version_2():
    assert extract("Officials from Chile met in Oslo.", lang="en").schema_version == "2"


# --- --compact -------------------------------------------------------------------------------

def test_compact_cli_leaves_out_mentions_and_stays_a_valid_record(seeds_dir):
    path = str(seeds_dir / "002_b183927ccf162812.txt")
    full = runner.invoke(app, ["extract", path, "-f", "jsonl"])
    compact = runner.invoke(app, ["extract", path, "-f", "jsonl", "--compact"])
    assert full.exit_code == compact.exit_code == 0
    whole, facts = json.loads(full.stdout), json.loads(compact.stdout)
    assert len(compact.stdout) < 0.7 * len(full.stdout)
    assert "sentences" not in facts
    for section in ("people", "offices", "organizations", "places", "agreements"):
        assert facts[section] and all("mentions" not in item for item in facts[section])
    assert [e["id"] for e in facts["events"]] == [e["id"] for e in whole["events"]]
    assert all("evidence" not in e and "document" not in e for e in facts["events"])
    assert [p["name"] for p in facts["people"]] == [p["name"] for p in whole["people"]]
    back = DocumentRecord.model_validate(facts)
    assert back.people[0].mentions == [] and back.schema_version == "2"


def test_compact_in_the_library():
    from kzeu_extract.api import extract_many_json

    text = "Officials from Chile met the Foreign Minister of Peru in Oslo on 7 March 2023."
    record = extract(text, lang="en")
    facts = record.compact()
    assert "mentions" not in facts["places"][0] and "sentences" not in facts
    (line,) = extract_many_json([text], lang="en", compact=True)
    assert json.loads(line) == facts == json.loads(record.to_json(compact=True))


def test_a_version_1_record_still_reads():
    """kzeu view and kzeu events read records written before version 2."""
    old = {"schema_version": "1", "source": {"path": "a.txt", "sha256": "ab" * 32, "characters": 60},
           "language": "fr", "people": [{"name": "Ana Costa", "kb_id": "ana_costa", "offices": ["ministre"]}],
           "dates": [{"text": "7 février", "start": 0, "end": 9, "value": "2023-02-07", "granularity": "day",
                      "relative": True}],
           "figures": [{"text": "plus de 100 élèves", "start": 20, "end": 38, "kind": "count", "value": 100,
                        "qualifier": "plus de", "approximate": True}],
           "agreements": [{"name": "Traité de Lima", "status": [{"status": "signed", "date": None}]}]}
    record = DocumentRecord.model_validate(old)
    assert record.schema_version == "1" and record.dates[0].year_inferred is False
    assert record.figures[0].min_inclusive is None


def test_kb_who_gives_the_record_ids():
    found = runner.invoke(app, ["kb", "who", "President of Kazakhstan", "--on", "2021-06-01", "-f", "json"])
    assert found.exit_code == 0, found.output
    (office,) = json.loads(found.stdout)["offices"]
    assert office["kb_id"] == "office:president-kz"
    assert [h["kb_id"] for h in office["holders"]] == ["person:kassym-jomart-tokayev"]
