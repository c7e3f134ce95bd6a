"""kzeu_titles on its own: title phrases as spans with plain attributes, the language pack's
title vocabulary checked at build time, and a saved pipeline giving the same titles."""
import json
import subprocess
import sys

import pytest
import spacy

import kzeu_extract.components  # noqa: F401  (registers the factories)
from kzeu_extract.errors import DataError
from kzeu_extract.extensions import register_extensions
from kzeu_extract.langpacks import language_pack
from kzeu_extract.spans import read_items


def _titles(nlp, text):
    doc = nlp(text)
    return [(t["text"], t["title"], t["name"] and t["name"]["text"]) for t in read_items(doc, "titles")]


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    pipeline = spacy.blank("en")
    pipeline.add_pipe("kzeu_titles")
    return pipeline


def test_title_phrases_with_exact_offsets_and_names(nlp):
    text = "Deputy Prime Minister Lena Varga met the Foreign Minister of Estonia, Mart Kask."
    doc = nlp(text)
    items = read_items(doc, "titles")
    assert [(text[t["start"]:t["end"]], t["name"]["text"]) for t in items] == [
        ("Deputy Prime Minister", "Lena Varga"), ("Foreign Minister of Estonia", "Mart Kask")]
    assert items[1]["country"] == "EE" and "foreign_minister" in items[1]["keys"]
    assert [s.label_ for s in doc.spans["kzeu_titles"]] == ["TITLE", "TITLE"]


def test_french_pack_reads_french_titles():
    register_extensions()
    fr = spacy.blank("fr")
    fr.add_pipe("kzeu_titles")
    assert _titles(fr, "Le ministre des Affaires étrangères Paul Durand est arrivé.") == [
        ("ministre des Affaires étrangères", "ministre des Affaires étrangères", "Paul Durand")]


def test_empty_text_gives_no_titles(nlp):
    assert read_items(nlp(""), "titles") == []


def test_a_corrupted_titles_pack_fails_at_build_time_naming_file_key_and_entry(tmp_path, monkeypatch):
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "pack.json").write_text(json.dumps(language_pack("en").settings), encoding="utf-8")
    vocabulary = json.loads((language_pack("en").folder / "titles.json").read_text(encoding="utf-8"))
    vocabulary["heads"][2]["forms"] = "President"
    (folder / "titles.json").write_text(json.dumps(vocabulary), encoding="utf-8")
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    monkeypatch.setattr("kzeu_extract.langpacks._LOADED", {})
    pipeline = spacy.blank("en")
    with pytest.raises(DataError, match=r"titles\.json.*heads\.2\.forms"):
        pipeline.add_pipe("kzeu_titles")


def test_saved_pipeline_loads_in_a_fresh_process_with_the_same_output(tmp_path):
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_sentences")
    nlp.add_pipe("kzeu_titles")
    nlp.add_pipe("kzeu_people")
    text = "President of the European Council Charles Michel met Kazakh President Kassym-Jomart Tokayev."
    expected = [p["name"] for p in nlp(text)._.kzeu_people]
    nlp.to_disk(tmp_path / "pipe")
    code = ("import spacy, json, sys; import kzeu_extract.components; "
            f"nlp = spacy.load({str(tmp_path / 'pipe')!r}); "
            f"print(json.dumps([p['name'] for p in nlp({text!r})._.kzeu_people]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == expected == ["Charles Michel", "Kassym-Jomart Tokayev"]
