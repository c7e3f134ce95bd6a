"""The spaCy-native contract, tested through spaCy itself: declared assigns/requires, each
factory on its own in a blank pipeline of every pack, a saved pipeline loaded in a fresh
process, records from any Doc, and results as Spans with exact offsets."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from kzeu_extract.langpacks import available_languages
from kzeu_extract.pipeline import COMPONENTS, build_pipeline
from kzeu_extract.records import doc_to_record
from kzeu_extract.spans import group_name

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = sorted(available_languages())

SENTENCES = {
    "en": [
        "President Maria Okonkwo of Zandaria met Prime Minister Lars Vettel in Geneva on 4 March 2023.",
        "The two ministers signed a trade agreement worth $2 billion.",
        "\"We will build new roads,\" said Foreign Minister Amir Tazi after the talks.",
    ],
    "fr": [
        "Le président Paul Moreau a rencontré la ministre Clara Duval à Lyon le 12 juin 2022.",
        "Les deux pays ont signé un accord de 300 millions d'euros.",
        "« Nous avancerons ensemble », a déclaré le ministre Hugo Lenoir.",
    ],
}
_KINDS = ("people", "offices", "organizations", "places", "dates", "figures", "agreements", "events", "quotes")


def _records(nlp, texts):
    return [json.loads(doc_to_record(nlp(text)).to_json()) for text in texts]


def test_analyze_pipes_lists_assigns_and_requires_of_every_component():
    summary = build_pipeline(LANGUAGES[0]).analyze_pipes(pretty=False)["summary"]
    kzeu = [name for name in summary if name.startswith("kzeu_")]
    assert kzeu == COMPONENTS
    for name in kzeu:
        assert summary[name]["assigns"], f"{name} declares nothing it assigns"
        assert isinstance(summary[name]["requires"], list)
    # what a component requires is assigned by one before it
    assigned: set[str] = set()
    for name in kzeu:
        missing = set(summary[name]["requires"]) - assigned
        assert not missing, f"{name} requires {missing} that no earlier component assigns"
        assigned |= set(summary[name]["assigns"])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", COMPONENTS)
def test_each_factory_works_alone_in_a_blank_pipeline(lang, name):
    build_pipeline(lang)   # imports the factories
    nlp = spacy.blank(lang)
    nlp.add_pipe(name)
    for text in SENTENCES.get(lang, SENTENCES["en"]) + ["", " \n "]:
        doc = nlp(text)
        record = doc_to_record(doc)
        assert record.source.characters == len(text)


def test_saved_pipeline_loads_in_a_fresh_process_with_the_same_records(tmp_path):
    lang = "en" if "en" in LANGUAGES else LANGUAGES[0]
    nlp = build_pipeline(lang)
    texts = SENTENCES.get(lang, SENTENCES["en"])
    expected = _records(nlp, texts)
    nlp.to_disk(tmp_path / "nlp")
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "import json, sys, spacy\n"
        "from kzeu_extract.records import doc_to_record\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "texts = json.load(open(sys.argv[2], encoding='utf-8'))\n"
        "print(json.dumps([json.loads(doc_to_record(nlp(t)).to_json()) for t in texts]))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "nlp"), str(tmp_path / "texts.json")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == expected
    assert any(record["people"] for record in expected)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_record_from_a_doc_the_pipeline_made(lang):
    text = SENTENCES.get(lang, SENTENCES["en"])[0]
    record = doc_to_record(build_pipeline(lang)(text))
    assert record.language == lang
    assert record.source.path is None and record.source.characters == len(text)
    assert len(record.source.sha256) == 64
    assert record.people and record.dates


def test_record_from_a_users_pipeline_without_kzeu_components():
    record = doc_to_record(spacy.blank("en")("Nothing of ours ran on this text."))
    assert record.language == "en" and record.people == [] and record.source.characters == 33


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_are_spans_with_exact_offsets(lang):
    text = " ".join(SENTENCES.get(lang, SENTENCES["en"]))
    doc = build_pipeline(lang)(text)
    found = 0
    for kind in _KINDS:
        group = doc.spans.get(group_name(kind))
        assert group is not None, f"no span group for {kind}"
        offsets = group.attrs["offsets"]
        assert len(group) == len(offsets)
        for span, (item, start, end) in zip(group, offsets):
            assert isinstance(span, Span)
            assert span.start_char <= start < end <= span.end_char
            assert span.id_ == f"{kind}/{item}"
            assert span._.kzeu is not None
            found += 1
        for entry in json.loads(doc_to_record(doc).to_json())[kind]:
            for mention in entry.get("mentions", [entry]):
                assert text[mention["start"]:mention["end"]] == mention["text"]
    assert found
