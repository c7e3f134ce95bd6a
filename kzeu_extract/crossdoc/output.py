"""Writing merged events: JSON Lines, a JSON list, CSV (one row per event, or one per report of
an event: ``table="sources"``) or a rich table."""
from __future__ import annotations

import csv
from typing import IO, Iterable

from .models import MergedEvent

CSV_COLUMNS = ("id", "date", "type", "mode", "status", "location", "location_country", "participants",
               "participant_kb_ids", "parties", "initiator", "sources", "documents", "conflicts",
               "possibly_same", "related", "source_event_ids", "source_sha256s")
# One row per report: event_id and document_sha256 join `kzeu extract`'s events and documents.
SOURCE_COLUMNS = ("merged_id", "event_id", "document_path", "document_sha256", "language", "document_date",
                  "date", "location", "status", "mode", "initiator", "text", "start", "end")
CSV_TABLES = ("events", "sources")


def write_events(events: Iterable[MergedEvent], output_format: str, stream: IO[str] | None,
                 table: str = "events") -> None:
    """Write the events to ``stream`` (None: the terminal, for the table) in the format;
    CSV: the ``table`` events (one row per event) or sources (one row per report)."""
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
        show_table(list(events), stream)
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


def show_table(events: list[MergedEvent], stream: IO[str] | None) -> None:
    """A readable table: one row per event (numbered; links name the rows they point to),
    its reports listed in it by file name, language and the date each gives."""
    import sys

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=None if stream in (None, sys.stdout) else stream, highlight=False)
    rows = {event.id: number for number, event in enumerate(events, 1)}
    table = Table(title=f"{len(events)} events", title_justify="left", title_style="bold")
    # a row number and an ISO date are never broken; the other columns share what is left
    table.add_column("#", no_wrap=True)
    table.add_column("date", no_wrap=True, min_width=10)
    for column in ("event", "who", "where", "reports", "notes"):
        table.add_column(column, overflow="fold")
    for number, event in enumerate(events, 1):
        # Text(), not markup strings: names and sentences may contain "[...]".
        table.add_row(*[Text(cell) for cell in (
            str(number), _date(event), _kind(event),
            ", ".join(p.name for p in event.participants) or ", ".join(p.name for p in event.parties),
            _place(event), _reports(event), _notes(event, rows))])
    console.print(table)


def _date(event: MergedEvent) -> str:
    if event.date:
        return event.date
    return f"undated;\nreported\n{event.first_reported}" if event.first_reported else "undated"


def _kind(event: MergedEvent) -> str:
    words = [event.type.replace("_", " "), event.mode.replace("_", " ") if event.mode else None,
             event.status if event.status != "held" else None]
    return "\n".join(word for word in words if word)


def _place(event: MergedEvent) -> str:
    if event.location and event.location_country:
        return f"{event.location} ({event.location_country})"
    return event.location or ""


def _reports(event: MergedEvent) -> str:
    lines = []
    for source in event.sources:
        name = (source.document.path or "<stdin>").rsplit("/", 1)[-1]
        lines.append(f"{name} ({source.language or '?'}, {source.date or 'undated'})")
    return "\n".join(lines)


def _notes(event: MergedEvent, rows: dict[str, int]) -> str:
    def row(other: str) -> str:
        return f"#{rows[other]}" if other in rows else other

    notes = [f"{c.field}: " + " / ".join(str(v.value) for v in c.values) for c in event.conflicts]
    notes += [f"possibly same as {row(other)}" for other in event.possibly_same]
    notes += [f"{r.relation.replace('_', ' ')} {row(r.id)}" for r in event.related]
    return "\n".join(notes)
