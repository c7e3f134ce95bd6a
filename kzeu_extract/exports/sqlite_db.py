"""SQLite: the records as one table per kind (exports/tables.py), written with sqlite-utils.

Keys: ``documents.sha256``; ``people.id`` and ``events.id`` (the record's ids); the other
item tables ``(document_sha256, position)``, the event_* tables ``(event_id, position)``.
Foreign keys: every item table's ``document_sha256`` to ``documents``, ``person_id`` and
``initiator_id`` to ``people``, ``event_id`` to ``events`` (Datasette shows them as links).
List and object cells are JSON (query them with ``json_each``).

A document is written in one transaction, replacing whatever the database held for its
text (its sha256) and for its path (the file changed since): running again over the same
files gives the same rows, never twice.
"""
from __future__ import annotations

import os
import sqlite3
from typing import Iterable

from ..errors import OutputError, UsageError
from ..io import printable_path
from .names import TABLES
from .tables import Table, rows, table

_TYPES = {"text": str, "integer": int, "float": float, "boolean": int, "list": str, "json": str}
_ITEM_PK = ("document_sha256", "position")
_PRIMARY_KEYS = {"documents": "sha256", "people": "id", "events": "id",
                 "event_participants": ("event_id", "position"), "event_parties": ("event_id", "position")}
_FOREIGN_KEYS = {"events": [("initiator_id", "people", "id")],
                 "event_participants": [("event_id", "events", "id"), ("person_id", "people", "id")],
                 "event_parties": [("event_id", "events", "id")]}
# written parents first, deleted children first
_ORDER = ("documents", *[name for name in TABLES if name != "documents"])


def _columns(spec: Table) -> list[str]:
    """The table's columns in the database: the path lives in documents only."""
    return [name for name in spec.column_names if spec.name == "documents" or name != "document_path"]


def ensure_tables(db) -> None:
    """Create every table (with its keys and indexes) that the database lacks."""
    for name in _ORDER:
        spec = table(name)
        kinds = {column.name: column.kind for column in spec.columns}
        if db[name].exists():
            continue
        foreign = [] if name == "documents" else [("document_sha256", "documents", "sha256")]
        db[name].create({column: _TYPES[kinds[column]] for column in _columns(spec)},
                        pk=_PRIMARY_KEYS.get(name, _ITEM_PK), foreign_keys=foreign + _FOREIGN_KEYS.get(name, []))
        if name != "documents":
            db[name].create_index(["document_sha256"], if_not_exists=True)
    db["documents"].create_index(["path"], if_not_exists=True)


def _delete_document(db, sha256: str) -> None:
    for name in reversed(_ORDER):
        db[name].delete_where("sha256 = ?" if name == "documents" else "document_sha256 = ?", [sha256])


def write_record(db, record) -> None:
    """Store one record (a DocumentRecord or its dict), in one transaction."""
    data = record if isinstance(record, dict) else record.model_dump()
    sha256, path = data["source"]["sha256"], data["source"].get("path")
    with db.atomic():
        # a document's rows are written with its documents row, so only those it has are deleted
        held = [row["sha256"] for row in db.query(
            "select sha256 from documents where sha256 = ? or path = ?", [sha256, path])]
        for old in held:
            _delete_document(db, old)
        for name in _ORDER:
            found = [{key: value for key, value in row.items() if name == "documents" or key != "document_path"}
                     for row in rows(data, name)]
            if found:
                db[name].insert_all(found, alter=True)


class SqliteWriter:
    """Writes each record to the database as it comes (the writer of ``kzeu extract --db``)."""

    takes_json = False
    indent = None

    def __init__(self, path: str | os.PathLike):
        self.label = printable_path(os.fspath(path))
        self.db = open_database(path)

    def write(self, record) -> None:
        try:
            write_record(self.db, record)
        except sqlite3.Error as exc:
            raise OutputError(self.label, f"cannot be written ({exc})") from None

    def close(self) -> None:
        self.db.close()


def open_database(path: str | os.PathLike):
    """The database at ``path`` (created when missing), its tables made; UsageError for a
    missing folder, OutputError for a file that is no SQLite database or cannot be written."""
    import sqlite_utils

    label = printable_path(os.fspath(path))
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{label}: no folder {printable_path(folder)} for the database; create it first")
    if os.path.isdir(path):
        raise UsageError(f"{label}: is a folder; --db names a database file")
    try:
        db = sqlite_utils.Database(path)
        # write-ahead logging, synced at checkpoints: a commit per document stays cheap, a
        # crash loses at most the last documents (never a half of one), and readers
        # (Datasette) see the last whole document while a run goes on
        db.enable_wal()
        db.execute("pragma synchronous = normal")
        ensure_tables(db)
    except sqlite3.Error as exc:
        raise OutputError(label, f"cannot be used as a SQLite database ({exc})") from None
    return db


def write_sqlite(records: Iterable, path: str | os.PathLike) -> int:
    """Store ``records`` (DocumentRecords or their dicts) in the SQLite database at ``path``
    (created when missing; earlier rows of the same documents replaced); returns how many."""
    writer = SqliteWriter(path)
    count = 0
    try:
        for record in records:
            writer.write(record)
            count += 1
    finally:
        writer.close()
    return count
