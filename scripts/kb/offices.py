"""Offices of the world layer: which role a source position plays, and its entry."""
from __future__ import annotations

import difflib
import re

from kb_countries import Countries, fold

# Positions the head-of-state/government table lists that are not the office itself.
SKIP = re.compile(r"governor[- ]general|member of the swiss federal council|french co-prince",
                  re.IGNORECASE)
HEAD_OF_GOVERNMENT = re.compile(
    r"prime minister|premier|chancellor|taoiseach|chairman of the council of ministers|"
    r"minister of state of monaco|president of the executive yuan|chief minister|"
    r"president of the government|pontifical commission|chief executive|state counsellor", re.IGNORECASE)
# Where the source's label says 'President' of the head of government (Iran's Supreme Leader
# is the head of state).
GOVERNMENT_PRESIDENTS = {"IR"}

# (label pattern, title key of data/lang/en/titles.json, French noun). First match wins.
TITLE_HEADS = [
    (r"^(federal )?chancellor", "chancellor", "chancelier fédéral"),
    (r"prime minister|taoiseach|minister of state of monaco", "prime_minister",
     "Premier ministre"),
    (r"^premier", "prime_minister", "Premier ministre"),
    (r"chairman of the council of ministers", "prime_minister",
     "président du Conseil des ministres"),
    (r"president of the executive yuan", "prime_minister", "président du Yuan exécutif"),
    (r"^chief minister", "prime_minister", "ministre en chef"),
    (r"^chief executive", "head_of_government", "chef de l'exécutif"),
    (r"^state counsellor", "head_of_government", "conseiller d'État"),
    (r"^president of the pontifical commission", "president",
     "président de la Commission pontificale"),
    (r"chairman of the presidential council", "president", "président du Conseil présidentiel"),
    (r"^supreme leader", "leader", "guide suprême"),
    (r"^pope", "clergy", "pape"),  # 'pape du Saint-Siège'

    (r"^emperor", "monarch", "empereur"),
    (r"^king", "monarch", "roi"),
    (r"^queen", "monarch", "reine"),
    (r"^(emir|amir)", "monarch", "émir"),
    (r"^sultan", "monarch", "sultan"),
    (r"^grand duke", "monarch", "grand-duc"),
    (r"co-prince", "monarch", "coprince"),
    (r"prince", "monarch", "prince"),
    (r"^monarch|^ngwenyama|yang di-pertuan agong", "monarch", "souverain"),
    (r"captain regent", "head_of_state", "capitaine-régent"),
    (r"^o le ao o le malo", "head_of_state", "chef de l'État"),
    (r"secretary of state$|^united states secretary of state", "foreign_minister",
     "secrétaire d'État"),
    (r"foreign|external|international relations", "foreign_minister",
     "ministre des Affaires étrangères"),
    (r"president", "president", "président"),
]
ROLE_DEFAULT = {"head_of_state": ("head_of_state", "chef de l'État"),
                "head_of_government": ("head_of_government", "chef du gouvernement"),
                "foreign_minister": ("foreign_minister", "ministre des Affaires étrangères")}
ID_PREFIX = {"head_of_state": "hos", "head_of_government": "hog", "foreign_minister": "fm"}


def classify(label: str, code: str, kind: str | None) -> str | None:
    if kind == "foreign":
        return "foreign_minister"
    if SKIP.search(label):
        return None
    if HEAD_OF_GOVERNMENT.search(label):
        return "head_of_government"
    if code in GOVERNMENT_PRESIDENTS and re.match(r"president", label, re.IGNORECASE):
        return "head_of_government"
    return "head_of_state"


def title_head(label: str, role: str) -> tuple[str, str]:
    for pattern, key, noun in TITLE_HEADS:
        if re.search(pattern, label, re.IGNORECASE):
            if role == "foreign_minister" and key != "foreign_minister":
                continue
            return key, noun
    return ROLE_DEFAULT[role]


def english_title(label: str, code: str, role: str, countries: Countries) -> str:
    """The position's own name; a foreign minister's generic label gets its country."""
    label = re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()
    label = label[:1].upper() + label[1:]
    names = [countries.en(code), *countries.rows[code].get("altSpellings", [])]
    names.append(countries.rows[code]["name"]["common"])
    names += countries.adjectives(code)
    if label == "Pope" or any(_names(fold(n), fold(label)) for n in names if len(n) > 3):
        return label
    return f"{label} {countries.en_of(code)}"


def _names(name: str, label: str) -> bool:
    """The label names the country, allowing one misspelt letter ('Prince of Lichtenstein')."""
    if name in label:
        return True
    words = label.split()
    return len(name.split()) == 1 and any(
        len(w) > 5 and difflib.SequenceMatcher(None, w, name).ratio() > 0.9 for w in words)


def office_entry(code: str, role: str, items: list, countries: Countries, alone: bool,
                 report: dict) -> dict:
    """The office of `role` in `code`, named after its most recently listed position."""
    newest = max(items, key=lambda it: (it[1].version, it[1].line))
    positions = sorted({f["position"] for f, _ in items})
    label = newest[0]["position_label"]
    if len(positions) > 1:
        others = sorted({f["position_label"] for f, _ in items} - {label})
        report["merged_positions"].append(f"{code} {role}: {label} + {'; '.join(others)}")
    key, noun = title_head(label, role)
    entry = {"id": f"{ID_PREFIX[role]}:{code}",
             "title": {"en": english_title(label, code, role, countries),
                       "fr": f"{noun} {countries.fr_de(code)}"},
             "keys": [key], "country": code,
             "head_of_state": role == "head_of_state",
             "head_of_government": role == "head_of_government" or (role == "head_of_state" and alone),
             "role": role, "wikidata": newest[0]["position"],
             "source": f"{newest[1].repo}@{newest[1].commit}:{newest[1].path}",
             "_positions": positions}
    return entry
