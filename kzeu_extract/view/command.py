"""The run of ``kzeu view``: gather records and texts, merge their events, write the page.

As ``kzeu extract`` (batch.py): every failure is one line on stderr and the batch goes on;
the page is written atomically, and only when some record was read; the exit code says
what happened (0 ok, 1 some input failed or the page could not be written, 2 usage error,
128 + signal when interrupted).
"""
from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from ..batch import (
    EXIT_FAILURES,
    EXIT_OK,
    guarded_run,
    _plan,
    count,
    print_summary,
)
from ..errors import OutputClosed, OutputError, UsageError
from ..io import open_output
from ..render import print_error, progress_bar


@dataclass
class ViewRun:
    """What one run reads and writes (``extraction``: lang, reference_date, model, jobs,
    timeout, max_bytes, as ``kzeu extract`` takes them)."""
    paths: list[str]
    output: Path | None     # None: stdout (-o -)
    from_files: list[Path] = field(default_factory=list)
    force: bool = False
    pattern: str = "*.txt"
    title: str = "kzeu report"
    extraction: dict[str, Any] = field(default_factory=dict)


def run_view_command(run: ViewRun) -> int:
    """The run, for the command line: its exit code, never a traceback."""
    started = time.monotonic()
    code, result = guarded_run(lambda: _run(run), True)   # --output is required
    if code is not None:
        return code
    failures, shown = result
    if run.output is not None and shown is not None:
        print_summary(f"a page of {count(shown, 'document')}", run.output, failures, started, "input")
    return EXIT_FAILURES if failures else EXIT_OK


def _run(run: ViewRun) -> tuple[int, int | None]:
    """The run's failures, and the number of documents on the page (None: none written)."""
    from ..crossdoc.inputs import Tally, check_record_files
    from .page import render_report
    from .sources import extracted_records, stored_records

    if not run.paths and not run.from_files:
        raise UsageError("nothing to show: give documents (PATH...) or records written earlier (--from FILE)")
    target, listing = _plan(run.paths, run.output, run.pattern, run.force)
    check_record_files(run.from_files, target.identity if target else None)
    tally = Tally()
    for error in listing.errors:
        tally.failed(str(error))
    texts: dict[str, str] = {}
    max_bytes = run.extraction.get("max_bytes", 50_000_000)
    # a progress bar on a terminal's stderr for a batch (the page goes to a file)
    show_progress = len(listing.sources) > 1 and sys.stderr.isatty()
    with progress_bar(len(listing.sources)) if show_progress else nullcontext(None) as progress:
        advance = progress.advance if progress else (lambda: None)
        records = list(_distinct(chain(
            stored_records(run.from_files, tally, texts, max_bytes=max_bytes),
            extracted_records(listing.sources, tally, texts, advance=advance, **run.extraction))))
    if not records:
        kept = "; the file was left as it was" if target else ""
        print_error(f"{target.label if target else '<stdout>'}: no record to show{kept}")
        return tally.failures or 1, None
    _write_page(render_report(records, texts=texts, title=run.title), target)
    return tally.failures, len(records)


def _write_page(page: str, target) -> None:
    if target is None:
        try:
            sys.stdout.write(page)
            sys.stdout.flush()
        except BrokenPipeError:
            raise OutputClosed("<stdout>", "closed by its reader") from None
        except OSError as exc:
            raise OutputError("<stdout>", f"cannot be written ({exc.strerror or exc})") from None
        return
    try:
        with open_output(target) as stream:
            stream.write(page)
    except OSError as exc:
        raise OutputError(target.label, f"cannot be written ({exc.strerror or exc})") from None


def _distinct(records):
    """Each record once: the same document given twice (a folder and a file in it) is one."""
    seen = set()
    for record in records:
        key = (record.source.sha256, record.source.path)
        if key not in seen:
            seen.add(key)
            yield record
