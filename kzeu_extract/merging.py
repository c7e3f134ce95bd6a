"""One document record from the records of its chunks (see ``chunking.py``).

Offsets are shifted by each chunk's start. Entities (people, organizations, places,
agreements, offices) that two chunks both found are merged into the first chunk's item:
same knowledge-base (or GeoNames) id, same name, or a name that is an alias of exactly one
earlier item; their mentions are concatenated and the names that events, quotes and
offices give them are renamed to the merged item's, so every reference still names an
item of the record. Mention sections (dates, figures, events, quotes) are concatenated.
Offices (and each person's titles) are merged by folded form (office_folding.py).
Document-level fields (title, document date, language) are the first chunk's.
Each event's evidence is shifted with it; the sentences that the kept events cite are kept
(numbered over the document when the chunks' records were made by ``records.RecordMaker``;
a chunk numbered from 0 again is numbered on from the chunks before it). Ids are made
again on the merged record (``linking.assign_ids``), from document offsets.
"""
from __future__ import annotations

from .linking import assign_ids
from .office_folding import fold_offices

ENTITY_SECTIONS = ("people", "organizations", "places", "agreements")
MENTION_SECTIONS = ("dates", "figures", "events", "quotes")
_AMBIGUOUS = -1
# list fields of an entity that are unions over chunks
_UNION_FIELDS = ("aliases", "offices", "parties", "articles", "status")
# the fields of items that name an entity of another section
_REFERENCES = {"events": ("participants", "initiator", "location"), "quotes": ("speaker",),
               "offices": ("holder", "organization"), "agreements": ("parties",)}


def merge_records(parts: list[tuple[int, dict]]) -> dict:
    """``parts``: (chunk start, the chunk's record as plain data), in text order."""
    first = parts[0][1]
    merged = {**first, **{section: [] for section in (*ENTITY_SECTIONS, *MENTION_SECTIONS, "offices", "sentences")},
              "warnings": []}
    entities = {section: _EntityMerger(merged[section]) for section in ENTITY_SECTIONS}
    offices: dict[tuple, dict] = {}
    events: set[tuple] = set()
    sentences = _SentenceMerger(merged["sentences"])
    for start, record in parts:
        sentences.add(record, start)
        renames: dict[str, str] = {}
        for section in ENTITY_SECTIONS:
            for item in record[section]:
                _shift_mentions(item["mentions"], start)
                renames.update(entities[section].add(item))
        for item in record["offices"]:
            _rename(item, _REFERENCES["offices"], renames)
            _shift_mentions(item["mentions"], start)
            _merge_office(merged["offices"], offices, item)
        _add_mentions(merged, record, start, renames, events)
        merged["warnings"].extend(w for w in record["warnings"] if w not in merged["warnings"])
    for agreement in merged["agreements"]:
        _rename(agreement, _REFERENCES["agreements"], entities["people"].names
                | entities["organizations"].names | entities["places"].names)
    sentences.keep_cited(merged["events"])
    return assign_ids(fold_offices(merged))


class _SentenceMerger:
    """The chunks' sentence records, shifted to document offsets, each chunk's numbers after
    the last chunk's (its events' ``sentence`` with them)."""

    def __init__(self, items: list[dict]):
        self.items = items
        self.next = 0

    def add(self, record: dict, start: int) -> None:
        cited = record.get("sentences") or []
        lowest = min((s["index"] for s in cited), default=self.next)
        shift = self.next if lowest < self.next else 0
        for sentence in cited:
            sentence["index"] += shift
            sentence["start"] += start
            sentence["end"] += start
            self.items.append(sentence)
        for event in record.get("events") or []:
            if event.get("sentence") is not None:
                event["sentence"] += shift
        if cited:
            self.next = max(self.next, cited[-1]["index"] + 1)

    def keep_cited(self, events: list[dict]) -> None:
        """Only the sentences the merged events cite (an event left out cites no more)."""
        cited = {e.get("sentence") for e in events}
        self.items[:] = [s for s in self.items if s["index"] in cited]


class _EntityMerger:
    """The merged items of one entity section, and how a later chunk's item finds its own."""

    def __init__(self, items: list[dict]):
        self.items = items
        self.index: dict[tuple, int] = {}
        self.names: dict[str, str] = {}     # a later chunk's name -> the merged item's name

    def add(self, item: dict) -> dict[str, str]:
        """Merge ``item`` in (or append it); {its name: the merged item's name}."""
        found = self._find(item)
        if found is None:
            found = len(self.items)
            self.items.append(item)
        else:
            _merge_entity(self.items[found], item)
        target = self.items[found]
        for key in _keys(item):
            self.index.setdefault(key, found)
        for alias in item.get("aliases") or []:
            known = self.index.get(("alias", alias), found)
            self.index[("alias", alias)] = found if known == found else _AMBIGUOUS
        self.names[item["name"]] = target["name"]
        return {item["name"]: target["name"]} if item["name"] != target["name"] else {}

    def _find(self, item: dict) -> int | None:
        for key in _keys(item):
            if key in self.index:
                return self.index[key]
        found = self.index.get(("alias", item["name"]))
        return None if found in (None, _AMBIGUOUS) else found


def _keys(item: dict) -> list[tuple]:
    keys = [("kb", item["kb_id"])] if item.get("kb_id") else []
    if item.get("geonames_id") is not None:
        keys.append(("geonames", item["geonames_id"]))
    keys.append(("name", item["name"], item.get("kind")))
    return keys


def _merge_entity(target: dict, item: dict) -> None:
    for field in _UNION_FIELDS:
        if field in target:
            target[field].extend(v for v in item[field] if v not in target[field])
    if item["name"] != target["name"] and item["name"] not in target["aliases"]:
        target["aliases"].append(item["name"])
    for field, value in item.items():
        if target.get(field) is None and value is not None:
            target[field] = value
    target["mentions"].extend(item["mentions"])


def _merge_office(merged: list[dict], by_key: dict[tuple, dict], item: dict) -> None:
    key = (item["title"], item.get("holder"), item.get("organization"), item.get("country"))
    if key in by_key:
        by_key[key]["mentions"].extend(item["mentions"])
    else:
        by_key[key] = item
        merged.append(item)


def _add_mentions(merged: dict, record: dict, start: int, renames: dict[str, str], events: set[tuple]) -> None:
    """The chunk's mention items, shifted; an event an earlier chunk already has (same
    type, status, date and participants) is left out, as the events component folds a
    repeated mention of an event into its first. ``events`` gains the chunk's events."""
    latest = set()
    for section in MENTION_SECTIONS:
        for item in record[section]:
            _rename(item, _REFERENCES.get(section, ()), renames)
            if section == "events":
                key = (item["type"], item["status"], item.get("date"), frozenset(item["participants"]))
                if key in events:
                    continue
                latest.add(key)
            item["start"] += start
            item["end"] += start
            _shift_nested(item, start, renames)
            merged[section].append(item)
    events |= latest


def _shift_nested(item: dict, start: int, renames: dict[str, str]) -> None:
    """The evidence inside an event (its arguments' words, its parties') to document offsets;
    its parties' names to the merged items'."""
    _shift_mentions([m for m in (item.get("evidence") or {}).values() if m], start)
    parties = item.get("parties") or []
    _shift_mentions(parties, start)
    for party in parties:
        _rename(party, ("name",), renames)


def _shift_mentions(mentions: list[dict], start: int) -> None:
    for mention in mentions:
        mention["start"] += start
        mention["end"] += start


def _rename(item: dict, fields: tuple[str, ...], renames: dict[str, str]) -> None:
    if not renames:
        return
    for field in fields:
        value = item.get(field)
        if isinstance(value, list):
            item[field] = [renames.get(v, v) for v in value]
        elif isinstance(value, str):
            item[field] = renames.get(value, value)
