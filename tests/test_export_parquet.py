"""exports/parquet_out.py: typed columns read back through pyarrow, and a file replaced only
when whole (skipped where pyarrow is not installed: it is the parquet extra)."""
from __future__ import annotations

import json

import pytest
from export_records import document_record, event

from kzeu_extract.exports import table, write_parquet

pq = pytest.importorskip("pyarrow.parquet")


def _records():
    first = document_record("riga.txt", [event("meeting", ["Marta Olsen", "Luc Arnaud"], "2023-09-12",
                                               parties=[("Norway", "NO")])]).model_dump()
    first["figures"] = [{"text": "about 2.5 million euros", "start": 40, "end": 63, "kind": "money",
                         "value": 2500000, "currency": "EUR", "approximate": True}]
    first["people"][0]["mentions"] = [{"text": "Olsen", "start": 3, "end": 8}]
    return [first, document_record("tallinn.txt", [event("visit", ["Dana Sultan"], "2023-10")]).model_dump()]


def test_columns_are_typed_from_the_record(tmp_path):
    path = tmp_path / "figures.parquet"
    assert write_parquet(_records(), path, "figures") == 2
    figures = pq.read_table(path)
    assert figures.column_names == table("figures").column_names
    (row,) = figures.to_pylist()
    assert row["value"] == 2500000.0 and row["approximate"] is True and row["currency"] == "EUR"
    assert str(figures.schema.field("approximate").type) == "bool"


def test_lists_are_list_columns_and_objects_json(tmp_path):
    write_parquet(_records(), tmp_path / "events.parquet", "events")
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert [e["participants"] for e in events] == [["Marta Olsen", "Luc Arnaud"], ["Dana Sultan"]]
    assert events[0]["parties"] == ["Norway"]
    write_parquet(_records(), tmp_path / "people.parquet", "people")
    olsen = pq.read_table(tmp_path / "people.parquet").to_pylist()[0]
    assert json.loads(olsen["mentions"]) == [{"text": "Olsen", "start": 3, "end": 8}]


def test_a_failed_run_leaves_the_earlier_file_whole(tmp_path):
    path = tmp_path / "events.parquet"
    write_parquet(_records(), path, "events")
    before = path.read_bytes()

    def failing():
        yield from _records()
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        write_parquet(failing(), path, "events")
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["events.parquet"]
