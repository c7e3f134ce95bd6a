"""What a person sees on a terminal: the record view (stdout), errors and progress (stderr)."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import IO, Iterator

from .records import DocumentRecord


def print_error(message: str) -> None:
    """One line on stderr, red on a terminal, plain when redirected."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\x1b[31mkzeu: error: {message}\x1b[0m\n")
    else:
        sys.stderr.write(f"kzeu: error: {message}\n")
    sys.stderr.flush()


class _ProgressHandle:
    def __init__(self, progress, task):
        self._progress, self._task = progress, task

    def advance(self) -> None:
        self._progress.advance(self._task)


@contextmanager
def progress_bar(total: int) -> Iterator[_ProgressHandle]:
    """A rich progress bar on stderr for a batch of ``total`` documents."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=True)
    with progress:
        yield _ProgressHandle(progress, progress.add_task("extract", total=total))


def _mentions(item) -> str:
    return str(len(item.mentions))


class RecordView:
    """Per document: a header (file, language, date, title), then one list per category,
    each a table where it fits the width without breaking a word, else one block per item
    (terminal_layout.py). ``width``: the console's width (default: the terminal's, or
    $COLUMNS, or 80 when not a terminal)."""

    def __init__(self, stream: IO[str] | None = None, width: int | None = None):
        from rich.console import Console

        # file=None makes rich write to whatever sys.stdout is at print time, so output
        # goes above a live progress bar rather than through it.
        self.console = Console(file=None if stream in (None, sys.stdout) else stream, highlight=False,
                               width=width)

    def show(self, record: DocumentRecord) -> None:
        from rich.panel import Panel
        from rich.text import Text

        from .terminal_layout import item_list

        # Text(), not markup strings: document text may contain "[...]".
        header = Text.assemble((record.source.path or "<stdin>", "bold"),
                               f"\nlanguage: {record.language}   date: {record.document_date or '-'}")
        if record.title:
            header.append("\n" + record.title)
        self.console.print(Panel(header, expand=True))
        width = self.console.width
        for title, columns, rows in _sections(record, width):
            shown = item_list(title, columns, rows, width)
            if shown is not None:
                self.console.print()
                self.console.print(shown)
        for warning in record.warnings:
            self.console.print(Text.assemble(("warning: ", "yellow"), warning))
        self.console.print()


def _sections(record: DocumentRecord, width: int):
    """(title, columns, rows) of each category of the record, in record order."""
    from .terminal_layout import Column, evidence_length, shorten

    name = Column("name", whole=True, heading=True)
    country, mentions = Column("country", whole=True), Column("mentions", whole=True)
    yield ("People", [name, Column("offices", joiner="; "), country, Column("aliases"), mentions],
           [[p.name, p.offices, p.country, p.aliases, _mentions(p)] for p in record.people])
    yield ("Offices", [Column("title", heading=True), Column("holder", whole=True), Column("organization"),
                       mentions],
           [[o.title, o.holder, o.organization, _mentions(o)] for o in record.offices])
    yield ("Organizations", [Column("name", heading=True), Column("aliases"), mentions],
           [[o.name, o.aliases, _mentions(o)] for o in record.organizations])
    yield ("Places", [name, country, mentions], [[p.name, p.country, _mentions(p)] for p in record.places])
    yield ("Dates", [Column("text", heading=True), Column("value", whole=True), Column("granularity", whole=True),
                     Column("relative", whole=True), Column("year inferred", whole=True)],
           # year_inferred: record version 2 (a year-less date such as "7 février")
           [[d.text, d.value or "?", d.granularity, "yes" if d.relative else "",
             "yes" if getattr(d, "year_inferred", False) else ""] for d in record.dates])
    yield ("Figures", [Column("text", heading=True), Column("kind", whole=True), Column("value", whole=True),
                       Column("unit / currency", whole=True), Column("approx.", whole=True)],
           [[f.text, f.kind, _figure_value(f), f.currency or f.unit, f.qualifier or ("yes" if f.approximate else "")]
            for f in record.figures])
    yield ("Agreements", [Column("name", heading=True), Column("aliases"), Column("parties"), Column("articles")],
           [[a.name, a.aliases, a.parties, a.articles] for a in record.agreements])
    yield ("Events", _event_columns(), [_event_row(e, evidence_length(width)) for e in record.events])
    yield ("Quotes", [Column("speaker", whole=True, heading=True), Column("quote", floor=30)],
           [[q.speaker or "?", shorten(q.text, 2 * evidence_length(width))] for q in record.quotes])


def _event_columns():
    from .terminal_layout import Column

    return [Column("event", whole=True, heading=True), Column("date", whole=True),
            Column("participants", whole=True), Column("parties", whole=True), Column("initiator"),
            Column("location", whole=True), Column("evidence", floor=30)]


def _event_row(event, evidence_length: int) -> list:
    """An event's cells: what it was (type, mode, status), its arguments, and its sentence
    cut around the first participant (or the first argument's words) named in it."""
    from .terminal_layout import anchors_of, shorten

    kind = [event.type.replace("_", " "), _mode(event), event.status if event.status != "held" else None]
    spans = [m.start - event.start for m in (event.evidence.date, event.evidence.location, event.evidence.initiator)
             if m is not None and event.start <= m.start < event.end]
    anchors = anchors_of(event.text, event.participants) or spans
    return [kind, event.date, event.participants, _parties(event),
            event.initiator, event.location, shorten(event.text, evidence_length, anchors)]


def _mode(event) -> str | None:
    """How it was held, unless the type says it already (a phone call by phone)."""
    if event.mode is None or (event.mode == "phone" and event.type == "phone_call"):
        return None
    return event.mode.replace("_", " ")


def _parties(event) -> list[str]:
    """"Russia (guest)", "Kenya (host)": the countries and bodies of an event, with their side."""
    return [f"{p.name} ({p.side})" if p.side else p.name for p in event.parties]


def _figure_value(figure) -> str:
    """"1,200", "40 – 60", or a bound: "> 100" (more than), "≥ 100" (at least), "≤ 5" (up to)."""
    if figure.value is not None:
        return f"{figure.value:,}"
    low, high = figure.min, figure.max
    if low is not None and high is not None:
        return f"{low:,} – {high:,}"
    # record version 2 says whether a bound is included (min_inclusive, max_inclusive)
    if low is not None:
        return f"{_bound(getattr(figure, 'min_inclusive', None), '≥', '>', 'min')} {low:,}"
    if high is not None:
        return f"{_bound(getattr(figure, 'max_inclusive', None), '≤', '<', 'max')} {high:,}"
    return "?"


def _bound(included: bool | None, inclusive: str, exclusive: str, unknown: str) -> str:
    """The sign of a bound; a word where the record does not say whether it is included."""
    return unknown if included is None else inclusive if included else exclusive
