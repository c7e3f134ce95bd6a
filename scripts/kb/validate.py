"""The built world layer checked before it is written: the package loader's own checks
(kzeu_extract.knowledge.people: schema, unique ids, every tenure's office known), plus what a
built entry must have beyond a hand one: QIDs, a role, and a source row for every tenure."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kzeu_extract.errors import DataError  # noqa: E402
from kzeu_extract.knowledge.people import parse_offices, parse_people  # noqa: E402


def validate(offices: list[dict], people: list[dict], hand_offices: dict) -> None:
    """Raise SystemExit naming the entry when something does not fit."""
    try:
        parsed = parse_offices(offices, "data/kb/world/offices.json")
        known = {o.id for o in parsed} | {o["id"] for o in hand_offices["offices"]}
        parse_people(people, known, "data/kb/world/people.json")
    except DataError as error:
        raise SystemExit(str(error)) from None
    for index, office in enumerate(offices):
        if not office.get("wikidata") or not office.get("role"):
            raise SystemExit(f"data/kb/world/offices.json [{index}] {office['id']}: no wikidata or role")
    for index, person in enumerate(people):
        if not person.get("wikidata"):
            raise SystemExit(f"data/kb/world/people.json [{index}] {person['id']}: no wikidata")
        for tenure in person["offices"]:
            if not tenure.get("source"):
                raise SystemExit(f"data/kb/world/people.json [{index}] {person['id']}: a tenure without source")
