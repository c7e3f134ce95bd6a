"""exports/tables.py and csv_out.py on records written by hand: the columns follow the
record's models, list cells are joined, ids that join are on every row."""
from __future__ import annotations

import csv
import io
import typing

import pytest
from export_records import document_record, event

from kzeu_extract.exports import TABLES, rows, table, write_csv
from kzeu_extract.exports.tables import record_sections
from kzeu_extract.records import DocumentRecord


def _record(name: str = "ghent-visit.txt") -> DocumentRecord:
    data = document_record(name, [event("meeting", ["Pieter Claes", "Marta Olsen"], "2023-04-02", where="Ghent",
                                        parties=[("Belgium", "BE"), ("Norway", "NO")]),
                                  event("phone_call", ["Dana Sultan"], None)], published="2023-04-03").model_dump()
    data["figures"] = [{"text": "over 40 firms", "start": 300, "end": 313, "kind": "count", "min": 40}]
    return DocumentRecord(**data)


def _csv(name: str, records) -> list[dict]:
    out = io.StringIO()
    write_csv(records, out, name)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_every_list_of_items_in_the_record_has_a_table():
    assert set(record_sections()) <= set(TABLES)
    assert {"documents", "event_participants", "event_parties"} <= set(TABLES)


def test_a_field_of_the_models_becomes_a_column():
    item = typing.get_args(DocumentRecord.model_fields["places"].annotation)[0]
    assert set(item.model_fields) <= set(table("places").column_names)
    events = table("events").column_names
    assert events[:4] == ["document_sha256", "document_path", "position", "id"]
    assert {"evidence_date_text", "evidence_date_start", "participant_ids", "initiator_id"} <= set(events)
    assert "document" not in events   # the record's source, on every row already


def test_event_rows_join_lists_and_carry_the_document_and_person_ids():
    one = _record()
    (meeting, call) = _csv("events", [one])
    assert meeting["document_sha256"] == one.source.sha256 and meeting["document_path"] == "docs/ghent-visit.txt"
    assert meeting["id"] == one.events[0].id
    assert meeting["participants"] == "Pieter Claes; Marta Olsen"
    assert meeting["participant_ids"] == "; ".join(one.events[0].participant_ids)
    assert meeting["parties"] == "Belgium; Norway" and meeting["date"] == "2023-04-02"
    assert call["date"] == "" and call["position"] == "1"


def test_participants_and_parties_are_rows_of_their_own():
    one = _record()
    people = {p.name: p.id for p in one.people}
    participants = _csv("event_participants", [one])
    assert [(r["event_id"], r["name"], r["person_id"]) for r in participants] == [
        (one.events[0].id, "Pieter Claes", people["Pieter Claes"]),
        (one.events[0].id, "Marta Olsen", people["Marta Olsen"]),
        (one.events[1].id, "Dana Sultan", people["Dana Sultan"])]
    parties = _csv("event_parties", [one])
    assert [(r["name"], r["country"], r["kind"]) for r in parties] == [("Belgium", "BE", "country"),
                                                                          ("Norway", "NO", "country")]


def test_objects_are_json_and_booleans_words():
    data = _record().model_dump()
    data["people"][0]["mentions"] = [{"text": "Claes", "start": 5, "end": 10}]
    (claes, *_) = _csv("people", [data])
    assert claes["mentions"] == '[{"text":"Claes","start":5,"end":10}]'
    (figure,) = _csv("figures", [data])
    assert figure["min"] == "40" and figure["approximate"] == "false" and figure["value"] == ""


def test_a_table_without_rows_still_has_its_header():
    out = io.StringIO()
    assert write_csv([_record()], out, "quotes") == 1
    assert out.getvalue().splitlines() == [",".join(table("quotes").column_names)]
    out = io.StringIO()
    write_csv([], out, "events")
    assert out.getvalue().startswith("document_sha256,document_path,position,id,")


def test_documents_have_one_row_each():
    first, second = _record("a.txt"), _record("b.txt")
    found = [row for each in (first, second) for row in rows(each, "documents")]
    assert [(r["sha256"], r["path"], r["document_date"]) for r in found] == [
        (first.source.sha256, "docs/a.txt", "2023-04-03"), (second.source.sha256, "docs/b.txt", "2023-04-03")]


def test_an_unknown_table_is_refused():
    with pytest.raises(ValueError, match="no table 'persons'"):
        table("persons")
