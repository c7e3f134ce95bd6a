"""Reliability (issue 11) of titles, people, events, document and sentences: each
pathological construction still read right in a normal sentence, and its runs (tens of
thousands of characters) neither crash nor hang. The hang guards run in a subprocess with a
generous timeout; speed itself is measured by bench/pathological.py, not here."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu_extract import extract
from kzeu_extract.components.document.lines import head_lines, nonblank_lines, scan_lines
from kzeu_extract.components.titles.text import MAX_NESTED_TITLES, MAX_TITLE_STEPS
from kzeu_extract.extensions import register_extensions
from kzeu_extract.spans import read_items

ROOT = Path(__file__).resolve().parents[1]


def record(text, lang="en"):
    return json.loads(extract(text, lang=lang).to_json())


@pytest.fixture(scope="module")
def titles_nlp():
    register_extensions()
    import kzeu_extract.components  # noqa: F401  (registers the factories)
    pipeline = spacy.blank("en")
    pipeline.add_pipe("kzeu_sentences")
    pipeline.add_pipe("kzeu_titles")
    return pipeline


def titles(nlp, text):
    return read_items(nlp(text), "titles")


def offices(rec):
    return {(o["title"], o["holder"], o["country"]) for o in rec["offices"]}


# --- titles: nested complements, bounded -----------------------------------------------

@pytest.mark.parametrize("text,office", [
    ("President of the Republic of Chile Camila Rojas arrived in Lima.",
     ("President of the Republic of Chile", "Camila Rojas", "CL")),
    ("Minister of Foreign Affairs of the Republic of Korea Park Min-jun spoke on Tuesday.",
     ("Minister of Foreign Affairs of the Republic of Korea", "Park Min-jun", "KR")),
])
def test_title_with_country_complement(text, office):
    assert office in offices(record(text))


def test_french_title_with_coordinated_portfolios():
    rec = record("La ministre de l'Europe et des Affaires étrangères, Claire Dubois, a reçu "
                 "le président de la République du Chili, Camila Rojas, à Paris.", "fr")
    assert ("ministre de l'Europe et des Affaires étrangères", "Claire Dubois", None) in offices(rec)
    assert ("président de la République du Chili", "Camila Rojas", "CL") in offices(rec)


def test_nested_titles_at_a_realistic_depth_are_one_phrase(titles_nlp):
    text = ("Adviser to the Deputy Head of the Office of the Secretary of the President of the "
            "Council of Europe Marta Kos spoke.")
    found = titles(titles_nlp, text)
    assert len(found) == 1
    assert found[0]["start"] == 0 and text[found[0]["end"]:].startswith(" Marta Kos")
    assert found[0]["name"]["text"] == "Marta Kos"


@pytest.mark.parametrize("unit", ["President of ", "Minister of ", "President of the ", "Ministre de "])
def test_chain_of_complements_raises_no_recursion_error(titles_nlp, unit):
    # 496 "President of " once raised RecursionError (parse <-> _complement, one frame per head)
    text = unit * 600 + "Chile"
    found = titles(titles_nlp, text)
    assert found
    longest = max(t["end"] - t["start"] for t in found)
    # one phrase takes at most MAX_NESTED_TITLES nested heads and MAX_TITLE_STEPS complements
    assert longest <= (MAX_TITLE_STEPS + 1) * len(unit) + len("Chile")
    assert all(0 <= t["start"] < t["end"] <= len(text) for t in found)


def test_chain_bound_is_deeper_than_real_titles():
    assert MAX_NESTED_TITLES >= 3 and MAX_TITLE_STEPS >= 6


def test_plural_title_gives_each_listed_person_a_country(titles_nlp):
    text = "the Foreign Ministers of Estonia and Latvia, Kadri Tamm and Janis Ozols, met in Riga."
    found = {(t["name"]["text"], t["country"], t["title"]) for t in titles(titles_nlp, text) if t["name"]}
    assert found == {("Kadri Tamm", "EE", "Foreign Minister"), ("Janis Ozols", "LV", "Foreign Minister")}


def test_list_after_a_run_of_plural_titles_is_read(titles_nlp):
    text = "Foreign Ministers of Ab Cd Ef " * 300 + ". Then the Foreign Ministers of Estonia and Latvia, Kadri Tamm and Janis Ozols, met."
    found = {(t["name"]["text"], t["country"]) for t in titles(titles_nlp, text) if t["name"]}
    assert found == {("Kadri Tamm", "EE"), ("Janis Ozols", "LV")}


# --- names: a capitalised run does not make a name of the whole run --------------------

def test_long_real_name_after_a_title_is_whole():
    rec = record("Foreign Minister Maria Luisa de la Fuente Herrera met Prime Minister Jorge Ruiz in Quito.")
    holders = {o["holder"] for o in rec["offices"]}
    assert "Maria Luisa de la Fuente Herrera" in holders
    assert "Jorge Ruiz" in holders


def test_capitalised_title_words_run_gives_no_person():
    rec = record("Foreign Minister Ministry Council " * 200 + "met today.")
    assert all(len(p["name"].split()) <= 12 for p in rec["people"])


# --- people and events: "Mr." and "met with" ---------------------------------------------

def test_honorific_names_meet():
    rec = record("Mr. Tomas Varga met with Ms. Elena Kovacs in Budapest on 2 March 2021.")
    (event,) = rec["events"]
    assert event["type"] == "meeting" and event["status"] == "held"
    assert set(event["participants"]) == {"Tomas Varga", "Elena Kovacs"}
    assert event["date"] == "2021-03-02" and event["location"] == "Budapest"


def test_planning_cue_still_found_before_met_with():
    rec = record("Foreign Minister Ingrid Halvorsen will meet with Mr. Tomas Varga in Bergen next week.")
    (event,) = rec["events"]
    assert event["status"] == "planned"
    assert set(event["participants"]) == {"Ingrid Halvorsen", "Tomas Varga"}


def test_french_meeting_after_honorifics():
    rec = record("M. Paul Girard a rencontré Mme Louise Martin à Lyon le 5 avril 2022.", "fr")
    (event,) = rec["events"]
    assert set(event["participants"]) == {"Paul Girard", "Louise Martin"}
    assert event["date"] == "2022-04-05"


# --- document: head lines, blank lines, dated lines ---------------------------------------

def _regex_lines(text, start=0):
    """The reference: the regex the line scan replaced (quadratic on a long blank line)."""
    return [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:])] if start == 0 else \
        [m.span() for m in re.compile(r"[^\n]*\S[^\n]*").finditer(text, start)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\u00a0\u2028\x0bab.", max_size=40), st.integers(min_value=0, max_value=40))
def test_nonblank_lines_are_those_of_the_regex(text, start):
    start = min(start, len(text))
    assert list(nonblank_lines(text, start)) == _regex_lines(text, start)


def test_head_lines_skip_blank_lines():
    text = "Summit in Oslo ends\n \t \u00a0 \t\n\n3 May 2021\nBody text."
    lines = head_lines(text, 10)
    assert [text[s:e] for s, e in lines] == ["Summit in Oslo ends", "3 May 2021", "Body text."]
    assert scan_lines(text, 0)[:2] == lines[:2]


def test_title_and_date_across_blank_lines():
    rec = record("Summit in Oslo ends\n \t \u00a0 \t\n3 May 2021\n"
                 "Foreign Minister Ingrid Halvorsen met Mr. Tomas Varga in Oslo.")
    assert rec["title"] == "Summit in Oslo ends"
    assert rec["document_date"] == "2021-05-03"


def test_date_read_on_one_of_many_date_lines():
    rec = record("Talks in Vilnius\n" + "3 May 2021\n" * 2000 + "The ministers met.")
    assert rec["document_date"] == "2021-05-03"


def test_sentence_starts_at_each_line_break():
    rec = record("Mr. Tomas Varga met with Ms. Elena Kovacs\nMr. Paul Girard met with Ms. Ana Ruiz in Riga.")
    texts = [e["text"] for e in rec["events"]]
    assert texts == ["Mr. Tomas Varga met with Ms. Elena Kovacs",
                     "Mr. Paul Girard met with Ms. Ana Ruiz in Riga."]


# --- hang and crash guards: the pathological runs, in a subprocess -----------------------

_GUARD = """
import json, sys
from kzeu_extract import extract
cases = json.loads(sys.argv[1])
size = int(sys.argv[2])
for unit, tail, lang in cases:
    text = (unit * (size // len(unit) + 1))[:size - len(tail)] + tail
    rec = json.loads(extract(text, lang=lang).to_json())
    for section in ("offices", "people", "events"):
        for item in rec[section]:
            for m in item.get("mentions", []):
                assert text[m["start"]:m["end"]] == m["text"], (unit, section, m)
print("ok", len(cases))
"""

_GROUPS = {   # (the unit repeated, the text's tail, the language); a group per subprocess
    "title_chains": [("President of ", "", "en"), ("Minister of ", "", "en"), ("President of the ", "", "en")],
    "capital_runs": [("Foreign Minister Ministry Council ", "", "en"), ("Foreign Ministers of Ab Ab Ab Ab Ab ", "", "en")],
    "french": [("ministre de l'Europe et des ", "", "fr"), ("Mme ", "", "fr")],
    "people_events": [("Mr. ", "", "en"), ("met with ", "", "en")],
    "white_space": [("\t", "x", "en"), ("\u00a0", "x", "en"), ("\t\u00a0 a\n", "", "en"), (" \t", "\nx", "en")],
    "lines": [("\n", "text", "en"), ("a\n", "", "en"), ("3 May 2021\n", "", "en"), ("News\n", "", "en")],
}


@pytest.mark.parametrize("group", sorted(_GROUPS))
def test_pathological_runs_finish(group):
    done = subprocess.run([sys.executable, "-c", _GUARD, json.dumps(_GROUPS[group]), "30000"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=str(ROOT))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith(f"ok {len(_GROUPS[group])}")


# --- events: the words allowed before a sentence's subject --------------------------------

_OLD_WORDS_BEFORE_SUBJECT = re.compile(r"^\W*(?:[\w'\u2019-]+\W+){0,3}$")   # exponential on "'-" runs


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(alphabet="ab'\u2019- ,.", max_size=14))
def test_words_before_subject_reads_as_the_ambiguous_pattern_did(lead_in):
    from kzeu_extract.components.events.document import _WORDS_BEFORE_SUBJECT

    assert bool(_WORDS_BEFORE_SUBJECT.match(lead_in)) == bool(_OLD_WORDS_BEFORE_SUBJECT.match(lead_in))


def test_subject_after_a_hyphenated_lead_in_and_an_apostrophe_run():
    text = "Ana Ruiz met Li Wen. " + "'-" * 400 + "a b c d e f Li Wen met Ana Ruiz in Quito on 4 May 2023."
    done = subprocess.run([sys.executable, "-c", "import sys; from kzeu_extract import extract; "
                           "print(len(extract(sys.argv[1], lang='en').events))", text],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=str(ROOT))
    assert done.returncode == 0, done.stderr[-2000:]
    rec = record("Late-night, short talks: Ana Ruiz met Li Wen in Quito on 4 May 2023.")
    assert {frozenset(e["participants"]) for e in rec["events"]} == {frozenset({"Ana Ruiz", "Li Wen"})}
