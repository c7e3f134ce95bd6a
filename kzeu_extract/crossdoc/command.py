"""The run of ``kzeu events`` and ``kzeu timeline``: gather records, merge, filter, write.

As ``kzeu extract`` (batch.py): every failure is one line on stderr and the batch goes on;
the output file is written atomically and only when some record was read; the exit code
says what happened (0 ok, 1 some input failed or the output could not be written, 2 usage
error, 128 + signal when interrupted).
"""
from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, Optional

from ..batch import (
    EXIT_FAILURES,
    EXIT_OK,
    guarded_run,
    _NoProgress,
    _plan,
    _stdout_is_file,
    count,
    print_summary,
)
from ..errors import OutputClosed, OutputError, UsageError
from ..io import open_output
from ..render import print_error, progress_bar
from .inputs import Tally, check_record_files, extracted_records, stored_records
from .output import write_events


@dataclass
class EventsRun:
    """What one run reads and writes (``extraction``: lang, reference_date, model, jobs,
    timeout, max_bytes, as ``kzeu extract`` takes them)."""
    paths: list[str]
    from_files: list[Path] = field(default_factory=list)
    output_format: str = "jsonl"
    table: str = "events"                        # csv: events, or sources (one row per report)
    output: Optional[Path] = None
    force: bool = False
    pattern: str = "*.txt"
    extraction: dict[str, Any] = field(default_factory=dict)
    filters: Optional[dict[str, Any]] = None     # timeline(): person, country, between
    width: Optional[int] = None                   # of the table; None: the terminal's


def run_events_command(run: EventsRun) -> int:
    """The run, for the command line: its exit code, never a traceback."""
    started = time.monotonic()
    code, result = guarded_run(lambda: _run(run), run.output is not None)
    if code is not None:
        return code
    failures, written = result
    if run.output is not None and written is not None:
        print_summary(count(written, "event"), run.output, failures, started, "input")
    return EXIT_FAILURES if failures else EXIT_OK


def _run(run: EventsRun) -> tuple[int, int | None]:
    """The run's failures, and the number of events written (None: the file was kept)."""
    from .merging import merge_events
    from .timeline import check_filters, timeline

    if not run.paths and not run.from_files:
        raise UsageError("nothing to read: give documents (PATH...) or records written earlier (--from FILE)")
    filters = check_filters(**run.filters) if run.filters is not None else None
    target, listing = _plan(run.paths, run.output, run.pattern, run.force)
    check_record_files(run.from_files, target.identity if target else None)
    tally = Tally()
    for error in listing.errors:
        tally.failed(str(error))
    with _progress(len(listing.sources), run.output) as progress:
        counted = _Counted(chain(stored_records(run.from_files, tally),
                                 extracted_records(listing.sources, tally, advance=progress.advance,
                                                   **run.extraction)))
        merged = merge_events(counted)
    if filters is not None:
        merged = timeline(merged, **filters)
    if counted.number == 0 and target is not None and not target.stream:
        print_error(f"{target.label}: no record to merge; the file was left as it was")
        return tally.failures or 1, None
    merged = list(merged)
    _write(merged, run.output_format, target, run.table, run.width)
    return tally.failures, len(merged)


def _progress(documents: int, output: Optional[Path]):
    """A progress bar on a terminal's stderr while the events go to a file, as `kzeu
    extract` shows one (never when piped, nor over a table on the terminal)."""
    if documents > 1 and sys.stderr.isatty() and (output is not None or _stdout_is_file()):
        return progress_bar(documents)
    return nullcontext(_NoProgress())


class _Counted:
    """An iterator that counts what went through it."""

    def __init__(self, items):
        self.items, self.number = items, 0

    def __iter__(self):
        for item in self.items:
            self.number += 1
            yield item


def _write(merged, output_format: str, target, table: str = "events",
           width: Optional[int] = None) -> None:
    label = target.label if target else "<stdout>"
    try:
        if target is None:
            write_events(merged, output_format, None if output_format == "table" else sys.stdout, table, width)
            return
        with open_output(target) as stream:
            write_events(merged, output_format, stream, table, width)
    except BrokenPipeError:
        raise OutputClosed(label, "closed by its reader") from None
    except OSError as exc:
        raise OutputError(label, f"cannot be written ({exc.strerror or exc})") from None
