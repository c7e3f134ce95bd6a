"""CPU time of the cross-document merge (``merge_events``) on generated records.

    .venv/bin/python bench/merge_bench.py                 # 100,000 records
    .venv/bin/python bench/merge_bench.py --records 20000 --json out.json

The records are generated (seeded, so every run merges the same ones): a world of people
(most known to the knowledge base, some by name only), countries and cities; occasions
among them (meetings, calls, visits, some party-only), each the same pair of leaders meeting
again and again over the years, as real ones do; and documents reporting 1 to 6 of them
each, popular occasions many times. Each report varies as real reports do: the date at
day, month or year or not at all (then the document's date, or none), the city, the country
or no place, one participant left out, planned instead of held, the mode unsaid. Only
``merge_events`` is timed (CPU time, best of ``--repeat``); the growth from a tenth of the
records to all of them is printed too (10.0 is linear). Target: 100,000 records in under
60 s of CPU here.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kzeu_extract.crossdoc import merge_events

TARGET_SECONDS = 60.0
_TYPES = (("meeting", "in_person"), ("meeting", "virtual"), ("phone_call", "phone"), ("visit", "in_person"))
_START = date(2015, 1, 1)


class World:
    def __init__(self, rng: random.Random, people: int = 600, countries: int = 80):
        self.rng = rng
        self.countries = [f"{chr(65 + n // 26)}{chr(65 + n % 26)}"
                          for n in range(countries)]
        self.cities = {code: [f"City{code}{k}" for k in range(3)] for code in self.countries}
        self.people = []
        for n in range(people):
            country = rng.choice(self.countries)
            known = rng.random() < 0.75
            self.people.append({"name": f"Person{n} Surname{n % 97}", "kb_id": f"person_{n}" if known else None,
                                "country": country})

    def occasion(self, number: int) -> dict:
        rng = self.rng
        kind, mode = rng.choice(_TYPES)
        size = 1 if kind == "visit" else (2 if rng.random() < 0.85 else 3)
        # leaders meet the same few counterparts: pick among a neighbourhood of people
        first = rng.randrange(len(self.people))
        chosen = {first} | {(first + rng.randrange(1, 12)) % len(self.people) for _ in range(size - 1)}
        people = [self.people[i] for i in sorted(chosen)]
        host = rng.choice(self.countries) if kind == "visit" else people[-1]["country"]
        day = _START + timedelta(days=rng.randrange(3650))
        return {"number": number, "type": kind, "mode": mode, "people": people, "date": day,
                "country": host, "city": rng.choice(self.cities[host]),
                "parties": [] if rng.random() < 0.9 else [host, people[0]["country"]]}


def record(world: World, occasions: list[dict], number: int) -> dict:
    rng = world.rng
    text = f"document {number}"
    sha = hashlib.sha256(text.encode()).hexdigest()
    anchor = occasions[0]["date"]
    published = None if rng.random() < 0.1 else (anchor + timedelta(days=rng.randrange(4))).isoformat()
    people, places, events = {}, {}, []
    for position, occasion in enumerate(occasions):
        events.append(_event(world, occasion, sha, position, people, places))
    return {"source": {"path": f"docs/{number:06d}.txt", "sha256": sha, "characters": 4000},
            "language": rng.choice(("en", "fr")), "document_date": published,
            "people": list(people.values()), "places": list(places.values()), "events": events}


def _event(world: World, occasion: dict, sha: str, position: int, people: dict, places: dict) -> dict:
    rng = world.rng
    named = list(occasion["people"])
    if len(named) > 1 and rng.random() < 0.15:
        named.pop(rng.randrange(len(named)))
    ids = []
    for person in named:
        pid = f"p-{sha[:12]}-{len(people) * 10}"
        people.setdefault(person["name"], {"id": pid, "name": person["name"], "kb_id": person["kb_id"],
                                           "country": person["country"]})
        ids.append(people[person["name"]]["id"])
    day = occasion["date"].isoformat()
    roll = rng.random()
    when = day if roll < 0.7 else day[:7] if roll < 0.8 else day[:4] if roll < 0.85 else None
    roll = rng.random()
    where = occasion["city"] if roll < 0.5 else occasion["country"] if roll < 0.7 else None
    if where:
        places[where] = {"name": where, "country": occasion["country"],
                         "kind": "country" if where == occasion["country"] else "city"}
    start = 100 * position
    return {"id": f"e-{sha[:12]}-{start}-0", "type": occasion["type"],
            "mode": occasion["mode"] if rng.random() < 0.8 else None,
            "status": "planned" if rng.random() < 0.08 else "held", "date": when,
            "participants": [p["name"] for p in named], "participant_ids": ids, "location": where,
            "parties": [{"name": c, "kind": "country", "country": c} for c in occasion["parties"]],
            "initiator": None, "text": f"report of occasion {occasion['number']}", "start": start,
            "end": start + 40}


def generate(count: int, seed: int = 15) -> list[dict]:
    rng = random.Random(seed)
    world = World(rng)
    occasions = [world.occasion(n) for n in range(max(10, count // 2))]
    weights = [1.0 / (1 + n % 50) for n in range(len(occasions))]   # some reported far more often
    totals = list(itertools.accumulate(weights))
    records = []
    for number in range(count):
        picked = rng.choices(occasions, cum_weights=totals, k=rng.randint(1, 6))
        records.append(record(world, picked, number))
    return records


def timed_merge(records: list[dict], repeat: int) -> tuple[float, int]:
    best, merged = float("inf"), 0
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        merged = len(merge_events(records))
        best = min(best, time.process_time() - start)
    return best, merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs to take the best CPU time of")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    records = generate(args.records)
    events = sum(len(r["events"]) for r in records)
    tenth, _ = timed_merge(records[: args.records // 10], args.repeat)
    seconds, merged = timed_merge(records, args.repeat)
    growth = seconds / tenth if tenth else float("nan")
    print(f"records {args.records:,}  events {events:,}  merged events {merged:,}")
    print(f"merge_events CPU {seconds:.1f} s  ({seconds / events * 1e6:.1f} us per event; a tenth of the "
          f"records: {tenth:.2f} s, growth x{growth:.1f} for 10 x records)")
    met = args.records < 100_000 or seconds < TARGET_SECONDS
    print(f"target: 100,000 records < {TARGET_SECONDS:.0f} s CPU: {'met' if met else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"records": args.records, "events": events, "merged": merged,
                                         "cpu_seconds": seconds, "tenth_cpu_seconds": tenth, "growth": growth}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
