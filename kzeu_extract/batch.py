"""A batch run: read inputs, extract, write records; errors reported per file, batch goes on.

``run_extract`` is the library's batch; ``run_command`` is the command line's: the same run
with signals handled and every failure turned into one line on stderr and an exit code.
"""
from __future__ import annotations

import errno
import functools
import os
import signal
import stat
import sys
import threading
import time
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .api import Document, ExtractionFailure, extract_many, extract_many_json
from .errors import InputError, KzeuError, OutputClosed, OutputError, UsageError
from .export import make_writer
from .exports.sinks import TeeWriter, check_export
from .io import (DEFAULT_MAX_BYTES, STDIN, Listing, OutputTarget, Source, check_pattern, list_inputs,
                 matches_pattern, open_output, output_target, printable_path, read_source)
from .render import print_error, progress_bar

T = TypeVar("T")

# Exit codes of `kzeu extract` (its --help lists them).
EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 128  # interrupted: 128 + signal
EXIT_PIPE_CLOSED = EXIT_OK   # stdout closed by its reader (| head): it had what it wanted


class _NothingWritten(Exception):
    """Raised inside the atomic writer to keep an earlier output file when no record came out."""


class Interrupted(BaseException):
    """SIGTERM or SIGHUP, raised where the main thread is, as SIGINT raises KeyboardInterrupt."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


def run_extract(paths: list[str], *, output_format: str = "jsonl", output: Path | None = None,
                lang: str | None = None, reference_date: str | None = None, pattern: str = "*.txt",
                jobs: int = 1, model: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, force: bool = False,
                timeout_per_doc: float | None = None, table: str | None = None, db: Path | None = None,
                compact: bool = False, width: int | None = None, engine: str = "local",
                scheduler: str | None = None) -> int:
    """Extract every input and write the records; returns the number of inputs that failed.

    ``output_format`` csv and parquet write one ``table`` (exports/); ``db``: a SQLite
    database the records go to as well (every table; output_format None: only there).
    Raises UsageError when ``output`` is one of the inputs or would be read as one from an
    input folder (unless ``force``: then a folder's walk leaves it out), or lies in a folder
    that does not exist; OutputError when the records cannot be written. ``compact``: JSON records
    without their mention lists. ``engine`` "dask": the extraction runs on a Dask cluster
    (the one at ``scheduler``, else a LocalCluster of ``jobs`` workers; see dask_engine/).
    """
    return _run_extract(paths, output_format=output_format, output=output, lang=lang, reference_date=reference_date,
                        pattern=pattern, jobs=jobs, model=model, max_bytes=max_bytes, force=force,
                        timeout_per_doc=timeout_per_doc, table=table, db=db, compact=compact,
                        width=width, engine=engine, scheduler=scheduler).failures


def _run_extract(paths: list[str], *, output_format: str, output: Path | None, lang: str | None,
                 reference_date: str | None, pattern: str, jobs: int, model, max_bytes: int, force: bool,
                 timeout_per_doc: float | None, table: str | None, db: Path | None,
                 compact: bool = False, width: int | None = None, engine: str = "local",
                 scheduler: str | None = None) -> "_Tally":
    check_export(output_format, table, output, db)
    target, listing = _plan(paths, output, pattern, force)
    run = _Tally(len(listing.errors))
    for error in listing.errors:
        print_error(str(error))
    sources = listing.sources
    if not sources:
        return run
    single = len(paths) == 1 and (paths[0] == STDIN or Path(paths[0]).is_file())
    # A progress bar only where it disturbs nothing: on a terminal's stderr while the data
    # goes to a file (--output, or stdout redirected to a file). Not when piped, and not
    # when the records themselves are shown on the terminal.
    show_progress = len(sources) > 1 and sys.stderr.isatty() and (output is not None or db is not None
                                                                   or _stdout_is_file())
    try:
        with ExitStack() as stack:
            stream = stack.enter_context(open_output(target)) if target else None
            run.progress = stack.enter_context(progress_bar(len(sources)) if show_progress
                                               else nullcontext(_NoProgress()))
            writer = _GuardedWriter(_writer(stack, output_format, stream if stream is not None else sys.stdout,
                                            single, table, db, width), target)
            if engine == "dask":
                results = _dask_results(sources, run, writer, compact, lang=lang, reference_date=reference_date,
                                        model=model, max_bytes=max_bytes, jobs=jobs, scheduler=scheduler)
            else:   # JSON goes out as the extraction (a worker, with --jobs) wrote it
                extracting = functools.partial(extract_many_json, indent=writer.indent, compact=compact) \
                    if writer.takes_json else extract_many
                results = extracting(_documents(sources, max_bytes, run), lang=lang, reference_date=reference_date,
                                     model=model, jobs=jobs, errors="report", timeout=timeout_per_doc)
            for result in results:
                if isinstance(result, ExtractionFailure):
                    run.failed(f"{result.path or '<stdin>'}: {result.reason}")
                else:
                    writer.write(result)
                    run.written += 1
                run.progress.advance()
            if target and not target.stream and run.written == 0:
                raise _NothingWritten
            writer.close()
    except _NothingWritten:
        print_error(f"{target.label}: no record to write; the file was left as it was")
        run.kept = True
    return run


def _writer(stack: ExitStack, output_format: str | None, stream, single: bool, table: str | None,
            db: Path | None, width: int | None = None):
    """The format's writer, with the database's after it (--db); the database is opened
    (and its tables made) before any document is read."""
    if db is None:
        return make_writer(output_format, stream, single, table, width)
    from .exports.sqlite_db import SqliteWriter

    database = SqliteWriter(db)
    stack.callback(database.db.close)
    if output_format is None:
        return database
    return TeeWriter(make_writer(output_format, stream, single, table, width), database)


class _Tally:
    """The failures of a run so far, and its progress bar."""

    def __init__(self, failures: int):
        self.failures = failures
        self.written = 0
        self.kept = False    # the output file was left as it was
        self.progress = _NoProgress()

    def failed(self, message: str) -> None:
        self.failures += 1
        print_error(message)


def _dask_results(sources: list[Source], run: _Tally, writer, compact: bool, *, max_bytes: int, jobs: int,
                  scheduler: str | None, **extraction) -> Iterator:
    """The results of a Dask run, as extract_many gives them: the workers read the files by
    path; stdin, which only this process can read, is read here and its text sent."""
    engine = dask_engine()
    items = engine.dask_items(sources, max_bytes, run.failed, run.progress.advance)
    options = engine.dask_options(writer.takes_json, writer.indent, compact, max_bytes, **extraction)
    return engine.dask_results(items, options, jobs=jobs, scheduler=scheduler)


def dask_engine():
    """kzeu_extract.dask_engine.engine; a UsageError (one line, exit 2) without the dask extra."""
    try:
        from .dask_engine import engine
    except ImportError as exc:
        raise UsageError(f"--engine dask needs Dask, which is not installed ({exc}): "
                         "pip install 'kzeu-extract[dask]'") from None
    return engine


def _documents(sources: list[Source], max_bytes: int, run: _Tally) -> Iterator[Document]:
    """The inputs read one at a time, as the extraction asks for them; one that cannot be
    read is reported and passed over."""
    for source in sources:
        try:
            text, warnings = read_source(source, max_bytes)
        except InputError as exc:
            run.failed(str(exc))
            run.progress.advance()
            continue
        yield Document(text, source.label if source.path is not None else None, tuple(warnings))


def _plan(paths: list[str], output: Path | None, pattern: str,
          force: bool) -> tuple[OutputTarget | None, Listing]:
    """Where the records go and what is read, checked against each other."""
    parts = check_pattern(pattern)
    target = output_target(output) if output is not None else None
    listing = list_inputs(paths, pattern, exclude=target.identity if target else None)
    if target is not None and not force:
        _refuse_output_among_inputs(target, paths, parts, listing.excluded)
    return target, listing


def _refuse_output_among_inputs(target: OutputTarget, paths: list[str], parts: tuple[str, ...],
                                excluded: list[str]) -> None:
    """UsageError when the output would overwrite an input, or be read as one next time."""
    advice = "give another --output, or --force"
    for given in paths:
        if given == STDIN or not os.path.exists(given):
            continue
        if os.path.isdir(given):
            inside = os.path.relpath(os.path.realpath(target.path), os.path.realpath(given)).split(os.sep)
            if inside[0] != os.pardir and matches_pattern(parts, tuple(inside)):
                raise UsageError(f"{target.label}: the output lies in the input folder {printable_path(given)} "
                                 f"and matches --glob; a later run would read it as a document ({advice} to "
                                 "write it there anyway, never reading it as an input)")
        elif target.identity is not None and os.path.samefile(given, target.path):
            raise UsageError(f"{target.label}: the output is also an input; refusing to overwrite it ({advice})")
    if excluded:  # reached from an input folder through a link
        raise UsageError(f"{target.label}: the output is also an input, as {excluded[0]}; refusing to "
                         f"overwrite it ({advice} to write it anyway, never reading it as an input)")


class _GuardedWriter:
    """The format's writer, with every failure to write turned into one OutputError."""

    def __init__(self, writer, target: OutputTarget | None):
        self.writer = writer
        self.takes_json, self.indent = writer.takes_json, writer.indent
        self.label = target.label if target else "<stdout>"
        self.to_stdout = target is None

    def write(self, record) -> None:
        self._guard(self.writer.write, record)

    def close(self) -> None:
        self._guard(self.writer.close)

    def _guard(self, step, *args) -> None:
        try:
            step(*args)
        except SystemExit:   # rich's answer to a closed stdout (--format table)
            if not self.to_stdout:
                raise
            raise OutputClosed(self.label, "closed by its reader") from None
        except OSError as exc:
            if self.to_stdout and exc.errno == errno.EPIPE:
                raise OutputClosed(self.label, "closed by its reader") from None
            raise OutputError(self.label, f"cannot be written ({exc.strerror or exc})") from None


def run_command(paths: list[str], **options) -> int:
    """``run_extract`` for the command line: returns the exit code (EXIT_*), every failure
    as one line on stderr, never a traceback."""
    started = time.monotonic()
    code, run = guarded_run(lambda: _run_extract(paths, **{**_EXTRACT_DEFAULTS, **options}),
                            options.get("output") is not None)
    if code is not None:
        return code
    if options.get("output") is not None and not run.kept:
        print_summary(count(run.written, "record"), options["output"], run.failures, started)
    elif options.get("db") is not None:
        print_summary(count(run.written, "record"), options["db"], run.failures, started)
    return EXIT_FAILURES if run.failures else EXIT_OK


def guarded_run(body: Callable[[], T], writes_a_file: bool) -> tuple[int | None, T | None]:
    """Run a command's ``body`` the way every command ends (README: "Pipes and exit codes"):
    (None, its result) when it ran; (an exit code, None) when it stopped, the reason printed as
    one line on stderr: a usage error (2), a closed stdout (quietly, 0), a failure (1), or a
    signal (128 + its number; ``writes_a_file``: the line says the output file was kept)."""
    try:
        with raise_on_signals(signal.SIGTERM, signal.SIGHUP):
            return None, body()
    except UsageError as exc:
        print_error(str(exc))
        return EXIT_USAGE, None
    except OutputClosed:  # quietly: the reader had what it wanted
        _quiet_stdout()
        return EXIT_PIPE_CLOSED, None
    except KzeuError as exc:
        print_error(str(exc))
        if isinstance(exc, OutputError) and exc.path == "<stdout>":
            _quiet_stdout()
        return EXIT_FAILURES, None
    except (Interrupted, KeyboardInterrupt) as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        kept = "; the output file was left as it was" if writes_a_file else ""
        print_error(f"interrupted ({signal.Signals(signum).name}){kept}")
        return EXIT_INTERRUPTED + signum, None


_EXTRACT_DEFAULTS = {"output_format": "jsonl", "output": None, "lang": None, "reference_date": None,
                     "pattern": "*.txt", "jobs": 1, "model": None, "max_bytes": DEFAULT_MAX_BYTES,
                     "force": False, "timeout_per_doc": None, "table": None, "db": None,
                     "compact": False, "width": None, "engine": "local", "scheduler": None}


def count(number: int, noun: str) -> str:
    """"1 record", "12 records"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def print_summary(what: str, output, failures: int, started: float, failed_noun: str = "file") -> None:
    """The closing line of a run that wrote --output: on stderr, since stdout is data.
    ``kzeu: wrote 12 records to out.jsonl (1 file failed) in 3.2 s``."""
    failed = f" ({count(failures, failed_noun)} failed)" if failures else ""
    seconds = time.monotonic() - started
    sys.stderr.write(f"kzeu: wrote {what} to {printable_path(str(output))}{failed} in {seconds:.1f} s\n")
    sys.stderr.flush()


# The handlers raise_on_signals replaced, put back in every process forked meanwhile (the
# workers of --jobs), so that a worker dies of SIGTERM at once, as it did before.
_REPLACED_HANDLERS: dict[int, object] = {}


def _restore_handlers_in_child() -> None:
    for signum, handler in _REPLACED_HANDLERS.items():
        try:
            signal.signal(signum, handler)
        except (ValueError, OSError):  # not the main thread: the handler's own check applies
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_restore_handlers_in_child)


@contextmanager
def raise_on_signals(*signums: int) -> Iterator[None]:
    """While the body runs, the given signals raise Interrupted in the main thread, so that
    cleanups run (the atomic writer removes its temporary file). A later signal meanwhile is
    ignored, so as not to cut that cleanup short. Processes forked meanwhile (workers) keep
    the handlers from before. Outside the main thread, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def interrupt(signum, _frame):
        if os.getpid() != owner:  # a forked process whose handlers could not be put back
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        for each in signums:
            signal.signal(each, signal.SIG_IGN)
        raise Interrupted(signum)

    previous = {signum: signal.signal(signum, interrupt) for signum in signums}
    _REPLACED_HANDLERS.update(previous)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _REPLACED_HANDLERS.clear()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what could not be
    written fails no more (it would print an "Exception ignored" traceback)."""
    try:
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, IDEs)
        return
    os.dup2(devnull, fd)
    os.close(devnull)


def _stdout_is_file() -> bool:
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, IDEs)
        return False


class _NoProgress:
    def advance(self) -> None:
        pass
