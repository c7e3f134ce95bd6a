"""Start-up from the disk cache: a component's compiled state, the mark of validated data,
the language packs found. What comes from the cache must be what compiling gives, and a
changed file must be compiled and checked again."""
from __future__ import annotations

import json
import shutil

import pytest

from kzeu_extract import langpacks, pipeline, prepared
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.langpacks import LanguagePack
from kzeu_extract.records import doc_to_record

TEXTS = [
    "Foreign Minister Tomas Ferrante of Velmora met President Ines Carvalho in Lisbon on 9 October 2021.",
    "The two ministers signed the Treaty of Friendship and a $2.5 billion trade deal in Astana on Tuesday.",
    "\"We will meet again in May,\" said Chancellor Olaf Scholz after the phone call with Emmanuel Macron.",
    # cities found by the city index (not the place list): its look-ups must survive the cache
    "The delegation travelled on from Samarkand to Karaganda, then to Eindhoven and Mombasa.",
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, and pipelines and packs built again from it."""
    monkeypatch.setenv("KZEU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(langpacks, "_LOADED", {})
    pipeline._build_pipeline.cache_clear()
    yield tmp_path / "cache"
    pipeline._build_pipeline.cache_clear()


def _records(nlp):
    return [doc_to_record(nlp(text)).model_dump() for text in TEXTS]


def _rebuild(lang="en"):
    pipeline._build_pipeline.cache_clear()
    return pipeline.build_pipeline(lang)


def test_a_pipeline_from_the_cache_extracts_as_a_compiled_one(fresh, monkeypatch):
    compiled = _records(_rebuild())
    assert list(fresh.glob("component-kzeu_places-en-*.pickle"))
    calls = []
    original = prepared.SharedObjects.loads
    monkeypatch.setattr(prepared.SharedObjects, "loads", lambda self, data: calls.append(1) or original(self, data))
    loaded = _rebuild()
    assert len(calls) >= 8   # the components' states were read, not compiled
    assert _records(loaded) == compiled
    # shared objects are the process's own, not copies
    assert loaded.get_pipe("kzeu_places").knowledge is load_knowledge()
    assert loaded.get_pipe("kzeu_agreements").vocab is loaded.vocab


def test_the_cache_off_compiles(fresh, monkeypatch):
    monkeypatch.setenv("KZEU_CACHE_DIR", "off")
    compiled = _records(_rebuild())
    assert not fresh.exists()
    assert compiled == _records(_rebuild())


def _copy_pack(root, code="xx"):
    folder = root / "packs" / code
    shutil.copytree(data_dir() / "lang" / "en", folder)
    settings = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
    (folder / "pack.json").write_text(json.dumps({**settings, "code": code}), encoding="utf-8")
    return folder


def test_validated_data_is_not_checked_again_but_a_changed_file_is(fresh, monkeypatch, tmp_path):
    folder = _copy_pack(tmp_path)
    monkeypatch.setenv("KZEU_LANG_PATH", str(folder.parent))
    checked = []
    original = LanguagePack.validate_all
    monkeypatch.setattr(LanguagePack, "validate_all", lambda self: checked.append(self.code) or original(self))
    _rebuild("xx")
    _rebuild("xx")
    assert checked == ["xx"]
    (folder / "sentences.json").write_text(json.dumps({"abbreviations": "Hon"}), encoding="utf-8")
    monkeypatch.setattr(langpacks, "_LOADED", {})
    with pytest.raises(DataError, match="sentences.json"):
        _rebuild("xx")


def test_a_changed_pack_file_compiles_the_component_again(fresh, monkeypatch, tmp_path):
    from kzeu_extract.components.sentences import SentencesComponent

    folder = _copy_pack(tmp_path)
    monkeypatch.setenv("KZEU_LANG_PATH", str(folder.parent))
    compiled = []
    original = SentencesComponent.compile
    monkeypatch.setattr(SentencesComponent, "compile", lambda self, pack: compiled.append(1) or original(self, pack))
    _rebuild("xx")
    _rebuild("xx")
    assert len(compiled) == 1   # the second pipeline's component came from the cache
    rules = json.loads((folder / "sentences.json").read_text(encoding="utf-8"))
    rules["abbreviations"] = [*rules["abbreviations"], "Zorb"]
    (folder / "sentences.json").write_text(json.dumps(rules), encoding="utf-8")
    monkeypatch.setattr(langpacks, "_LOADED", {})
    nlp = _rebuild("xx")
    assert len(compiled) == 2
    assert len(list(nlp("Ask the Zorb. Smith will answer.").sents)) != \
        len(list(_rebuild_without_change(monkeypatch, folder, rules)("Ask the Zorb. Smith will answer.").sents))


def _rebuild_without_change(monkeypatch, folder, rules):
    """The pipeline of the pack as it was (the new abbreviation taken out again)."""
    rules = {**rules, "abbreviations": [a for a in rules["abbreviations"] if a != "Zorb"]}
    (folder / "sentences.json").write_text(json.dumps(rules), encoding="utf-8")
    monkeypatch.setattr(langpacks, "_LOADED", {})
    return _rebuild("xx")


class _Component:
    """A stand-in for a PackComponent whose compiled state holds a lambda (cannot pickle)."""

    def __init__(self, pack):
        self.pack, self.compiled = pack, 0

    def compile(self, pack):
        self.compiled += 1
        self.scorer = lambda text: len(text)


def test_a_state_that_does_not_pickle_is_compiled_every_time(fresh):
    nlp = pipeline.build_pipeline("en")
    pack = langpacks.language_pack("en")
    for _ in range(2):
        component = _Component(pack)
        with prepared.made_by_factory("test_component", {"size": 3}):
            prepared.compile_once(component, nlp)
        assert component.compiled == 1 and component.scorer("abc") == 3
