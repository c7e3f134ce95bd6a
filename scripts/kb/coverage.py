"""Coverage of the office-holder knowledge base: per country and office, do the tenures
(hand layer + world layer) cover 2010-01-01 .. the source date without a gap?

  python scripts/kb/coverage.py [--since 2010-01-01] [--gaps]

A partial date is read at its widest ('2017' as start = 2017-01-01, as end = 2017-12-31),
so year-precision tenures count as covering their whole years; end null runs to the source
date, end '?' and start '?' cover nothing past what is known."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROLES = ("head_of_state", "head_of_government", "foreign_minister")


def widest(value: str | None, is_end: bool, today: dt.date) -> dt.date | None:
    if value is None:
        return today if is_end else None
    if value == "?":
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not is_end:
            return dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if is_end else dt.date(parts[0], 1, 1)


def uncovered(spans: list[tuple[dt.date, dt.date]], start: dt.date, end: dt.date):
    """The gaps (first, last day) of [start, end] that no span covers."""
    gaps, cursor = [], start
    for first, last in sorted(spans):
        if first > cursor:
            gaps.append((cursor, min(first - dt.timedelta(days=1), end)))
        cursor = max(cursor, last + dt.timedelta(days=1))
        if cursor > end:
            break
    if cursor <= end:
        gaps.append((cursor, end))
    return [g for g in gaps if g[0] <= g[1]]


def load() -> tuple[list[dict], list[dict], dt.date]:
    world = ROOT / "data/kb/world"
    w_offices = json.loads((world / "offices.json").read_text(encoding="utf-8"))
    w_people = json.loads((world / "people.json").read_text(encoding="utf-8"))
    h_offices = json.loads((ROOT / "data/kb/offices.json").read_text(encoding="utf-8"))
    h_people = json.loads((ROOT / "data/kb/people.json").read_text(encoding="utf-8"))
    date = re.search(r"data as of (\d{4}-\d{2}-\d{2})", w_offices["_source"]).group(1)
    return (w_offices["offices"] + h_offices["offices"], w_people["people"] + h_people["people"],
            dt.date.fromisoformat(date))


def office_roles(office: dict) -> list[str]:
    if office.get("role"):
        roles = [office["role"]]
        if office["role"] == "head_of_state" and office.get("head_of_government"):
            roles.append("head_of_government")
        return roles
    keys = set(office.get("keys", []))  # hand layer entries have no role field
    if office.get("head_of_state"):
        return ["head_of_state"]
    return [r for r, k in (("head_of_government", "prime_minister"),
                           ("foreign_minister", "foreign_minister")) if k in keys]


def summary(table: dict, tolerance: int, label: str) -> list[str]:
    """Counts of covered offices; gaps of at most `tolerance` days are ignored (a day or
    weeks between one holder's last day and the next one's first: swearing-in, acting
    holders the source does not list)."""
    def ok(gaps):
        return gaps is not None and all((b - a).days + 1 <= tolerance for a, b in gaps)
    full = [c for c, roles in table.items() if all(ok(roles.get(r)) for r in ROLES)]
    print(f"{label}: fully covered (all three offices): {len(full)}")
    for role in ROLES:
        have = [c for c in table if role in table[c]]
        covered = [c for c in have if ok(table[c][role])]
        print(f"  {role}: office known {len(have)}, covered {len(covered)}")
    return full


def report(since: dt.date, show_gaps: bool) -> dict:
    offices, people, today = load()
    spans: dict[tuple[str, str], list] = {}
    for person in people:
        for tenure in person.get("offices", []):
            first = widest(tenure["start"], False, today)
            last = widest(tenure["end"], True, today)
            if first and last:
                spans.setdefault(tenure["office"], []).append((first, last))
    table: dict[str, dict[str, list]] = {}
    for office in offices:
        if not office.get("country"):
            continue
        for role in office_roles(office):
            gaps = uncovered(spans.get(office["id"], []), since, today)
            table.setdefault(office["country"], {})[role] = gaps
    print(f"source date {today}; period {since} .. {today}; countries {len(table)}")
    full = summary(table, 0, "strict (no gap)")
    summary(table, 31, "gaps of up to 31 days ignored")
    if show_gaps:
        for code in sorted(table):
            for role in ROLES:
                gaps = table[code].get(role)
                text = "no office" if gaps is None else ", ".join(f"{a}..{b}" for a, b in gaps)
                if text:
                    print(f"{code} {role}: {text}")
    return {"full": full, "table": table}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="office-holder coverage per country")
    parser.add_argument("--since", default="2010-01-01")
    parser.add_argument("--gaps", action="store_true", help="list every gap")
    parser.add_argument("--on", action="append", default=[],
                        help="also count the offices whose holder is known on this date")
    args = parser.parse_args(argv)
    table = report(dt.date.fromisoformat(args.since), args.gaps)["table"]
    for day in map(dt.date.fromisoformat, args.on):
        known = {role: sum(1 for roles in table.values() if roles.get(role) is not None
                           and not any(a <= day <= b for a, b in roles[role])) for role in ROLES}
        print(f"holder known on {day}: " + ", ".join(f"{r} {n}" for r, n in known.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
