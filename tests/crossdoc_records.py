"""Document records written by hand for the cross-document tests: only what merging reads."""
from __future__ import annotations

import hashlib

PEOPLE = {
    "Aruzhan Bekova": ("aruzhan_bekova", "KZ"), "Pieter Claes": ("pieter_claes", "BE"),
    "Marta Olsen": ("marta_olsen", "NO"), "Dana Sultan": (None, "KZ"), "Luc Arnaud": (None, "FR"),
}
PLACES = {"Astana": ("KZ", "city"), "Almaty": ("KZ", "city"), "Kazakhstan": ("KZ", "country"),
          "Ghent": ("BE", "city"), "Belgium": ("BE", "country"), "Oslo": ("NO", "city"),
          "Norway": ("NO", "country")}


def event(kind: str, people: list[str], date: str | None = None, *, where: str | None = None,
          mode: str | None = None, status: str = "held", initiator: str | None = None,
          parties: list[tuple[str, str]] = ()) -> dict:
    """An event of a record: ``parties`` as (name, ISO code) countries."""
    return {"type": kind, "participants": list(people), "date": date, "location": where,
            "mode": mode or {"phone_call": "phone"}.get(kind, "in_person"), "status": status,
            "initiator": initiator,
            "parties": [{"name": n, "kind": "country", "country": c} for n, c in parties]}


def record(name: str, events: list[dict], published: str | None = None, language: str = "en") -> dict:
    """A record of a document named ``name`` holding the events (ids and offsets made up as
    the extraction makes them)."""
    sha = hashlib.sha256(name.encode()).hexdigest()
    people, places, made = {}, {}, []
    for number, item in enumerate(events):
        start = 50 * number
        ids = []
        for person in item["participants"]:
            kb_id, country = PEOPLE.get(person, (None, None))
            entry = people.setdefault(person, {"id": f"p-{sha[:12]}-{len(people)}", "name": person,
                                               "kb_id": kb_id, "country": country})
            ids.append(entry["id"])
        if item["location"] in PLACES:
            country, kind = PLACES[item["location"]]
            places[item["location"]] = {"name": item["location"], "country": country, "kind": kind}
        made.append({**item, "id": f"e-{sha[:12]}-{start}-0", "participant_ids": ids,
                     "text": f"{name}: sentence {number}", "start": start, "end": start + 20})
    return {"source": {"path": f"docs/{name}", "sha256": sha, "characters": 1000}, "language": language,
            "document_date": published, "people": list(people.values()), "places": list(places.values()),
            "events": made}
