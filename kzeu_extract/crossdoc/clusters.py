"""A cluster of reports taken for one occasion, and the index that finds clusters by block.

A cluster keeps its fused comparison state (date, mode, place, identity keys, documents) up
to date as reports join, so a new report is compared with one state per cluster, never with
every report. The index files each cluster under (type, identity key, bucket) for every key
it holds, with buckets for its exact date, its month and its year and for each of its
documents: a look-up reads only the clusters sharing a person (or party) and a date bucket.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Optional

from .compatibility import (
    DAY,
    MONTH,
    YEAR,
    Place,
    modes_compatible,
    people_compatible,
    places_compatible,
)
from .reports import Report


class Cluster:
    __slots__ = ("number", "type", "date", "precision", "mode", "place", "keys", "documents", "reports",
                 "possibly_same", "related")

    def __init__(self, number: int, report: Report):
        self.number = number
        self.type, self.date, self.precision = report.type, report.date, report.precision
        self.mode: Optional[str] = None
        self.place: Optional[Place] = None
        self.keys: set[str] = set()
        self.documents: set[str] = set()
        self.reports: list[Report] = []
        self.possibly_same: set[int] = set()
        self.related: list[tuple[str, int]] = []
        self.add(report)

    def add(self, report: Report) -> set[str]:
        """Take the report in; returns the identity keys new to the cluster."""
        self.reports.append(report)
        self.mode = self.mode or report.mode
        if report.place is not None and (self.place is None or report.place.more_specific_than(self.place)):
            self.place = report.place
        new_keys = set(report.keys) - self.keys
        self.keys |= new_keys
        self.documents.add(report.sha256)
        return new_keys

    def fits(self, report: Report) -> bool:
        """Whether the report can be of this occasion, dates aside (the caller's blocks)."""
        return (report.type == self.type and modes_compatible(report.mode, self.mode)
                and places_compatible(report.place, self.place) and people_compatible(report.keys, self.keys))

    def link(self, other: "Cluster") -> None:
        if other is not self:
            self.possibly_same.add(other.number)
            other.possibly_same.add(self.number)


def date_buckets(value: Optional[str], precision: int) -> list[tuple[str, str]]:
    """The buckets a cluster of that date is filed under: exact day, month, year."""
    if precision == DAY:
        return [("d", value), ("m", value[:7]), ("y", value[:4])]
    if precision == MONTH:
        return [("m", value), ("y", value[:4])]
    if precision == YEAR:
        return [("y", value), ("year-only", value)]
    return [("undated", "")]


class ClusterIndex:
    """(type, identity key, bucket) -> clusters, in the order they were made."""

    def __init__(self):
        self.blocks: dict[tuple, list[Cluster]] = defaultdict(list)
        self.clusters: list[Cluster] = []

    def new(self, report: Report) -> Cluster:
        cluster = Cluster(len(self.clusters), report)
        self.clusters.append(cluster)
        self.file(cluster, cluster.keys, cluster.documents)
        return cluster

    def join(self, cluster: Cluster, report: Report) -> None:
        new_document = report.sha256 not in cluster.documents
        new_keys = cluster.add(report)
        if new_keys:    # filed under every bucket of the cluster, its documents' included
            self.file(cluster, new_keys, cluster.documents)
        if new_document:
            self.file_document(cluster, cluster.keys - new_keys, report.sha256)

    def file(self, cluster: Cluster, keys: Iterable[str], documents: Iterable[str]) -> None:
        buckets = date_buckets(cluster.date, cluster.precision) + [("all", "")] + [("doc", d) for d in documents]
        for key in keys:
            for bucket in buckets:
                self.blocks[(cluster.type, key, bucket)].append(cluster)

    def file_document(self, cluster: Cluster, keys: Iterable[str], document: str) -> None:
        for key in keys:
            self.blocks[(cluster.type, key, ("doc", document))].append(cluster)

    def around(self, report: Report, bucket: tuple[str, str], limit: int | None = None,
               accept: Callable[[Cluster], bool] | None = None) -> list[Cluster]:
        """The clusters sharing one of the report's keys and the bucket, each once, that fit
        it (and pass ``accept``); with ``limit``, the search stops once more than ``limit``
        are found."""
        seen: dict[int, Cluster] = {}
        for key in report.keys:
            for cluster in self.blocks.get((report.type, key, bucket), ()):
                if cluster.number not in seen and cluster.fits(report) and (accept is None or accept(cluster)):
                    seen[cluster.number] = cluster
                    if limit is not None and len(seen) > limit:
                        return list(seen.values())
        return list(seen.values())


def clusters_fit(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters could be one occasion, dates aside (for possibly_same links)."""
    return (a.type == b.type and modes_compatible(a.mode, b.mode) and places_compatible(a.place, b.place)
            and people_compatible(a.keys, b.keys))
