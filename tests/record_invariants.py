"""What must hold of every record, whatever the text: the checks the property test
(tests/test_properties.py), the pathological series (tests/test_reliability_series.py) and
``make fuzz`` (scripts/fuzz.py) run on each document.

``violations(record, text)`` gives one line per broken rule (empty: the record is sound):
- evidence: every item with offsets has ``0 <= start <= end <= len(text)`` and
  ``text == document[start:end]``; where the document holds a lone surrogate, U+FFFD in its
  place at the same offset is accepted (surrogates are replaced, same length, before spaCy);
- dates: ISO 8601 values (YYYY-MM-DD a real date; YYYY-MM and YYYY as the spec allows)
  agreeing with their granularity; the document date, event dates and agreement status dates
  ISO too;
- figures: every number finite, a value or bounds (not both), a one-sided bound only after a
  qualifier ("more than 100"), ``min_inclusive`` / ``max_inclusive`` set with their bound, and
  ``min <= max``;
- title: a piece of the text;
- links: event participants, quote speakers and office holders are people's names, event locations
  places' names, initiators a person, an organization or a place; ids unique, each event's
  participant_ids people's ids aligned with its participants, its sentence one of the
  record's sentences (holding the event's start), its document the record's source;
- source: the characters and sha256 of the text;
- JSON: ``record.to_json()`` parses (no NaN or Infinity) and reads back to the same record.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re

from kzeu_extract import DocumentRecord

_SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"
_PARTIAL = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-(0[1-9]|1[0-2])")}
_MENTION_SECTIONS = ("people", "offices", "organizations", "places", "agreements")
_SPAN_SECTIONS = ("dates", "figures", "events", "quotes")


def evidence_matches(text: str, start: int, end: int, evidence: str) -> bool:
    """``evidence == text[start:end]``, U+FFFD standing for a lone surrogate allowed."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return False
    original = text[start:end]
    if evidence == original:
        return True
    return (len(evidence) == len(original)
            and _SURROGATE.sub(_REPLACEMENT, original) == _SURROGATE.sub(_REPLACEMENT, evidence))


def _offset_items(data: dict):
    for section in _SPAN_SECTIONS:
        for item in data[section]:
            yield section, item
    for section in _MENTION_SECTIONS:
        for item in data[section]:
            for mention in item["mentions"]:
                yield section, mention
    for sentence in data["sentences"]:
        yield "sentences", sentence
    for event in data["events"]:
        for name, mention in event["evidence"].items():
            if mention is not None:
                yield f"events evidence {name}", mention


def _evidence(data: dict, text: str) -> list[str]:
    return [f"evidence {section}: {item['text']!r} at {item['start']}:{item['end']} "
            f"is {text[item['start']:item['end']]!r}"
            for section, item in _offset_items(data)
            if not evidence_matches(text, item["start"], item["end"], item["text"])]


def iso_problem(value, granularity: str | None = "any") -> str | None:
    """Why ``value`` is not an ISO date of ``granularity`` ("any": any of the three), or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"not a string: {value!r}"
    if granularity in ("year", "month") or (granularity == "any" and len(value) < 10):
        kind = granularity if granularity != "any" else ("year" if len(value) == 4 else "month")
        return None if _PARTIAL[kind].fullmatch(value) else f"{value!r} is not a {kind} (YYYY or YYYY-MM)"
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        return f"{value!r} is not a YYYY-MM-DD date"
    return None if parsed.isoformat() == value else f"{value!r} is not in YYYY-MM-DD form"


def _dates(data: dict) -> list[str]:
    found = []
    for item in data["dates"]:
        granularity = item["granularity"]
        if item["value"] is not None and granularity is None:
            found.append(f"date granularity: {item['text']!r} has value {item['value']!r} without one")
        elif problem := iso_problem(item["value"], granularity or "any"):
            found.append(f"date value: {item['text']!r}: {problem}")
    for label, value in [("document_date", data["document_date"]),
                         *(("event date", e["date"]) for e in data["events"]),
                         *(("agreement status date", s.get("date"))
                           for a in data["agreements"] for s in a["status"])]:
        if problem := iso_problem(value, "day" if label == "document_date" else "any"):
            found.append(f"{label.replace('_', ' ')}: {problem}")
    return found


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _figures(data: dict) -> list[str]:
    found = []
    for item in data["figures"]:
        numbers = {k: item[k] for k in ("value", "min", "max") if item[k] is not None}
        for key, number in numbers.items():
            if not _is_number(number) or not math.isfinite(number):
                found.append(f"figure not finite: {item['text']!r}: {key} {number!r}")
        if "value" in numbers and ("min" in numbers or "max" in numbers):
            found.append(f"figure with a value and a bound: {item['text']!r}: {numbers}")
        if ("min" in numbers) != ("max" in numbers) and not item.get("qualifier"):
            found.append(f"figure one-sided bound without a qualifier: {item['text']!r}: {numbers}")
        for side in ("min", "max"):
            if (side in numbers) != (item.get(side + "_inclusive") is not None):
                found.append(f"figure {side}_inclusive set without {side}, or not with it: {item['text']!r}")
        low, high = numbers.get("min"), numbers.get("max")
        if _is_number(low) and _is_number(high) and not low <= high:
            found.append(f"figure min > max: {item['text']!r}: min {low!r}, max {high!r}")
    return found


def _links(data: dict) -> list[str]:
    people = {p["name"] for p in data["people"]}
    places = {p["name"] for p in data["places"]}
    named = people | places | {o["name"] for o in data["organizations"]}
    found = [f"link participant: {name!r} is not among people (event {e['text']!r})"
             for e in data["events"] for name in e["participants"] if name not in people]
    found += [f"link location: {e['location']!r} is not among places (event {e['text']!r})"
              for e in data["events"] if e["location"] is not None and e["location"] not in places]
    found += [f"link initiator: {e['initiator']!r} is not a person, organization or place (event {e['text']!r})"
              for e in data["events"] if e["initiator"] is not None and e["initiator"] not in named]
    # a holder is a person the text names, or one only the knowledge base knows (then with its id)
    found += [f"link holder: {o['holder']!r} is not among people nor a knowledge-base person (office {o['title']!r})"
              for o in data["offices"] if o["holder"] is not None and o["holder"] not in people
              and not o.get("holder_kb_id")]
    found += [f"link speaker: {q['speaker']!r} is not among people (quote {q['text'][:40]!r})"
              for q in data["quotes"] if q["speaker"] is not None and q["speaker"] not in people]
    return found + _ids(data)


def _ids(data: dict) -> list[str]:
    people = [p["id"] for p in data["people"]]
    events = [e["id"] for e in data["events"]]
    sentences = {s["index"]: s for s in data["sentences"]}
    found = [f"ids not unique: {kind}" for kind, ids in (("people", people), ("events", events))
             if len(set(ids)) != len(ids)]
    document = {"path": data["source"]["path"], "sha256": data["source"]["sha256"]}
    for e in data["events"]:
        if len(e["participant_ids"]) != len(e["participants"]) or not set(e["participant_ids"]) <= {*people, None}:
            found.append(f"link participant_ids: {e['participant_ids']!r} for {e['participants']!r}")
        sentence = sentences.get(e["sentence"])
        if sentence is None or not sentence["start"] <= e["start"] <= sentence["end"]:
            found.append(f"link sentence: {e['sentence']!r} does not hold the event at {e['start']}")
        if e["document"] != document:
            found.append(f"link document: {e['document']!r} is not the record's source")
    return found


def _source(data: dict, text: str) -> list[str]:
    source = data["source"]
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    found = [] if source["characters"] == len(text) else [
        f"source characters: {source['characters']} for a text of {len(text)}"]
    return found + ([] if source["sha256"] == digest else ["source sha256: not the text's"])


def _reject_constant(name: str):
    raise ValueError(f"{name} in the JSON")


def _json(record: DocumentRecord) -> list[str]:
    try:
        serialised = record.to_json()
        json.loads(serialised, parse_constant=_reject_constant)
        again = DocumentRecord.model_validate_json(serialised)
    except Exception as exc:   # any failure to write or read the record back is the finding
        return [f"JSON {type(exc).__name__}: {str(exc)[:200]}"]
    return [] if again == record else ["JSON round trip: the record read back differs from the record"]


def violations(record: DocumentRecord, text: str, lang: str | None = None) -> list[str]:
    """Every rule ``record`` (extracted from ``text``, ``lang`` forced or None) breaks."""
    data = record.model_dump()
    found = _evidence(data, text) + _dates(data) + _figures(data) + _links(data) + _source(data, text)
    if data["title"] is not None and _SURROGATE.sub(_REPLACEMENT, data["title"]) not in _SURROGATE.sub(_REPLACEMENT, text):
        found.append(f"title not in text: {data['title']!r}")
    if lang is not None and data["language"] != lang:
        found.append(f"language: {data['language']!r} although {lang!r} was forced")
    return found + _json(record)
