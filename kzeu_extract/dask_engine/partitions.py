"""What a Dask worker runs: one partition of inputs, read there by path, extracted there.

Only paths and options travel through the scheduler; the text is read on the worker and the
pipeline is built on the worker, once per process (``build_pipeline`` is cached by language
and model), never pickled. Each result is a plain value: a record (a dict, or its JSON text)
or a failure dict, so that a partition's result is small to send back and to retry.
"""
from __future__ import annotations

import threading
from typing import Any, Iterable, NamedTuple

from ..api import Document, ExtractionFailure, _safe_extract_one
from ..errors import InputError
from ..io import DEFAULT_MAX_BYTES, Source, read_source

# The pipeline is shared by a process's threads and is not made for concurrent use: a worker
# started with several threads extracts one document at a time (start workers with
# --nthreads 1 and more processes instead; the work is CPU-bound Python).
_EXTRACTING = threading.Lock()


class Item(NamedTuple):
    """One input of a partition: the name records and errors give it, the path a worker reads
    it from (absolute: workers may run elsewhere), or its text when it was read on the client
    (stdin), or why it failed before it reached a worker (a listing error)."""
    label: str | None
    path: str | None = None
    text: str | None = None
    warnings: tuple[str, ...] = ()
    failure: str | None = None


class Options(NamedTuple):
    """How every document of a run is extracted and given back."""
    lang: str | None = None
    reference_date: str | None = None
    model: Any = None
    max_bytes: int = DEFAULT_MAX_BYTES
    form: str = "dict"          # "dict" (record.model_dump) or "json" (record.to_json)
    indent: int | None = None   # form "json"
    compact: bool = False


def failure(path: str | None, reason: str) -> dict:
    """A document that failed, as a partition gives it back (``is_failure`` tells it apart)."""
    return {"failed": True, "path": path, "reason": reason}


def is_failure(result: Any) -> bool:
    """Whether a result of ``extract_bag`` is a failure dict rather than a record."""
    return isinstance(result, dict) and result.get("failed") is True and "reason" in result


def extract_partition(items: Iterable[Item], options: Options) -> list:
    """Each input of the partition read and extracted, in order: a record or a failure dict."""
    return [_extract_item(Item(*item), options) for item in items]


def _extract_item(item: Item, options: Options):
    if item.failure is not None:
        return failure(item.label, item.failure)
    if item.text is not None:
        document = Document(item.text, item.label, tuple(item.warnings))
    else:
        try:
            text, warnings = read_source(Source(item.path, item.label), options.max_bytes)
        except InputError as exc:
            return failure(item.label, exc.reason)
        document = Document(text, item.label, tuple(warnings))
    with _EXTRACTING:
        result = _safe_extract_one((document, options.lang, options.reference_date, options.model), _form(options))
    if isinstance(result, ExtractionFailure):
        return failure(result.path, result.reason)
    return result


def _form(options: Options):
    if options.form == "json":
        return lambda record: record.to_json(options.indent, compact=options.compact)
    if options.compact:
        return lambda record: record.compact()
    return lambda record: record.model_dump(mode="json")
