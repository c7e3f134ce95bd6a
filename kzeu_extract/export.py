"""Writers that stream records to a text stream as they are made, never collecting them.

The JSON writers take a record or its JSON text already made (``record.to_json(indent)``
with the writer's ``indent``: what ``api.extract_many_json`` gives, written by the workers
of a parallel run); ``takes_json`` is False for a writer that needs the record itself.
"""
from __future__ import annotations

from typing import IO, Union

from .records import DocumentRecord

# A record, or its JSON text (from ``record.to_json(writer.indent)``).
RecordOrJson = Union[DocumentRecord, str]


def _json(record: RecordOrJson, indent: int | None) -> str:
    return record if isinstance(record, str) else record.to_json(indent)


class JsonLinesWriter:
    """One complete record per line; each line is flushed, so a reader of a pipe or a file
    interrupted midway only ever sees whole records."""

    takes_json = True
    indent = None

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, record: RecordOrJson) -> None:
        self.stream.write(_json(record, self.indent) + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """One object for a single document, else a JSON list written element by element."""

    takes_json = True
    indent = 2

    def __init__(self, stream: IO[str], single: bool):
        self.stream = stream
        self.single = single
        self.count = 0

    def write(self, record: RecordOrJson) -> None:
        text = _json(record, self.indent)
        if self.single:
            self.stream.write(text + "\n")
        else:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + text)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class TableWriter:
    """The rich terminal view (see render.py)."""

    takes_json = False
    indent = None

    def __init__(self, stream: IO[str] | None, width: int | None = None):
        from .render import RecordView

        self.view = RecordView(stream, width)

    def write(self, record: DocumentRecord) -> None:
        self.view.show(record)

    def close(self) -> None:
        pass


def make_writer(output_format: str, stream: IO[str] | None, single: bool, table: str | None = None,
                width: int | None = None):
    """The writer of a format (csv and parquet: of one table, see exports/; ``width``: the
    table view's, default the terminal's)."""
    if output_format in ("csv", "parquet"):
        from .exports.sinks import export_writer

        return export_writer(output_format, stream, table)
    if output_format == "jsonl":
        return JsonLinesWriter(stream)
    if output_format == "json":
        return JsonWriter(stream, single)
    return TableWriter(stream, width)
