"""The real-article corpus (tests/gold/real): manifest and gold files agree and are well formed,
and the article texts themselves stay out of the repository."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from kzeu_extract.evaluate import load_gold

REAL = Path(__file__).parent / "gold" / "real"
MANIFEST = [json.loads(line) for line in (REAL / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
GOLD = load_gold(REAL)
HELDOUT = REAL.parent / "heldout"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_manifest_lines_have_every_field_once_per_file():
    for entry in MANIFEST:
        assert {"file", "url", "query", "sha256", "characters"} <= entry.keys(), entry
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), entry["file"]
        assert entry["url"].startswith(("http://", "https://")) and entry["query"].strip()
        assert isinstance(entry["characters"], int) and entry["characters"] > 200
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))


def test_corpus_size_and_languages():
    languages = [e["language"] for e in MANIFEST]
    assert len(MANIFEST) >= 60 and languages.count("en") >= 36 and languages.count("fr") >= 24


@pytest.mark.parametrize("folder", [REAL, HELDOUT], ids=["real", "heldout"])
def test_every_gold_file_has_a_manifest_line_and_back(folder):
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    assert sorted(g["document"] for g in load_gold(folder)) == sorted(e["file"] for e in manifest)
    for path in folder.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["document"] == path.stem + ".txt"


@pytest.mark.parametrize("gold", GOLD + load_gold(HELDOUT), ids=lambda g: g["document"][:6])
def test_gold_is_well_formed(gold):
    assert gold["language"] in ("en", "fr")
    assert gold["document_date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["document_date"])
    assert all(_DATE.match(d) for d in gold["dates"])
    names = {p["name"] for p in gold["people"]}
    for person in gold["people"]:
        assert all(isinstance(office, list) and office for office in person.get("offices", []))
    for event in gold["events"]:
        assert event["type"] in ("meeting", "phone_call", "visit")
        assert event.get("mode") in (None, "in_person", "virtual", "phone")
        assert event.get("date") is None or _DATE.match(event["date"])
        assert set(event["participants"]) <= names, event
    for figure in gold["figures"]:
        assert ("value" in figure) or ("min" in figure and "max" in figure), figure
        assert figure.get("currency") is None or re.fullmatch(r"[A-Z]{3}", figure["currency"])
    for category in ("organizations", "places", "agreements"):
        assert all(isinstance(item, list) and item for item in gold[category])


@pytest.mark.parametrize("folder", [REAL, HELDOUT], ids=["real", "heldout"])
def test_article_texts_are_git_ignored_and_untracked(folder):
    ignored = (REAL.parents[2] / ".gitignore").read_text().splitlines()
    assert f"tests/gold/{folder.name}/docs/" in ignored
    try:
        tracked = subprocess.run(["git", "ls-files", str(folder / "docs")], capture_output=True, text=True,
                                 cwd=folder, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    assert tracked == ""
