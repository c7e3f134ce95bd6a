"""Dates and document from language packs: build errors for corrupted pack files, the
components alone in blank pipelines, save/load in a fresh process, the grammar pieces."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError
from kzeu_extract.extensions import register_extensions
from kzeu_extract.langpacks import language_pack

ROOT = Path(__file__).resolve().parents[1]


def _components():
    register_extensions()
    import kzeu_extract.components  # noqa: F401


@pytest.fixture
def corrupted_pack(tmp_path, monkeypatch):
    """A copy of the English pack in a folder on KZEU_LANG_PATH (it overrides the installed one);
    ``corrupt(concern, change)`` edits one of its files."""
    folder = tmp_path / "lang" / "en"
    shutil.copytree(data_dir() / "lang" / "en", folder)
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path / "lang"))

    def corrupt(concern: str, change) -> Path:
        path = folder / f"{concern}.json"
        content = json.loads(path.read_text(encoding="utf-8"))
        change(content)
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return path

    return corrupt


@pytest.mark.parametrize("component", ["kzeu_dates", "kzeu_document"])
@pytest.mark.parametrize("concern, change, where", [
    ("dates", lambda c: c["months"][2].append(7), "months.2.2"),
    ("dates", lambda c: c.update(weekday_names=[]), "weekday_names"),
    ("dates", lambda c: c["relative_periods"].update(decade={"next decade": 10}), "relative_periods.decade"),
    ("dates", lambda c: c["relative_days"].update(tomorrow="one"), "relative_days.tomorrow"),
    ("document", lambda c: c.pop("publication_labels"), "publication_labels"),
])
def test_a_corrupted_pack_file_fails_at_build_with_file_key_and_entry(corrupted_pack, component, concern,
                                                                      change, where):
    if component == "kzeu_dates" and concern == "document":
        pytest.skip("kzeu_dates does not read document.json")
    _components()
    path = corrupted_pack(concern, change)
    with pytest.raises(DataError) as error:
        spacy.blank("en").add_pipe(component)
    message = str(error.value)
    assert str(path) in message and where in message


def test_the_twelve_months_are_checked(corrupted_pack):
    _components()
    corrupted_pack("dates", lambda c: c["months"].pop())
    with pytest.raises(DataError, match="months"):
        spacy.blank("en").add_pipe("kzeu_dates")


def test_a_corrupted_neutral_file_names_the_file(monkeypatch, tmp_path):
    from kzeu_extract.normalize.dates import vocabulary

    bad = {"head_date_line_months": {"es": [1]}, "head_date_line_weekdays": {}, "head_date_line_year_first": {},
           "head_date_line_joiners": []}
    monkeypatch.setattr(vocabulary, "load_data", lambda name: bad)
    with pytest.raises(DataError, match=r"dates\.json.*head_date_line_months\.es\.0"):
        vocabulary.head_date_lines.__wrapped__()


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The envoys met on 4 May 2021 and again in June.", [("4 May 2021", "2021-05-04"), ("June", "2021-06")]),
    ("fr", "Les envoyés se sont vus le 4 mai 2021, puis en juin.", [("4 mai 2021", "2021-05-04"), ("juin", "2021-06")]),
])
def test_the_components_work_alone_in_a_blank_pipeline(lang, text, expected):
    _components()
    nlp = spacy.blank(lang)
    nlp.add_pipe("kzeu_dates")
    doc = nlp(text)          # no kzeu_document: no reference date, years are not completed
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates][:1] == expected[:1]
    nlp.add_pipe("kzeu_document", first=True)
    doc = nlp(text)
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == expected


def test_a_year_with_its_month_in_another_pack_is_a_date():
    """A date holding its year reads the same in every pack's month names."""
    _components()
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_dates")
    doc = nlp("The decree of 12 juillet 2019 was cited.")
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == [("12 juillet 2019", "2019-07-12")]


_SAVED_TEXT = ("Talks in Brno\n\nBRNO, 9 October 2024 (Agency) - The ministers met yesterday and will meet "
               "again on Friday, before the 2030 Agenda review of 5-6 December.")


def _run_saved(path: Path) -> str:
    script = ("import json, sys, spacy\nimport kzeu_extract.components\n"
              f"nlp = spacy.load({str(path)!r})\ndoc = nlp({_SAVED_TEXT!r})\n"
              "print(json.dumps([doc._.kzeu_title, doc._.kzeu_document_date, doc._.kzeu_reference_date, "
              "doc._.kzeu_dates]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    return done.stdout


def test_a_saved_pipeline_gives_the_same_output_in_a_fresh_process(tmp_path):
    _components()
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_document")
    nlp.add_pipe("kzeu_dates", config={"dayfirst": False})
    doc = nlp(_SAVED_TEXT)
    expected = [doc._.kzeu_title, doc._.kzeu_document_date, doc._.kzeu_reference_date, doc._.kzeu_dates]
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "kzeu_dates" / "every_pack.json").exists()
    assert json.loads(_run_saved(tmp_path / "pipeline")) == json.loads(json.dumps(expected))


def test_a_saved_pipeline_keeps_its_vocabulary(tmp_path):
    """The saved pack files are the ones the finder uses on load, not the installed ones
    (the resolver, ``normalize.dates``, reads the installed packs)."""
    _components()
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_dates")
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "kzeu_dates" / "pack.json"
    content = json.loads(saved.read_text(encoding="utf-8"))
    content["files"]["dates"]["months"][4].append("Maius")
    saved.write_text(json.dumps(content), encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipeline")
    finder = loaded.get_pipe("kzeu_dates").finder
    assert [c.kind for c in finder.find("Signed on 3 Maius 2021.")] == ["full"]
    assert finder.find("Signed on 3 Maius 2021.") != nlp.get_pipe("kzeu_dates").finder.find("Signed on 3 Maius 2021.")


def test_the_finder_is_compiled_once_per_pack():
    from kzeu_extract.components.dates import date_finder

    assert date_finder(language_pack("fr")) is date_finder(language_pack("fr"))
    assert date_finder(language_pack("fr")) is not date_finder(language_pack("en"))


@pytest.mark.parametrize("lang, text, kinds", [
    ("en", "Talks began on Monday, 3 March 2025, and on 2025-03-04.", ["full", "iso"]),
    ("en", "She will march on 4/5/2025; may 2 is a typo.", ["numeric"]),
    ("fr", "Le lundi 3 mars 2025 puis le 4 mars, et depuis mai.", ["full", "day_month", "month"]),
])
def test_the_finder_kinds(lang, text, kinds):
    from kzeu_extract.components.dates import date_finder

    assert [c.kind for c in date_finder(language_pack(lang)).find(text)] == kinds


def test_candidates_are_kept_on_the_doc_for_that_text_only():
    from kzeu_extract.components.dates import date_finder

    finder = date_finder(language_pack("en"))
    nlp = spacy.blank("en")
    first, second = nlp.make_doc("Signed on 3 March 2025."), nlp.make_doc("Signed on 9 April 2024.")
    assert finder.candidates(first)[0].start == 10
    assert finder.candidates(second) == finder.find(second.text)
    assert finder.candidates(first) == finder.find(first.text)
