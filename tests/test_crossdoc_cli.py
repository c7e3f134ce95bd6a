"""`kzeu events`, `kzeu timeline`, `kzeu schema --events` and `kzeu evaluate --events-merge`
through the command line (Typer's CliRunner): the seeds, records read back with --from, bad
inputs and the merge corpus's score."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from crossdoc_records import event, record
from typer.testing import CliRunner

from kzeu_extract.cli import app
from kzeu_extract.crossdoc.scoring import GoldEvent, score_merge

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "merge_corpus"
runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_events() -> list[dict]:
    result = run("events", ROOT / "seeds", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return lines(result.stdout)


def _names(merged: dict) -> set[str]:
    return {Path(s["document"]["path"]).name[:3] for s in merged["sources"]}


def test_the_seeds_virtual_meeting_is_reported_once_with_its_three_sources(seed_events):
    meetings = [e for e in seed_events if e["type"] == "meeting" and
                {p["kb_id"] for p in e["participants"]} == {"person:kassym-jomart-tokayev", "person:charles-michel"}]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert (meeting["date"], meeting["mode"], meeting["status"]) == ("2022-01-10", "virtual", "held")
    assert _names(meeting) == {"000", "001", "003"}
    by_seed = {Path(s["document"]["path"]).name[:3]: s for s in meeting["sources"]}
    assert by_seed["003"]["language"] == "fr" and by_seed["001"]["date"] is None
    for source in meeting["sources"]:
        text = (ROOT / source["document"]["path"]).read_text(encoding="utf-8")
        assert text[source["start"]:source["end"]] == source["text"]


def test_the_seeds_phone_call_and_brussels_visit_are_their_own_events(seed_events):
    [call] = [e for e in seed_events if e["type"] == "phone_call" and e["date"] == "2020-04-02"]
    assert _names(call) == {"004"}
    visits = [e for e in seed_events if e["type"] == "visit" and e["location"] == "Brussels"
              and {p["kb_id"] for p in e["participants"]} == {"person:mukhtar-tileuberdi"}]
    assert len(visits) == 1 and _names(visits[0]) == {"002"} and visits[0]["first_reported"] == "2022-01-19"
    meetings_there = [r for r in visits[0]["related"] if r["relation"] == "has_meeting"]
    assert meetings_there and all(r["id"] in {e["id"] for e in seed_events} for r in meetings_there)
    ids = [e["id"] for e in seed_events]
    assert len(ids) == len(set(ids))


@pytest.fixture
def records_file(tmp_path: Path) -> Path:
    records = [
        record("a.txt", [event("meeting", ["Aruzhan Bekova", "Pieter Claes"], "2023-05-04", where="Ghent")],
               "2023-05-05"),
        record("b.txt", [event("meeting", ["Pieter Claes", "Aruzhan Bekova"], "2023-05", where="Belgium")],
               "2023-05-30", language="fr"),
        record("c.txt", [event("visit", ["Marta Olsen"], "2022-11-02", where="Astana"),
                         event("phone_call", ["Luc Arnaud", "Dana Sultan"])]),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_events_from_records_in_every_format(records_file: Path, tmp_path: Path):
    merged = lines(run("events", "--from", records_file).stdout)
    assert [(e["type"], len(e["sources"])) for e in merged] == [("visit", 1), ("meeting", 2), ("phone_call", 1)]
    as_json = json.loads(run("events", "--from", records_file, "--format", "json").stdout)
    assert as_json == merged
    csv_rows = run("events", "--from", records_file, "--format", "csv").stdout.splitlines()
    assert csv_rows[0].startswith("id,date,type,mode,status") and len(csv_rows) == 4
    table = run("events", "--from", records_file, "--format", "table", env={"COLUMNS": "200"}).stdout
    # each report: its file, then (language, date) on the line below
    assert re.search(r"│ a\.txt +│.*\n.*│ \(en, 2023-05-04\) +│", table), table
    assert re.search(r"│ b\.txt +│.*\n.*│ \(fr, 2023-05\) +│", table), table
    out = tmp_path / "out" / "events.jsonl"
    assert run("events", "--from", records_file, "--output", out).exit_code == 2   # no folder is created
    out.parent.mkdir()
    assert run("events", "--from", records_file, "--output", out).exit_code == 0
    assert lines(out.read_text(encoding="utf-8")) == merged


def test_bad_record_lines_are_named_and_the_rest_is_merged(records_file: Path, tmp_path: Path):
    bad = tmp_path / "mixed.jsonl"
    good = records_file.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([good[0], "{not json", "[1, 2]", good[1], '{"source": {}}', good[2]]) + "\n",
                   encoding="utf-8")
    result = run("events", "--from", bad, "--from", tmp_path / "missing.jsonl")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert [line.split(": ")[2] for line in errors[:3]] == [f"{bad}:2", f"{bad}:3", f"{bad}:5"]
    assert "missing.jsonl" in errors[3] and len(errors) == 4
    assert len(lines(result.stdout)) == 3


def test_an_output_is_left_as_it_was_when_nothing_could_be_read(tmp_path: Path):
    out = tmp_path / "events.jsonl"
    out.write_text("earlier\n", encoding="utf-8")
    result = run("events", "--from", tmp_path / "none.jsonl", "--output", out)
    assert result.exit_code == 1 and out.read_text(encoding="utf-8") == "earlier\n"
    assert "left as it was" in result.stderr


def test_usage_errors_exit_2(records_file: Path):
    assert run("events").exit_code == 2
    assert run("events", "--from", records_file, "--output", records_file).exit_code == 2
    assert run("events", "--from", records_file, "--format", "xml").exit_code == 2
    result = run("timeline", "--from", records_file, "--country", "Atlantis")
    assert result.exit_code == 2 and "Atlantis" in result.stderr
    assert run("timeline", "--from", records_file, "--between", "2022-01", "2022-13").exit_code == 2


def test_timeline_filters(records_file: Path):
    def dates(*options: str) -> list:
        result = run("timeline", "--from", records_file, "--format", "jsonl", *options)
        assert result.exit_code == 0, result.output
        return [e["date"] for e in lines(result.stdout)]

    assert dates() == ["2022-11-02", "2023-05-04", None]
    assert dates("--person", "Bekova") == ["2023-05-04"]
    assert dates("--person", "marta_olsen") == ["2022-11-02"]
    assert dates("--country", "KZ") == ["2022-11-02", "2023-05-04", None]
    assert dates("--country", "kz", "--country", "Belgique") == ["2023-05-04"]
    assert dates("--between", "2023-01", "2023-06") == ["2023-05-04"]
    rows = run("timeline", "--from", records_file, "--format", "csv", "--person", "Arnaud").stdout.splitlines()
    assert len(rows) == 2 and ",phone_call," in rows[1]


def test_schema_of_merged_events_describes_every_field():
    schema = json.loads(run("schema", "--events").stdout)
    assert schema["$schema"].startswith("https://json-schema.org/") and schema["$id"]
    models = [schema, *schema["$defs"].values()]
    undescribed = [(m.get("title"), name) for m in models for name, prop in m.get("properties", {}).items()
                   if not prop.get("description")]
    assert not undescribed
    fields = run("schema", "--events", "--fields").stdout
    assert "sources[].event_id\tstring\t" in fields and "possibly_same\t" in fields


def test_the_merge_corpus_scores_at_least_095():
    result = run("evaluate", "--events-merge", CORPUS / "gold_clusters.json", "--format", "json", "--errors")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["precision"] >= 0.95 and report["recall"] >= 0.95, report
    assert report["found_events"] == report["gold_events"] >= 30 and report["gold_pairs"] >= 15


def test_the_merge_score_counts_wrong_merges_and_splits():
    records = [record("x.txt", [event("meeting", ["Aruzhan Bekova", "Pieter Claes"], "2023-05-04")]),
               record("y.txt", [event("meeting", ["Aruzhan Bekova", "Pieter Claes"], "2023-05-04")]),
               record("z.txt", [event("meeting", ["Aruzhan Bekova", "Pieter Claes"], "2023-05-05")])]
    gold = [GoldEvent("one", "x.txt", "meeting", "sentence"), GoldEvent("two", "y.txt", "meeting", "sentence"),
            GoldEvent("two", "z.txt", "meeting", "sentence"), GoldEvent("two", "w.txt", "meeting", "sentence")]
    score = score_merge(gold, records)
    assert (score.merged_pairs, score.gold_pairs, score.correct_pairs) == (1, 1, 0)
    assert score.precision == 0.0 and score.recall == 0.0 and score.missed == ['w.txt: meeting "sentence"']


def test_evaluate_events_merge_reports_a_bad_gold_file(tmp_path: Path):
    bad = tmp_path / "gold.json"
    bad.write_text('{"clusters": [{"events": []}]}', encoding="utf-8")
    result = run("evaluate", "--events-merge", bad, "--docs", CORPUS / "docs")
    assert result.exit_code == 1 and "not a gold clusters file" in result.stderr


def test_records_in_json_files_as_kzeu_extract_writes_them(records_file: Path, tmp_path: Path):
    records = [json.loads(line) for line in records_file.read_text(encoding="utf-8").splitlines()]
    single, several = tmp_path / "one.json", tmp_path / "list.json"
    single.write_text(json.dumps(records[0], indent=2), encoding="utf-8")
    several.write_text(json.dumps(records[1:], indent=2), encoding="utf-8")
    result = run("events", "--from", single, "--from", several)
    assert result.exit_code == 0, result.output
    assert lines(result.stdout) == lines(run("events", "--from", records_file).stdout)
    broken = tmp_path / "broken.json"
    broken.write_text("[\n" + json.dumps(records[0]) + ",\n{oops\n]", encoding="utf-8")
    result = run("events", "--from", broken)
    assert result.exit_code == 1 and f"{broken}:3: not JSON" in result.stderr


def test_a_record_with_an_unknown_event_type_is_one_error_line(tmp_path: Path):
    odd = record("odd.txt", [event("meeting", ["Marta Olsen", "Luc Arnaud"], "2023-01-02")])
    odd["events"][0]["type"] = "summit"
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(odd) + "\n", encoding="utf-8")
    result = run("events", "--from", path)
    assert result.exit_code == 1 and f"{path}:1: events[0] is not an event (type 'summit'" in result.stderr
