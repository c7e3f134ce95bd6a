"""The `kzeu` command driven through Typer's CliRunner: exit codes and parseable output."""
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu_extract.cli import app

runner = CliRunner()

EN_TEXT = "President Tokayev met Charles Michel in Brussels on 10 January 2022.\n"
FR_TEXT = "Le président a rencontré le ministre à Paris le 3 mars 2021. Les deux parties ont discuté.\n"


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(FR_TEXT, encoding="utf-8")
    (folder / "notes.md").write_text(EN_TEXT, encoding="utf-8")
    return folder


def test_help_and_version():
    assert run("--help").exit_code == 0
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kzeu-extract ")
    for command in ("extract", "schema", "evaluate"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_jsonl_is_default_when_piped_and_folders_are_recursive(batch):
    result = run("extract", str(batch))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == ["a.txt", "b.txt"]
    assert [r["language"] for r in records] == ["en", "fr"]
    assert result.stderr == ""


def test_glob_option(batch):
    result = run("extract", str(batch), "--glob", "*.md")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == ["notes.md"]


def test_json_is_an_object_for_one_file_and_a_list_for_several(batch):
    one = run("extract", str(batch / "a.txt"), "--format", "json")
    assert one.exit_code == 0
    assert isinstance(json.loads(one.stdout), dict)
    several = run("extract", str(batch), "--format", "json")
    data = json.loads(several.stdout)
    assert isinstance(data, list) and len(data) == 2


def test_table_format_shows_the_document(batch, monkeypatch):
    monkeypatch.chdir(batch)  # a short path: a long one wraps inside the 80-column panel
    result = run("extract", "a.txt", "--format", "table")
    assert result.exit_code == 0
    assert "a.txt" in result.stdout and "language: en" in result.stdout


def test_stdin_and_options(tmp_path):
    result = run("extract", "-", "--format", "json", "--lang", "fr", "--date", "2022-01-10", input=EN_TEXT)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["path"] is None
    assert record["language"] == "fr"
    assert record["document_date"] == "2022-01-10"  # --date stands in for a missing publication date


def test_schema_command_prints_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"people", "events", "dates", "figures"} <= set(schema["properties"])


@pytest.mark.parametrize("args", [
    ["extract"],                                   # no path
    ["extract", "x.txt", "--format", "xml"],       # bad choice
    ["extract", "x.txt", "--date", "10/01/2022"],  # bad date
    ["extract", "x.txt", "--jobs", "0"],
    ["nonsense"],
])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


# --- bad input: one line naming the file, the batch goes on, exit code 1 ---------------

def _bad_inputs(folder: Path) -> dict[str, str]:
    """file name -> expected words in its error line."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    expected = {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary"}
    if os.geteuid() != 0:  # root reads anything; test_io covers the error path with a stub
        unreadable = folder / "unreadable.txt"
        unreadable.write_text(EN_TEXT, encoding="utf-8")
        unreadable.chmod(0)
        expected["unreadable.txt"] = "permission denied"
    return expected


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good1.txt").write_text(EN_TEXT, encoding="utf-8")
    (folder / "good2.txt").write_text(FR_TEXT, encoding="utf-8")
    expected = _bad_inputs(folder)
    result = run("extract", str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "emptydir"))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["source"]["path"]).name for r in records) == ["good1.txt", "good2.txt"]
    errors = result.stderr.strip().splitlines()
    for name, words in expected.items():
        line = next(line for line in errors if name in line)
        assert words in line
    assert any("missing.txt" in line and "no such file" in line for line in errors)
    assert all("Traceback" not in line for line in errors)


def test_folder_without_matching_files(tmp_path):
    (tmp_path / "only.md").write_text(EN_TEXT)
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert "no files matching '*.txt'" in result.stderr
    assert str(tmp_path) in result.stderr


def test_not_utf8_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre des Affaires étrangères a reçu à Genève son homologue "
                     "français, le 3 février 2021, pour des pourparlers très attendus.".encode("cp1252"))
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert "étrangères" in path.read_bytes().decode("cp1252")
    assert any("not UTF-8" in w for w in record["warnings"])


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(EN_TEXT.encode("utf-16"))
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["characters"] == len(EN_TEXT)


def test_text_longer_than_spacy_max_length_is_processed(tmp_path):
    import spacy

    limit = spacy.blank("en").max_length
    path = tmp_path / "long.txt"
    sentence = "The ministers met in Astana. "
    path.write_text(sentence * (limit // len(sentence) + 10), encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["characters"] > limit
    assert any("max_length" in w for w in record["warnings"])


def test_output_file_is_written_atomically_and_kept_when_all_fail(tmp_path):
    out = tmp_path / "out.jsonl"
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    result = run("extract", str(good), "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    first = out.read_text()
    assert json.loads(first)["source"]["path"] == str(good)
    # A run where nothing can be read leaves the earlier file whole.
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("extract", str(empty), "--output", str(out))
    assert result.exit_code == 1
    assert out.read_text() == first
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_jobs_keep_order(tmp_path):
    for i in range(6):
        (tmp_path / f"doc{i}.txt").write_text(EN_TEXT if i % 2 else FR_TEXT, encoding="utf-8")
    result = run("extract", str(tmp_path), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    names = [Path(json.loads(line)["source"]["path"]).name for line in result.stdout.splitlines()]
    assert names == [f"doc{i}.txt" for i in range(6)]
