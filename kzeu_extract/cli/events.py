"""`kzeu events`: the events of a batch merged across documents, one per occasion."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .extract import WIDTH, Language, _check_date


class EventsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


# The options `kzeu events` and `kzeu timeline` share with `kzeu extract`.
PATHS = typer.Argument(None, metavar="PATH...", help="Files, folders (searched recursively) or - for stdin.")
FROM = typer.Option(None, "--from", metavar="RECORDS",
                    help="Records written earlier by kzeu extract (JSON Lines or JSON), instead of or besides "
                         "extracting PATH...; may be given several times.")
OUTPUT = typer.Option(None, "--output", "-o", dir_okay=False,
                      help="Write to this file instead of stdout, atomically. Default format jsonl.")
FORCE = typer.Option(False, "--force", help="Write --output even where an input folder's --glob takes it.")
LANG = typer.Option(None, "--lang", help="Language of the texts; default: detected.")
DATE = typer.Option(None, "--date", callback=_check_date, metavar="YYYY-MM-DD",
                    help="Publication date to resolve relative dates against when a text states none.")
GLOB = typer.Option("*.txt", "--glob", help="Which files to take from folders.")
MAX_BYTES = typer.Option(50_000_000, "--max-bytes", min=1, metavar="N", help="Refuse an input over N bytes.")
JOBS = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the extraction.")
TIMEOUT = typer.Option(60.0, "--timeout-per-doc", min=0, metavar="SECONDS",
                       help="Time one document may take before it is given up (0: no limit).")


def extraction_options(lang, date, max_bytes: int, jobs: int, timeout: float) -> dict:
    return {"lang": lang.value if lang else None, "reference_date": date, "max_bytes": max_bytes,
            "jobs": jobs, "timeout": timeout or None}


def default_format(chosen: Optional[Enum], output: Optional[Path]) -> str:
    if chosen is not None:
        return chosen.value
    return "jsonl" if output or not sys.stdout.isatty() else "table"


def events(
    paths: Optional[List[str]] = PATHS,
    output_format: Optional[EventsFormat] = typer.Option(
        None, "--format", "-f", help="table, json (a list), jsonl (one event a line) or csv. Default: table on a "
                                     "terminal, jsonl otherwise."),
    from_files: Optional[List[Path]] = FROM, output: Optional[Path] = OUTPUT, force: bool = FORCE,
    lang: Optional[Language] = LANG, date: Optional[str] = DATE, glob: str = GLOB,
    max_bytes: int = MAX_BYTES, jobs: int = JOBS, timeout_per_doc: float = TIMEOUT,
    width: Optional[int] = WIDTH,
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

    Exit codes: 0 every input was read; 1 some input could not be read or extracted (one
    line each on stderr; the rest is merged), or the output could not be written; 2 usage
    error.
    """
    from ..crossdoc.command import EventsRun, run_events_command
    from .process import command_process

    command_process()
    run = EventsRun(paths=list(paths or []), from_files=list(from_files or []),
                    output_format=default_format(output_format, output), output=output, force=force,
                    pattern=glob, extraction=extraction_options(lang, date, max_bytes, jobs, timeout_per_doc),
                    width=width)
    raise typer.Exit(run_events_command(run))
