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
    """Per document: a header (file, language, date, title), then one table per category."""

    def __init__(self, stream: IO[str] | None = None):
        from rich.console import Console

        # file=None makes rich write to whatever sys.stdout is at print time, so output
        # goes above a live progress bar rather than through it.
        self.console = Console(file=None if stream in (None, sys.stdout) else stream, highlight=False)

    def show(self, record: DocumentRecord) -> None:
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        # Text(), not markup strings: document text may contain "[...]".
        header = Text.assemble((record.source.path or "<stdin>", "bold"),
                               f"   language: {record.language}   date: {record.document_date or '-'}")
        if record.title:
            header.append("\n" + record.title)
        self.console.print(Panel(header, expand=True))

        def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
            if not rows:
                return
            t = Table(title=title, title_justify="left", title_style="bold", expand=False)
            for column in columns:
                t.add_column(column, overflow="fold")
            for row in rows:
                t.add_row(*[Text("" if cell is None else str(cell)) for cell in row])
            self.console.print(t)

        table("People", ["name", "offices", "country", "aliases", "mentions"],
              [[p.name, "; ".join(p.offices), p.country, ", ".join(p.aliases), _mentions(p)]
               for p in record.people])
        table("Offices", ["title", "holder", "organization", "mentions"],
              [[o.title, o.holder, o.organization, _mentions(o)] for o in record.offices])
        table("Organizations", ["name", "aliases", "mentions"],
              [[o.name, ", ".join(o.aliases), _mentions(o)] for o in record.organizations])
        table("Places", ["name", "country", "mentions"],
              [[p.name, p.country, _mentions(p)] for p in record.places])
        table("Dates", ["text", "value", "granularity", "relative"],
              [[d.text, d.value or "?", d.granularity, "yes" if d.relative else ""] for d in record.dates])
        table("Figures", ["text", "kind", "value", "unit / currency", "approx."],
              [[f.text, f.kind, _figure_value(f), f.currency or f.unit, f.qualifier or ("yes" if f.approximate else "")]
               for f in record.figures])
        table("Agreements", ["name", "aliases", "parties", "articles"],
              [[a.name, ", ".join(a.aliases), ", ".join(a.parties), ", ".join(a.articles)]
               for a in record.agreements])
        table("Events", ["type", "mode", "status", "date", "participants", "parties", "initiator", "location"],
              [[e.type, e.mode, e.status, e.date, ", ".join(e.participants), _parties(e), e.initiator, e.location]
               for e in record.events])
        table("Quotes", ["speaker", "quote"],
              [[q.speaker or "?", q.text if len(q.text) < 160 else q.text[:157] + "..."] for q in record.quotes])
        for warning in record.warnings:
            self.console.print(Text.assemble(("warning: ", "yellow"), warning))
        self.console.print()


def _parties(event) -> str:
    """"Russia (guest), Kenya (host)": the countries and bodies of an event, with their side."""
    return ", ".join(f"{p.name} ({p.side})" if p.side else p.name for p in event.parties)


def _figure_value(figure) -> str:
    if figure.value is not None:
        return f"{figure.value:,}"
    if figure.min is not None or figure.max is not None:
        return f"{figure.min if figure.min is not None else '?':,} - {figure.max if figure.max is not None else '?':,}"
    return "?"
