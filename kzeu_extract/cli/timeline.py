"""`kzeu timeline`: the merged events in date order, for a person, countries or a period."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional, Tuple

import typer

from .options import (
    DATE,
    FORCE,
    FROM,
    GLOB,
    JOBS,
    LANG,
    MAX_BYTES,
    MODEL,
    OUTPUT,
    PATHS,
    TIMEOUT,
    WIDTH,
    Language,
    default_format,
    extraction_options,
    format_option,
    output_path,
)


class TimelineFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


def timeline(
    paths: Optional[List[str]] = PATHS,
    person: Optional[str] = typer.Option(None, "--person", metavar="NAME",
                                         help="Only events with this person: a name or words of it "
                                              "(Tokayev), or a knowledge-base id (kassym_jomart_tokayev)."),
    country: Optional[List[str]] = typer.Option(
        None, "--country", metavar="ISO|NAME",
        help="Only events involving this country (a party, the place's country or a participant's); give it "
             "twice for a country pair: --country KZ --country BE."),
    between: Optional[Tuple[str, str]] = typer.Option(
        None, "--between", metavar="FROM TO",
        help="Only events dated within the period, bounds included at their granularity: "
             "--between 2022-01 2022-06 (undated events are then left out)."),
    output_format: Optional[TimelineFormat] = format_option(
        "table, csv, jsonl or json. Default: table on a terminal, jsonl otherwise."),
    from_files: Optional[List[Path]] = FROM, output: Optional[Path] = OUTPUT, force: bool = FORCE,
    lang: Optional[Language] = LANG, date: Optional[str] = DATE, glob: str = GLOB,
    max_bytes: int = MAX_BYTES, jobs: int = JOBS, timeout_per_doc: float = TIMEOUT,
    model: Optional[List[str]] = MODEL, width: Optional[int] = WIDTH,
) -> None:
    """The merged events (as kzeu events makes them) in date order, undated ones last.

    Examples:

      kzeu timeline articles/ --person Tokayev

      kzeu timeline --from records.jsonl --country KZ --country BE --between 2022-01 2022-06

    Exit codes as kzeu events: 0 ok, 1 some input failed, 2 usage error (an unknown
    country, a bad period).
    """
    from ..crossdoc.command import EventsRun, run_events_command
    from .process import command_process

    command_process()
    run = EventsRun(paths=list(paths or []), from_files=list(from_files or []),
                    output_format=default_format(output_format, output), output=output_path(output),
                    force=force, pattern=glob,
                    extraction=extraction_options(lang, date, max_bytes, jobs, timeout_per_doc, model), width=width,
                    filters={"person": person, "country": list(country or []) or None,
                             "between": tuple(between) if between else None})
    raise typer.Exit(run_events_command(run))
