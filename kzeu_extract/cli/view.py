"""`kzeu view`: documents (or records written earlier) as one self-contained HTML report."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

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
    PATHS,
    TIMEOUT,
    Language,
    extraction_options,
    output_path,
)


def view(
    paths: Optional[List[str]] = PATHS,
    output: Path = typer.Option(
        ..., "--output", "-o", metavar="FILE", dir_okay=False, show_default=False,
        help="The HTML file to write (- : stdout), atomically: an earlier file is replaced only once the new "
             "one is whole, and keeps its permissions. Its folder must exist."),
    from_files: Optional[List[Path]] = FROM, force: bool = FORCE,
    title: str = typer.Option("kzeu report", "--title", metavar="TEXT", help="The page's title."),
    lang: Optional[Language] = LANG, date: Optional[str] = DATE, glob: str = GLOB,
    max_bytes: int = MAX_BYTES, jobs: int = JOBS, timeout_per_doc: float = TIMEOUT,
    model: Optional[List[str]] = MODEL,
) -> None:
    """Write one HTML page showing the documents, their events merged, a timeline and who met whom.

    The page is self-contained (styles and script inlined, nothing fetched: it opens from
    a mail attachment). It holds each document with its people, organizations, places,
    offices, dates, figures, agreements and events highlighted (displaCy; knowledge-base
    ids on hover); the merged events on a time axis, coloured by type, filterable by
    person and country; a network of who met whom; and a table of the merged events with
    their reports. Records read with --from show their documents' texts when the files
    are still where the records say (and unchanged); else the sentences the events cite.

    Examples:

      kzeu view articles/ --output report.html

      kzeu view --from records.jsonl -o report.html --title "January talks"

    Exit codes: 0 every input was read; 1 some input could not be read or extracted (one
    line each on stderr; the rest is shown), or the page could not be written; 2 usage
    error.
    """
    from ..view.command import ViewRun, run_view_command
    from .process import command_process

    command_process()
    run = ViewRun(paths=list(paths or []), output=output_path(output), from_files=list(from_files or []), force=force,
                  pattern=glob, title=title, extraction=extraction_options(lang, date, max_bytes, jobs, timeout_per_doc, model))
    raise typer.Exit(run_view_command(run))
