"""Reliability on long and odd texts (issue 11): lone surrogates, runs of punctuation that
spaCy's tokenizer strips one character at a time, and texts over spaCy's max_length
processed in chunks. Every test sentence here is invented."""
from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import check_offsets
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu_extract import chunking, extract
from kzeu_extract.pipeline import build_pipeline
from kzeu_extract.textkit.safe_text import replace_unencodable
from kzeu_extract.tokenizing import make_doc

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Foreign Minister Anna Berg met President Omar Saleh in Oslo on 3 May 2021."


# --- lone surrogates -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "\ud800",
    "\udfff" + SENTENCE,
    SENTENCE[:17] + "\ud800" + SENTENCE[17:],
    SENTENCE + "\udc00",
    SENTENCE.replace(" met ", " met \ud83d\ude00 "),   # a pair written as two code points
    "\ud800\ud801\ud802 " + SENTENCE + " \udbff",
])
def test_lone_surrogates_are_replaced_with_offsets_kept(text):
    record = extract(text, lang="en")
    replaced = text.translate({c: "\ufffd" for c in range(0xD800, 0xE000)})
    count = len(text) - len(text.translate({c: None for c in range(0xD800, 0xE000)}))
    assert record.source.characters == len(text)
    assert f"{count} unencodable code point(s) (lone surrogates) replaced by U+FFFD" in record.warnings
    check_offsets(record, replaced)
    json.loads(record.to_json())
    if "Berg" in text:
        assert {"Anna Berg", "Omar Saleh"} <= {p.name for p in record.people}


def test_text_without_surrogates_is_returned_as_is():
    assert replace_unencodable(SENTENCE) == (SENTENCE, 0)
    assert not any("unencodable" in w for w in extract(SENTENCE, lang="en").warnings)


def test_noncharacters_and_controls_need_no_replacement():
    text = "\ufffe\uffff\x00 " + SENTENCE + " \U0010ffff"
    record = extract(text, lang="en")
    check_offsets(record, text)
    assert not any("unencodable" in w for w in record.warnings)
    json.loads(record.to_json())


# --- runs of punctuation -----------------------------------------------------------------

RUNS = ["$" * 3000, "a" + ")" * 3000, "(" * 40 + "hello) " + "«" * 30 + " end", "\U0001f600" * 500,
        "$$$$ " * 300, "(" * 30 + "  \n\n  " + ")" * 30, '"\',(' * 500, "word" + "_" * 100 + "word"]


@pytest.mark.parametrize("run", RUNS)
def test_runs_of_punctuation_keep_the_text(run):
    nlp = build_pipeline("en")
    text = f"{SENTENCE} {run} {SENTENCE}"
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_a_run_becomes_one_token_per_character():
    doc = make_doc(build_pipeline("en"), "x " + "$" * 50 + " y")
    assert [t.text for t in doc] == ["x"] + ["$"] * 50 + ["y"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_text_without_runs_tokenizes_as_spacy_does(lang):
    nlp = build_pipeline(lang)
    text = "(Reuters) - « Oui », a-t-il dit... $5, 10% -- ----- \"quoted\" l'UE (2021)!!"
    assert [(t.text, t.whitespace_) for t in make_doc(nlp, text)] == \
           [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def test_records_around_runs_of_punctuation_keep_their_evidence():
    text = "((((((((((((((((((((((((" + SENTENCE + "))))))))))))))))))))))) $$$$$$$$$$$$$$$$$$$$ " + SENTENCE
    record = extract(text, lang="en")
    check_offsets(record, text)
    assert {"Anna Berg", "Omar Saleh"} <= {p.name for p in record.people}
    assert any(d.value == "2021-05-03" for d in record.dates)


def test_twenty_thousand_dollar_signs_do_not_hang():
    code = ("from kzeu_extract import extract; r = extract('$' * 20000 + ' ' + "
            f"{SENTENCE!r}, lang='en'); print(r.source.characters)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == str(20001 + len(SENTENCE))


# --- chunks ------------------------------------------------------------------------------

PARAGRAPHS = [
    "Oslo talks open with trade on the agenda",
    ("OSLO, 4 March 2024 - Foreign Minister Anna Berg of Norway met President Omar Saleh of Tunisia "
    "on Monday. The two sides signed 12 agreements worth US$ 40 million."),
    ("Anna Berg said the talks were useful. \"We agreed on a plan for the next five years,\" Berg told "
    "reporters. Omar Saleh thanked his host and invited her to Tunis in May 2024."),
    ("The ministers also discussed energy. Trade between the two countries grew by 15 percent last "
    "year, and 300 students take part in exchanges every year."),
    ("On Tuesday, President Omar Saleh met Prime Minister Lars Dahl at the government offices. Lars "
    "Dahl said Norway would open a consulate in Sfax by 2026."),
    ("Yesterday the delegation visited a port where 2,500 people work. Omar Saleh called the port a "
    "model for the region."),
    ("The visit ends on 7 March 2024. Anna Berg will travel to Brussels next week for a meeting of "
    "the European Union foreign ministers."),
]
LONG_TEXT = "\n\n".join(PARAGRAPHS)


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(chunking, "LONG_TEXT_CHARS", 300)
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 250)


def _people(record):
    return [(p.name, sorted(p.aliases), [(m.start, m.end) for m in p.mentions]) for p in record.people]


def test_chunked_text_gives_the_records_of_the_whole_text(monkeypatch):
    whole = extract(LONG_TEXT, lang="en")
    monkeypatch.setattr(chunking, "LONG_TEXT_CHARS", 300)
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 250)
    chunked = extract(LONG_TEXT, lang="en")
    assert any("processed in 4 chunks" in w or "processed in 5 chunks" in w for w in chunked.warnings)
    check_offsets(chunked, LONG_TEXT)
    assert chunked.title == whole.title and chunked.document_date == whole.document_date == "2024-03-04"
    assert _people(chunked) == _people(whole)
    assert chunked.dates == whole.dates
    assert chunked.figures == whole.figures
    assert chunked.quotes == whole.quotes
    assert [(e.type, e.participants, e.date, e.start) for e in chunked.events] == \
           [(e.type, e.participants, e.date, e.start) for e in whole.events]


def test_later_chunks_resolve_relative_dates_against_the_first_chunks_date(small_chunks):
    record = extract(LONG_TEXT, lang="en")
    yesterday = LONG_TEXT.index("Yesterday")
    assert chunking.chunk_bounds(LONG_TEXT, 250)[0][1] < yesterday
    [item] = [d for d in record.dates if d.start == yesterday]
    assert item.value == "2024-03-03" and item.relative


def test_merged_records_name_only_items_of_the_record(small_chunks):
    text = LONG_TEXT + "\n\n" + LONG_TEXT.replace("Lars Dahl", "Ingrid Holm")
    record = extract(text, lang="en")
    check_offsets(record, text)
    people = {p.name for p in record.people}
    named = people | {o.name for o in record.organizations} | {p.name for p in record.places}
    assert len(people) == len(record.people)   # one item per person across chunks
    for event in record.events:
        assert set(event.participants) <= people, event
        assert event.initiator is None or event.initiator in named
        assert event.location is None or event.location in named
    assert all(q.speaker is None or q.speaker in people for q in record.quotes)
    assert all(o.holder is None or o.holder in people for o in record.offices)
    berg = next(p for p in record.people if p.name == "Anna Berg")
    assert berg.mentions[-1].start > len(LONG_TEXT)   # mentions from the last chunk too


def test_long_text_from_the_cli_is_one_record(tmp_path, small_chunks):
    from typer.testing import CliRunner

    from kzeu_extract.cli import app

    path = tmp_path / "long.txt"
    path.write_text(LONG_TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert json.loads(line)["source"]["characters"] == len(LONG_TEXT)


def _check_bounds(text: str, size: int) -> list[tuple[int, int]]:
    bounds = chunking.chunk_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(0 < end - start <= size for start, end in bounds) or text == ""
    return bounds


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "Another", "x", "2024", " ", "  ", "\n", "\n\n", ". ", "! ", "\t"]),
                max_size=200), st.integers(min_value=8, max_value=60))
def test_chunk_bounds_never_cut_a_word(pieces, size):
    text = "".join(pieces)
    for start, end in _check_bounds(text, size)[:-1]:
        chunk = text[start:end]
        if any(c.isspace() for c in chunk[1:]):
            assert not (text[end - 1].isalnum() and text[end].isalnum()), (chunk, text[end:end + 5])


def test_chunks_prefer_paragraphs_then_sentences():
    text = "One two three. Four five six. Seven eight nine.\n\nTen eleven twelve. Thirteen."
    [(_, first), _] = _check_bounds(text, 60)
    assert text[:first].endswith("\n\n")
    [(_, first), *_] = _check_bounds(text.replace("\n\n", " "), 40)
    assert text.replace("\n\n", " ")[:first].endswith("six. ")


def test_text_without_white_space_is_cut_anywhere():
    assert _check_bounds("x" * 1000, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
