"""The client's side of a Dask run: the inputs listed here (paths only), a bag of them cut
into partitions, each partition extracted on a worker (partitions.py)."""
from __future__ import annotations

import math
import os
from typing import Iterable

import dask.bag

from ..api import check_reference_date
from ..io import DEFAULT_MAX_BYTES, Source, list_inputs
from ..pipeline import check_language
from .partitions import Item, Options, extract_partition

# Documents per partition: enough for a task to outweigh its scheduling (a few ms), few
# enough that a lost worker costs little to redo and that records stream back steadily.
MAX_PARTITION = 100
PARTITIONS_PER_WORKER = 4


def items_of(sources: Iterable[Source]) -> list[Item]:
    """Each source as a worker reads it: by its absolute path (stdin: not here, see batch)."""
    return [Item(source.label, os.path.abspath(source.path)) for source in sources]


def partition_count(documents: int, workers: int) -> int:
    """Enough partitions to keep every worker busy (and balanced), none over MAX_PARTITION."""
    if documents == 0:
        return 1
    wanted = max(1, workers) * PARTITIONS_PER_WORKER
    return min(documents, max(wanted, math.ceil(documents / MAX_PARTITION)))


def bag_of_items(items: list[Item], options: Options, npartitions: int) -> dask.bag.Bag:
    """The bag of results (records or failure dicts), one per item, in the items' order."""
    sequence = dask.bag.from_sequence(items, npartitions=max(1, min(npartitions, len(items) or 1)))
    return sequence.map_partitions(extract_partition, options)


def extract_bag(paths_or_bag, *, lang: str | None = None, reference_date=None, pattern: str = "*.txt",
                model=None, max_bytes: int = DEFAULT_MAX_BYTES, compact: bool = False,
                npartitions: int | None = None) -> dask.bag.Bag:
    """A ``dask.bag.Bag`` of record dicts (``DocumentRecord.model_dump(mode="json")``; with
    ``compact``, ``record.compact()``), one per document, in input order.

    paths_or_bag: files and folders (listed here as ``kzeu extract`` lists them, with
        ``pattern`` in folders; only the paths go to the workers, which read the files: give
        paths the workers can reach), or a Bag of file paths, kept in its own partitions.
    A document that cannot be read or extracted is a failure dict in its place,
    ``{"failed": True, "path": ..., "reason": ...}`` (``is_failure``), as are paths the
    listing passed over (first). The pipeline is built on each worker once per process.

        bag = extract_bag(["articles/"])
        events = bag.remove(is_failure).pluck("events").flatten().to_dataframe()
    """
    options = Options(None if lang is None else check_language(lang), check_reference_date(reference_date),
                      model, max_bytes, "dict", None, compact)
    if isinstance(paths_or_bag, dask.bag.Bag):
        return paths_or_bag.map(_item_of_path).map_partitions(extract_partition, options)
    paths = [paths_or_bag] if isinstance(paths_or_bag, (str, os.PathLike)) else list(paths_or_bag)
    listing = list_inputs([os.fspath(path) for path in paths], pattern)
    items = [Item(error.path, failure=error.reason) for error in listing.errors] + items_of(listing.sources)
    return bag_of_items(items, options, npartitions or partition_count(len(items), _workers_guess()))


def _item_of_path(path) -> Item:
    return Item(os.fspath(path), os.fspath(path))


def _workers_guess() -> int:
    """Workers of the Dask client in use, if any (its partitions are cut for them)."""
    try:
        from distributed import get_client

        return max(1, len(get_client().scheduler_info().get("workers", {})))
    except (ImportError, ValueError):
        return os.cpu_count() or 1
