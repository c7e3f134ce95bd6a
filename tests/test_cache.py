"""The on-disk cache: where it lives, what a hit and a miss do, and that a broken or
unwritable cache only costs a rebuild."""
import os
import pickle
import re

import pytest

from kzeu_extract import cache, compiled_patterns


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KZEU_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_second_call_reads_the_file_instead_of_building(folder):
    build, calls = counting_build({"tables": [1, 2, 3]})
    assert cache.cached("tables", "k1", build) == {"tables": [1, 2, 3]}
    assert cache.cached("tables", "k1", build) == {"tables": [1, 2, 3]}
    assert len(calls) == 1
    assert len(list(folder.glob("tables-k1.pickle"))) == 1


def test_another_key_builds_again(folder):
    build, calls = counting_build("v")
    cache.cached("tables", "k1", build)
    cache.cached("tables", "k2", build)
    assert len(calls) == 2


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps("bare value, no tuple")])
def test_a_corrupt_file_is_rebuilt_and_rewritten(folder, content):
    folder.mkdir()
    (folder / "tables-k1.pickle").write_bytes(content)
    build, calls = counting_build([4, 5])
    assert cache.cached("tables", "k1", build) == [4, 5]
    assert len(calls) == 1
    assert pickle.loads((folder / "tables-k1.pickle").read_bytes()) == ([4, 5],)


def test_an_unwritable_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("KZEU_CACHE_DIR", str(blocker / "cache"))   # parent is a file
    build, calls = counting_build(7)
    assert cache.cached("tables", "k", build) == 7
    assert cache.cached("tables", "k", build) == 7
    assert len(calls) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_builds_in_memory(folder):
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert cache.cached("tables", "k", lambda: "built") == "built"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("setting", ["off", "", "0"])
def test_off_means_no_files(tmp_path, monkeypatch, setting):
    monkeypatch.setenv("KZEU_CACHE_DIR", setting)
    monkeypatch.chdir(tmp_path)
    assert cache.cache_folder() is None
    build, calls = counting_build(1)
    cache.cached("tables", "k", build)
    cache.cached("tables", "k", build)
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("KZEU_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_folder() == tmp_path / "kzeu-extract"


def test_content_key_changes_with_file_content(tmp_path):
    data = tmp_path / "names.json"
    data.write_text('["a"]')
    first = cache.content_key("places", data)
    assert cache.content_key("places", data) == first
    data.write_text('["b"]')
    assert cache.content_key("places", data) != first
    assert cache.content_key("places", [data]) == cache.content_key("places", [data])
    assert cache.content_key("other", data) != cache.content_key("places", data)


def test_no_temporary_file_is_left_behind(folder):
    cache.cached("tables", "k", lambda: list(range(1000)))
    assert sorted(p.name for p in folder.iterdir()) == ["tables-k.pickle"]


# --- re patterns stored with their compiled program -------------------------------------

PATTERNS = [
    re.compile(r"(?P<day>\d{1,2})\s+(?:janvier|février|mars)\b", re.IGNORECASE),
    re.compile(rb"ab+c?"),
    re.compile(r"(?iu)^saint[-‐][\w'’]+$"),
    re.compile(r"a(?=b)|(?<!c)d # comment", re.MULTILINE | re.DOTALL | re.VERBOSE),
    re.compile(r"(\w+)-\1"),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: repr(p.pattern)[:30])
def test_a_pattern_comes_back_equal_with_its_program(pattern):
    loaded = pickle.loads(compiled_patterns.dumps(pattern))
    assert loaded == pattern   # equal patterns have the same source, flags and program
    assert (loaded.groups, loaded.groupindex) == (pattern.groups, pattern.groupindex)
    assert compiled_patterns.program(pattern) is not None


def test_a_cached_pattern_matches_like_the_original(folder):
    pattern = re.compile(r"(?P<word>[A-Z]\w+)(?:-(?P=word))?")
    loaded = cache.cached("pattern", "k", lambda: {"find": pattern.finditer})["find"]
    again = cache.cached("pattern", "k", lambda: None)["find"]
    text = "Baden-Baden and Walla-Walla met Xu-Yu"
    assert [m.span() for m in again(text)] == [m.span() for m in loaded(text)] == \
        [m.span() for m in pattern.finditer(text)]


def test_another_interpreters_program_is_compiled_from_source(monkeypatch):
    stored = compiled_patterns.dumps(PATTERNS[0])
    monkeypatch.setattr(compiled_patterns, "INTERPRETER", ("another", "python"))
    assert pickle.loads(stored) == PATTERNS[0]
