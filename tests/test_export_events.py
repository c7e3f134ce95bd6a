"""`kzeu events --format csv`: one row per merged event (with the ids and sha256s of its
reports) or, with --table sources, one row per report, which joins kzeu extract's tables."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from export_records import document_record, event
from typer.testing import CliRunner

from kzeu_extract.cli import app

runner = CliRunner()


@pytest.fixture
def records(tmp_path: Path):
    made = [document_record("ghent.txt", [event("meeting", ["Aruzhan Bekova", "Pieter Claes"], "2023-05-04",
                                                where="Ghent")], published="2023-05-05"),
            document_record("liege.txt", [event("meeting", ["Pieter Claes", "Aruzhan Bekova"], "2023-05",
                                                where="Belgium")], published="2023-05-30"),
            document_record("oslo.txt", [event("visit", ["Marta Olsen"], "2022-11-02", where="Astana")])]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.to_json() + "\n" for r in made), encoding="utf-8")
    return path, made


def _csv(*args) -> list[dict]:
    result = runner.invoke(app, ["events", *map(str, args), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_an_event_row_names_its_reports_and_their_documents(records):
    path, made = records
    meeting = next(row for row in _csv("--from", path) if row["type"] == "meeting")
    assert meeting["source_event_ids"].split("; ") == [made[0].events[0].id, made[1].events[0].id]
    assert meeting["source_sha256s"].split("; ") == [made[0].source.sha256, made[1].source.sha256]
    assert meeting["date"] == "2023-05-04" and meeting["sources"] == "2"


def test_the_sources_table_has_one_row_per_report(records):
    path, made = records
    sources = _csv("--from", path, "--table", "sources")
    by_event = {row["event_id"]: row for row in sources}
    assert set(by_event) == {r.events[0].id for r in made}
    liege = by_event[made[1].events[0].id]
    assert liege["document_path"] == "docs/liege.txt" and liege["document_sha256"] == made[1].source.sha256
    assert liege["date"] == "2023-05" and liege["location"] == "Belgium"
    assert liege["merged_id"] == by_event[made[0].events[0].id]["merged_id"]   # one occasion, two reports
    assert int(liege["end"]) > int(liege["start"])


def test_table_applies_to_csv_only(records):
    path, _ = records
    result = runner.invoke(app, ["events", "--from", str(path), "--format", "jsonl", "--table", "sources"])
    assert result.exit_code == 2 and "--table" in result.stderr and result.stdout == ""
