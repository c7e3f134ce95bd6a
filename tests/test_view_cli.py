"""`kzeu view` through Typer's CliRunner: inputs as `kzeu extract` takes them, errors one
line each with the batch going on, the page written atomically, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu_extract.cli import app

runner = CliRunner()

EN = "Charles Michel received Kassym-Jomart Tokayev in Brussels on 4 October 2021.\n"
FR = "Kassym-Jomart Tokaïev et Charles Michel se sont entretenus à Bruxelles le 4 octobre 2021.\n"


def run(*args):
    return runner.invoke(app, [str(arg) for arg in args])


def error_lines(result) -> list[str]:
    """The error lines on stderr (the closing "kzeu: wrote ..." summary left out)."""
    return [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("kzeu: wrote ")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    documents = tmp_path / "news"
    documents.mkdir()
    (documents / "en.txt").write_text(EN, encoding="utf-8")
    (documents / "fr.txt").write_text(FR, encoding="utf-8")
    return documents


def test_a_folder_gives_one_page_with_both_documents(folder, tmp_path):
    output = tmp_path / "out" / "report.html"
    output.parent.mkdir()
    result = run("view", folder, "--output", output, "--title", "Talks <October>")
    assert result.exit_code == 0, result.stderr
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Talks &lt;October&gt;</title>" in page
    assert page.count('<section class="document"') == 2
    assert "en.txt" in page and "fr.txt" in page
    assert 'class="mark"' in page and 'data-kb="kassym_jomart_tokayev"' in page
    assert [p.name for p in output.parent.iterdir()] == ["report.html"]   # no temporary file left


def test_a_bad_input_is_one_error_line_and_the_rest_is_shown(folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    output = tmp_path / "report.html"
    result = run("view", folder / "en.txt", tmp_path / "missing.txt", folder / "empty.txt", "--output", output)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 2 and "missing.txt" in errors[0] and "empty.txt" in errors[1]
    assert all(line.startswith("kzeu: error: ") and "Traceback" not in line for line in errors)
    assert output.read_text(encoding="utf-8").count('<section class="document"') == 1


def test_nothing_read_leaves_an_earlier_page_as_it_was(tmp_path):
    output = tmp_path / "report.html"
    output.write_text("earlier page", encoding="utf-8")
    result = run("view", tmp_path / "missing.txt", "--output", output)
    assert result.exit_code == 1
    assert output.read_text(encoding="utf-8") == "earlier page"
    assert "left as it was" in result.stderr


def test_usage_errors(folder, tmp_path):
    assert run("view", folder).exit_code == 2                         # --output is required
    result = run("view", "--output", tmp_path / "r.html")
    assert result.exit_code == 2 and "nothing to show" in result.stderr
    result = run("view", folder, "--output", tmp_path / "r.html", "--glob", "../*.txt")
    assert result.exit_code == 2 and "--glob" in result.stderr
    assert not (tmp_path / "r.html").exists()
    assert "view" in run("--help").stdout and run("view", "--help").exit_code == 0


def test_records_from_a_file_find_their_documents_while_unchanged(folder, tmp_path):
    records = tmp_path / "records.jsonl"
    assert run("extract", folder, "--format", "jsonl", "--output", records).exit_code == 0
    (folder / "fr.txt").write_text(FR.replace("octobre", "novembre"), encoding="utf-8")   # changed since
    output = tmp_path / "report.html"
    result = run("view", "--from", records, "--output", output)
    assert result.exit_code == 0, result.stderr
    page = output.read_text(encoding="utf-8")
    assert page.count('<section class="document"') == 2
    assert page.count('class="note"') == 1   # fr.txt changed: only its cited sentences
    assert "received" in page                # en.txt whole


def test_a_bad_record_line_is_reported_and_the_rest_shown(folder, tmp_path):
    records = tmp_path / "records.jsonl"
    assert run("extract", folder / "en.txt", "--format", "jsonl", "--output", records).exit_code == 0
    good = records.read_text(encoding="utf-8").strip()
    broken = json.loads(good)
    broken["events"][0]["type"] = "summit"   # no event type of the record's
    records.write_text("\n".join([good, "{not json", json.dumps(broken)]) + "\n", encoding="utf-8")
    output = tmp_path / "report.html"
    result = run("view", "--from", records, "--output", output)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 2 and "records.jsonl:2" in errors[0]
    assert "records.jsonl:3: events[0] is not an event (type 'summit'" in errors[1]
    assert output.read_text(encoding="utf-8").count('<section class="document"') == 1


def test_the_output_may_not_be_a_records_file(folder, tmp_path):
    records = tmp_path / "records.jsonl"
    assert run("extract", folder / "en.txt", "--format", "jsonl", "--output", records).exit_code == 0
    before = records.read_text(encoding="utf-8")
    result = run("view", "--from", records, "--output", records)
    assert result.exit_code == 2
    assert records.read_text(encoding="utf-8") == before


def test_a_document_given_twice_is_shown_once(folder, tmp_path):
    output = tmp_path / "report.html"
    result = run("view", folder, folder / "en.txt", "--output", output)
    assert result.exit_code == 0, result.stderr
    page = output.read_text(encoding="utf-8")
    assert page.count('<section class="document"') == 2
