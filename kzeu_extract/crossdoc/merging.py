"""Cross-document merging: which reports are one occasion (``merge_events``).

The rules (also in the README, "Events across documents"):

- Two reports are one occasion when they have the same type, the same people (one report's
  identity keys within the other's, or two in common; the parties' ISO codes or
  organization ids for events naming no person), compatible dates at their granularity
  (``2022-01`` ~ ``2022-01-10``; ``2022-01-10`` !~ ``2022-01-11``), compatible places (equal,
  a city within its country, or one unknown) and compatible modes (virtual !~ in person).
  Status never separates them: a planned and a held report are one event, held wins, and
  held against cancelled or refused is kept in ``conflicts``.
- Nothing is merged on a guess. Reports are placed most precise first (days, then months,
  years, undated; within each, those giving a place, more people or a mode first, then by
  event id, so the result does not depend on the input order). A report joins a cluster only when exactly one existing cluster fits it; when
  several fit, it stays apart and is linked to them as ``possibly_same``.
- An undated report looks at the clusters its document's date allows: a held report at
  those dated in the month of its document date or the one before, up to that date (news
  reports what has happened lately); a planned, cancelled or refused one at those dated
  from its document date to two months on; undated clusters only of its own document.
  Without a document date it looks at every cluster of its people. Again: exactly one
  fitting cluster, or apart and ``possibly_same`` (no link when more than
  ``VAGUE_LINKS`` fit: "the same as one of many" says nothing, and the search stops there).
- Same type and people, dates a day apart: two events, linked as ``possibly_same``.
- A meeting and a visit (different kinds) are never merged; a meeting during a visit (a
  visitor among its people, the same day or a date within the visit's, or both in one
  document with one undated; its place within the destination) is linked to it:
  ``related`` ``during_visit`` / ``has_meeting``. A call and a meeting stay apart, unlinked.

Cost: each report is compared with the clusters filed under its (type, identity key, date
bucket) only (clusters.py), so merging is linear in the number of reports for a corpus whose
people meet a bounded number of times a month.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from .clusters import Cluster, ClusterIndex
from .compatibility import (
    DAY,
    MONTH,
    UNDATED,
    YEAR,
    dates_compatible,
    next_day,
    shift_month,
)
from .models import MergedEvent
from .reports import Report, reports_of

_PLANNED_MONTHS_AHEAD = 2
# An undated report fitting more clusters than this is linked to none of them.
VAGUE_LINKS = 5


def merge_events(records: Iterable[Any]) -> list[MergedEvent]:
    """The events of document records (dicts or ``DocumentRecord``) merged into occasions,
    in date order (undated last), each with its sources, conflicts and links."""
    from .fusion import merged_events
    from .links import link_near_misses, link_visits

    with _collector_paused():
        index = cluster_reports(reports_of(records))
        link_near_misses(index)
        link_visits(index)
        return merged_events(index.clusters)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while merging: the merge makes millions of small objects
    and no cycles, and each full collection would walk all of them (and the records): on
    100,000 records that doubled the time and made it grow faster than the input."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cluster_reports(reports: Iterable[Report]) -> ClusterIndex:
    """Place every report in a cluster by the rules above."""
    index = ClusterIndex()
    for report in _distinct(reports):
        candidates = _candidates(index, report)
        if len(candidates) == 1:
            index.join(candidates[0], report)
            continue
        cluster = index.new(report)
        for other in candidates if len(candidates) <= VAGUE_LINKS or report.precision else ():
            cluster.link(other)
    return index


def _placing_order(report: Report) -> tuple:
    """Most precise date first; among equals, those that say more (a place, more people, a
    mode) before those that say less, so a vague report meets every occasion it may be of."""
    return (-report.precision, report.place is None, -len(report.keys), report.mode is None, report.event_id,
            report.path or "")


def _distinct(reports: Iterable[Report]) -> list[Report]:
    """In placing order; one report per event id (the same text under another path is
    noted as a copy of it)."""
    by_id: dict[str, Report] = {}
    for report in sorted(reports, key=_placing_order):
        first = by_id.get(report.event_id)
        if first is None:
            by_id[report.event_id] = report
        elif report.path != first.path:
            first.copies.append(report)
    return list(by_id.values())


def _candidates(index: ClusterIndex, report: Report) -> list[Cluster]:
    if not report.keys or not report.type:
        return []
    if report.precision == DAY:
        return index.around(report, ("d", report.date))
    if report.precision == MONTH:
        return index.around(report, ("m", report.date))
    if report.precision == YEAR:
        return index.around(report, ("y", report.date))
    return _undated_candidates(index, report)


def _undated_candidates(index: ClusterIndex, report: Report) -> list[Cluster]:
    same_document = index.around(report, ("doc", report.sha256), accept=_undated)
    if not report.document_date or len(report.document_date) < 7:
        dated = index.around(report, ("all", ""), limit=VAGUE_LINKS, accept=_dated)
    else:
        dated = _dated_near(index, report)
    found = {c.number: c for c in dated + same_document}
    return list(found.values())


def _undated(cluster: Cluster) -> bool:
    return cluster.precision == UNDATED


def _dated(cluster: Cluster) -> bool:
    return cluster.precision != UNDATED


def _dated_near(index: ClusterIndex, report: Report) -> list[Cluster]:
    """The dated clusters an undated report may be about, given its document's date."""
    published = report.document_date
    month = published[:7]
    if report.status == "held":
        months = [shift_month(month, -1), month]
        allowed = lambda c: c.date[:len(published)] <= published     # not after publication
    else:
        months = [shift_month(month, step) for step in range(_PLANNED_MONTHS_AHEAD + 1)]
        allowed = lambda c: c.date >= published[:len(c.date)]        # not before publication
    found: dict[int, Cluster] = {}
    buckets = [("m", m) for m in months] + [("year-only", y) for y in sorted({m[:4] for m in months})]
    for bucket in buckets:
        for cluster in index.around(report, bucket, accept=allowed):
            found[cluster.number] = cluster
    return list(found.values())


__all__ = ["merge_events", "cluster_reports", "dates_compatible", "next_day"]
