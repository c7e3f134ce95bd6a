"""Writing merged events: JSON Lines, a JSON list, CSV (one row per event, or one per report of
an event: ``table="sources"``) or a table for people."""
from __future__ import annotations

import csv
from typing import IO, Iterable

from ..terminal_layout import Column, anchors_of, evidence_length, shorten
from .models import MergedEvent

CSV_COLUMNS = ("id", "date", "type", "mode", "status", "location", "location_country", "participants",
               "participant_kb_ids", "parties", "initiator", "sources", "documents", "conflicts",
               "possibly_same", "related", "source_event_ids", "source_sha256s")
# One row per report: event_id and document_sha256 join `kzeu extract`'s events and documents.
SOURCE_COLUMNS = ("merged_id", "event_id", "document_path", "document_sha256", "language", "document_date",
                  "date", "location", "status", "mode", "initiator", "text", "start", "end")
CSV_TABLES = ("events", "sources")


def write_events(events: Iterable[MergedEvent], output_format: str, stream: IO[str] | None,
                 table: str = "events", width: int | None = None) -> None:
    """Write the events to ``stream`` (None: the terminal, for the table) in the format;
    CSV: the ``table`` events (one row per event) or sources (one row per report);
    ``width``: the table view's (default: the terminal's)."""
    if output_format == "jsonl":
        for event in events:
            stream.write(event.to_json() + "\n")
    elif output_format == "json":
        _write_json_list(events, stream)
    elif output_format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        if table == "sources":
            writer.writerow(SOURCE_COLUMNS)
            writer.writerows(row for event in events for row in source_rows(event))
        else:
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_row(event) for event in events)
    else:
        show_table(list(events), stream, width)
    if stream is not None:
        stream.flush()


def _write_json_list(events: Iterable[MergedEvent], stream: IO[str]) -> None:
    count = 0
    for event in events:
        stream.write(("[\n" if count == 0 else ",\n") + event.to_json(indent=2))
        count += 1
    stream.write("[]\n" if count == 0 else "\n]\n")


def csv_row(event: MergedEvent) -> list[str]:
    documents = dict.fromkeys(s.document.path or "<stdin>" for s in event.sources)
    return [event.id, event.date or "", event.type, event.mode or "", event.status, event.location or "",
            event.location_country or "", "; ".join(p.name for p in event.participants),
            "; ".join(p.kb_id or "" for p in event.participants), "; ".join(p.name for p in event.parties),
            event.initiator or "", str(len(event.sources)), "; ".join(documents),
            "; ".join(c.field for c in event.conflicts), "; ".join(event.possibly_same),
            "; ".join(f"{r.relation}:{r.id}" for r in event.related),
            "; ".join(s.event_id for s in event.sources), "; ".join(s.document.sha256 for s in event.sources)]


def source_rows(event: MergedEvent) -> list[list]:
    """The event's reports, one row each (SOURCE_COLUMNS)."""
    return [[event.id, s.event_id, s.document.path or "", s.document.sha256, s.language or "",
             s.document_date or "", s.date or "", s.location or "", s.status, s.mode or "", s.initiator or "",
             s.text, s.start, s.end] for s in event.sources]


def show_table(events: list[MergedEvent], stream: IO[str] | None, width: int | None = None) -> None:
    """A readable list: one row per event (numbered; links name the rows they point to), its
    reports by file name, language and the date each gives, and the first report's sentence
    cut around a participant's name. A table where it fits ``width`` without breaking a
    word, else one block per event (terminal_layout.py)."""
    import sys

    from rich.console import Console

    from ..terminal_layout import item_list

    console = Console(file=None if stream in (None, sys.stdout) else stream, highlight=False, width=width)
    rows = {event.id: number for number, event in enumerate(events, 1)}
    length = evidence_length(console.width)
    shown = item_list("Events", EVENT_COLUMNS, [
        [str(number), _kind(event), _date(event), [p.name for p in event.participants] or
         [p.name for p in event.parties], _place(event), _reports(event), _notes(event, rows),
         _evidence(event, length)]
        for number, event in enumerate(events, 1)], console.width)
    console.print(shown if shown is not None else "Events (0)")


# a row number, an ISO date, a name and a report's line are never broken; the rest wraps
EVENT_COLUMNS = (Column("#", whole=True, heading=True), Column("event", whole=True, heading=True),
                 Column("date", whole=True, joiner=" "), Column("who", whole=True), Column("where", whole=True),
                 Column("reports", whole=True, joiner="\n"), Column("notes", whole=True, joiner="\n"),
                 Column("evidence", floor=30))


def _evidence(event: MergedEvent, length: int) -> str:
    source = event.sources[0]
    return shorten(source.text, length, anchors_of(source.text, [p.name for p in event.participants]))


def _date(event: MergedEvent) -> str:
    if event.date:
        return event.date
    return f"undated;\nreported\n{event.first_reported}" if event.first_reported else "undated"


def _kind(event: MergedEvent) -> str:
    # a phone call's mode (phone) goes without saying
    mode = event.mode.replace("_", " ") if event.mode and (event.mode, event.type) != ("phone", "phone_call") else None
    words = [event.type.replace("_", " "), mode, event.status if event.status != "held" else None]
    return "\n".join(word for word in words if word)


def _place(event: MergedEvent) -> str:
    if event.location and event.location_country:
        return f"{event.location} ({event.location_country})"
    return event.location or ""


def _reports(event: MergedEvent) -> list[str]:
    """Each report: its file name, then (language, the date it gives) on a line of its own
    in a table, after the name in a block."""
    reports = []
    for source in event.sources:
        name = (source.document.path or "<stdin>").rsplit("/", 1)[-1]
        reports.append(f"{name}\n({source.language or '?'}, {source.date or 'undated'})")
    return reports


def _notes(event: MergedEvent, rows: dict[str, int]) -> str:
    def row(other: str) -> str:
        return f"#{rows[other]}" if other in rows else other

    notes = [f"{c.field}: " + " / ".join(str(v.value) for v in c.values) for c in event.conflicts]
    notes += [f"possibly same as {row(other)}" for other in event.possibly_same]
    notes += [f"{r.relation.replace('_', ' ')} {row(r.id)}" for r in event.related]
    return "\n".join(notes)
