"""The built world layer against its sources: 30 source rows, drawn by a seeded random sample
in scripts/kb/build_office_holders.py and copied verbatim into tests/fixtures/kb_source_rows.csv,
must each appear as a tenure with the same person QID, office, start and end."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "kb_source_rows.csv"


def _fixture() -> list[dict]:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _source_row(header: str, line: str) -> dict:
    """A verbatim source line read with its own header."""
    return next(csv.DictReader(io.StringIO(header + "\n" + line)))


def _expected(header: str, line: str) -> tuple[str, str, str | None]:
    """(person QID, start, end) as a source row states them."""
    row = _source_row(header, line)
    if "officeholder" in row:  # world heads of state/government: year precision
        person, start, end = row["officeholder"], row["start_year"], row["end_year"] or None
    elif "personID" in row:  # a country's holders table: dated start and end
        person, start, end = row["personID"], row["start"], row["end"] or None
    else:  # world foreign ministers: day precision, no end column
        person, start, end = row["person"], row["start"].split("T")[0], None
    return person, start or "?", end


@pytest.fixture(scope="module")
def tenures() -> dict[str, list[dict]]:
    people = json.loads((ROOT / "data/kb/world/people.json").read_text(encoding="utf-8"))
    by_qid: dict[str, list[dict]] = {}
    for person in people["people"]:
        by_qid.setdefault(person["wikidata"], []).extend(person["offices"])
    return by_qid


def test_fixture_is_a_30_row_sample():
    rows = _fixture()
    assert len(rows) == 30
    assert len({(r["commit"], r["path"], r["line"]) for r in rows}) == 30
    assert all(r["source_repo"].startswith("every-politician-scrapers/") for r in rows)


@pytest.mark.parametrize("entry", _fixture(), ids=lambda e: f"{e['path']}@{e['commit'][:7]}#L{e['line']}")
def test_source_row_is_a_built_tenure(entry, tenures):
    person, start, end = _expected(entry["header"], entry["row"])
    cite = f"{entry['source_repo']}@{entry['commit']}:{entry['path']}#L{entry['line']}"
    held = [t for t in tenures.get(person, []) if t["source"].split(" ; end: ")[0] == cite]
    assert held, f"{person}: no tenure cites {cite}"
    tenure = held[0]
    assert tenure["office"] == entry["office"]
    assert tenure["start"] == start
    if entry["end_row"]:  # a successor is known: the end comes from a world-table row
        end_person, _, world_end = _expected(entry["end_header"], entry["end_row"])
        assert end_person == person and end is None
        assert tenure["source"] == f"{cite} ; end: {entry['end_cite']}"
        assert tenure["end"] == world_end
    elif end is not None:
        assert tenure["end"] == end
    elif entry["newest_version"] == "true":
        # listed without an end in the newest table: in office then ('?' once a successor
        # is known to have started later)
        assert tenure["end"] in (None, "?")
    else:
        assert tenure["end"] == "?"  # it left the table without an end date being given


def test_world_offices_have_iso_ids_and_qids():
    offices = json.loads((ROOT / "data/kb/world/offices.json").read_text(encoding="utf-8"))
    for office in offices["offices"]:
        prefix, code = office["id"].split(":")
        assert prefix in {"hos", "hog", "fm"} and code == office["country"]
        assert office["wikidata"].startswith("Q")
        assert office["title"]["en"] and office["title"]["fr"]
