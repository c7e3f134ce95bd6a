"""The people finder's scans read only near the words that can match: they find what a scan
of the whole text finds."""
import random

import pytest

from kzeu_extract import extract
from kzeu_extract.components.people.shapes import CAPS_AFTER_GIVEN, caps_after_given


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", [
    "Signed by Marie-Claire DUVAL and Jean Paul ROCHE in Lyon. OK.",
    "Ana\u00a0Lucia\u00a0FERRAZ-LIMA spoke; the EU and the UN did not. Bo KIM",
    "el-Amin HASSAN, O'Neil BRANDT's aide, McAllister BOYD-ROSS, John  SMITH, Kim AB'",
    "Łukasz NOWAK, Éric MARTÍN, Søren ÅBERG; ABCDEFGHIJKLMNOP Ola NORDMANN\nPer HANSEN",
    "x" * 400 + " Ola NORDMANN " + "Ab" * 200 + " Per HANSEN",
])
def test_caps_after_given_as_a_whole_scan(text):
    assert _spans(caps_after_given(text)) == _spans(CAPS_AFTER_GIVEN.finditer(text))


def test_caps_after_given_on_random_text():
    rng = random.Random(2)
    pieces = ["Jean", "Pierre", "O'Neil", "SMITH", "AB", "ABC-DE", "el-Sisi", " ", " ", "\u00a0", "-", ",",
              "'", "x", "Ab", "ÉLA", "Łukasz", "\n", "McDonald", "AB'", "ABCDEFGHIJKLMNOPQ", "a" * 300]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert _spans(caps_after_given(text)) == _spans(CAPS_AFTER_GIVEN.finditer(text))


def test_surnames_in_capitals_and_after_honorifics():
    text = ("Statement by Hélène BARRAULT, Minister of Culture.\nMs BARRAULT met Mr Tobias Brandt "
            "and Ingrid LUNDQVIST in Oslo. Brandt agreed.")
    people = {p["name"]: [m["text"] for m in p["mentions"]] for p in extract(text, lang="en").model_dump()["people"]}
    assert people["Hélène BARRAULT"] == ["Hélène BARRAULT", "BARRAULT"]
    assert people["Tobias Brandt"] == ["Tobias Brandt", "Brandt"]
    assert people["Ingrid LUNDQVIST"] == ["Ingrid LUNDQVIST"]
