"""Exports of document records for analysts' tools: CSV, SQLite and Parquet, one table per
kind of item (documents, people, events, event_participants...: names.TABLES).

    from kzeu_extract import extract_many
    from kzeu_extract.exports import write_csv, write_sqlite, write_parquet

    records = list(extract_many(texts))
    write_sqlite(records, "records.sqlite")          # every table; re-runs replace, never duplicate
    with open("events.csv", "w", newline="") as f:
        write_csv(records, f, "events")
    write_parquet(records, "people.parquet", "people")  # needs the parquet extra (pyarrow)

Names load lazily, so that the command line's option parsing imports nothing heavy.
"""
from __future__ import annotations

from importlib import import_module

from .names import TABLES

_PUBLIC = {"write_csv": "csv_out", "CsvTableWriter": "csv_out", "write_sqlite": "sqlite_db",
           "SqliteWriter": "sqlite_db", "open_database": "sqlite_db", "write_parquet": "parquet_out",
           "ParquetTableWriter": "parquet_out", "require_pyarrow": "parquet_out", "rows": "tables",
           "table": "tables"}
__all__ = ["TABLES", "CsvTableWriter", "ParquetTableWriter", "SqliteWriter", "open_database", "require_pyarrow",
           "rows", "table", "write_csv", "write_parquet", "write_sqlite"]


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
