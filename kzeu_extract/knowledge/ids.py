"""The one id scheme of the record: knowledge-base ids are ``<kind>:<slug>``.

- kind: ``person``, ``organization``, ``office``, ``agreement`` or ``place``;
- slug: lowercase ASCII letters and digits in words joined by single hyphens.

``person:kassym-jomart-tokayev``, ``organization:european-council``, ``office:president-kz``,
``office:hos-fr`` (a generated head-of-state office), ``organization:mfa-kz`` (a national
body qualified by its country), ``agreement:eu-kz-epca``, ``place:kz`` (a country: its ISO
code), ``place:kz-almaty`` (a city, region or venue: its country and name).

The data files (data/kb/*.json) keep their own keys ('kassym_jomart_tokayev',
'european-council', 'hos:FR'); the knowledge base works with those inside the pipeline, and
``public_id`` maps them when the record is made (``apply_id_scheme``) and in ``kzeu kb``.
``public_id`` is idempotent and also reads version-1 ids (the data keys), so records of both
versions join on ``public_id(kind, kb_id)``.

Ids of a record's own items are not knowledge-base ids: ``p-<sha12>-<offset>`` (people) and
``e-<sha12>-<start>-<n>`` (events), made in linking.py; they have no colon.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Mapping, Optional, TypeVar

KINDS = ("person", "organization", "office", "agreement", "place")
# A public id: what every kb_id of a version-2 record matches.
ID_PATTERN = re.compile(rf"^(?:{'|'.join(KINDS)}):[a-z0-9]+(?:-[a-z0-9]+)*$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

T = TypeVar("T")


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: 'Kassym_Jomart Tokaïev' -> 'kassym-jomart-tokaiev'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def public_id(kind: str, key: Optional[str]) -> Optional[str]:
    """The record's id of the knowledge-base entry ``key`` of ``kind`` (None stays None)."""
    if kind not in KINDS:
        raise ValueError(f"unknown id kind {kind!r}; one of {', '.join(KINDS)}")
    if not key:
        return None
    prefix = kind + ":"
    if key.startswith(prefix):
        key = key[len(prefix):]
    return prefix + slug(key)


def by_public_id(kind: str, entries: Mapping[str, T]) -> dict[str, T]:
    """``entries`` (data key -> entry) keyed by their public ids instead."""
    return {public_id(kind, key): entry for key, entry in entries.items()}


def find_entry(kind: str, query: Optional[str], entries: Mapping[str, T]) -> Optional[T]:
    """The entry a data key or a public id (either version) names, else None."""
    if not query:
        return None
    if query in entries:
        return entries[query]
    wanted = public_id(kind, query)
    return next((entry for key, entry in entries.items() if public_id(kind, key) == wanted), None)


def place_id(place: Mapping) -> Optional[str]:
    """``place:<iso2>`` for a country, ``place:<iso2>-<name>`` for a place the gazetteer knows
    (it has a GeoNames id), ``place:<name>`` for one with no country; None for the others."""
    country = (place.get("country") or "").lower()
    if place.get("kind") == "country":
        return f"place:{slug(country)}" if country else None
    if place.get("geonames_id") is None or not slug(place.get("name") or ""):
        return None
    return "place:" + "-".join(part for part in (slug(country), slug(place["name"])) if part)


def apply_id_scheme(record: dict) -> dict:
    """Maps every knowledge-base id of a record being made (dict sections of item dicts) to
    its public id, and gives places theirs; in place, returned for convenience."""
    _map(record.get("people"), "kb_id", "person")
    for person in record.get("people") or ():
        _map(person.get("held_offices"), "office", "office")
    _map(record.get("offices"), "kb_id", "office")
    _map(record.get("offices"), "holder_kb_id", "person")
    _map(record.get("organizations"), "kb_id", "organization")
    _map(record.get("agreements"), "kb_id", "agreement")
    for event in record.get("events") or ():
        _map(event.get("parties"), "organization", "organization")
    for place in record.get("places") or ():
        place["kb_id"] = place_id(place)
    return record


def _map(items: Optional[Iterable[dict]], field: str, kind: str) -> None:
    for item in items or ():
        if item.get(field):
            item[field] = public_id(kind, item[field])
