"""`kzeu events`: the events of a batch merged across documents, one per occasion."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .options import (  # noqa: F401  (timeline and view imported these names from here)
    DATE,
    ENGINE,
    FORCE,
    FROM,
    GLOB,
    JOBS,
    LANG,
    MAX_BYTES,
    MODEL,
    OUTPUT,
    PATHS,
    SCHEDULER,
    TIMEOUT,
    WIDTH,
    Engine,
    Language,
    default_format,
    engine_options,
    extraction_options,
    format_option,
    output_path,
)


class EventsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class EventsTable(str, Enum):
    events = "events"
    sources = "sources"


EVENTS_TABLE = typer.Option(
    None, "--table", metavar="KIND",
    help="With --format csv: events (one row per event, the default) or sources (one row per report: its "
         "document's path and sha256 and its event id in kzeu extract's records).")


def _events_table(table: Optional[EventsTable], chosen_format: str) -> str:
    if table is not None and chosen_format != "csv":
        raise typer.BadParameter("applies to --format csv only", param_hint="'--table'")
    return table.value if table else "events"


def events(
    paths: Optional[List[str]] = PATHS,
    output_format: Optional[EventsFormat] = format_option(
        "table, json (a list), jsonl (one event a line) or csv. Default: table on a terminal, jsonl otherwise."),
    table: Optional[EventsTable] = EVENTS_TABLE,
    from_files: Optional[List[Path]] = FROM, output: Optional[Path] = OUTPUT, force: bool = FORCE,
    lang: Optional[Language] = LANG, date: Optional[str] = DATE, glob: str = GLOB,
    max_bytes: int = MAX_BYTES, jobs: int = JOBS, timeout_per_doc: float = TIMEOUT,
    model: Optional[List[str]] = MODEL, width: Optional[int] = WIDTH,
    engine: Engine = ENGINE, scheduler: Optional[str] = SCHEDULER,
) -> None:
    """Merge the events of many documents: one event per occasion, with every report of it.

    Reports of one occasion (same type, same people, compatible dates and places) become one
    event with its sources (document, event id, evidence sentence and offsets), the most
    specific date and place, and the fields on which reports disagree (conflicts). When
    unsure, events stay apart and are linked as possibly_same. README: "Events across
    documents".

    Examples:

      kzeu events articles/

      kzeu events --from records.jsonl --format csv --output events.csv

      kzeu events articles/ --format csv --table sources

    Exit codes: 0 every input was read; 1 some input could not be read or extracted (one
    line each on stderr; the rest is merged), or the output could not be written; 2 usage
    error.
    """
    from ..crossdoc.command import EventsRun, run_events_command
    from .process import command_process

    command_process()
    chosen = default_format(output_format, output)
    run = EventsRun(paths=list(paths or []), from_files=list(from_files or []),
                    output_format=chosen, table=_events_table(table, chosen), output=output_path(output),
                    force=force, pattern=glob,
                    extraction={**extraction_options(lang, date, max_bytes, jobs, timeout_per_doc, model),
                                **engine_options(engine, scheduler)}, width=width)
    raise typer.Exit(run_events_command(run))
