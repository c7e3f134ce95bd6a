"""``kzeu extract --engine dask``: a cluster to run on (a LocalCluster of --jobs worker
processes, or the one at --scheduler), and the records streamed back in input order."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from typing import Callable

from ..api import ExtractionFailure, check_reference_date
from ..errors import InputError, UsageError
from ..io import Source, read_source
from ..record_models import DocumentRecord
from ..pipeline import check_language
from .bags import bag_of_items, items_of, partition_count
from .partitions import Item, Options, is_failure

CONNECT_SECONDS = 30


def dask_items(sources: list[Source], max_bytes: int, failed: Callable[[str], None],
               advance: Callable[[], None]) -> list[Item]:
    """The items of a run: files by path; stdin read here (a failure to read it reported
    with ``failed``, as a local run does, and left out)."""
    items = []
    for source in sources:
        if source.path is not None:
            items.extend(items_of([source]))
            continue
        try:
            text, warnings = read_source(source, max_bytes)
        except InputError as exc:
            failed(str(exc))
            advance()
            continue
        items.append(Item(None, None, text, tuple(warnings)))   # stdin: no path, as locally
    return items


def dask_options(takes_json: bool, indent: int | None, compact: bool, max_bytes: int, *, lang: str | None,
                 reference_date, model) -> Options:
    """The options the workers extract with; the language and date checked here first."""
    return Options(None if lang is None else check_language(lang), check_reference_date(reference_date), model,
                   max_bytes, "json" if takes_json else "record", indent if takes_json else None,
                   compact if takes_json else False)


@contextmanager
def dask_client(jobs: int, scheduler: str | None) -> Iterator:
    """A distributed Client: to the scheduler at ``scheduler``, or to a LocalCluster of
    ``jobs`` worker processes of one thread each, closed at the end."""
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, ValueError, TypeError) as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
        with client:
            yield client
        return
    # dashboard on a free port: its HTTP server starts anyway, and would warn when 8787 is taken
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def dask_results(items: list[Item], options: Options, *, jobs: int = 1,
                 scheduler: str | None = None) -> Iterator:
    """The result of each item, in order: a record's JSON text (``options.form`` "json"), a
    DocumentRecord (form "record"), or an ExtractionFailure; partitions are gathered one after
    another as they finish in order, each once, so a partition Dask redid after losing a
    worker still comes back once."""
    worker_form = options._replace(form="json") if options.form == "record" else options
    with dask_client(jobs, scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        bag = bag_of_items(items, worker_form, partition_count(len(items), workers))
        futures = client.compute(bag.to_delayed())
        for future in futures:
            for result in future.result():
                yield _result(result, options.form)
            future.release()


def _result(result, form: str):
    if is_failure(result):
        return ExtractionFailure(result["path"], result["reason"])
    if form == "record":
        return DocumentRecord.model_validate_json(result)
    return result
