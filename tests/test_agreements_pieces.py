"""The agreements component's small pieces, its data files' checks, and the component on
its own (blank pipelines, saved and loaded in a fresh process). Invented sentences only."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import spacy

import kzeu_extract.components  # noqa: F401  (registers the factories)
from kzeu_extract.components.agreements.grammar import Grammar
from kzeu_extract.components.agreements.schema import AgreementsGrammar
from kzeu_extract.components.agreements.words import (
    alternation,
    content_key,
    head_alternation,
    singular,
)
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.knowledge.agreements import load as load_known
from kzeu_extract.langpacks import language_pack


def _grammar(code: str) -> Grammar:
    return Grammar(language_pack(code).concern("agreements"))


# --- words ------------------------------------------------------------------------
@pytest.mark.parametrize("word, code, expected", [
    ("treaties", "en", "treaty"),
    ("Memoranda", "en", "Memorandum"),
    ("protocols", "en", "protocol"),
    ("accords-cadres", "fr", "accord-cadre"),
    ("liés", "fr", "lié"),
    ("bus", "fr", "bus"),          # too short to be a plural
])
def test_plural_rules_of_each_pack(word, code, expected):
    assert singular(word, _grammar(code).plural_rules) == expected


def test_alternations_put_longer_words_first_and_break_compound_heads():
    assert alternation(["pact", "pacts"]).split("|") == ["pacts", "pact"]
    import re
    assert re.fullmatch(head_alternation(["convention-cadre"]), "convention- cadre")


def test_content_key_ignores_connectors_order_and_case():
    connectors = _grammar("en").connectors
    assert content_key("Trade Agreement", connectors) == content_key("Agreement on trade", connectors)


# --- grammar settings ---------------------------------------------------------------
def test_each_pack_says_how_it_writes_names():
    en, fr = _grammar("en").data, _grammar("fr").data
    assert en.title_case_names and en.pair_before_head and not en.compound_adjective_pairs
    assert not fr.title_case_names and not fr.pair_before_head and fr.compound_adjective_pairs


def test_a_pack_without_lists_or_resolutions_compiles():
    content = language_pack("en").raw("agreements")
    data = AgreementsGrammar.model_validate({**content, "list_heads": [], "resolution_heads": [],
                                             "lowercase_determiners": [], "lowercase_context": []})
    grammar = Grammar(data)
    assert grammar.list_heads is None and grammar.resolutions is None


# --- knowledge ------------------------------------------------------------------------
def test_known_instruments_load_typed_with_their_forms():
    known = load_known(data_dir())
    entry = next(iter(known.entries.values()))
    assert all(known.forms[form] == entry.id or form in known.forms for form in entry.forms())
    assert known.get(None) is None and known.get("no-such-id") is None


def test_a_corrupted_knowledge_file_names_file_entry_and_key(tmp_path):
    (tmp_path / "kb").mkdir()
    content = json.loads((data_dir() / "kb" / "agreements.json").read_text(encoding="utf-8"))
    content["agreements"]["entries"][3]["parties"] = "Kazakhstan"
    (tmp_path / "kb" / "agreements.json").write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(DataError, match=r"agreements\.json.*agreements\.entries\.3\.parties.*Kazakhstan"):
        load_known(tmp_path)


def test_duplicate_knowledge_ids_are_refused(tmp_path):
    (tmp_path / "kb").mkdir()
    content = json.loads((data_dir() / "kb" / "agreements.json").read_text(encoding="utf-8"))
    content["agreements"]["entries"].append(content["agreements"]["entries"][0])
    (tmp_path / "kb" / "agreements.json").write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(DataError, match="duplicate id"):
        load_known(tmp_path)


@pytest.mark.parametrize("key, value, shown", [
    ("heads", "Treaty", r"heads"),
    ("plural_rules", [{"ending": "s", "drop": -1}], r"plural_rules\.0\.drop"),
    ("party_names", {"EU": 3}, r"party_names\.EU"),
    ("hedas", ["Treaty"], r"hedas"),
])
def test_a_corrupted_pack_file_fails_at_pipeline_build(tmp_path, monkeypatch, key, value, shown):
    folder = tmp_path / "packs" / "en"
    shutil.copytree(data_dir() / "lang" / "en", folder)
    path = folder / "agreements.json"
    content = json.loads(path.read_text(encoding="utf-8"))
    content[key] = value
    path.write_text(json.dumps(content), encoding="utf-8")
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path / "packs"))
    nlp = spacy.blank("en")
    with pytest.raises(DataError, match=rf"{tmp_path.name}.*agreements\.json.*{shown}"):
        nlp.add_pipe("kzeu_agreements")


# --- the component on its own -------------------------------------------------------------
@pytest.mark.parametrize("code, text, name", [
    ("en", "Norway and Chile ratified the Treaty on Fisheries Cooperation last year.",
     "Treaty on Fisheries Cooperation"),
    ("fr", "La Norvège et le Chili ont ratifié le Traité de coopération halieutique en mars.",
     "Traité de coopération halieutique"),
])
def test_alone_in_a_blank_pipeline(code, text, name):
    nlp = spacy.blank(code)
    nlp.add_pipe("kzeu_agreements")
    doc = nlp(text)
    assert [a["name"] for a in doc._.kzeu_agreements] == [name]
    assert [s.text for s in doc.spans["kzeu_agreements"]] == [name]
    assert nlp("")._.kzeu_agreements == []


_RUN = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
print(json.dumps([a for text in sys.argv[2:] for a in nlp(text)._.kzeu_agreements], ensure_ascii=False))
"""


@pytest.mark.parametrize("code, texts", [
    ("en", ["Peru and Ghana signed the Agreement on Cultural Exchange between Peru and Ghana on Monday.",
            "Both sides welcomed the new Peru-Ghana framework agreement."]),
    ("fr", ["Le Pérou et le Ghana ont signé un mémorandum d'entente sur la coopération culturelle."]),
])
def test_saved_pipeline_gives_the_same_output_in_a_fresh_process(tmp_path, code, texts):
    nlp = spacy.blank(code)
    nlp.add_pipe("kzeu_agreements")
    expected = [a for text in texts for a in nlp(text)._.kzeu_agreements]
    assert expected
    nlp.to_disk(tmp_path / "pipe")
    out = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path / "pipe"), *texts],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == expected
