"""Issue 16, the command line's conventions: help, shared options, one error style, --output
(permissions, -, a missing folder, the closing summary), a closed pipe, the library's
language check and public names, evaluate's counts and its documents found beside the gold."""
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzeu_extract
from kzeu_extract.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Texts of our own (no article's sentences): two short reports, one in each language.
EN_TEXT = "Foreign Minister Adaora Quist met Chancellor Imre Valko in Vienna on 4 May 2021.\n"
FR_TEXT = "La ministre Odile Marchetti a reçu son homologue Tomas Lindqvist à Lyon le 9 juin 2020.\n"
COMMANDS = ("extract", "events", "timeline", "view", "evaluate", "schema", "kb")


def run(*args, input=None, env=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (news / "fr.txt").write_text(FR_TEXT, encoding="utf-8")
    return news


# --- help ------------------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_plain_for_every_command(command):
    short, long = run(command, "-h"), run(command, "--help")
    assert short.exit_code == long.exit_code == 0 and short.stdout == long.stdout
    text = short.stdout
    for leak in ("<list[", "<int", "<float", "<str>", "<file>", " range>", "x>=", "{PATH"):
        assert leak not in text, (command, leak)
    assert "Examples:" in text, command


def test_usage_line_metavars_and_sections():
    text = run("extract", "--help").stdout
    assert text.startswith("Usage: kzeu extract [OPTIONS] PATH...\n")
    for option in ("-f, --format FORMAT", "-o, --output FILE", "--lang LANG", "--date YYYY-MM-DD",
                   "-j, --jobs N", "--max-bytes N", "--timeout-per-doc SECONDS", "--model [LANG=]NAME",
                   "-h, --help"):
        assert option in text, option
    assert run("events", "--help").stdout.startswith("Usage: kzeu events [OPTIONS] [PATH...]\n")


def test_the_top_help_lists_every_command_with_its_whole_first_sentence():
    text = run("-h", env={"COLUMNS": "80"}).stdout
    commands = text.split("Commands:\n", 1)[1]
    joined = " ".join(commands.split())
    assert "..." not in commands
    assert "events Merge the events of many documents: one event per occasion, with every report of it." in joined
    assert "evaluate Score the extraction against gold annotations: precision, recall and F1." in joined


def test_shared_options_read_alike_in_every_command():
    """One definition: the same help line for --lang, --date, --jobs in each command."""
    def line_of(command: str, option: str) -> str:
        text = run(command, "--help", env={"COLUMNS": "200"}).stdout
        return next(line.strip() for line in text.splitlines() if line.strip().startswith(option))

    for option in ("--lang LANG", "--date YYYY-MM-DD", "-j, --jobs N", "--glob PATTERN", "--model [LANG=]NAME"):
        lines = {line_of(command, option) for command in ("extract", "events", "timeline", "view")}
        assert len(lines) == 1, (option, lines)


# --- errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ("extract", "--bogus", "x"),
    ("extract",),
    ("extract", "x.txt", "--lang", "de"),
    ("evaluate", "tests/gold/dev", "--lang", "de"),
    ("events", "--jobs", "0", "x.txt"),
    ("timeline", "x.txt", "--date", "2021-13-40"),
    ("kb", "who", "x", "--lang", "xx"),
])
def test_usage_errors_are_one_line_in_one_style_with_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kzeu: error: "), lines
    assert "Traceback" not in result.output and "Usage:" not in result.stderr


def test_lang_lists_the_choices(tmp_path):
    result = run("evaluate", tmp_path, "--lang", "de")
    assert "'de' is not one of 'en', 'fr'" in result.stderr


def test_a_file_error_and_a_usage_error_look_alike(folder):
    bad = run("extract", folder / "missing.txt").stderr.strip()
    usage = run("extract", folder, "--glob", "/abs/*.txt").stderr.strip()
    assert re.match(r"kzeu: error: \S+missing\.txt: no such file or folder$", bad)
    assert usage.startswith("kzeu: error: --glob '/abs/*.txt'")


# --- --output ------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "events", "timeline", "view"])
def test_output_file_mode_comes_from_the_umask_and_an_old_mode_is_kept(command, folder, tmp_path):
    out = tmp_path / "out.data"
    old = os.umask(0o027)
    try:
        assert run(command, folder, "-o", out).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    out.chmod(0o604)
    assert run(command, folder, "-o", out).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604


@pytest.mark.parametrize("command", ["extract", "events", "timeline", "view"])
def test_a_missing_output_folder_is_a_usage_error(command, folder, tmp_path):
    out = tmp_path / "no" / "such" / "out.data"
    result = run(command, folder, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kzeu: error: {out}: the folder {out.parent} does not exist")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", ["extract", "events", "view"])
def test_dash_output_means_stdout(command, folder, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = run(command, folder / "en.txt", "-o", "-", *(("-f", "jsonl") if command != "view" else ()))
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "-").exists()
    if command == "view":
        assert result.stdout.startswith("<!DOCTYPE html>")
    else:
        assert json.loads(result.stdout.splitlines()[0])
    assert "kzeu: wrote" not in result.stderr


def test_closing_summary_counts_records_and_failures(folder, tmp_path):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run("extract", folder, "-o", out)
    assert result.exit_code == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    last = result.stderr.strip().splitlines()[-1]
    assert re.fullmatch(rf"kzeu: wrote 2 records to {re.escape(str(out))} \(1 file failed\) in \d+\.\d s", last)


def test_closing_summary_of_events_and_view(folder, tmp_path):
    events = run("events", folder, "-o", tmp_path / "events.jsonl")
    written = len((tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines())
    assert re.search(rf"kzeu: wrote {written} events? to \S+events\.jsonl in \d+\.\d s", events.stderr)
    view = run("view", folder, "-o", tmp_path / "page.html")
    assert re.search(r"kzeu: wrote a page of 2 documents to \S+page\.html in \d+\.\d s", view.stderr)


def test_no_summary_without_output(folder):
    assert run("extract", folder, "-f", "jsonl").stderr == ""


# --- a closed pipe: a real one, through a subprocess --------------------------------------------

def _pipe_into_head(args: list[str], cwd: Path) -> tuple[int, bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    producer = subprocess.Popen([sys.executable, "-m", "kzeu_extract", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd, env=env)
    head = subprocess.run(["head", "-c", "100"], stdin=producer.stdout, capture_output=True, check=True)
    producer.stdout.close()   # only head holds the pipe's reading end now
    _, errors = producer.communicate(timeout=120)
    assert len(head.stdout) == 100
    return producer.returncode, errors


@pytest.mark.parametrize("output_format", ["jsonl", "table"])
def test_a_closed_pipe_ends_quietly_with_exit_0(tmp_path, output_format):
    news = tmp_path / "news"
    news.mkdir()
    for n in range(40):   # far more than a pipe's buffer, so writes meet the closed pipe
        (news / f"{n:02}.txt").write_text(EN_TEXT.replace("4 May", f"{n % 28 + 1} May"), encoding="utf-8")
    code, errors = _pipe_into_head(["extract", "news", "-f", output_format], tmp_path)
    assert code == 0 and errors == b"", errors.decode()


def test_a_closed_pipe_after_print_ends_quietly(tmp_path):
    code, errors = _pipe_into_head(["schema", "--fields"], tmp_path)
    assert code == 0 and errors == b""


# --- library ------------------------------------------------------------------------------

def test_extract_rejects_an_unsupported_language_with_the_cli_message():
    with pytest.raises(kzeu_extract.UnsupportedLanguage, match="'de' is not supported: not one of 'en', 'fr'"):
        kzeu_extract.extract("Der Minister reiste nach Bern.", lang="de")
    with pytest.raises(kzeu_extract.KzeuError):
        kzeu_extract.extract_many(["Der Minister reiste nach Bern."], lang="de")   # at the call, not later
    assert isinstance(kzeu_extract.UnsupportedLanguage("x"), kzeu_extract.KzeuError)


def test_the_public_api_is_listed():
    names = dir(kzeu_extract)
    for name in ("extract", "extract_many", "DocumentRecord", "KzeuError", "UnsupportedLanguage",
                 "build_pipeline", "merge_events", "json_schema", "__version__"):
        assert name in names and name in kzeu_extract.__all__
        assert getattr(kzeu_extract, name) is not None
    assert "import_module" not in names and "_PUBLIC" not in names


def test_license_file_is_mit():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "2026 kzeu-extract contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# --- evaluate ------------------------------------------------------------------------------

def _gold_folder(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    (gold / "docs").mkdir(parents=True)
    (gold / "docs" / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    entry = {"document": "en.txt", "people": [{"name": "Adaora Quist", "offices": ["Foreign Minister"]},
                                              {"name": "Imre Valko", "offices": ["Chancellor"]}],
             "dates": ["2021-05-04"], "events": [], "figures": [], "agreements": []}
    (gold / "en.json").write_text(json.dumps(entry), encoding="utf-8")
    return gold


def test_evaluate_finds_the_docs_folder_beside_the_gold(tmp_path):
    result = run("evaluate", _gold_folder(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == report["predicted_documents"] == 1


def test_evaluate_counts_are_what_precision_and_recall_divide(tmp_path):
    gold = _gold_folder(tmp_path)
    report = json.loads(run("evaluate", gold, "-f", "json").stdout)
    for name, c in report["categories"].items():
        if c["predicted"]:
            assert round(c["correct"] / c["predicted"], 3) == c["precision"], name
        if c["gold"]:
            assert round(c["found"] / c["gold"], 3) == c["recall"], name
    table = run("evaluate", gold, env={"COLUMNS": "120"}).stdout
    people = report["categories"]["people"]
    assert "correct/predicted" in table and "found/gold" in table
    assert f"{people['correct']}/{people['predicted']}" in table


def test_evaluate_of_the_bundled_dev_gold_needs_no_docs_option():
    result = run("evaluate", ROOT / "tests" / "gold" / "dev", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["predicted_documents"] == 10
