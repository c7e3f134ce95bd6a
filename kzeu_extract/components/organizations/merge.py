"""Choosing among overlapping candidates, and merging the chosen ones per body."""
from __future__ import annotations

from ...textkit import DisjointSpans, SpanSet, evidence
from .candidates import KB


def resolve(candidates):
    """Known bodies always count; other candidates give way to a known body covering
    them and, where they overlap each other, to the longest (then the strongest kind)."""
    known = [c for c in candidates if c.kind == KB]
    covered = SpanSet((c.start, c.end) for c in known)
    others = sorted((c for c in candidates if c.kind != KB), key=lambda c: (-(c.end - c.start), c.kind))
    taken = DisjointSpans()
    kept = [c for c in others if not covered.covers(c.start, c.end) and taken.add(c.start, c.end)]
    return sorted(known + kept)


def _fold_into_qualified(orgs: dict) -> None:
    """A bare "MFA" joins the one "Ministry of Foreign Affairs of <country>" of the text."""
    for key in [k for k in orgs if ":" not in k]:
        qualified = [k for k in orgs if k.startswith(key + ":")]
        if len(qualified) == 1 and orgs[key]["kb_id"] == key:
            orgs[qualified[0]]["mentions"] += orgs.pop(key)["mentions"]


def _fold_short_forms(orgs: dict) -> None:
    """A name found by structure that ends another one ("Cooperation Council" after
    "Kazakhstan - EU Cooperation Council") is a short form of it."""
    for key in [k for k, o in orgs.items() if o["kb_id"] is None]:
        longer = [k for k in orgs if k != key and k.endswith(" " + key) and orgs[k]["kb_id"] is None]
        if len(longer) == 1:
            orgs[longer[0]]["mentions"] += orgs.pop(key)["mentions"]


def merge(name_key, text: str, candidates) -> list[dict]:
    """One record per body: its name, aliases (the other forms written), kb_id, mentions."""
    orgs: dict[str, dict] = {}
    extra_aliases: dict[str, list[str]] = {}
    for c in candidates:
        org = orgs.get(c.key)
        if org is None:
            org = orgs[c.key] = {"name": c.name, "aliases": [], "kb_id": c.kb_id, "mentions": []}
        org["mentions"].append(evidence(text, c.start, c.end))
        extra_aliases.setdefault(c.key, []).extend(c.aliases)
    _fold_into_qualified(orgs)
    _fold_short_forms(orgs)
    for key, org in orgs.items():
        seen = {name_key(org["name"])}
        for alias in [m["text"] for m in org["mentions"]] + extra_aliases.get(key, []):
            if name_key(alias) not in seen:
                seen.add(name_key(alias))
                org["aliases"].append(alias)
        org["mentions"].sort(key=lambda m: m["start"])
    return sorted(orgs.values(), key=lambda o: o["mentions"][0]["start"])
