"""Build data/kb/world/{offices,people}.json: heads of state, heads of government and foreign
ministers of every UN member and observer state, from Wikidata-derived public tables.

Run (see data/kb/SOURCES.md for the repositories and commits):
  python scripts/kb/build_office_holders.py --leaders <world-leaders-2021 checkout> \
      --world <world checkout> --countries <mledoze/countries checkout> \
      --given-names <gender_guesser/data/nam_dict.txt>
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holders import HOLDERS_PATH, ORG, combine, country_holdings, read_country_tables
from kb_countries import ROOT, Countries, fold
from offices import classify, office_entry
from short_names import (
    SHORT_RULE,
    ShortRule,
    common_words,
    given_names,
    people_word_counts,
    place_and_org_words,
)
from sources import Row, head_commit, read_history, resolve_gitdir, show
from validate import validate

LEADERS_REPO = "every-politician-scrapers/world-leaders-2021"
LEADERS_PATH = "data/wikidata.csv"
WORLD_REPO = "every-politician-scrapers/world"
FOREIGN_PATH = "sources/foreign/wikidata.csv"
COUNTRIES_REPO = "mledoze/countries"
OUT = ROOT / "data" / "kb" / "world"
FIXTURE = ROOT / "tests" / "fixtures" / "kb_source_rows.csv"
SAMPLE_SEED = 13
SAMPLE_SIZE = 30


def qid(value: str) -> str:
    value = value.strip().rsplit("/", 1)[-1]
    return value if re.fullmatch(r"Q\d+", value) else ""


def leader_fields(row: Row) -> dict | None:
    """The first version names its columns differently ('countryItemLabel')."""
    v = row.values
    person = qid(v.get("officeholder", ""))
    position = qid(v.get("position", ""))
    if not person or not position:
        return None
    return {"person": person, "name": v.get("officeholderLabel") or v.get("officeholderItemLabel", ""),
            "country": v.get("country", "") if "countryid" in v else v.get("countryItemLabel", ""),
            "position": position,
            "position_label": v.get("positionLabel") or v.get("positionItemLabel", ""),
            "start": v.get("start_year", "").strip() or "?",
            "end": v.get("end_year", "").strip() or None}


def foreign_fields(row: Row) -> dict | None:
    v = row.values
    person, position = qid(v.get("person", "")), qid(v.get("position", ""))
    if not person or not position:
        return None
    start = v.get("start", "").split("T")[0].strip() or "?"
    return {"person": person, "name": v.get("name", ""), "country": v.get("countryLabel", ""),
            "position": position, "position_label": v.get("positionLabel", ""),
            "start": start, "end": None}


EARLIEST_END = "2000"  # holdings that ended before this year are left out
DATE_FORM = re.compile(r"^(\?|\d{4}(-\d{2}(-\d{2})?)?)$")


def in_scope(f: dict) -> bool:
    """Dated as the schema needs and not over before EARLIEST_END (a title's holders from
    past centuries share some positions, e.g. Amir al-Mu'minin)."""
    if not DATE_FORM.match(f["start"]) or (f["end"] and not DATE_FORM.match(f["end"])):
        return False
    if f["start"] != "?" and f["start"][:4] < "1900":  # a title's holders of past centuries
        return False
    return f["end"] in (None, "?") or f["end"][:4] >= EARLIEST_END


def merge_history(rows: list[Row], fields) -> list[tuple[dict, Row]]:
    """One holding per (position, person, start), read from the newest version listing it.

    A holding whose (position, person) pair is listed in a later version with another start
    was revised in the source and is dropped. A holding that left the table without an end
    date ends on an unknown date ('?'); one still listed in the newest version with no end is
    current (end null)."""
    latest: dict[tuple, tuple[dict, Row]] = {}
    pair_version: dict[tuple, int] = {}
    for row in rows:
        f = fields(row)
        if not f or not in_scope(f):
            continue
        latest[(f["position"], f["person"], f["start"])] = (f, row)
        pair = (f["position"], f["person"])
        pair_version[pair] = max(pair_version.get(pair, -1), row.version)
    merged = []
    for f, row in latest.values():
        if row.version < pair_version[(f["position"], f["person"])]:
            continue
        if f["end"] is None and not row.newest:
            f = {**f, "end": "?"}
        merged.append((f, row))
    return merged


def hand_layer() -> tuple[dict, dict]:
    people = json.loads((ROOT / "data/kb/people.json").read_text(encoding="utf-8"))
    offices = json.loads((ROOT / "data/kb/offices.json").read_text(encoding="utf-8"))
    return people, offices


def hand_office_for(offices: dict, country: str, role: str) -> dict | None:
    """The hand office that is this country's office of this role."""
    key = {"head_of_state": {"president", "monarch"}, "head_of_government": {"prime_minister"},
           "foreign_minister": {"foreign_minister"}}[role]
    for office in offices["offices"]:
        if office.get("country") != country or not set(office.get("keys", [])) & key:
            continue
        if role == "head_of_state" and not office.get("head_of_state"):
            continue
        return office
    return None


def assign_offices(holdings, countries: Countries, hand_offices: dict, report: dict):
    """Position QID -> office entry; hand offices of the same position get its QID."""
    by_country: dict[str, dict[str, list]] = {}
    for f, row in holdings:
        code = countries.code_for(f["country"])
        if not code:
            report["unmatched_countries"].add(f["country"])
            continue
        role = classify(f["position_label"], code, f.get("kind"))
        if role is None:
            report["skipped_positions"].add(f"{code}: {f['position_label']}")
            continue
        by_country.setdefault(code, {}).setdefault(role, []).append((f, row))
    position_office: dict[str, str] = {}
    offices = []
    for code, roles in sorted(by_country.items()):
        alone = "head_of_government" not in roles
        for role, items in sorted(roles.items()):
            entry = office_entry(code, role, items, countries, alone, report)
            hand = hand_office_for(hand_offices, code, role)
            if hand:
                hand["wikidata"] = entry["wikidata"]
                office_id = hand["id"]
                report["hand_offices"].append(f"{hand['id']} = {entry['id']} ({entry['wikidata']})")
                report["hand_office_roles"][hand["id"]] = (code, role)
            else:
                offices.append(entry)
                office_id = entry["id"]
            for f, _ in items:
                if classify(f["position_label"], code, f.get("kind")) == role:
                    position_office.setdefault(f["position"], office_id)
            for other in entry.pop("_positions"):
                position_office.setdefault(other, office_id)
    return offices, position_office


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_") or "person"


def hand_match(hand_people: dict):
    """The hand person a source holding is: same name or alias; or, on the same hand office,
    the same start date or a name holding all the hand name's words ('Philippe' = 'Philippe
    of Belgium'). A hand person whose QID is already known matches only that QID."""
    names, by_office = {}, {}
    for person in hand_people["people"]:
        for name in [person["name"], *person.get("aliases", [])]:
            names[fold(name)] = person
        for tenure in person.get("offices", []):
            by_office.setdefault(tenure["office"], []).append((tenure["start"], person))

    def match(qid_: str, name: str, office: str, start: str):
        found = names.get(fold(name))
        if not found:
            words = set(fold(name).split())
            for hand_start, person in by_office.get(office, []):
                if hand_start == start or set(fold(person["name"]).split()) <= words:
                    found = person
                    break
        if found and found.get("wikidata") not in (None, qid_):
            return None
        return found
    return match


def build_people(combined, countries, hand_people, report):
    find_hand = hand_match(hand_people)
    people: dict[str, dict] = {}
    for f, row, office in sorted(combined, key=lambda h: (h[0]["kind"] != "holders",
                                                            h[1].version, h[1].line)):
        hand = find_hand(f["person"], f["name"], office, f["start"])
        if hand:
            hand["wikidata"] = f["person"]
            report["hand_people"].add(f"{hand['id']} = {f['person']}")
            if office not in {t["office"] for t in hand.get("offices", [])}:
                report["hand_lost_tenures"].append(
                    f"{hand['id']}: {office} {f['start']}..{f['end']} ({row.cite})")
            continue
        code = f.get("code") or countries.code_for(f["country"])
        person = people.setdefault(f["person"], {"qid": f["person"], "labels": [], "tenures": [],
                                                 "country": code, "enwiki": ""})
        person["enwiki"] = person["enwiki"] or f.get("enwiki", "")
        for name in [*f.get("aliases", []), f["name"]]:
            if name and not qid(name) and name not in person["labels"]:
                person["labels"].append(name)
        source = row.cite + (f" ; end: {f['end_source']}" if f.get("end_source") else "")
        person["tenures"].append({"office": office, "start": f["start"], "end": f["end"],
                                  "source": source, "_row": row, "_end_row": f.get("_end_row")})
    return people


def unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def with_unaccented(forms: list[str], exclude: str | None = None) -> list[str]:
    """The forms and, after them, each one's spelling without accents ('Vučić', 'Vucic');
    the name's own unaccented spelling is an alias."""
    out = list(forms)
    for form in [*forms, *([exclude] if exclude else [])]:
        plain = unaccented(form)
        if plain != form and plain not in out and plain != exclude:
            out.append(plain)
    return out


def tenure_entry(t: dict) -> dict:
    """A built tenure; an open one says the date of the table that lists it (``as_of``): the
    source says nothing of later days."""
    entry = {k: t[k] for k in ("office", "start", "end", "source")}
    if t["end"] is None and t["_row"].values.get("_date"):
        entry["as_of"] = t["_row"].values["_date"][:10]
    return entry


def finish_people(people: dict, hand_people: dict, rule: ShortRule) -> list[dict]:
    entries, used = [], {p["id"] for p in hand_people["people"]}
    named = [p for p in people.values() if p["labels"]]  # a QID with no label has no name
    for person in sorted(named, key=lambda p: (fold(p["labels"][-1]), p["qid"])):
        # the English Wikipedia title is the common English form ("S. Jaishankar", "Cyril
        # Ramaphosa"); the labels are often the full or transliterated name
        name = person["enwiki"] or person["labels"][-1]  # else the newest label
        base = slug(name)
        pid = base if base not in used else f"{base}_{person['qid'].lower()}"
        used.add(pid)
        tenures = sorted(person["tenures"], key=lambda t: (t["start"], t["office"]))
        short = rule.short_for(name)
        aliases = [a for a in person["labels"] if len(a.split()) > 1 and a != name]
        entry = {"id": pid, "name": name, "wikidata": person["qid"], "country": person["country"],
                 "aliases": with_unaccented(aliases, exclude=name),
                 "short": with_unaccented([short] if short else []),
                 "offices": [tenure_entry(t) for t in tenures],
                 "source": f"https://www.wikidata.org/wiki/{person['qid']}"}
        entries.append(entry)
    return entries


def short_rule(args, countries: Countries, hand_people: dict, people: dict) -> ShortRule:
    country_names = [n for r in countries.rows.values()
                     for n in [r["name"]["common"], r["name"]["official"],
                               r["translations"]["fra"]["common"], *r.get("altSpellings", [])]]
    blocked = common_words() | given_names(Path(args.given_names))
    blocked |= place_and_org_words(country_names, ROOT)
    names = [[p["name"], *p.get("aliases", [])] for p in hand_people["people"]]
    names += [p["labels"] for p in people.values()]
    families = json.loads((ROOT / "data/person_names.json").read_text(encoding="utf-8"))
    family_first = {w for ws in families["person_names"]["family_name_first"].values() for w in ws}
    return ShortRule(blocked, people_word_counts(names), family_first)


def write_fixture(entries: list[dict], people: dict) -> None:
    """A seeded random sample of the source rows behind the built tenures."""
    emitted = {e["wikidata"] for e in entries}
    rows = [(t["_row"], t["office"], t["_end_row"]) for p in people.values()
            if p["qid"] in emitted for t in p["tenures"]]
    rows.sort(key=lambda r: r[0].cite)
    sample = random.Random(SAMPLE_SEED).sample(rows, min(SAMPLE_SIZE, len(rows)))
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    with FIXTURE.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["source_repo", "commit", "path", "line", "newest_version", "office",
                      "header", "row", "end_cite", "end_header", "end_row"])
        for row, office, end_row in sorted(sample, key=lambda r: r[0].cite):
            end = [end_row.cite, end_row.header, end_row.raw] if end_row else ["", "", ""]
            out.writerow([row.repo, row.commit, row.path, row.line, str(row.newest).lower(),
                          office, row.header, row.raw, *end])


def dump(path: Path, head: dict, key: str, items: list[dict]) -> None:
    """Compact JSON, one entry a line (small, and diffs stay readable)."""
    lines = [json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items]
    body = ",\n".join(lines)
    head_json = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    path.write_text(f'{head_json},"{key}":[\n{body}\n]}}\n', encoding="utf-8")


def write_hand(hand_people: dict, hand_offices: dict) -> None:
    """Add the QIDs found for hand entries, leaving the files' own layout alone: the key is
    written right after the entry's id."""
    for name, items in (("people.json", hand_people["people"]),
                        ("offices.json", hand_offices["offices"])):
        path = ROOT / "data/kb" / name
        text = path.read_text(encoding="utf-8")
        for item in items:
            if not item.get("wikidata"):
                continue
            pattern = re.compile(r'("id": "' + re.escape(item["id"]) + r'",)(\s*)(?!"wikidata")')

            def insert(m, qid=item["wikidata"]):
                gap = m.group(2) if "\n" in m.group(2) else " "
                return f'{m.group(1)}{m.group(2)}"wikidata": "{qid}",{gap}'
            text = pattern.sub(insert, text, count=1)
        path.write_text(text, encoding="utf-8")


TABLE_START = "<!-- country tables: generated by build_office_holders.py -->"
TABLE_END = "<!-- end of country tables -->"


def write_sources_table(tables: dict[str, list]) -> None:
    """The per-country repositories and commits used, into data/kb/SOURCES.md."""
    seen = {}
    for code, rows in tables.items():
        for row in rows:
            seen[row.repo] = (code, row.commit, row.values.get("_date", ""))
    lines = [TABLE_START, "", "| country | repository | commit | table date |", "| --- | --- | --- | --- |"]
    for repo, (code, commit, date) in sorted(seen.items(), key=lambda kv: (kv[1][0], kv[0])):
        lines.append(f"| {code} | https://github.com/{repo} | `{commit}` | {date} |")
    lines += ["", TABLE_END]
    path = ROOT / "data/kb/SOURCES.md"
    text = path.read_text(encoding="utf-8")
    if TABLE_START in text:
        head, rest = text.split(TABLE_START, 1)
        text = head + "\n".join(lines) + rest.split(TABLE_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")


def read_sources(args) -> tuple[list, dict]:
    leaders_git, world_git = resolve_gitdir(Path(args.leaders)), resolve_gitdir(Path(args.world))
    leader_rows, leader_versions = read_history(leaders_git, LEADERS_REPO, LEADERS_PATH)
    foreign_rows, foreign_versions = read_history(world_git, WORLD_REPO, FOREIGN_PATH)
    holdings = [({**f, "kind": "leader"}, r) for f, r in merge_history(leader_rows, leader_fields)]
    holdings += [({**f, "kind": "foreign"}, r) for f, r in merge_history(foreign_rows, foreign_fields)]
    for rows, versions in ((leader_rows, leader_versions), (foreign_rows, foreign_versions)):
        for row in rows:
            if row.newest:   # the date of the newest version: what an open holding is known to
                row.values["_date"] = versions[-1].date
    meta = {"leaders": (leader_versions[-1].commit, leader_versions[-1].date, len(leader_versions)),
            "foreign": (foreign_versions[-1].commit, foreign_versions[-1].date, len(foreign_versions)),
            "date": max(leader_versions[-1].date, foreign_versions[-1].date)}
    return holdings, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leaders", required=True, help="world-leaders-2021 git checkout")
    parser.add_argument("--world", required=True, help="every-politician-scrapers/world checkout")
    parser.add_argument("--countries", required=True, help="mledoze/countries checkout")
    parser.add_argument("--given-names", required=True, help="gender-guesser's nam_dict.txt")
    parser.add_argument("--holders-root", required=True,
                        help="folder with a checkout of each repository of scripts/kb/holder_repos.txt "
                             "(named <name> or every-politician-scrapers+<name>)")
    parser.add_argument("--hand-qids", action="store_true",
                        help="write the QIDs found for hand entries into data/kb/{people,offices}"
                             ".json (needs a loader that accepts their 'wikidata' key)")
    args = parser.parse_args(argv)
    countries_git = resolve_gitdir(Path(args.countries))
    countries = Countries(json.loads(show(countries_git, "countries.json")))
    countries_commit = head_commit(countries_git)
    holdings, meta = read_sources(args)
    hand_people, hand_offices = hand_layer()
    report = {"unmatched_countries": set(), "skipped_positions": set(), "hand_offices": [],
              "hand_people": set(), "merged_positions": [], "label_offices": [],
              "hand_office_roles": {}, "hand_lost_tenures": []}
    offices, position_office = assign_offices(holdings, countries, hand_offices, report)
    names = (Path(__file__).parent / "holder_repos.txt").read_text(encoding="utf-8").split()
    tables = read_country_tables(Path(args.holders_root), names, countries)
    office_info = {o["id"]: (o["country"], o["role"]) for o in offices}
    office_info.update(report.pop("hand_office_roles"))
    country_rows = country_holdings(tables, holdings, position_office, office_info, in_scope,
                                    report)
    combined = combine(holdings, country_rows, position_office)
    people = build_people(combined, countries, hand_people, report)
    write_sources_table(tables)
    rule = short_rule(args, countries, hand_people, people)
    entries = finish_people(people, hand_people, rule)
    table_dates = [r.values.get("_date", "") for rows in tables.values() for r in rows[:1]]
    source = (f"Built by scripts/kb/build_office_holders.py from {LEADERS_REPO}@{meta['leaders'][0]}"
              f":{LEADERS_PATH} (all {meta['leaders'][2]} versions), {WORLD_REPO}@{meta['foreign'][0]}"
              f":{FOREIGN_PATH} (all {meta['foreign'][2]} versions), the {ORG} country tables "
              f"{HOLDERS_PATH} of {len(tables)} states (dated {min(table_dates)} .. "
              f"{max(table_dates)}) and {COUNTRIES_REPO}@{countries_commit}:countries.json; data as "
              f"of {max([meta['date'], *table_dates])}. See data/kb/SOURCES.md.")
    office_doc = ("World layer of offices (generated; do not edit: change the build or the hand "
                  "layer data/kb/offices.json). id = hos:/hog:/fm: + ISO 3166-1 alpha-2; a "
                  "presidential system's single office is hos:XX with head_of_government true. "
                  "wikidata = the position's QID; source = table the position was read from.")
    people_doc = ("World layer of people (generated). offices[]: tenures with dates at the "
                  "source's precision (YYYY-MM-DD from the country tables, YYYY from the world "
                  "leaders table); end null = in office on the source's date; end '?' = ended "
                  "on a date no source gives; start '?' = not given. source = "
                  "repo@commit:path#Lline of the row ('<row> ; end: <row>' when the end comes "
                  "from another table). A person of the hand layer (same QID or name) is not "
                  "repeated here. aliases: other full spellings in the sources (labels, English "
                  "Wikipedia titles). " + SHORT_RULE)
    validate(offices, entries, hand_offices)
    OUT.mkdir(parents=True, exist_ok=True)
    dump(OUT / "offices.json", {"_source": source, "_doc": office_doc}, "offices", offices)
    dump(OUT / "people.json", {"_source": source, "_doc": people_doc}, "people", entries)
    if args.hand_qids:
        write_hand(hand_people, hand_offices)
    write_fixture(entries, people)
    print_report(report, offices, entries)
    return 0


def print_report(report: dict, offices: list, entries: list) -> None:
    tenures = sum(len(p["offices"]) for p in entries)
    print(f"offices {len(offices)}  people {len(entries)}  tenures {tenures}  "
          f"shorts {sum(1 for p in entries if p['short'])}")
    for key in ("unmatched_countries", "skipped_positions", "hand_offices", "hand_people",
                "merged_positions", "label_offices", "hand_lost_tenures"):
        values = sorted(report[key])
        print(f"{key} ({len(values)}): " + "; ".join(values))


if __name__ == "__main__":
    sys.exit(main())
