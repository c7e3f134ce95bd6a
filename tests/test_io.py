"""Reading inputs: decoding policy and the error for each kind of bad file."""
from pathlib import Path

import pytest

from kzeu_extract.errors import InputError
from kzeu_extract.io import Source, atomic_writer, decode, list_inputs, read_source


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

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
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
