"""`kzeu extract`, `kzeu events` and `kzeu timeline` as a table at a given --width (CliRunner):
no word of a name or a header split across lines, blocks where a table does not fit, the
events' evidence shortened."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu_extract.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "table_view"
runner = CliRunner()

# the fixture texts' names and the headers and labels of the lists
NAMES = ["Shavkat Mirziyoyev", "Karl Nehammer", "Bakhtiyor Saidov", "Alexander Schallenberg"]
WORDS = ["Mirziyoyev", "Nehammer", "Bakhtiyor", "Schallenberg", "Uzbekistan", "Samarkand", "Tashkent",
         "participants", "organization", "granularity", "mentions", "evidence", "reports", "country",
         "Co-operation", "2023-03-14", "2023-03-10"]
BOX = re.compile(r"[│┃┏┓┗┛┡┩┣┫━─┳┻╇╈┼┬┴┌┐└┘├┤╭╮╰╯]")


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("texts")
    for text in FIXTURES.glob("*.txt"):
        shutil.copy(text, folder / text.name)
    return folder


def table(*args, env=None) -> str:
    result = runner.invoke(app, [str(a) for a in args], env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def tokens(out: str) -> set[str]:
    return {word.strip(",;()…:·.'’") for word in BOX.sub(" ", out).split()}


def assert_no_word_split(out: str, width: int) -> None:
    assert max(len(line.rstrip()) for line in out.splitlines()) <= width
    seen = tokens(out)
    for word in WORDS:
        pieces = [(word[:k], word[k:]) for k in range(2, len(word) - 1)]
        split = [f"{a}/{b}" for a, b in pieces if a in seen and b in seen]
        assert not split, f"{word} broken at {width} columns: {split}\n{out}"


@pytest.mark.parametrize("width", [60, 80, 160])
def test_extract_never_splits_a_name_or_a_header(texts, width):
    out = table("extract", texts / "tashkent_visit.txt", "--format", "table", "--width", width)
    assert_no_word_split(out, width)
    for word in ("Mirziyoyev", "Schallenberg", "participants", "mentions"):
        assert word in tokens(out)


@pytest.mark.parametrize("width", [60, 80, 160])
def test_events_and_timeline_never_split_a_name_or_a_header(texts, width):
    for command in ("events", "timeline"):
        out = table(command, texts, "--format", "table", "--width", width)
        assert_no_word_split(out, width)
        assert {"Nehammer", "Saidov", "evidence"} <= tokens(out)


def test_a_wide_terminal_gets_tables_and_a_narrow_one_blocks(texts):
    wide = table("extract", texts / "tashkent_visit.txt", "--format", "table", "--width", 160)
    narrow = table("extract", texts / "tashkent_visit.txt", "--format", "table", "--width", 60)
    assert "┃ participants" in wide and "┃ name" in wide and "┃ offices" in wide
    # at 60 the people and the events are blocks; a list of short columns is still a table
    assert "┃ participants" not in narrow and "┃ offices" not in narrow and "┃ granularity" in narrow
    lines = [line.rstrip() for line in narrow.splitlines()]
    people = lines.index("People (4)")
    assert lines[people + 1] == "Shavkat Mirziyoyev"
    assert lines[people + 2].startswith("  offices:  President of the Republic of")
    assert "  participants: Bakhtiyor Saidov, Alexander Schallenberg" in lines
    assert "visit, in person, planned" in lines


def test_width_defaults_to_columns(texts):
    narrow = table("extract", texts / "tashkent_visit.txt", "--format", "table", env={"COLUMNS": "60"})
    assert max(len(line.rstrip()) for line in narrow.splitlines()) <= 60
    assert "People (4)\nShavkat Mirziyoyev\n" in "\n".join(line.rstrip() for line in narrow.splitlines())
    wide = table("extract", texts / "tashkent_visit.txt", "--format", "table", env={"COLUMNS": "160"})
    assert "┃ participants" in wide


def test_the_evidence_is_the_sentence_cut_around_a_participant(texts):
    out = table("events", texts / "tashkent_visit.txt", "--format", "table", "--width", 60)
    evidence = _field_values(out, "evidence")
    assert len(evidence) == 5
    call = next(value for value in evidence if "telephone" in value)
    assert call.startswith("On 10 March 2023, Bakhtiyor Saidov had a") and call.endswith("…")
    text = (texts / "tashkent_visit.txt").read_text(encoding="utf-8")
    for value in evidence:
        assert value.strip("…") in " ".join(text.split())
        assert len(value) <= 82
    wide = _field_values(table("events", texts / "tashkent_visit.txt", "--format", "table", "--width", 100),
                         "evidence")
    assert sum(map(len, wide)) > sum(map(len, evidence))  # a wider terminal shows more of each


def test_a_width_below_30_is_a_usage_error(texts):
    result = runner.invoke(app, ["extract", str(texts / "tashkent_visit.txt"), "--format", "table",
                                 "--width", "10"])
    assert result.exit_code == 2 and "--width" in result.output


def test_width_does_not_touch_the_other_formats(texts):
    plain = runner.invoke(app, ["events", str(texts), "--format", "csv"]).stdout
    assert runner.invoke(app, ["events", str(texts), "--format", "csv", "--width", "40"]).stdout == plain


def _field_values(out: str, label: str) -> list[str]:
    """The values of a field in a block list, its wrapped lines joined."""
    values, lines = [], out.splitlines()
    for number, line in enumerate(lines):
        if line.startswith(f"  {label}:"):
            parts = [line.split(":", 1)[1].strip()]
            indent = len(line) - len(line.split(":", 1)[1].lstrip())
            for following in lines[number + 1:]:
                if following[:indent].strip() or not following.strip():
                    break
                parts.append(following.strip())
            values.append(" ".join(parts))
    return values
