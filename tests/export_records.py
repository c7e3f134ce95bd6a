"""Validated document records for the export tests, made from crossdoc_records' hand-written
ones (the parties given the offsets of the words naming them)."""
from __future__ import annotations

from crossdoc_records import event, record

from kzeu_extract.records import DocumentRecord

__all__ = ["event", "document_record"]


def document_record(name: str, events: list[dict], **options) -> DocumentRecord:
    data = record(name, events, **options)
    for item in data["events"]:
        for number, party in enumerate(item["parties"]):
            party.update(text=party["name"], start=item["start"] + 2 * number, end=item["start"] + 2 * number + 1)
    return DocumentRecord(**data)
