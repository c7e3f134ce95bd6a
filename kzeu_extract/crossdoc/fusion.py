"""From clusters of reports to merged events: stable ids, fused fields, conflicts.

- id: ``m-`` + the first 12 hex digits of the sha256 of the smallest source event id;
- date, location: the most specific the reports give (the cluster keeps them, clusters.py);
- status: held when any report says held; else cancelled or refused (the more reported);
  else planned. Held against cancelled or refused is a conflict;
- initiator: the one most reports give (ties: the first in source order); several different
  initiators are a conflict;
- participants and parties: each identity once, in source order.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable, Optional

from .clusters import Cluster
from .identity import fold
from .models import MergedEvent
from .reports import Report

_CALLED_OFF = ("cancelled", "refused")


def merged_id(event_ids: Iterable[str]) -> str:
    return "m-" + hashlib.sha256(min(event_ids).encode("utf-8")).hexdigest()[:12]


def merged_events(clusters: list[Cluster]) -> list[MergedEvent]:
    """One MergedEvent per cluster, in date order (undated last, then by id)."""
    ids = [merged_id(r.event_id for r in cluster.reports) for cluster in clusters]
    events = [_merged(cluster, ids) for cluster in clusters]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.first_reported or "", e.id))
    return events


def _merged(cluster: Cluster, ids: list[str]) -> MergedEvent:
    reports = cluster.reports if len(cluster.reports) == 1 else \
        sorted(cluster.reports, key=lambda r: (r.path or "", r.start, r.event_id))
    status, status_conflict = _status(reports)
    initiator, initiator_conflict = _initiator(reports)
    document_dates = [r.document_date for r in reports if r.document_date]
    place = cluster.place
    return MergedEvent.model_validate({
        "id": ids[cluster.number], "type": cluster.type, "mode": cluster.mode, "status": status,
        "date": cluster.date, "first_reported": min(document_dates) if document_dates else None,
        "location": place.name if place else None, "location_country": place.country if place else None,
        "participants": _once(p for r in reports for p in r.participants),
        "parties": _once(p for r in reports for p in r.parties),
        "initiator": initiator,
        "sources": [source for r in reports for source in _sources(r)],
        "conflicts": [c for c in (status_conflict, initiator_conflict) if c],
        "possibly_same": sorted(ids[n] for n in cluster.possibly_same),
        "related": sorted(({"relation": relation, "id": ids[n]} for relation, n in cluster.related),
                          key=lambda link: (link["relation"], link["id"])),
    })


def _once(items: Iterable[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for item in items:
        seen.setdefault(item["key"], item)
    return list(seen.values())


def _sources(report: Report) -> list[dict]:
    base = {"language": report.language, "document_date": report.document_date, "event_id": report.event_id,
            "text": report.text, "start": report.start, "end": report.end, "date": report.date,
            "location": report.place.name if report.place else None, "status": report.status,
            "mode": report.mode, "initiator": report.initiator}
    return [{"document": {"path": copy.path, "sha256": copy.sha256}, **base} for copy in (report, *report.copies)]


def _status(reports: list[Report]) -> tuple[str, Optional[dict]]:
    if len(reports) == 1:
        return reports[0].status, None
    said = Counter(r.status for r in reports)
    called_off = [s for s in _CALLED_OFF if said[s]]
    conflict = _conflict("status", reports, lambda r: r.status) if said["held"] and called_off else None
    if said["held"]:
        return "held", conflict
    if called_off:
        return max(called_off, key=lambda s: said[s]), None
    return "planned", None


def _initiator(reports: list[Report]) -> tuple[Optional[str], Optional[dict]]:
    """The initiator most reports give; "Tokayev" and "Kassym-Jomart Tokayev" are one (the
    words of one within the other's), given by its fullest form."""
    named = [r for r in reports if r.initiator]
    if len(named) <= 1:
        return (named[0].initiator if named else None), None
    groups: list[list[Report]] = []
    for report in named:
        words = set(fold(report.initiator).split())
        group = next((g for g in groups if _same_words(words, set(fold(g[0].initiator).split()))), None)
        if group is None:
            groups.append([report])
        else:
            group.append(report)
    best = max(groups, key=len)          # the first of the largest groups
    initiator = max((r.initiator for r in best), key=len)
    conflict = _conflict("initiator", named, lambda r: r.initiator) if len(groups) > 1 else None
    return initiator, conflict


def _same_words(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def _conflict(field: str, reports: list[Report], value) -> dict:
    by_value: dict[str, list[str]] = {}
    for report in reports:
        by_value.setdefault(value(report), []).append(report.event_id)
    return {"field": field, "values": [{"value": v, "event_ids": ids} for v, ids in by_value.items()]}
