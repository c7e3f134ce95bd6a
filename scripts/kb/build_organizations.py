"""Fill the Wikidata QIDs and French names of data/kb/organizations.json from public datasets.

    python scripts/kb/build_organizations.py --supraverden CHECKOUT --impresso CHECKOUT

(or the environment variables KZEU_SUPRAVERDEN, KZEU_IMPRESSO_NEWSAGENCY; each a local
checkout of the repository, see data/kb/SOURCES.md ("Organizations and places") for the URL and commit). Needs
PyYAML (the ``kb`` extra). The runtime never reads these sources: it reads the file written.

- supraverden (data/general_list.yaml): intergovernmental bodies, each with its QID, English
  and French names and abbreviations. An entry of ours takes a body's QID when the entry's
  name, or one of its aliases of more than six letters, is one of that body's English or
  French names (case, accents and hyphens aside), or when the entry's name and the body's
  English abbreviation are one and the same string; a name shared by several bodies gives
  no QID. The body's French name becomes the entry's ``name_fr`` (and an alias).
- impresso/newsagency-classification (lib/bert_classification/postprocess.py): the QIDs of
  news agencies by their usual short name; an entry takes one when the short name is the
  entry's name or one of its aliases or source aliases.

Entries whose QID was set by hand (``wikidata_source``: the Wikidata page) are left as they
are. The file is rewritten whole (same layout: one-space indent).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "data" / "kb" / "organizations.json"
SUPRAVERDEN_FILE = "data/general_list.yaml"
IMPRESSO_FILE = "lib/bert_classification/postprocess.py"
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
QID = re.compile(r"^Q[1-9][0-9]*$")
# Short names of the impresso list that are not the modern agency of that name.
IMPRESSO_SKIP = {"Europapress", "DDP-DAPD", "DNB", "Domei", "Extel", "Havas", "Kipa",
                 "SPK-SMP", "Stefani", "Telunion", "Wolff"}
# Bodies of supraverden that one of our entries names only in part ("Commonwealth Secretariat"
# is an alias of the Commonwealth of Nations, not that body), and QIDs we do not take: the
# dataset's ICRC item is not the one Wikidata links the ICRC's site to (Q71).
SUPRAVERDEN_SKIP = {"Commonwealth Secretariat", "International Committee of the Red Cross"}
# Our entry -> the title of the same body in supraverden, where the names differ beyond
# spelling (the body's new name; a title written with "for" for "on").
SUPRAVERDEN_SAME = {"unwto": "United Nations Tourism",
                    "unfccc": "United Nations Framework Convention for Climate Change secretariat"}
# An impresso short name -> the name our entry is found by, where they are written differently.
IMPRESSO_NAMES = {"ATS-SDA": "SDA", "UP-UPI": "United Press International", "CTK": "ČTK",
                  "TANJUG": "Tanjug", "TT": "TT News Agency"}


# British and American spellings of the words of bodies' names, read as one.
SPELLINGS = {"organisation": "organization", "programme": "program", "centre": "center",
             "labour": "labor", "defence": "defense", "co operation": "cooperation"}


def key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = " ".join(text.replace("-", " ").replace("'", " ").replace("’", " ").split())
    text = text.removeprefix("the ")
    for british, american in SPELLINGS.items():
        text = text.replace(british, american)
    return text


def commit_of(checkout: Path) -> str:
    return subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def read_from(checkout: Path, path: str) -> str:
    """A file of a checkout: from its work tree, or from HEAD of a bare repository."""
    if (checkout / path).is_file():
        return (checkout / path).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(checkout), "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout


def supraverden_bodies(text: str) -> list[dict]:
    import yaml  # the kb extra; the runtime never needs it
    bodies = []
    for title, body in yaml.safe_load(text).items():
        qid = str(body.get("Wikidata_code") or "")
        if QID.match(qid) and title not in SUPRAVERDEN_SKIP:
            english = [title] + [body[f] for f in ("Name_en", "Name_other_en", "Name_other_2_en") if body.get(f)]
            bodies.append({"title": title, "qid": qid, "english": english, "fr": _french(body.get("Name_fr"), english),
                           "abbreviation": body.get("Abbreviation_en")})
    return bodies


def _french(name: str | None, english: list[str]) -> str | None:
    """The French name, capitalised as a name; None where it is one of the English names
    written again (some rows repeat the English name as the French one)."""
    if not name:
        return None
    if any(key(name).replace(" ", "") == key(e).replace(" ", "") for e in english):
        return None
    return name[0].upper() + name[1:]


def impresso_agencies(text: str) -> dict[str, str]:
    block = re.search(r"WIKIDATA_IDs\s*=\s*\{(.*?)\}", text, re.DOTALL)
    pairs = re.findall(r'"([^"]+)":\s*"(Q[0-9]+)"', block.group(1)) if block else []
    return {name: qid for name, qid in pairs if name not in IMPRESSO_SKIP}


def _names_index(bodies: list[dict]) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for n, body in enumerate(bodies):
        for name in body["english"] + ([body["fr"]] if body["fr"] else []):
            index.setdefault(key(name), set()).add(n)
    return index


def _body_of(entry: dict, bodies: list[dict], index: dict[str, set[int]]) -> dict | None:
    """The one body an entry names: by its canonical name first, then by its long aliases."""
    if entry["id"] in SUPRAVERDEN_SAME:
        return next((b for b in bodies if b["title"] == SUPRAVERDEN_SAME[entry["id"]]), None)
    by_name = index.get(key(entry["name"]), set())
    if len(by_name) == 1:
        return bodies[next(iter(by_name))]
    if by_name:
        return None
    found = {n for alias in entry["aliases"] if len(alias) > 6 for n in index.get(key(alias), ())}
    by_abbreviation = {n for n, b in enumerate(bodies) if b["abbreviation"] and b["abbreviation"] == entry["name"]}
    found = found or by_abbreviation
    return bodies[next(iter(found))] if len(found) == 1 else None


def _set_qid(entry: dict, qid: str, source: str) -> bool:
    if entry.get("wikidata_source", "").startswith(WIKIDATA_PAGE):
        return False  # set by hand
    entry["wikidata"], entry["wikidata_source"] = qid, source
    return True


def apply_supraverden(entries: list[dict], bodies: list[dict]) -> int:
    index, count = _names_index(bodies), 0
    for entry in entries:
        body = _body_of(entry, bodies, index)
        if body is None:
            continue
        count += _set_qid(entry, body["qid"], "supraverden")
        french = body["fr"]
        if french and not entry.get("name_fr") and key(french) != key(entry["name"]):
            entry["name_fr"] = french
            if french not in entry["aliases"]:
                entry["aliases"].append(french)
    return count


def apply_impresso(entries: list[dict], agencies: dict[str, str]) -> int:
    count = 0
    for short, qid in agencies.items():
        wanted = IMPRESSO_NAMES.get(short, short)
        hits = [e for e in entries if wanted in [e["name"], *e["aliases"], *e.get("source_aliases", [])]]
        if len(hits) == 1:
            count += _set_qid(hits[0], qid, "impresso-newsagency")
        else:
            print(f"impresso {short}: {len(hits)} entries", file=sys.stderr)
    return count


def _ordered(entry: dict) -> dict:
    """Keys in a stable order: the identity first, the ids next, the rest as they were."""
    first = ["id", "name", "name_fr", "aliases", "source", "kind", "wikidata", "wikidata_source"]
    return {k: entry[k] for k in first if k in entry} | {k: v for k, v in entry.items() if k not in first}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supraverden", type=Path, default=os.environ.get("KZEU_SUPRAVERDEN"))
    parser.add_argument("--impresso", type=Path, default=os.environ.get("KZEU_IMPRESSO_NEWSAGENCY"))
    args = parser.parse_args(argv)
    if not args.supraverden or not args.impresso:
        parser.error("give both checkouts (or KZEU_SUPRAVERDEN and KZEU_IMPRESSO_NEWSAGENCY)")
    document = json.loads(OUTPUT.read_text(encoding="utf-8"))
    section = document["organizations"]
    entries = section["entries"]
    bodies = supraverden_bodies(read_from(args.supraverden, SUPRAVERDEN_FILE))
    agencies = impresso_agencies(read_from(args.impresso, IMPRESSO_FILE))
    from_supraverden = apply_supraverden(entries, bodies)
    from_impresso = apply_impresso(entries, agencies)
    section["entries"] = [_ordered(e) for e in entries]
    section["sources"] = {
        "supraverden": f"github.com/confirmordeny/supraverden, commit {commit_of(args.supraverden)}, "
                       f"{SUPRAVERDEN_FILE} (CC BY-SA 4.0): Wikidata_code, Name_fr",
        "impresso-newsagency": f"github.com/impresso/newsagency-classification, commit "
                               f"{commit_of(args.impresso)}, {IMPRESSO_FILE}: WIKIDATA_IDs",
    }
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with_qid = sum(1 for e in entries if e.get("wikidata"))
    print(f"{from_supraverden} QIDs from supraverden, {from_impresso} from impresso; "
          f"{with_qid} of {len(entries)} entries have one -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
