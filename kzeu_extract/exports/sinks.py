"""Where `kzeu extract` sends records besides JSON and the table view: a CSV or Parquet
table (``--format csv|parquet --table KIND``) and a SQLite database (``--db FILE``).

``check_export`` refuses what cannot work before anything is read (a UsageError: exit 2);
``export_writer`` gives the writer of a format, and ``TeeWriter`` sends each record to the
database as well as to the stream.
"""
from __future__ import annotations

import sys
from typing import IO

from ..errors import UsageError
from .names import TABLES

TABLE_FORMATS = ("csv", "parquet")


def check_export(output_format: str | None, table: str | None, output, db=None) -> None:
    """UsageError for --table without csv/parquet (or an unknown one), csv/parquet without
    --table, parquet without pyarrow or onto a terminal."""
    if table is not None and table not in TABLES:
        raise UsageError(f"--table {table!r}: no such table; the tables are {', '.join(TABLES)}")
    if output_format not in TABLE_FORMATS:
        if table is not None:
            raise UsageError(f"--table applies to --format csv and parquet (one table per file), not "
                             f"{output_format or 'no --format'}; --db writes every table")
        return
    if table is None:
        raise UsageError(f"--format {output_format} writes one table: give --table KIND, one of "
                         f"{', '.join(TABLES)} (or --db FILE for all of them)")
    if output_format == "parquet":
        from .parquet_out import require_pyarrow

        require_pyarrow()
        if output is None and sys.stdout.isatty():
            raise UsageError("--format parquet is binary: give --output FILE, or redirect stdout")


def export_writer(output_format: str, stream: IO[str], table: str):
    if output_format == "csv":
        from .csv_out import CsvTableWriter

        return CsvTableWriter(stream, table)
    from .parquet_out import ParquetTableWriter

    return ParquetTableWriter(stream, table)


class TeeWriter:
    """Each record to every writer in turn (the stream's, then the database's)."""

    indent = None

    def __init__(self, *writers):
        self.writers = writers
        self.takes_json = all(writer.takes_json for writer in writers)
        self.indent = writers[0].indent

    def write(self, record) -> None:
        for writer in self.writers:
            writer.write(record)

    def close(self) -> None:
        for writer in self.writers:
            writer.close()
