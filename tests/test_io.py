"""Reading inputs: decoding policy and the error for each kind of bad file."""
import os

import pytest

from kzeu_extract.errors import InputError, UsageError
from kzeu_extract.io import (Source, atomic_writer, check_pattern, decode, list_inputs, matches_pattern,
                             printable_path, read_source)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\n \n", "only white space"),
    (b"abc\x00def", "binary"),
])
def test_bad_bytes(data, reason):
    with pytest.raises(InputError) as err:
        decode(data, "some/file.txt")
    assert str(err.value).startswith("some/file.txt: ") and reason in str(err.value)


@pytest.mark.parametrize("encoded, warned", [
    ("Kazakhstan – EU «talks»".encode("utf-8"), False),
    ("Kazakhstan – EU «talks»".encode("utf-8-sig"), False),
    ("Kazakhstan – EU «talks»".encode("utf-16"), True),
])
def test_decoding_with_bom_or_utf8(encoded, warned):
    text, warnings = decode(encoded, "f")
    assert text == "Kazakhstan – EU «talks»"
    assert bool(warnings) == warned


def test_legacy_encoding_is_detected_and_reported():
    text = ("Le président de la République a reçu à l'Élysée le ministre des Affaires étrangères "
            "et ils ont évoqué la coopération économique régionale.")
    decoded, warnings = decode(text.encode("cp1252"), "f")
    assert decoded == text
    assert warnings and "not UTF-8" in warnings[0]


def test_unreadable_file(monkeypatch, tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("x")

    real_open = os.open

    def deny(name, *args, **kwargs):  # root reads anything: the denial is simulated
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(InputError, match="locked.txt: permission denied"):
        read_source(Source(str(path), str(path)))


def test_list_inputs_reports_missing_and_empty_folders(tmp_path):
    (tmp_path / "d").mkdir()
    listing = list_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "d"), "-"])
    assert [s.label for s in listing.sources] == ["<stdin>"]
    assert len(listing.errors) == 2


def test_atomic_writer_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_writer(target) as handle:
        handle.write("new\n")
    assert target.read_text() == "new\n"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_short_western_text_prefers_cp1252(encoding):
    text = "Réunion à Genève : très cordiale."
    decoded, warnings = decode(text.encode(encoding), "f")
    assert decoded == text and "cp1252" in warnings[0]


def test_central_european_text_keeps_its_own_encoding():
    text = "Zażółć gęślą jaźń: łódź i żółw."
    assert decode(text.encode("cp1250"), "f")[0] == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    text = "The talks in Astana – « très utiles » – ended on Friday.\n"
    decoded, warnings = decode(text.encode(encoding), "f")
    assert decoded == text and encoding in warnings[0]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    bytes(range(256)) * 8,
    "ab".encode("utf-16-le") + b"\x01\x00\x02\x00",  # NULs as in UTF-16, but control codes
])
def test_binary_is_still_refused(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, "f")


def test_printable_path():
    assert printable_path(os.fsdecode(b"dir/caf\xe9.txt")) == "dir/caf\\xe9.txt"
    assert printable_path("caf\u00e9.txt") == "caf\u00e9.txt"
    assert printable_path("x\ud800") == "x\\ud800"


@pytest.mark.parametrize("pattern, path, expected", [
    ("*.txt", "a.txt", True),
    ("*.txt", "sub/deeper/a.txt", True),
    ("*.txt", "a.md", False),
    ("sub/*.txt", "sub/a.txt", True),
    ("sub/*.txt", "x/sub/a.txt", True),
    ("sub/*.txt", "sub/x/a.txt", False),
    ("sub/**/*.txt", "sub/a.txt", True),
    ("sub/**/*.txt", "sub/x/y/a.txt", True),
    ("./*.txt", "a.txt", True),
])
def test_glob_patterns_match_as_rglob_would(pattern, path, expected):
    assert matches_pattern(check_pattern(pattern), tuple(path.split("/"))) is expected


@pytest.mark.parametrize("pattern", ["/etc/*", "../*.txt", "a/../../b", "", "/"])
def test_glob_patterns_that_leave_the_folder_are_refused(pattern):
    with pytest.raises(UsageError):
        check_pattern(pattern)
