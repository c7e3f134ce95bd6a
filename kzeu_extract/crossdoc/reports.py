"""The events of document records as reports: what the merging compares, read once.

A record may be a dict (read from JSON) or a ``DocumentRecord``. Each event becomes a
``Report`` holding its identity keys, its place (with the country code from the record's
``places[]``, else from the gazetteer), its date's precision and its evidence.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Optional

from .compatibility import Place, precision
from .identity import fold, party_key, person_key


class Report:
    """One event of one document, ready to compare (see compatibility.py)."""
    __slots__ = ("event_id", "type", "mode", "status", "date", "precision", "document_date", "sha256",
                 "path", "language", "place", "keys", "participants", "parties", "initiator",
                 "text", "start", "end", "copies")

    def __init__(self, event: Mapping[str, Any], context: "_RecordContext", event_id: str, place: Optional[Place],
                 participants: list[dict], parties: list[dict], keys: frozenset):
        self.event_id, self.type, self.mode = event_id, event.get("type"), event.get("mode")
        self.status = event.get("status") or "held"
        self.precision = precision(event.get("date"))
        self.date = event.get("date") if self.precision else None   # what is no ISO date is none
        self.document_date, self.sha256, self.path = context.document_date, context.sha256, context.path
        self.language, self.place, self.keys = context.language, place, keys
        self.participants, self.parties, self.initiator = participants, parties, event.get("initiator")
        self.text = event.get("text") or ""
        self.start = event.get("start") or 0
        self.end = event.get("end") or self.start
        self.copies: list[Report] = []    # the very same text under other paths (same event id)


def _as_dict(record: Any) -> Mapping[str, Any]:
    if isinstance(record, Mapping):
        return record
    dump = getattr(record, "model_dump", None)
    if dump is None:
        raise TypeError(f"a document record must be a dict or a DocumentRecord, not {type(record).__name__}")
    return dump()


def reports_of(records: Iterable[Any]) -> Iterator[Report]:
    """Every event of every record, as a Report."""
    for record in records:
        data = _as_dict(record)
        events = data.get("events") or []
        if not events:
            continue
        context = _RecordContext(data)
        for number, event in enumerate(events):
            yield context.report(event, number)


class _RecordContext:
    """What the events of one record share: its people and places by id and name."""

    def __init__(self, record: Mapping[str, Any]):
        source = record.get("source") or {}
        self.sha256 = source.get("sha256") or ""
        self.path = source.get("path")
        self.language = record.get("language")
        self.document_date = record.get("document_date")
        self.people = {p.get("id"): p for p in record.get("people") or [] if p.get("id")}
        self.people_by_name = {p.get("name"): p for p in record.get("people") or []}
        self.places = {p.get("name"): p for p in record.get("places") or []}

    def report(self, event: Mapping[str, Any], number: int) -> Report:
        participants = self._participants(event)
        parties = [_party(p) for p in event.get("parties") or []]
        keys = frozenset(p["key"] for p in participants) or frozenset(p["key"] for p in parties)
        event_id = event.get("id") or f"e-{self.sha256[:12]}-{event.get('start') or 0}-{number}"
        return Report(event, self, event_id, self._place(event.get("location")), participants, parties, keys)

    def _participants(self, event: Mapping[str, Any]) -> list[dict]:
        ids = event.get("participant_ids") or []
        found: dict[str, dict] = {}
        for position, name in enumerate(event.get("participants") or []):
            person = self.people.get(ids[position]) if position < len(ids) else None
            person = person or self.people_by_name.get(name) or {}
            kb_id = person.get("kb_id")
            key = person_key(name, kb_id)
            found.setdefault(key, {"name": name, "kb_id": kb_id, "country": person.get("country"), "key": key})
        return list(found.values())

    def _place(self, name: Optional[str]) -> Optional[Place]:
        if not name:
            return None
        place = self.places.get(name)
        if place is not None and place.get("country"):
            return Place(name, fold(name), place["country"], place.get("kind") == "country")
        return gazetteer_place(name)


def _party(party: Mapping[str, Any]) -> dict:
    kind = party.get("kind") or "organization"
    name = party.get("name") or ""
    return {"name": name, "kind": kind, "country": party.get("country"), "organization": party.get("organization"),
            "key": party_key(kind, name, party.get("country"), party.get("organization"))}


@lru_cache(maxsize=4096)
def gazetteer_place(name: str) -> Place:
    """A place a record names without its country code: a country or city the project's
    gazetteer knows, else a name alone (compatible only with itself or an unknown place)."""
    from ..knowledge.geo import load

    geo = _geo(load)
    code = geo.country_code(name)
    if code:
        return Place(name, fold(name), code, True)
    city = geo.city(name)
    return Place(name, fold(name), city["country"] if city else None, False)


_GEO: list = []


def _geo(load):
    if not _GEO:
        _GEO.append(load())
    return _GEO[0]
