"""`kzeu extract`: files, folders or stdin in; records out as a table, JSON, JSON Lines, a CSV or
Parquet table, or into a SQLite database."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .options import (
    DATE,
    ENGINE,
    FORCE,
    GLOB,
    JOBS,
    LANG,
    MAX_BYTES,
    MODEL,
    OUTPUT,
    PATHS_REQUIRED,
    SCHEDULER,
    TIMEOUT,
    WIDTH,
    Language,
    Engine,
    check_date,
    default_format,
    engine_options,
    extraction_options,
    format_option,
    output_path,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _table_choices() -> type[Enum]:
    from ..exports.names import TABLES

    return Enum("ExportTable", {name: name for name in TABLES}, type=str)


ExportTable = _table_choices()
# The export options (README: Exports).
TABLE = typer.Option(None, "--table", metavar="KIND",
                     help="The table --format csv or parquet writes: documents, people, offices, organizations, "
                          "places, dates, figures, agreements, events, event_participants, event_parties, quotes, "
                          "sentences.")
DB = typer.Option(None, "--db", metavar="FILE", dir_okay=False,
                  help="Also store the records in this SQLite database, one table per kind (created when missing; "
                       "a document read again replaces its rows). README: Exports.")


def _chosen_format(chosen: Optional[OutputFormat], output: Optional[Path], db: Optional[Path]) -> Optional[str]:
    """default_format, except with --db and no --output: None, the records going to the
    database only."""
    if chosen is None and db is not None and output_path(output) is None:
        return None
    return default_format(chosen, output)


_check_date = check_date   # the name other modules imported before options.py

COMPACT = typer.Option(False, "--compact", help="JSON without the mention lists, the events' evidence, the "
                                                "sentences and null fields: the facts only.")


def extract(
    paths: List[str] = PATHS_REQUIRED,
    output_format: Optional[OutputFormat] = format_option(
        "table (a readable view), json (one object for one document, a list for several), jsonl (one "
        "record per line), csv or parquet (one --table; parquet needs the parquet extra). Default: table "
        "on a terminal, jsonl otherwise; with --db alone, nothing."),
    table: Optional[ExportTable] = TABLE, db: Optional[Path] = DB,
    output: Optional[Path] = OUTPUT, force: bool = FORCE,
    lang: Optional[Language] = LANG, date: Optional[str] = DATE, glob: str = GLOB,
    max_bytes: int = MAX_BYTES, jobs: int = JOBS, timeout_per_doc: float = TIMEOUT,
    model: Optional[List[str]] = MODEL, compact: bool = COMPACT,
    width: Optional[int] = WIDTH, engine: Engine = ENGINE, scheduler: Optional[str] = SCHEDULER,
) -> None:
    """Extract a record from each document.

    Examples:

      kzeu extract article.txt

      kzeu extract articles/ | jq '.people[].name'

      kzeu extract articles/ --glob '*.md' --format jsonl --output records.jsonl

      cat article.txt | kzeu extract - --format json --date 2022-01-10

      kzeu extract articles/ --format csv --table events --output events.csv

      kzeu extract articles/ --db records.sqlite

      kzeu extract articles/ --compact > facts.jsonl

      kzeu extract archive/ --engine dask --scheduler tcp://head:8786 -o records.jsonl

    Only regular files are read from folders and paths (a named pipe or a device: give it
    on stdin as -). Errors name the file, one line each, on stderr; the batch goes on.
    """
    from .process import command_process

    command_process()
    from ..batch import run_command

    options = extraction_options(lang, date, max_bytes, jobs, timeout_per_doc, model)
    engine_choice = engine_options(engine, scheduler)
    code = run_command(paths, output_format=_chosen_format(output_format, output, db), output=output_path(output),
                       table=table.value if table else None, db=db,
                       lang=options["lang"], reference_date=date, pattern=glob, jobs=jobs, model=options["model"],
                       max_bytes=max_bytes, force=force, timeout_per_doc=options["timeout"], compact=compact,
                       width=width, **engine_choice)
    raise typer.Exit(code)


# Appended here to keep extract() short; typer reads the docstring when the app is built.
extract.__doc__ += """
    Exit codes:

      0  every document was processed

      1  some input could not be read or extracted (or a path in a folder was passed
    over), or the records could not be written (a full disk, a folder without write
    permission)

      2  usage error: bad option, --glob leaving its folder, --output among the inputs,
    --output in a folder that does not exist

      129, 130, 143  interrupted by SIGHUP, SIGINT (Ctrl-C), SIGTERM (128 + signal
    number); an --output file is left as it was

    A reader that closes the pipe early (kzeu extract dir | head -1) ends the run
    quietly, with exit code 0: it had what it wanted. README: "Pipes and exit codes".
"""
