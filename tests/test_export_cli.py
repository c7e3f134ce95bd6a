"""`kzeu extract --format csv|parquet --table KIND` and `--db FILE` through the command line
(Typer's CliRunner), on texts written for these tests."""
from __future__ import annotations

import csv
import io
import sqlite3
import sys

import pytest
from typer.testing import CliRunner

from kzeu_extract.cli import app
from kzeu_extract.exports import TABLES

runner = CliRunner()
TEXTS = {
    "ghent.txt": "GHENT, 6 June 2023 - Prime Minister of Belgium Pieter Claes met President of Kazakhstan "
                 "Aruzhan Bekova in Brussels on Tuesday. They discussed a transit corridor.",
    "oslo.txt": "OSLO, 9 October 2023 - Norwegian Foreign Minister Marta Olsen held a phone call with Belgian "
                "Prime Minister Pieter Claes on Monday.",
}


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def folder(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in TEXTS.items():
        (texts / name).write_text(text, encoding="utf-8")
    return texts


def _table(output: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(output)))


def _query(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_csv_events_have_a_header_and_their_documents(folder):
    result = run("extract", folder, "--format", "csv", "--table", "events")
    assert result.exit_code == 0, result.output
    events = _table(result.stdout)
    assert {row["document_path"].rsplit("/", 1)[-1] for row in events} == set(TEXTS)
    ghent = next(row for row in events if row["document_path"].endswith("ghent.txt"))
    assert ghent["type"] == "meeting" and ghent["date"] == "2023-06-06" and ghent["location"] == "Brussels"
    assert set(ghent["participants"].split("; ")) == {"Pieter Claes", "Aruzhan Bekova"}
    assert len(ghent["document_sha256"]) == 64 and ghent["id"].startswith("e-" + ghent["document_sha256"][:12])


def test_csv_participants_join_the_people_table(folder, tmp_path):
    people = _table(run("extract", folder, "-f", "csv", "--table", "people").stdout)
    participants = _table(run("extract", folder, "-f", "csv", "--table", "event_participants").stdout)
    names = {row["id"]: row["name"] for row in people}
    assert participants and all(names[row["person_id"]] == row["name"] for row in participants)


def test_csv_to_an_output_file_is_what_stdout_gets(folder, tmp_path):
    target = tmp_path / "dates.csv"
    assert run("extract", folder, "-f", "csv", "--table", "dates", "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8") == run("extract", folder, "-f", "csv", "--table", "dates").stdout


def test_csv_without_a_table_asks_for_one(folder):
    result = run("extract", folder, "--format", "csv")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "--table" in line and "events" in line


def test_a_table_needs_a_table_format(folder):
    result = run("extract", folder, "--format", "json", "--table", "people")
    assert result.exit_code == 2 and "--table applies to --format csv and parquet" in result.stderr
    result = run("extract", folder, "--format", "csv", "--table", "persons")
    assert result.exit_code == 2 and "persons" in result.stderr


def test_db_holds_every_table_and_joins(folder, tmp_path):
    path = tmp_path / "records.sqlite"
    result = run("extract", folder, "--db", path)
    assert result.exit_code == 0 and result.stdout == ""
    tables = {name for (name,) in _query(path, "select name from sqlite_master where type = 'table'")}
    assert set(TABLES) <= tables
    per_file = _query(path, "select documents.path, count(*) from events join documents "
                            "on events.document_sha256 = documents.sha256 group by 1 order by 1")
    assert [(name.rsplit("/", 1)[-1], count) for name, count in per_file] == [("ghent.txt", 1), ("oslo.txt", 1)]
    claes = _query(path, "select count(distinct events.id) from events join event_participants "
                         "on event_id = events.id join people on person_id = people.id where people.name = 'Pieter Claes'")
    assert claes == [(2,)]
    assert _query(path, "pragma foreign_key_check") == []


def _counts(path) -> dict:
    return {name: _query(path, f"select count(*) from {name}")[0][0] for name in TABLES}


def test_db_rerun_adds_nothing_and_a_changed_file_replaces_its_rows(folder, tmp_path):
    path = tmp_path / "records.sqlite"
    run("extract", folder, "--db", path)
    before = _counts(path)
    assert run("extract", folder, "--db", path).exit_code == 0
    assert _counts(path) == before
    (folder / "oslo.txt").write_text("OSLO, 9 October 2023 - Marta Olsen, Norway's Foreign Minister, will visit "
                                     "Astana in November.", encoding="utf-8")
    assert run("extract", folder, "--db", path).exit_code == 0
    assert _query(path, "select count(*) from documents")[0][0] == 2
    oslo = _query(path, "select events.type, events.status from events join documents on document_sha256 = sha256 "
                        "where path like '%oslo.txt'")
    assert oslo == [("visit", "planned")]


def test_db_with_a_bad_input_keeps_the_good_documents(folder, tmp_path):
    path = tmp_path / "records.sqlite"
    result = run("extract", folder, tmp_path / "missing.txt", "--db", path, "--format", "jsonl")
    assert result.exit_code == 1
    error, summary = result.stderr.splitlines()
    assert "missing.txt" in error
    assert summary.startswith("kzeu: wrote 2 records to ") and "records.sqlite (1 file failed)" in summary
    assert len(result.stdout.splitlines()) == 2 and _query(path, "select count(*) from documents") == [(2,)]


def test_db_in_a_missing_folder_is_a_usage_error(folder, tmp_path):
    result = run("extract", folder, "--db", tmp_path / "nowhere" / "records.sqlite")
    assert result.exit_code == 2 and "no folder" in result.stderr and "Traceback" not in result.output


def test_parquet_events_read_back(folder, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "events.parquet"
    result = run("extract", folder, "--format", "parquet", "--table", "events", "--output", target)
    assert result.exit_code == 0, result.output
    events = pq.read_table(target)
    pa = pytest.importorskip("pyarrow")
    assert events.num_rows == 2 and pa.types.is_list(events.schema.field("participants").type)
    assert pa.types.is_int64(events.schema.field("start").type)
    assert {tuple(sorted(names)) for names in events.column("participants").to_pylist()} == {
        ("Aruzhan Bekova", "Pieter Claes"), ("Marta Olsen", "Pieter Claes")}


def test_parquet_without_pyarrow_is_one_line_and_exit_2(folder, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)     # import pyarrow fails, as when not installed
    result = run("extract", folder, "--format", "parquet", "--table", "events", "-o", tmp_path / "e.parquet")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "pip install 'kzeu-extract[parquet]'" in line
    assert not (tmp_path / "e.parquet").exists()


def test_csv_with_a_bad_input_has_the_good_documents(folder, tmp_path):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    target = tmp_path / "documents.csv"
    result = run("extract", folder, "-f", "csv", "--table", "documents", "-o", target)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "empty.txt" in line] != []
    names = sorted(row["path"].rsplit("/", 1)[-1] for row in _table(target.read_text(encoding="utf-8")))
    assert names == sorted(TEXTS)
