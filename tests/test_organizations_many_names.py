"""Texts that define or introduce many organizations: the one-pass look-up of their later
mentions finds what one scan per name finds, and records stay right."""
import random
import re

import pytest

from kzeu_extract import extract
from kzeu_extract.components.organizations.occurrences import occurrences


def _one_scan_each(text, names):
    return {n: [m.span() for m in re.finditer(rf"(?<![\w#@]){re.escape(n)}(?!\w)", text)] for n in dict.fromkeys(names)}


@pytest.mark.parametrize("names", [
    ["BRT", "BRTA", "ZQ"],                                           # few: one scan each
    ["BRT", "BRTA", "ZQ", "QX", "AB&C", "AB", "Orvik Air", "Orvik", "Air Orvik", "Orvik Air Cargo"],
    ["Ésta", "ÉSTA", "Łódź Rail", "Δέλτα", "X_Y", "AA AA", "_Lead"],
])
def test_occurrences_as_one_scan_each(names):
    text = ("#BRT @ZQ BRT, BRTA BRT2 xBRT (AB&C) AB&CD AB& C Orvik Air Cargo flew; Air Orvik Air "
            "and Orvik Airways. ÉSTA Ésta Łódź Rail Δέλτα X_Y AA AA AA _Lead QX-QX QXQ BRT")
    assert occurrences(text, names) == _one_scan_each(text, names)


def test_occurrences_on_random_text():
    rng = random.Random(7)
    pieces = ["AB", "ABC", "A&B", "A B", "Kor", "Kor Lin", " ", " ", ",", "#", "@", "x", "1", "-", "\n"]
    names = ["AB", "ABC", "A&B", "A B", "Kor", "Kor Lin", "Lin", "B"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(30))
        assert occurrences(text, names) == _one_scan_each(text, names)


def test_many_defined_abbreviations_each_found_alone():
    bodies = [(f"{a}alvor {b}indal {head}", f"{a}{b}{head[0]}") for a, b, head in
              [("T", "R", "Council"), ("M", "V", "Bank"), ("K", "S", "Commission"), ("P", "D", "Bank"),
               ("L", "H", "Agency"), ("N", "W", "Council")]]
    text = " ".join(f"The {name} ({abbr}) met in Oslo on Monday." for name, abbr in bodies)
    text += " " + " ".join(f"Later the {abbr} said it agreed." for _, abbr in reversed(bodies))
    orgs = {o["name"]: o for o in extract(text, lang="en").model_dump()["organizations"]}
    for name, abbr in bodies:
        texts = [m["text"] for m in orgs[name]["mentions"]]
        assert texts.count(abbr) == 2 and name in texts
        assert abbr in orgs[name]["aliases"]


def test_introduced_companies_found_later():
    text = ("The airline Brevik Air signed a deal with the company Tarsa Minerals. Later the group "
            "Holm Kettle said Brevik Air and Tarsa Minerals would buy from Holm Kettle, not from #Holm.")
    orgs = {o["name"]: [m["text"] for m in o["mentions"]] for o in extract(text, lang="en").model_dump()["organizations"]}
    assert orgs["Brevik Air"] == ["Brevik Air", "Brevik Air"]
    assert orgs["Tarsa Minerals"] == ["Tarsa Minerals", "Tarsa Minerals"]
    assert orgs["Holm Kettle"] == ["Holm Kettle", "Holm Kettle"]
