"""CSV: one table of the export (exports/tables.py), a header row then one row per item.

Lists of scalars are joined with "; " (``participants``, ``participant_ids``: aligned, so
the n-th name goes with the n-th id); objects are compact JSON; an absent value is an empty
cell; booleans are ``true``/``false``.
"""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from .tables import Table, rows, table

LIST_SEPARATOR = "; "


def cell(value, kind: str) -> str:
    """How one value is written in CSV."""
    if value is None:
        return ""
    if kind == "list":
        return LIST_SEPARATOR.join("" if item is None else str(item) for item in value)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CsvTableWriter:
    """Streams one table's rows as records come: the header first (also for no record)."""

    takes_json = False
    indent = None

    def __init__(self, stream: IO[str], name: str):
        self.stream = stream
        self.table: Table = table(name)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.started = False

    def _start(self) -> None:
        if not self.started:
            self.csv.writerow(self.table.column_names)
            self.started = True

    def write(self, record) -> None:
        self._start()
        columns = self.table.columns
        for row in rows(record, self.table.name):
            self.csv.writerow([cell(row[column.name], column.kind) for column in columns])
        self.stream.flush()

    def close(self) -> None:
        self._start()
        self.stream.flush()


def write_csv(records: Iterable, stream: IO[str], name: str = "events") -> int:
    """Write table ``name`` of ``records`` (DocumentRecords or their dicts) as CSV to
    ``stream``; returns the number of records."""
    writer = CsvTableWriter(stream, name)
    count = 0
    for record in records:
        writer.write(record)
        count += 1
    writer.close()
    return count
