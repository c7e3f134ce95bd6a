"""Links between merged events that are not one occasion: near misses (``possibly_same``)
and meetings during visits (``related``: ``during_visit`` / ``has_meeting``)."""
from __future__ import annotations

from .clusters import Cluster, ClusterIndex, clusters_fit
from .compatibility import (
    DAY,
    MONTH,
    UNDATED,
    YEAR,
    dates_compatible,
    next_day,
    places_compatible,
)

# Modes a meeting held during a visit can have (a video call is not held on the spot).
_ON_THE_SPOT = (None, "in_person")


def link_near_misses(index: ClusterIndex) -> None:
    """Same type and people, fitting otherwise, dates one day apart: possibly the same."""
    for cluster in index.clusters:
        if cluster.precision != DAY:
            continue
        following = next_day(cluster.date)
        if following is None:
            continue
        for key in cluster.keys:
            for other in index.blocks.get((cluster.type, key, ("d", following)), ()):
                if clusters_fit(cluster, other):
                    cluster.link(other)


def link_visits(index: ClusterIndex) -> None:
    """Each meeting held on the spot during a visit of one of its people, linked both ways."""
    for meeting in index.clusters:
        if meeting.type != "meeting" or meeting.mode not in _ON_THE_SPOT:
            continue
        for visit in _visits_of(index, meeting):
            meeting.related.append(("during_visit", visit.number))
            visit.related.append(("has_meeting", meeting.number))


def _visits_of(index: ClusterIndex, meeting: Cluster) -> list[Cluster]:
    found: dict[int, Cluster] = {}
    for key in meeting.keys:
        for bucket in _visit_buckets(meeting):
            for visit in index.blocks.get(("visit", key, bucket), ()):
                if dates_compatible(meeting.date, visit.date) and _fits_visit(meeting, visit):
                    found[visit.number] = visit
        for document in meeting.documents:
            for visit in index.blocks.get(("visit", key, ("doc", document)), ()):
                if UNDATED in (meeting.precision, visit.precision) and _fits_visit(meeting, visit):
                    found[visit.number] = visit
    return sorted(found.values(), key=lambda c: c.number)


def _visit_buckets(meeting: Cluster) -> list[tuple[str, str]]:
    if meeting.precision in (DAY, MONTH):
        return [("m", meeting.date[:7]), ("year-only", meeting.date[:4])]
    if meeting.precision == YEAR:
        return [("y", meeting.date)]
    return []


def _fits_visit(meeting: Cluster, visit: Cluster) -> bool:
    return visit.mode in _ON_THE_SPOT and places_compatible(meeting.place, visit.place)
