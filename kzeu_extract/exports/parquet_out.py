"""Parquet: one table of the export (exports/tables.py) as a Parquet file, through pyarrow.

pyarrow is an optional extra (``pip install 'kzeu-extract[parquet]'``). Columns are typed
from the record's models: text, int64, float64, bool; a list of scalars is a list<string>
column; objects are JSON text. Rows go out in row groups as records come.
"""
from __future__ import annotations

import json
from typing import IO, Iterable

from ..errors import UsageError
from .tables import Table, rows, table

ROW_GROUP_ROWS = 10_000
INSTALL_HINT = "pip install 'kzeu-extract[parquet]'"


def require_pyarrow():
    """The pyarrow module; UsageError (one line, the way to install it) when it is missing."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError(f"--format parquet needs pyarrow, which is not installed: {INSTALL_HINT}") from None
    return pyarrow


def arrow_schema(spec: Table):
    pa = require_pyarrow()
    types = {"text": pa.string(), "integer": pa.int64(), "float": pa.float64(), "boolean": pa.bool_(),
             "list": pa.list_(pa.string()), "json": pa.string()}
    return pa.schema([pa.field(column.name, types[column.kind]) for column in spec.columns])


def _arrow_value(value, kind: str):
    if value is None:
        return None
    if kind == "list":
        return [None if item is None else str(item) for item in value]
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if kind == "float":
        return float(value)
    return value


class ParquetTableWriter:
    """Streams one table's rows into a Parquet file on a binary stream (a text stream's
    ``buffer`` is used: what open_output and sys.stdout give)."""

    takes_json = False
    indent = None

    def __init__(self, stream: IO, name: str):
        pa = require_pyarrow()
        import pyarrow.parquet as pq

        self.pa, self.table = pa, table(name)
        self.schema = arrow_schema(self.table)
        self.sink = getattr(stream, "buffer", stream)
        self.writer = pq.ParquetWriter(self.sink, self.schema)
        self.pending: list[dict] = []

    def write(self, record) -> None:
        kinds = {column.name: column.kind for column in self.table.columns}
        for row in rows(record, self.table.name):
            self.pending.append({name: _arrow_value(value, kinds[name]) for name, value in row.items()})
        if len(self.pending) >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(self.pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        self.sink.flush()

    def __del__(self):
        # Never closed: the run ended early and its file is discarded; pyarrow's own cleanup
        # would write the footer to a closed file (an "Exception ignored" on stderr).
        writer = getattr(self, "writer", None)
        if writer is not None:
            writer.is_open = False


def write_parquet(records: Iterable, path, name: str = "events") -> int:
    """Write table ``name`` of ``records`` (DocumentRecords or their dicts) to the Parquet
    file ``path`` (atomically: a temporary file renamed into place); returns how many records."""
    from ..io import atomic_writer

    count = 0
    with atomic_writer(path) as handle:
        writer = ParquetTableWriter(handle, name)
        for record in records:
            writer.write(record)
            count += 1
        writer.close()
    return count
