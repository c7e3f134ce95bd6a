"""exports/sqlite_db.py: the SQLite database is queried (joins on its keys), a re-run adds
nothing twice, a changed document replaces its rows, and foreign keys hold."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from export_records import document_record, event

from kzeu_extract.errors import OutputError, UsageError
from kzeu_extract.exports import write_sqlite
from kzeu_extract.records import DocumentRecord


def _records() -> list[DocumentRecord]:
    return [document_record("oslo.txt", [event("meeting", ["Marta Olsen", "Pieter Claes"], "2023-02-01",
                                               where="Oslo", parties=[("Norway", "NO")])]),
            document_record("astana.txt", [event("visit", ["Aruzhan Bekova"], "2023-03"),
                                           event("phone_call", ["Luc Arnaud", "Dana Sultan"])])]


def _counts(path) -> dict:
    db = sqlite_utils.Database(path)
    return {name: db[name].count for name in db.table_names()}


def test_events_join_documents_and_people(tmp_path):
    path = tmp_path / "records.sqlite"
    assert write_sqlite(_records(), path) == 2
    db = sqlite3.connect(path)
    per_document = dict(db.execute(
        "select documents.path, count(*) from events join documents on events.document_sha256 = documents.sha256 "
        "group by documents.path").fetchall())
    assert per_document == {"docs/oslo.txt": 1, "docs/astana.txt": 2}
    names = db.execute("select people.name from event_participants join people on person_id = people.id "
                       "join events on event_id = events.id where events.type = 'phone_call' order by 1").fetchall()
    assert names == [("Dana Sultan",), ("Luc Arnaud",)]
    assert db.execute("pragma foreign_key_check").fetchall() == []
    participants = db.execute("select participants from events where type = 'meeting'").fetchone()[0]
    assert participants == '["Marta Olsen", "Pieter Claes"]'   # JSON: json_each() reads it


def test_the_tables_carry_their_keys_for_datasette(tmp_path):
    path = tmp_path / "records.sqlite"
    write_sqlite(_records(), path)
    db = sqlite_utils.Database(path)
    assert db["documents"].pks == ["sha256"] and db["people"].pks == ["id"] and db["events"].pks == ["id"]
    links = {(fk.column, fk.other_table) for fk in db["event_participants"].foreign_keys}
    assert links == {("document_sha256", "documents"), ("event_id", "events"), ("person_id", "people")}
    assert "document_path" not in db["events"].columns_dict   # the path is in documents only


def test_a_rerun_adds_nothing_twice(tmp_path):
    path = tmp_path / "records.sqlite"
    write_sqlite(_records(), path)
    before = _counts(path)
    write_sqlite(_records(), path)
    assert _counts(path) == before and before["events"] == 3 and before["event_participants"] == 5


def test_a_changed_document_replaces_its_rows(tmp_path):
    path = tmp_path / "records.sqlite"
    write_sqlite(_records(), path)
    changed = document_record("astana.txt", [event("meeting", ["Aruzhan Bekova", "Marta Olsen"], "2023-03-09")])
    changed.source.sha256 = "f" * 64     # the same path, another text
    write_sqlite([changed], path)
    db = sqlite3.connect(path)
    assert db.execute("select count(*) from documents where path = 'docs/astana.txt'").fetchone() == (1,)
    assert db.execute("select type, date from events join documents on document_sha256 = sha256 "
                      "where path = 'docs/astana.txt'").fetchall() == [("meeting", "2023-03-09")]
    assert db.execute("select count(*) from people where name = 'Luc Arnaud'").fetchone() == (0,)
    assert _counts(path)["events"] == 2 and _counts(path)["documents"] == 2


def test_a_file_that_is_no_database_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are notes, not a database\n" * 40)
    with pytest.raises(OutputError, match="notes.sqlite: cannot be used as a SQLite database"):
        write_sqlite(_records(), path)
    with pytest.raises(UsageError, match="no folder"):
        write_sqlite(_records(), tmp_path / "missing" / "records.sqlite")
