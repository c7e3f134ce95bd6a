"""Language packs from outside the package: a new pack is one folder on $KZEU_LANG_PATH;
a broken or missing pack fails once, at pipeline build, with an error that says where."""
from __future__ import annotations

import json
import shutil

import pytest

from kzeu_extract import extract, extract_many
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError, UnsupportedLanguage
from kzeu_extract.pipeline import build_pipeline, supported_languages
from kzeu_extract.records import doc_to_record

# spaCy's multi-language class: a tokenizer with no language of its own
NEW_CODE = "xx"
TEXT = "Foreign Minister Tomas Ferrante of Velmora met President Ines Carvalho in Lisbon on 9 October 2021."


def _copy_pack(root, source="en", code=NEW_CODE):
    folder = root / code
    shutil.copytree(data_dir() / "lang" / source, folder)
    settings = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
    settings["code"] = code
    (folder / "pack.json").write_text(json.dumps(settings), encoding="utf-8")
    return folder


@pytest.fixture
def new_pack(tmp_path, monkeypatch):
    folder = _copy_pack(tmp_path)
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    return folder


def test_a_pack_on_the_search_path_is_a_language(new_pack):
    assert NEW_CODE in supported_languages()
    nlp = build_pipeline(NEW_CODE)
    assert nlp.lang == NEW_CODE
    record = doc_to_record(nlp(TEXT))
    assert record.language == NEW_CODE
    assert {p.name for p in record.people} >= {"Tomas Ferrante", "Ines Carvalho"}
    assert record.dates and record.dates[0].value == "2021-10-09"
    assert extract(TEXT, lang=NEW_CODE).people == record.people


def test_a_broken_pack_file_fails_at_build_naming_file_and_key(new_pack):
    (new_pack / "sentences.json").write_text(json.dumps({"abbreviations": "Hon"}), encoding="utf-8")
    with pytest.raises(DataError) as failure:
        build_pipeline(NEW_CODE)
    message = str(failure.value)
    assert "sentences.json" in message and "abbreviations" in message
    # one error for the batch, not a failure per document
    with pytest.raises(DataError):
        list(extract_many(["One text.", "Another text."], lang=NEW_CODE, errors="report"))


def test_an_unknown_key_in_a_pack_file_is_named(new_pack):
    rules = json.loads((new_pack / "sentences.json").read_text(encoding="utf-8"))
    rules["abbreviation"] = rules.pop("abbreviations")
    (new_pack / "sentences.json").write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(DataError, match="sentences.json.*abbreviation"):
        build_pipeline(NEW_CODE)


def test_a_pack_file_that_is_not_json_is_named(new_pack):
    (new_pack / "detection.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="detection.json"):
        build_pipeline(NEW_CODE)


def test_a_missing_pack_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    with pytest.raises(DataError) as failure:
        build_pipeline("zz")
    message = str(failure.value)
    assert "no language pack for 'zz'" in message
    for code in supported_languages():
        assert code in message


def test_a_text_in_a_language_without_a_pack_uses_the_fallback_with_a_warning():
    # detected, the language is kept and the fallback's rules run, with a warning ...
    record = extract("Die Minister trafen sich in Berlin. Sie sprachen über die Zusammenarbeit und den "
                     "Handel zwischen den beiden Ländern.")
    assert record.language == "de"
    assert any("no extraction rules" in warning for warning in record.warnings)
    # ... forced, it is refused as --lang refuses it (issue 16)
    with pytest.raises(UnsupportedLanguage, match="'de' is not supported"):
        extract("Die Minister trafen sich in Berlin.", lang="de")


def test_a_broken_languages_file_is_named(monkeypatch):
    from kzeu_extract.normalize import language

    monkeypatch.setattr(language, "load_data", lambda name: {"fallback": "en"})
    language.language_choices.cache_clear()
    try:
        with pytest.raises(DataError, match="languages.json.*fallback_language"):
            language.language_choices()
    finally:
        monkeypatch.undo()
        language.language_choices.cache_clear()
