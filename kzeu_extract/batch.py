"""A batch run: read inputs, extract, write records; errors reported per file, batch goes on."""
from __future__ import annotations

import os
import stat
import sys
from contextlib import ExitStack, nullcontext
from pathlib import Path
from typing import Iterator

from .api import Document, ExtractionFailure, extract_many
from .errors import InputError
from .export import make_writer
from .io import STDIN, atomic_writer, list_inputs, read_source
from .render import print_error, progress_bar


class _NothingWritten(Exception):
    """Raised inside the atomic writer to keep an earlier output file when no record came out."""


def run_extract(paths: list[str], *, output_format: str = "jsonl", output: Path | None = None,
                lang: str | None = None, reference_date: str | None = None, pattern: str = "*.txt",
                jobs: int = 1, model: str | None = None, timeout_per_doc: float | None = None) -> int:
    """Extract every input and write the records; returns the number of inputs that failed."""
    listing = list_inputs(paths, pattern)
    failures = len(listing.errors)
    for error in listing.errors:
        print_error(str(error))
    sources = listing.sources
    if not sources:
        return failures
    single = len(paths) == 1 and (paths[0] == STDIN or Path(paths[0]).is_file())

    def documents() -> Iterator[Document]:
        nonlocal failures
        for source in sources:
            try:
                text, warnings = read_source(source)
            except InputError as exc:
                failures += 1
                print_error(str(exc))
                progress.advance()
                continue
            yield Document(text, source.path, tuple(warnings))

    # A progress bar only where it disturbs nothing: on a terminal's stderr while the data
    # goes to a file (--output, or stdout redirected to a file). Not when piped, and not
    # when the records themselves are shown on the terminal.
    show_progress = len(sources) > 1 and sys.stderr.isatty() and (output is not None or _stdout_is_file())
    written = 0
    try:
        with ExitStack() as stack:
            stream = stack.enter_context(atomic_writer(output)) if output else None
            progress = stack.enter_context(progress_bar(len(sources)) if show_progress
                                           else nullcontext(_NoProgress()))
            writer = make_writer(output_format, stream if stream is not None else sys.stdout, single)
            for result in extract_many(documents(), lang=lang, reference_date=reference_date,
                                       model=model, jobs=jobs, errors="report", timeout=timeout_per_doc):
                if isinstance(result, ExtractionFailure):
                    failures += 1
                    print_error(f"{result.path or '<stdin>'}: {result.reason}")
                else:
                    writer.write(result)
                    written += 1
                progress.advance()
            if output and written == 0:
                raise _NothingWritten
            writer.close()
    except _NothingWritten:
        print_error(f"{output}: no record to write; the file was left as it was")
    return failures


def _stdout_is_file() -> bool:
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, IDEs)
        return False


class _NoProgress:
    def advance(self) -> None:
        pass
