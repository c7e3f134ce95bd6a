"""The events package's pieces: the event-type table, the pack grammar, the three stages,
corrupted data failing at build time, blank pipelines and a saved pipeline."""
import json
import shutil
import subprocess
import sys
import typing

import pytest
import spacy
from events_fixtures import make_doc

import kzeu_extract.components  # noqa: F401  (registers the factories)
from kzeu_extract.components.events import event_type_names, event_type_table
from kzeu_extract.components.events.table import validate_table
from kzeu_extract.data import data_dir
from kzeu_extract.errors import DataError

ALIYEV = {"Ilham Aliyev": ["President Ilham Aliyev", "Ilham Aliyev", "Aliyev"]}
SCHOLZ = {"Olaf Scholz": ["Chancellor Olaf Scholz", "Olaf Scholz", "Scholz"]}


def _table_content() -> dict:
    return json.loads((data_dir() / "event_types.json").read_text(encoding="utf-8"))["event_types"]


def test_the_type_names_come_from_the_table_and_match_the_record_contract():
    from kzeu_extract import records

    assert event_type_names() == ("meeting", "phone_call", "visit")
    assert set(typing.get_args(records.Event.model_fields["type"].annotation)) == set(event_type_names())


def test_table_columns_drive_the_differences():
    table = event_type_table()
    assert table.type_of_mode("phone") == "phone_call"
    assert table.type_of_mode("virtual") is None
    assert table["visit"].subject_only and not table["meeting"].subject_only
    assert table.on_site(None) and table.on_site("in_person") and not table.on_site("virtual")


def test_a_table_row_with_an_unknown_column_names_file_and_key():
    content = _table_content()
    content["types"]["visit"]["flies"] = True
    with pytest.raises(DataError, match=r"event_types\.json.*types\.visit\.flies"):
        validate_table(content)


def test_a_table_row_with_an_unknown_mode_is_refused():
    content = _table_content()
    content["types"]["meeting"]["default_mode"] = "telepathy"
    with pytest.raises(DataError, match=r"types\.meeting\.default_mode.*telepathy"):
        validate_table(content)


def _broken_pack(tmp_path, monkeypatch, concern: str, change) -> None:
    folder = tmp_path / "en"
    shutil.copytree(data_dir() / "lang" / "en", folder)
    path = folder / f"{concern}.json"
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(json.dumps(content), encoding="utf-8")
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))


@pytest.mark.parametrize("change,where", [
    (lambda c: c["triggers"]["meeting"][0].update(loud=True), r"triggers\.meeting\.0\.loud"),
    (lambda c: c.pop("planned_cues"), r"planned_cues"),
    (lambda c: c["triggers"].update(parade=[{"pattern": "paraded"}]), r"triggers\.parade.*no such event type"),
    (lambda c: c["triggers"]["phone_call"][0].update(mode="pigeon"), r"triggers\.phone_call\.0\.mode.*no such mode"),
])
def test_a_corrupted_events_pack_file_fails_when_the_pipeline_is_built(tmp_path, monkeypatch, change, where):
    _broken_pack(tmp_path, monkeypatch, "events", change)
    nlp = spacy.blank("en")
    with pytest.raises(DataError, match=r"events\.json.*" + where):
        nlp.add_pipe("kzeu_events")


def test_a_corrupted_quotes_pack_file_fails_when_the_pipeline_is_built(tmp_path, monkeypatch):
    _broken_pack(tmp_path, monkeypatch, "quotes", lambda c: c.update(speech_verbs="said"))
    with pytest.raises(DataError, match=r"quotes\.json.*speech_verbs"):
        spacy.blank("en").add_pipe("kzeu_quotes")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blank_pipelines_with_no_upstream_component(lang):
    nlp = spacy.blank(lang)
    nlp.add_pipe("kzeu_quotes")
    nlp.add_pipe("kzeu_events")
    doc = nlp("« Nous irons à Paris », dit-il. “We will go to Paris,” he said. They met on Monday.")
    assert doc._.kzeu_events == [] and [q["speaker"] for q in doc._.kzeu_quotes] == [None, None]


@pytest.mark.parametrize("text,lang,mode", [
    ("Ilham Aliyev had talks with Olaf Scholz by phone.", "en", "phone"),
    ("Ilham Aliyev s'est entretenu avec Olaf Scholz par téléphone.", "fr", "phone"),
    ("Ilham Aliyev held talks with Olaf Scholz via video link.", "en", "virtual"),
])
def test_a_mode_word_of_a_types_own_mode_makes_the_event_of_that_type(text, lang, mode):
    found = make_doc(text, people={**ALIYEV, **SCHOLZ}, lang=lang)._.kzeu_events
    expected = "phone_call" if mode == "phone" else "meeting"
    assert [(e["type"], e["mode"], e["location"]) for e in found] == [(expected, mode, None)]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz paid an official visit to Baku.", "en"),
    ("Olaf Scholz a effectué une visite officielle à Bakou.", "fr"),
])
def test_a_visit_is_its_travellers_and_its_place_the_destination(text, lang):
    found = make_doc(text, people={**ALIYEV, **SCHOLZ}, places={"Baku": ["Baku", "Bakou"]}, cities=["Baku"],
                     lang=lang)._.kzeu_events
    assert [(e["type"], e["participants"], e["location"], e["mode"]) for e in found] == [
        ("visit", ["Olaf Scholz"], "Baku", "in_person")]


def test_words_of_the_other_language_are_not_read():
    # the English pack knows no French trigger: "a rencontré" in an English text is no meeting
    found = make_doc("Ilham Aliyev a rencontré Olaf Scholz.", people={**ALIYEV, **SCHOLZ}, lang="en")._.kzeu_events
    assert found == []
    found = make_doc("Ilham Aliyev a rencontré Olaf Scholz.", people={**ALIYEV, **SCHOLZ}, lang="fr")._.kzeu_events
    assert [e["participants"] for e in found] == [["Ilham Aliyev", "Olaf Scholz"]]


_RUN_SAVED = """
import json, sys
import spacy
import kzeu_extract.components  # noqa: F401
nlp = spacy.load(sys.argv[1])
doc = nlp.make_doc(sys.argv[2])
doc._.kzeu_people = json.loads(sys.argv[3])
for _, pipe in nlp.pipeline:
    doc = pipe(doc)
print(json.dumps([doc._.kzeu_quotes, doc._.kzeu_events]))
"""


def test_a_saved_pipeline_gives_the_same_events_in_a_fresh_process(tmp_path):
    text = "Ilham Aliyev met Olaf Scholz in Berlin. “We agreed on many projects,” Aliyev said."
    people = [{"name": "Ilham Aliyev", "mentions": [{"text": "Ilham Aliyev", "start": 0, "end": 12},
                                                    {"text": "Aliyev", "start": 72, "end": 78}]},
              {"name": "Olaf Scholz", "mentions": [{"text": "Olaf Scholz", "start": 17, "end": 28}]}]
    nlp = spacy.blank("en")
    for name in ("kzeu_sentences", "kzeu_quotes", "kzeu_events"):
        nlp.add_pipe(name)
    doc = nlp.make_doc(text)
    doc._.kzeu_people = people
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    here = [doc._.kzeu_quotes, doc._.kzeu_events]
    assert here[0][0]["speaker"] == "Ilham Aliyev" and here[1][0]["participants"] == ["Ilham Aliyev", "Olaf Scholz"]
    nlp.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "kzeu_events" / "pack.json").exists()
    result = subprocess.run([sys.executable, "-c", _RUN_SAVED, str(tmp_path / "saved"), text, json.dumps(people)],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == json.loads(json.dumps(here))
