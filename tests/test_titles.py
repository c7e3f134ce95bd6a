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


def _pack_copy(tmp_path, code, edit):
    """A copy of the installed ``code`` pack's pack.json and titles.json, edited."""
    folder = tmp_path / code
    folder.mkdir(parents=True)
    (folder / "pack.json").write_text(json.dumps(language_pack(code).settings), encoding="utf-8")
    vocabulary = json.loads((language_pack(code).folder / "titles.json").read_text(encoding="utf-8"))
    edit(vocabulary)
    (folder / "titles.json").write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_role_naming_no_head_fails_at_build_time(tmp_path, monkeypatch):
    _pack_copy(tmp_path, "en", lambda v: v["roles"]["royal_keys"].append("monarhc"))
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    monkeypatch.setattr("kzeu_extract.langpacks._LOADED", {})
    with pytest.raises(DataError, match=r"titles\.json.*roles\.royal_keys.*'monarhc'"):
        spacy.blank("en").add_pipe("kzeu_titles")


def test_a_credit_opener_that_is_no_regular_expression_fails_at_build_time(tmp_path, monkeypatch):
    _pack_copy(tmp_path, "en", lambda v: v["function_words"]["credit_openers"].append("Photo(s"))
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    monkeypatch.setattr("kzeu_extract.langpacks._LOADED", {})
    with pytest.raises(DataError, match=r"titles\.json.*function_words\.credit_openers.*Photo\(s"):
        spacy.blank("en").add_pipe("kzeu_people")


def test_an_unknown_function_word_list_fails_at_build_time(tmp_path, monkeypatch):
    _pack_copy(tmp_path, "en", lambda v: v["function_words"].update(conjuctions=["and"]))
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    monkeypatch.setattr("kzeu_extract.langpacks._LOADED", {})
    with pytest.raises(DataError, match=r"titles\.json.*function_words\.conjuctions"):
        spacy.blank("en").add_pipe("kzeu_titles")


def test_the_function_words_of_the_packs_read_also_are_read(nlp):
    wording = nlp.get_pipe("kzeu_titles").grammar.wording
    assert {"and", "et"} <= wording.conjunctions   # the English pack also reads the French one
    assert wording.list_separator.fullmatch(" et ") and wording.list_separator.fullmatch(", and ")
    assert wording.article_before.search("met the ") and wording.article_before.search("a reçu l'")


def test_a_pack_that_reads_no_other_pack_has_only_its_own_words():
    from kzeu_extract.langpacks import LanguagePack
    from kzeu_extract.components.titles.wording import Wording
    from kzeu_extract.components.titles.vocabulary import merged_vocabulary

    raw = dict(language_pack("en").raw("titles"), also_reads=[])
    alone = LanguagePack("en", None, language_pack("en").settings, {"titles": raw})
    wording = Wording(merged_vocabulary(alone))
    assert wording.conjunctions == {"and"} and "de" not in wording.genitive
    assert not wording.list_separator.fullmatch(" et ")


def test_names_in_other_scripts_follow_a_title(nlp):
    # Cyrillic and Armenian capitals are letters of a name like Latin ones
    assert _titles(nlp, "Prime Minister Никол Пашинян arrived.")[0][2] == "Никол Пашинян"
    assert _titles(nlp, "Prime Minister Նիկոլ Փաշինյան arrived.")[0][2] == "Նիկոլ Փաշինյան"


def test_also_read_packs_travel_with_a_saved_pipeline(tmp_path):
    """The English grammar also reads the French titles; a saved pipeline keeps them, so a
    fresh process whose installed French titles lack the minister heads still finds one."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_titles")
    text = "Le ministre Paul Durand est arrivé."
    expected = _titles(nlp, text)
    assert expected == [("ministre", "ministre", "Paul Durand")]
    nlp.to_disk(tmp_path / "pipe")
    _pack_copy(tmp_path / "installed", "fr",
               lambda v: v.update(heads=[h for h in v["heads"] if h["key"] != "minister"]))
    code = ("import spacy, json; import kzeu_extract.components; from kzeu_extract.spans import read_items; "
            "fresh = spacy.blank('en'); fresh.add_pipe('kzeu_titles'); "
            f"nlp = spacy.load({str(tmp_path / 'pipe')!r}); "
            "out = lambda p: [(t['text'], t['title'], t['name'] and t['name']['text']) for t in read_items(p(TEXT), 'titles')]; "
            "print(json.dumps([out(nlp), out(fresh)]))").replace("TEXT", repr(text))
    env = dict(__import__("os").environ, KZEU_LANG_PATH=str(tmp_path / "installed"))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    saved, installed = json.loads(run.stdout.strip().splitlines()[-1])
    assert [tuple(t) for t in saved] == expected
    assert [tuple(t) for t in installed] != expected   # (the installed French titles changed)
