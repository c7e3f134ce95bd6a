"""Per-country office-holder histories: html/holders21.csv of every-politician-scrapers'
country repositories (Wikidata position holdings with day-precision dates, back to the 1990s
for heads of state, heads of government and foreign ministers).

Their position column is a bare label ('President', 'Prime Minister', 'Minister of Foreign
Affairs'), so each label is tied to an office by the people it shares with that office's
holders in the world tables (the label whose holders overlap the office's most)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kb_countries import Countries
from sources import Version, git, head_commit, parse_version, resolve_gitdir

ORG = "every-politician-scrapers"
HOLDERS_PATH = "html/holders21.csv"
REPO_COUNTRY = {"antigua-barbuda-ministers": "AG", "bosnia-herzegovina-ministers": "BA",
                "cabo-verde": "CV", "congo-brazzaville": "CG", "congo-kinshasa-ministers": "CD",
                "czech-ministers": "CZ", "guinea-bissau": "GW", "solomons-ministers": "SB",
                "st-kitts-and-nevis-cabinet": "KN", "st-lucia-cabinet": "LC",
                "st-vincent-and-the-grenadines": "VC", "swiss-federal-council": "CH",
                "timor-leste-ministers": "TL", "uae-ministers": "AE", "us-cabinet": "US",
                "saudi-ministers": "SA", "north-korea": "KP", "south-korea-ministers": "KR",
                "palestine": "PS", "taiwan": "TW", "kosovo-cabinet": "XK"}
NOT_STATES = {"hong-kong", "world", "shared", "world-leaders-2021"}
# Labels that are never the office itself, whatever people they share with it.
NOT_OFFICE = re.compile(r"deputy|vice|minister of state|under|assistant|acting|spokes|adviser|"
                        r"advisor|ambassador|senate|assembly|speaker|former|parliament|"
                        r"national council|chamber|congress|court|bank|council of states|"
                        r"house of|legislat|constitutional|secretary[- ]general|alternate",
                        re.IGNORECASE)


def repo_country(name: str, countries: Countries) -> str | None:
    if name in NOT_STATES:
        return None
    if name in REPO_COUNTRY:
        return REPO_COUNTRY[name]
    return countries.code_for(re.sub(r"-(cabinet|ministers)$", "", name).replace("-", " "))


def find_checkout(root: Path, name: str) -> Path | None:
    for candidate in (root / f"{ORG}+{name}", root / name):
        if candidate.exists():
            return resolve_gitdir(candidate)
    return None


def read_country_tables(root: Path, names: list[str], countries: Countries) -> dict[str, list]:
    """ISO code -> rows of the newest html/holders21.csv of that country's repository."""
    tables: dict[str, list] = {}
    for name in names:
        code = repo_country(name, countries)
        gitdir = find_checkout(root, name)
        if not code or gitdir is None:
            continue
        commit = head_commit(gitdir)
        try:
            text = git(gitdir, "show", f"{commit}:{HOLDERS_PATH}")
            date = git(gitdir, "log", "-1", "--format=%cs", commit, "--", HOLDERS_PATH).strip()
        except subprocess.CalledProcessError:  # the repository has no such table
            print(f"no {HOLDERS_PATH} in {name}", file=sys.stderr)
            continue
        lines = text.splitlines()
        if not lines:
            continue
        version = Version(commit, date, lines[0], lines)
        rows = parse_version(f"{ORG}/{name}", HOLDERS_PATH, version, 0, True)
        for row in rows:
            row.values["_date"] = date
        tables.setdefault(code, []).extend(rows)
    return tables


def holder_fields(row) -> dict | None:
    v = row.values
    person = v.get("personID", "").strip()
    if not re.fullmatch(r"Q\d+", person):
        return None
    enwiki = re.sub(r"\s*\([^)]*\)$", "", v.get("enwiki", "")).strip()
    return {"person": person, "name": v.get("person", "").strip(), "enwiki": enwiki,
            "aliases": [enwiki] if enwiki else [], "label": v.get("position", "").strip(),
            "start": v.get("start", "").strip() or "?", "end": v.get("end", "").strip() or None}


# What a label must look like to be the office of a role (the people a label shares with an
# office can also hold another post: Canada's PM was Minister of Intergovernmental Affairs).
ROLE_LABEL = {
    "foreign_minister": re.compile(r"foreign|external|international|exterior|relations with "
                                   r"states|^secretary of state$", re.IGNORECASE),
    "head_of_government": re.compile(r"prime minister|premier|chancellor|taoiseach|chairman of "
                                     r"the council of ministers|cabinet of ministers|chief "
                                     r"executive|head of government|minister of state|executive "
                                     r"yuan|president of the government|chief minister|state "
                                     r"counsellor|pontifical commission", re.IGNORECASE),
}
# Labels that name the role whatever the people: an office's older name in the same table.
PLAIN_LABEL = {
    # a foreign-affairs label can be a civil servant's post (India's Foreign Secretary is
    # listed as 'Minister of Foreign Affairs'): only by its people
    "foreign_minister": re.compile(r"^$"),
    "head_of_government": re.compile(r"^prime minister$", re.IGNORECASE),
    "head_of_state": re.compile(r"^$"),  # 'President' can be of a chamber: only by its people
}
NOT_HEAD_OF_STATE = re.compile(r"minister|secretary|chancellor|premier|governor|chairman of the "
                               r"council", re.IGNORECASE)


def label_fits(label: str, role: str) -> bool:
    if role == "head_of_state":
        return not NOT_HEAD_OF_STATE.search(label) and not ROLE_LABEL["foreign_minister"].search(label)
    return bool(ROLE_LABEL[role].search(label))


def _year(value: str) -> int | None:
    return int(value[:4]) if re.match(r"\d{4}", value or "") else None


def align_labels(rows: list, office_tenures: dict[str, set[tuple[str, int]]],
                 office_role: dict[str, str]) -> dict[str, str]:
    """Position label -> office id: the label whose rows start the office's known tenures
    (same person, start within a year), each label and office used once, best first."""
    by_label: dict[str, list[tuple[str, int]]] = {}
    for row in rows:
        f = holder_fields(row)
        year = _year(f["start"]) if f else None
        if f and year and not NOT_OFFICE.search(f["label"]):
            by_label.setdefault(f["label"], []).append((f["person"], year))
    scores = []
    for office, tenures in office_tenures.items():
        for label, starts in by_label.items():
            if not label_fits(label, office_role[office]):
                continue
            hits = sum(1 for person, year in starts
                       if any((person, y) in tenures for y in (year - 1, year, year + 1)))
            if hits:
                scores.append((hits, office, label))
    mapping: dict[str, str] = {}
    for hits, office, label in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if label in mapping:  # a label names one office
            continue
        # an office's best label, and any other that starts two or more of its tenures
        # (one shared person can be a coincidence: a speaker acting as president)
        if office not in mapping.values() or hits >= 2:
            mapping[label] = office
    for label in by_label:  # the plain name of the office, with none of its known holders
        for office, role in office_role.items():
            if label not in mapping and PLAIN_LABEL[role].match(label):
                mapping[label] = office
    return mapping


def office_tenures(holdings: list, position_office: dict[str, str]) -> dict[str, set]:
    """Office id -> {(person QID, start year)} from the world tables."""
    tenures: dict[str, set] = {}
    for f, _ in holdings:
        office, year = position_office.get(f["position"]), _year(f["start"])
        if office and year:
            tenures.setdefault(office, set()).add((f["person"], year))
    return tenures


def country_holdings(tables: dict[str, list], holdings: list, position_office: dict[str, str],
                     office_info: dict[str, tuple[str, str]], in_scope, report: dict) -> list:
    """(fields, row) of every country-table row whose label is tied to an office; fields
    carry the office id and the country code."""
    known = office_tenures(holdings, position_office)
    out = []
    for code, rows in sorted(tables.items()):
        offices = {o: t for o, t in known.items() if office_info.get(o, ("", ""))[0] == code}
        mapping = align_labels(rows, offices, {o: office_info[o][1] for o in offices})
        report["label_offices"].extend(f"{code}: {label} -> {office}"
                                       for label, office in sorted(mapping.items()))
        seen: dict[tuple, int] = {}
        for row in rows:
            f = holder_fields(row)
            if not f or f["label"] not in mapping or not in_scope(f):
                continue
            f = {**f, "office": mapping[f["label"]], "code": code, "kind": "holders",
                 "position": None}
            key = (f["person"], f["office"], f["start"])
            if key in seen:  # one holding stated twice: an open end wins, else the later end
                old = out[seen[key]][0]
                if old["end"] is None or (f["end"] is not None and f["end"] <= old["end"]):
                    continue
                out[seen[key]] = (f, row)
                continue
            seen[key] = len(out)
            out.append((f, row))
    return out


def combine(holdings: list, country_rows: list, position_office: dict[str, str]) -> list:
    """(fields, row, office): a person's tenures of an office come from the country table
    when it has any for them (day precision, full history), else from the world tables.

    A country table lists as open (no end) whoever held the office on the table's date; when
    a world table gives an end for the same person and office, that end is used
    ('end_source'); when only a successor starting after that date is known, it is '?'."""
    covered = {(f["person"], f["office"]) for f, _ in country_rows}
    world_ends: dict[tuple, tuple] = {}
    combined = [(f, row, f["office"]) for f, row in country_rows]
    for f, row in holdings:
        office = position_office.get(f["position"])
        if not office:
            continue
        if (f["person"], office) not in covered:
            combined.append((f, row, office))
        elif f["end"] not in (None, "?"):
            world_ends[(f["person"], office)] = (f["end"], row)
    starts: dict[str, list[tuple[str, str]]] = {}
    for f, _, office in combined:
        if f["start"] != "?":
            starts.setdefault(office, []).append((f["start"], f["person"]))
    out = []
    for f, row, office in combined:
        if f["end"] is None:
            f = close_open_tenure(f, row, office, starts, world_ends)
        out.append((f, row, office))
    return out


def close_open_tenure(f: dict, row, office: str, starts: dict, world_ends: dict) -> dict:
    """An open tenure of a country table that a world table ends, or that a later-starting
    tenure of another person follows (the source has no end date: '?')."""
    world = world_ends.get((f["person"], office))
    if f["kind"] == "holders" and world and world[0] >= f["start"][:len(world[0])]:
        return {**f, "end": world[0], "end_source": world[1].cite, "_end_row": world[1]}
    start = f["start"]
    for other_start, person in starts.get(office, []):
        common = min(len(other_start), len(start))
        if person != f["person"] and start != "?" and other_start[:common] > start[:common]:
            return {**f, "end": "?"}
    return f
