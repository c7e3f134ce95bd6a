"""Look-ups in the knowledge base, for people checking what the extractor will do (`kzeu kb`).

``who(role, on=...)`` runs the extractor on the role's words, so it answers exactly as a
document dated ``on`` would: the office the title names and who held it that day.
``person(query)`` finds people by any spelling, short form, id or Wikidata QID.
Ids are shown as the record writes them (``person:...``, ``office:...``: ids.py), and a
query may give either that id or the data file's key.
``stats()`` counts what the knowledge holds and how far its office holders reach back.
"""
from __future__ import annotations

from datetime import date as Date
from typing import Optional

from . import Knowledge, load_knowledge
from .ids import find_entry, public_id
from .people import KnowledgeBase, PersonEntry, Tenure, date_bounds

ROLES = ("head_of_state", "head_of_government", "foreign_minister")
COVERAGE_FROM = "2010-01-01"


def who(role: str, on: Optional[str] = None, lang: Optional[str] = None,
        knowledge: Optional[Knowledge] = None) -> dict:
    """The offices ``role`` ("Foreign Minister of Kenya", "le président ghanéen") names and
    their holders on ``on`` (every holder when no date is given)."""
    from ..api import extract

    kb = (knowledge or load_knowledge()).people
    record = extract(role, lang=lang, reference_date=on)
    offices = []
    for office in record.offices:
        entry = find_entry("office", office.kb_id, kb.offices)
        holders = kb.holders(entry.id, on) if entry else []
        offices.append({"title": office.title, "kb_id": office.kb_id,
                        "office": entry.title.get("en") if entry else None, "wikidata": office.wikidata,
                        "country": office.country, "organization": office.organization,
                        "holders": [_holder(p, entry.id, on) for p in holders] if entry else []})
    return {"query": role, "on": on, "language": record.language, "offices": offices,
            "resolved": [p.name for p in record.people]}


def _holder(person: PersonEntry, office_id: str, on: Optional[str]) -> dict:
    tenures = [t for t in person.offices if t.office == office_id and (on is None or t.covers(on))]
    return {"kb_id": public_id("person", person.id), "name": person.name, "wikidata": person.wikidata,
            "tenures": [{"start": t.start, "end": t.end, "as_of": t.as_of, "source": t.source} for t in tenures]}


def person(query: str, knowledge: Optional[Knowledge] = None) -> list[dict]:
    """People ``query`` names: a full spelling, a stand-alone short form, an id or a QID."""
    kb = (knowledge or load_knowledge()).people
    found = [find_entry("person", query, kb.people), kb.person_by_wikidata(query), kb.person_by_name(query), kb.person_by_short(query)]
    seen, result = set(), []
    for entry in found:
        if entry and entry.id not in seen:
            seen.add(entry.id)
            result.append(_person_view(kb, entry))
    return result


def _person_view(kb: KnowledgeBase, entry: PersonEntry) -> dict:
    return {"kb_id": public_id("person", entry.id), "name": entry.name, "wikidata": entry.wikidata,
            "country": entry.country,
            "aliases": list(entry.aliases), "short": list(entry.short),
            "tenures": [_tenure_view(kb, t) for t in entry.offices]}


def _tenure_view(kb: KnowledgeBase, tenure: Tenure) -> dict:
    office = kb.offices[tenure.office]
    return {"office": public_id("office", office.id), "title": office.title.get("en"), "wikidata": office.wikidata,
            "start": tenure.start, "end": tenure.end, "as_of": tenure.as_of, "source": tenure.source}


def stats(knowledge: Optional[Knowledge] = None, today: Optional[str] = None) -> dict:
    """Counts per kind, the newest dated fact, the sources, and per role the countries whose
    holders are known for every day from 2010 to the newest fact."""
    knowledge = knowledge or load_knowledge()
    kb = knowledge.people
    tenures = [t for p in kb.people.values() for t in p.offices]
    newest = max((d for t in tenures for d in (t.start, t.end) if d and d != "?"), default=None)
    until = min(today or Date.today().isoformat(), date_bounds(newest)[0] if newest else COVERAGE_FROM)
    covered = {role: sorted(covered_countries(kb, role, COVERAGE_FROM, until)) for role in ROLES}
    all_three = set(covered[ROLES[0]])
    for role in ROLES[1:]:
        all_three &= set(covered[role])
    return {
        "people": len(kb.people), "offices": len(kb.offices), "tenures": len(tenures),
        "people_with_wikidata": sum(1 for p in kb.people.values() if p.wikidata),
        "entries_by_kind": knowledge.index.count_by_kind(),
        "newest_fact": newest,
        # the built layer speaks for the dates of its source tables (open tenures' as_of)
        "source_dates": [min(dates), max(dates)] if (dates := sorted({t.as_of for t in tenures if t.as_of})) else None,
        "countries_with_all_three_offices": _countries_with_all_roles(kb),
        "coverage": {"from": COVERAGE_FROM, "until": until, "gaps_allowed_days": 31,
                     **{role: len(covered[role]) for role in ROLES}, "all_three": len(all_three)},
        "sources": _tenures_by_source(tenures),
    }


def _countries_with_all_roles(kb: KnowledgeBase) -> int:
    """States with a head of state, a head of government and a foreign minister office, each
    with at least one holder (a president who also heads the government counts for both)."""
    roles: dict[str, set] = {}
    for office in kb.offices.values():
        if office.country and kb.tenures_of(office.id):
            roles.setdefault(office.country, set()).update(r for r in ROLES if _plays(office, r))
    return sum(1 for found in roles.values() if found >= set(ROLES))


def _tenures_by_source(tenures: list[Tenure]) -> dict[str, int]:
    """Tenures per source repository; hand-added tenures (kb/people.json) cite their person's page."""
    counts: dict[str, int] = {}
    for tenure in tenures:
        source = tenure.source.split("@")[0] if tenure.source else "hand-added (kb/people.json)"
        counts[source] = counts.get(source, 0) + 1
    return dict(sorted(counts.items()))


def covered_countries(kb: KnowledgeBase, role: str, start: str, until: str) -> set[str]:
    """Countries whose ``role`` office has a known holder on every day from ``start`` to
    ``until``, or to the date its source speaks for (``as_of``) when that is earlier."""
    spans: dict[str, list[tuple[str, str]]] = {}
    source_date: dict[str, str] = {}
    for office in kb.offices.values():
        if office.country and _plays(office, role):
            for _, tenure in kb.tenures_of(office.id):
                if tenure.as_of:
                    source_date[office.country] = max(source_date.get(office.country, ""), tenure.as_of)
                if tenure.start and tenure.start != "?" and tenure.end != "?":
                    lo = date_bounds(tenure.start)[0]
                    hi = date_bounds(tenure.end)[1] if tenure.end else \
                        date_bounds(tenure.as_of)[1] if tenure.as_of else "9999-12-31"
                    spans.setdefault(office.country, []).append((lo, hi))
    return {country for country, intervals in spans.items()
            if _covers(intervals, start, min(until, source_date.get(country) or until))}


def _plays(office, role: str) -> bool:
    if role == "head_of_state":
        return office.head_of_state
    if role == "head_of_government":   # (a hand-layer office says it by its title keys)
        return office.head_of_government or office.role == "head_of_government" \
            or bool({"prime_minister", "chancellor"} & set(office.keys))
    return office.role == role or "foreign_minister" in office.keys


def _covers(intervals: list[tuple[str, str]], start: str, until: str) -> bool:
    """Whether the day intervals leave no gap of more than a month between ``start`` and ``until``
    (a month: the source's dates of hand-over are often a few days apart)."""
    reach = start
    for lo, hi in sorted(intervals):
        if lo > _plus_month(reach):
            return False
        reach = max(reach, hi)
        if reach >= until:
            return True
    return reach >= until


def _plus_month(day: str) -> str:
    year, month = int(day[:4]), int(day[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{year:04d}-{month:02d}{day[7:]}"
