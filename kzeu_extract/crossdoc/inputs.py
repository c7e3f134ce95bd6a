"""The records ``kzeu events`` and ``kzeu timeline`` merge: extracted from documents (as
``kzeu extract`` reads them) or read from records written earlier (``--from``).

Both stream: records come one at a time, and every input that fails is reported on stderr
as one line naming it (``file:line`` for a bad line of a records file) while the rest goes
on; ``Tally.failures`` counts them for the exit code.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from ..errors import InputError, UsageError
from ..io import Source, printable_path, read_source
from ..render import print_error


class Tally:
    """The failures of a run so far, each reported as it happens."""

    def __init__(self) -> None:
        self.failures = 0

    def failed(self, message: str) -> None:
        self.failures += 1
        print_error(message)


def extracted_records(sources: list[Source], tally: Tally, *, max_bytes: int,
                      advance: Callable[[], None] = lambda: None,
                      on_text: Callable[[str], None] = lambda text: None, **options: Any) -> Iterator[Any]:
    """The records of the documents, extracted as ``kzeu extract`` does (options: lang,
    reference_date, model, jobs, timeout), failures reported and passed over; ``advance``
    is called once per input done, ``on_text`` with each text read (kzeu view keeps them)."""
    from ..api import Document, ExtractionFailure, extract_many

    def documents() -> Iterator[Document]:
        for source in sources:
            try:
                text, warnings = read_source(source, max_bytes)
            except InputError as exc:
                tally.failed(str(exc))
                advance()
                continue
            on_text(text)
            yield Document(text, source.label if source.path is not None else None, tuple(warnings))

    engine, scheduler = options.pop("engine", "local"), options.pop("scheduler", None)
    if engine == "dask":   # --engine dask: the workers read the files (dask_engine/)
        results = _dask_records(sources, tally, max_bytes, advance, scheduler, **options)
    else:
        results = extract_many(documents(), errors="report", **options)
    for result in results:
        if isinstance(result, ExtractionFailure):
            tally.failed(f"{result.path or '<stdin>'}: {result.reason}")
        else:
            yield result
        advance()


def _dask_records(sources: list[Source], tally: Tally, max_bytes: int, advance: Callable[[], None],
                  scheduler: Optional[str], *, jobs: int = 1, timeout=None, **extraction: Any) -> Iterator[Any]:
    from ..batch import dask_engine

    engine = dask_engine()
    items = engine.dask_items(sources, max_bytes, tally.failed, advance)
    options = engine.dask_options(False, None, False, max_bytes, **extraction)
    return engine.dask_results(items, options, jobs=jobs, scheduler=scheduler)


def check_record_files(files: list[Path], output_identity: Optional[tuple[int, int]]) -> None:
    """UsageError when a --from file is the --output (it would be read and replaced)."""
    for file in files:
        try:
            info = os.stat(file)
        except OSError:
            continue   # reported when it is read
        if output_identity is not None and (info.st_dev, info.st_ino) == output_identity:
            raise UsageError(f"{printable_path(str(file))}: the output is also a --from file; refusing to "
                             "overwrite it (give another --output)")


def stored_records(files: list[Path], tally: Tally) -> Iterator[dict]:
    """The records of JSON Lines files (one record a line) or JSON files (one record or a
    list of them); a line or element that is not a record is reported as file:line."""
    for file in files:
        label = printable_path(str(file))
        try:
            with open(file, encoding="utf-8") as handle:
                yield from _records_in(handle, label, tally)
        except OSError as exc:
            tally.failed(f"{label}: cannot be read ({exc.strerror or exc})")
        except UnicodeDecodeError:
            tally.failed(f"{label}: not UTF-8 text, not a records file")


def _records_in(handle, label: str, tally: Tally) -> Iterator[dict]:
    first = handle.readline()
    if first.lstrip().startswith("["):
        yield from _json_list(first + handle.read(), label, tally)
        return
    if first.strip() == "{":           # one record written with indentation (--format json)
        yield from _json_list("[" + first + handle.read() + "]", label, tally)
        return
    number = 1
    for line in _chain(first, handle):
        if line.strip():
            record = _parsed(line, f"{label}:{number}", tally)
            if record is not None:
                yield record
        number += 1


def _chain(first: str, handle) -> Iterator[str]:
    yield first
    yield from handle


def _json_list(text: str, label: str, tally: Tally) -> Iterator[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        tally.failed(f"{label}:{exc.lineno}: not JSON ({exc.msg}); no record read from it")
        return
    for position, item in enumerate(data if isinstance(data, list) else [data]):
        reason = record_problem(item)
        if reason:
            tally.failed(f"{label}: record {position + 1}: {reason}")
        else:
            yield item


def _parsed(line: str, where: str, tally: Tally) -> Optional[dict]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        tally.failed(f"{where}: not a JSON record ({exc.msg})")
        return None
    reason = record_problem(data)
    if reason:
        tally.failed(f"{where}: {reason}")
        return None
    return data


# What the merging reads of a record, and the type of each item of each list.
_RECORD_LISTS = {"people": dict, "places": dict, "events": dict}
_EVENT_LISTS = {"participants": str, "participant_ids": (str, type(None)), "parties": dict}
_EVENT_TEXTS = ("id", "date", "mode", "status", "location", "initiator", "text")


def record_problem(data: Any) -> Optional[str]:
    """Why a parsed value is not a document record the merging can read, or None. A light
    check of what the merging uses (a full validation would cost more than the merge)."""
    if not isinstance(data, dict):
        return f"not a record (a JSON {type(data).__name__}, not an object)"
    source = data.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("sha256"), str):
        return "not a document record (no source.sha256)"
    problem = _list_problem(data, _RECORD_LISTS, "")
    if problem:
        return problem
    for number, event in enumerate(data.get("events") or []):
        where = f"events[{number}]"
        if event.get("type") not in _event_types():
            return f"{where} is not an event (type {event.get('type')!r} is none of {', '.join(_event_types())})"
        problem = _list_problem(event, _EVENT_LISTS, where + ".") or _text_problem(event, where)
        if problem:
            return problem
    return None


def _text_problem(event: dict, where: str) -> Optional[str]:
    for name in _EVENT_TEXTS:
        if not isinstance(event.get(name), (str, type(None))):
            return f"{where}.{name} is not a string"
    if not all(isinstance(event.get(name, 0), int) for name in ("start", "end")):
        return f"{where}: start and end are not offsets"
    return None


@lru_cache(maxsize=1)
def _event_types() -> tuple[str, ...]:
    from ..components.events.table import event_type_names

    return tuple(event_type_names())


def _list_problem(data: dict, lists: dict, prefix: str) -> Optional[str]:
    for name, kind in lists.items():
        value = data.get(name) or []
        if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
            return f"{prefix}{name} is not a list of what a record holds there"
    return None
