"""The organizations component's parts on their own: the pack's grammar, the chain rules,
the choice among candidates; and the component as a spaCy citizen (blank pipelines, saved
and loaded in a fresh process, a broken pack file reported at build)."""
import json
import shutil
import subprocess
import sys

import pytest
import spacy

from kzeu_extract.components.organizations.candidates import KB, STRUCTURE, Candidate
from kzeu_extract.components.organizations.chain import Chain, organizations_in_chain
from kzeu_extract.components.organizations.grammar import grammar
from kzeu_extract.components.organizations.merge import merge, resolve
from kzeu_extract.components.organizations.sources import menu_spans, source_position
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.extensions import items
from kzeu_extract.langpacks import language_pack
from kzeu_extract.textkit import SpanSet, fold_same_length


@pytest.fixture(scope="module")
def en():
    return grammar(language_pack("en"))


def _chain_names(g, text, known=(), title_before=False):
    match = g.name_chain.search(text)
    tokens = [(m.start() + match.start(), m.end() + match.start(), m.group()) for m in g.token.finditer(match.group())]
    folded = fold_same_length(text)
    chain = Chain(g.words, tokens, [folded[a:b] for a, b, _ in tokens], SpanSet(known), frozenset(),
                  frozenset(), title_before)
    return [text[a:b] for a, b in organizations_in_chain(chain)]


@pytest.mark.parametrize("text, names", [
    ("Ruritania Water Agency", ["Ruritania Water Agency"]),
    ("Chairman of the Borduria Export Bank", ["Borduria Export Bank"]),
    ("Syldavia's Security Council", ["Security Council"]),
    ("Office of Trade Policy and the Council of Elders", ["Office of Trade Policy", "Council of Elders"]),
    ("Plan of Joint Action", []),
    ("Agency", []),
])
def test_names_in_a_chain(en, text, names):
    assert _chain_names(en, text) == names


def test_a_portfolio_after_a_title_is_not_the_body_s(en):
    assert _chain_names(en, "Union for Fisheries Policy", title_before=True) == []
    assert _chain_names(en, "Union for Fisheries Policy") == ["Union for Fisheries Policy"]


def test_the_grammar_is_compiled_once_per_pack():
    assert grammar(language_pack("fr")) is grammar(language_pack("fr"))
    assert grammar(language_pack("fr")) is not grammar(language_pack("en"))


def test_only_the_french_pack_goes_on_in_lower_case():
    fr = grammar(language_pack("fr"))
    assert fr.name_chain.match("Banque nationale du Zembla").group() == "Banque nationale du Zembla"
    en = grammar(language_pack("en"))
    assert en.name_chain.match("Banque nationale du Zembla").group() == "Banque"


@pytest.mark.parametrize("text, start, expected", [
    ("Story by Orbis Wire.", 9, True),
    ("(OWN) - The talks went on.", 1, True),
    ("The Orbis Wire office closed.", 4, False),
])
def test_source_positions(en, text, start, expected):
    end = start + len(text[start:].split(")")[0].split(" office")[0].rstrip("."))
    assert source_position(en, text, start, end) is expected


def test_menus_of_links_are_found():
    text = "Intro.\n- Home\n- Trade Office\n- Contact Us\nThe end."
    assert menu_spans(text) == [(7, text.index("\nThe end"))]


def test_a_known_body_wins_over_an_overlapping_structure():
    known = Candidate(0, 10, KB, "x", "X Body", "x")
    inside = Candidate(4, 10, STRUCTURE, "body", "Body", None)
    longer = Candidate(2, 20, STRUCTURE, "long", "Long Body", None)
    shorter = Candidate(12, 18, STRUCTURE, "short", "Short", None)
    assert resolve([inside, longer, known, shorter]) == [known, longer]


def test_merge_keeps_one_record_per_body_with_its_aliases():
    text = "Zembla Bank and ZB: ZB"
    found = merge(str.lower, text, [Candidate(0, 11, STRUCTURE, "zb", "Zembla Bank", None),
                                    Candidate(16, 18, STRUCTURE, "zb", "Zembla Bank", None),
                                    Candidate(20, 22, STRUCTURE, "zb", "Zembla Bank", None)])
    assert found == [{"name": "Zembla Bank", "aliases": ["ZB"], "kb_id": None,
                      "mentions": [{"text": "Zembla Bank", "start": 0, "end": 11},
                                   {"text": "ZB", "start": 16, "end": 18},
                                   {"text": "ZB", "start": 20, "end": 22}]}]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Borduria Railway Company said so.", "Borduria Railway Company"),
    ("fr", "La Banque centrale du Zembla a dit.", "Banque centrale du Zembla"),
])
def test_works_alone_in_a_blank_pipeline(lang, text, name):
    nlp = spacy.blank(lang)
    nlp.add_pipe("kzeu_organizations")
    assert name in {o["name"] for o in items(nlp(text), "organizations")}
    assert items(nlp(""), "organizations") == []


_TEXT = "The Syldavian Foreign Ministry and the Borduria Export Bank (BEB) met. BEB and the EU agreed."


def test_saved_and_loaded_in_a_fresh_process(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_places")
    nlp.add_pipe("kzeu_organizations")
    expected = items(nlp(_TEXT), "organizations")
    nlp.to_disk(tmp_path / "pipe")
    script = ("import json, sys, spacy\nfrom kzeu_extract.extensions import items\n"
              f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
              f"print(json.dumps(items(nlp({_TEXT!r}), 'organizations')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == expected


def test_a_corrupted_pack_file_fails_at_pipeline_build(tmp_path, monkeypatch):
    pack = tmp_path / "en"
    shutil.copytree(data_dir() / "lang" / "en", pack)
    content = json.loads((pack / "organizations.json").read_text(encoding="utf-8"))
    content["heads"] = ["Agency", 7]
    (pack / "organizations.json").write_text(json.dumps(content), encoding="utf-8")
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    with pytest.raises(DataError) as error:
        spacy.blank("en").add_pipe("kzeu_organizations")
    assert "organizations.json" in str(error.value) and "heads.1" in str(error.value)
