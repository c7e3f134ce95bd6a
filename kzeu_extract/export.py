"""Writers that stream records to a text stream as they are made, never collecting them."""
from __future__ import annotations

from typing import IO

from .records import DocumentRecord


class JsonLinesWriter:
    """One complete record per line; each line is flushed, so a reader of a pipe or a file
    interrupted midway only ever sees whole records."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, record: DocumentRecord) -> None:
        self.stream.write(record.to_json() + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """One object for a single document, else a JSON list written element by element."""

    def __init__(self, stream: IO[str], single: bool):
        self.stream = stream
        self.single = single
        self.count = 0

    def write(self, record: DocumentRecord) -> None:
        text = record.to_json(indent=2)
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

    def __init__(self, stream: IO[str] | None):
        from .render import RecordView

        self.view = RecordView(stream)

    def write(self, record: DocumentRecord) -> None:
        self.view.show(record)

    def close(self) -> None:
        pass


def make_writer(output_format: str, stream: IO[str] | None, single: bool):
    if output_format == "jsonl":
        return JsonLinesWriter(stream)
    if output_format == "json":
        return JsonWriter(stream, single)
    return TableWriter(stream)
