"""Ids and evidence that join a record's items: events[].id, people[].id, participant_ids,
initiator_id, each event's document, sentence and per-argument evidence, record.sentences;
the same on every run, in workers and for a long text read in chunks; `kzeu schema` shows
the fields. Sentences are our own, English and French."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kzeu_extract import chunking
from kzeu_extract.api import Document, extract, extract_many
from kzeu_extract.cli import app
from kzeu_extract.merging import merge_records

from record_invariants import violations

runner = CliRunner()

EN = ("On 10 March 2024, Kenyan President William Ruto met Russian Foreign Minister Sergey Lavrov in Nairobi. "
      "The two ministers discussed trade.")
FR = ("Le 12 mars 2025, le président Emmanuel Macron a reçu le chancelier Olaf Scholz à Paris. "
      "Il a ensuite rencontré le Premier ministre Mark Rutte.")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _event(record, *names):
    return next(e for e in record.events if set(names) <= set(e.participants))


def _person(record, name):
    return next(p for p in record.people if p.name == name)


@pytest.mark.parametrize("text", [EN, FR])
def test_ids_are_built_from_the_sha256_and_positions_and_hold_on_a_second_run(text):
    first, again = extract(text), extract(text)
    prefix = _sha(text)[:12]
    assert [e.id for e in first.events] == [e.id for e in again.events]
    assert [p.id for p in first.people] == [p.id for p in again.people]
    for event in first.events:
        assert event.id.startswith(f"e-{prefix}-{event.start}-")
    for person in first.people:
        assert person.id == f"p-{prefix}-{min(m.start for m in person.mentions)}"
    assert not violations(first, text)


def test_another_text_gives_other_ids():
    other = EN.replace("Nairobi", "Mombasa")
    assert {e.id for e in extract(EN).events}.isdisjoint({e.id for e in extract(other).events})


def test_participant_ids_are_aligned_with_participants():
    record = extract(EN)
    event = _event(record, "William Ruto", "Sergey Lavrov")
    ids = {p.name: p.id for p in record.people}
    assert event.participant_ids == [ids[name] for name in event.participants]
    assert event.initiator is None and event.initiator_id is None


@pytest.mark.parametrize("text, host", [
    ("At the invitation of President Emmanuel Macron, Chancellor Olaf Scholz visited Paris on 4 May 2023.",
     "Emmanuel Macron"),
    ("À l'invitation du président Cyril Ramaphosa, le Premier ministre Narendra Modi s'est rendu à Pretoria "
     "le 4 mai 2023.", "Cyril Ramaphosa"),
])
def test_a_person_initiator_has_the_person_id_and_its_words(text, host):
    record = extract(text)
    event = record.events[0]
    assert event.initiator == host
    assert event.initiator_id == _person(record, host).id
    assert event.evidence.initiator.text == host.split()[-1] or host in event.evidence.initiator.text


def test_each_event_carries_its_document():
    record = extract(EN, source="articles/kenya.txt")
    for event in record.events:
        assert event.document.path == "articles/kenya.txt"
        assert event.document.sha256 == record.source.sha256 == _sha(EN)


def test_stdin_text_has_a_null_document_path():
    assert all(e.document.path is None for e in extract(FR).events)


def test_sentences_hold_only_the_cited_ones_each_once():
    text = ("The weather was fine in the capital. Kenyan President William Ruto met Sergey Lavrov and held talks "
            "with Olaf Scholz in Nairobi on 10 March 2024. Markets closed higher.")
    record = extract(text)
    assert len(record.events) >= 2 and {e.sentence for e in record.events} == {1}
    assert [s.index for s in record.sentences] == [1]
    sentence = record.sentences[0]
    assert text[sentence.start:sentence.end] == sentence.text and sentence.text.startswith("Kenyan President")


def test_the_sentence_index_counts_the_document_sentences():
    record = extract(FR)
    later = _event(record, "Mark Rutte")
    assert later.sentence == 1
    assert [s.index for s in record.sentences] == [0, 1]
    # the event's own evidence stays its sentence (the contract's "text")
    assert later.text == record.sentences[1].text


@pytest.mark.parametrize("text, date, place", [
    (EN, "10 March 2024", "Nairobi"),
    (FR, "12 mars 2025", "Paris"),
    ("Foreign Minister Penny Wong will visit Port Moresby on 5 June 2025 to meet Prime Minister James Marape.",
     "5 June 2025", "Port Moresby"),
])
def test_evidence_gives_the_words_of_the_date_and_the_place(text, date, place):
    event = extract(text).events[0]
    assert event.evidence.date.text == date
    assert event.evidence.location.text == place
    for mention in (event.evidence.date, event.evidence.location):
        assert text[mention.start:mention.end] == mention.text


def test_a_dateline_place_gives_way_to_the_place_in_the_sentence():
    text = "NAIROBI, 10 March 2024 - President William Ruto met Sergey Lavrov in Nairobi on Monday."
    event = extract(text).events[0]
    assert event.location == "Nairobi"
    assert event.evidence.location.start == text.rindex("Nairobi")


@pytest.mark.parametrize("text, word", [
    ("Kenyan President William Ruto met Russian Foreign Minister Sergey Lavrov in Nairobi. "
     "The talks were held at the request of the Russian side.", "Russian"),
    ("Le président Kassym-Jomart Tokaïev a eu un entretien téléphonique avec le président Emmanuel Macron. "
     "L'entretien a eu lieu à l'initiative de la partie française.", "française"),
])
def test_a_side_named_by_its_adjective_is_the_initiator_evidence(text, word):
    event = extract(text).events[0]
    assert event.initiator is not None
    assert event.initiator_id is None   # a country, not a person
    assert event.evidence.initiator.text == word


def test_an_argument_taken_from_the_context_points_to_the_earlier_words():
    text = ("Secretary-General Antonio Guterres arrived in Geneva on 3 March 2008. Later that day he addressed "
            "the Council. After his speech, he met Foreign Minister Vuk Jeremic.")
    record = extract(text)
    event = _event(record, "Vuk Jeremic")
    if event.location:   # whatever the component decides, evidence points to its words
        assert event.evidence.location.text == "Geneva"
    if event.date:
        assert event.evidence.date.text == "3 March 2008"


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto met Russian Foreign Minister Sergey Lavrov.",
    "Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz.",
])
def test_no_argument_no_evidence(text):
    event = extract(text).events[0]
    assert event.date is None and event.location is None and event.initiator is None
    assert event.evidence.model_dump() == {"date": None, "location": None, "initiator": None}


def test_ids_do_not_change_the_values_the_scorer_reads():
    event = json.loads(extract(EN).to_json())["events"][0]
    assert isinstance(event["participants"], list) and all(isinstance(n, str) for n in event["participants"])
    assert isinstance(event["location"], str) and event["initiator"] is None
    assert event["text"] == EN[event["start"]:event["end"]]


def _long_text() -> str:
    parts = [
        "On 10 March 2024, Kenyan President William Ruto met Russian Foreign Minister Sergey Lavrov in Nairobi.",
        "Markets were calm. " * 30,
        "On 12 March 2025, President Cyril Ramaphosa received Prime Minister Narendra Modi in Pretoria.",
        "The weather stayed dry. " * 30,
        "On 4 May 2023, Chancellor Olaf Scholz visited Paris at the invitation of President Emmanuel Macron.",
    ]
    return "\n\n".join(parts)


def test_a_long_text_in_chunks_gets_ids_and_sentences_with_document_offsets(monkeypatch):
    text = _long_text()
    whole = extract(text, lang="en")
    monkeypatch.setattr(chunking, "LONG_TEXT_CHARS", 700)
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 700)
    parts = extract(text, lang="en")
    assert any("chunks" in w for w in parts.warnings)
    assert not violations(parts, text)
    assert len(parts.events) >= 3
    prefix = _sha(text)[:12]
    for event in parts.events:
        assert event.id.startswith(f"e-{prefix}-{event.start}-")
    last = parts.events[-1]   # read in the last chunk
    assert last.start > 1400 and last.evidence.date.start > last.start
    # the same ids, sentence numbers and evidence as the whole text read at once
    assert [e.id for e in parts.events] == [e.id for e in whole.events]
    assert [e.sentence for e in parts.events] == [e.sentence for e in whole.events]
    assert [e.evidence for e in parts.events] == [e.evidence for e in whole.events]
    assert parts.sentences == whole.sentences


def _chunk(source: dict, start_word: int, sentence_index: int) -> dict:
    """A chunk's record as plain data: one person, one event in one sentence."""
    text = "Ann Lee met Bob Ray."
    event = {"text": text, "start": 0, "end": len(text), "type": "meeting", "status": "held",
             "participants": ["Ann Lee", "Bob Ray"], "date": None, "initiator": None, "location": None,
             "sentence": sentence_index, "evidence": {"date": None, "location": None, "initiator": None}}
    empty = {k: [] for k in ("offices", "organizations", "places", "agreements", "dates", "figures", "quotes")}
    return {"source": source, "people": [
        {"name": "Ann Lee", "aliases": [], "mentions": [{"text": "Ann Lee", "start": start_word, "end": start_word + 7}]},
        {"name": "Bob Ray", "aliases": [], "mentions": [{"text": "Bob Ray", "start": 12, "end": 19}]}],
        "events": [event], "sentences": [{"index": sentence_index, "text": text, "start": 0, "end": len(text)}],
        "warnings": [], **empty}


def test_merging_chunks_shifts_sentences_drops_uncited_ones_and_makes_ids_again():
    source = {"path": None, "sha256": "ab" * 32, "characters": 100}
    merged = merge_records([(0, _chunk(source, 0, 0)), (50, _chunk(source, 0, 0))])
    # the second chunk's event is the first's (same people, type, date): left out, with its sentence
    assert len(merged["events"]) == 1 and [s["index"] for s in merged["sentences"]] == [0]
    assert merged["events"][0]["id"] == "e-abababababab-0-0"
    assert merged["people"][0]["id"] == "p-abababababab-0"
    assert merged["events"][0]["participant_ids"] == ["p-abababababab-0", "p-abababababab-12"]
    other = _chunk(source, 0, 0)
    other["events"][0]["date"] = "2024-03-10"
    other["events"][0]["evidence"]["date"] = {"text": "Ann", "start": 0, "end": 3}
    other["events"][0]["parties"] = [{"text": "Ann", "start": 0, "end": 3, "name": "Ann"}]
    merged = merge_records([(0, _chunk(source, 0, 0)), (50, other)])
    second = merged["events"][1]
    # the words inside an event move with it
    assert second["evidence"]["date"]["start"] == 50 and second["parties"][0]["start"] == 50
    # a chunk numbered from 0 again is numbered on; offsets are the document's
    assert second["sentence"] == 1 and second["start"] == 50 and second["id"] == "e-abababababab-50-0"
    assert [(s["index"], s["start"]) for s in merged["sentences"]] == [(0, 0), (1, 50)]


def test_extract_many_in_two_workers_gives_the_same_ids():
    texts = [Document(EN, "a.txt"), Document(FR, "b.txt"), Document(_long_text(), "c.txt")]
    serial = [r.to_json() for r in extract_many(texts)]
    parallel = [r.to_json() for r in extract_many(texts, jobs=2)]
    assert serial == parallel


def test_cli_json_and_jsonl_carry_the_ids(tmp_path):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    listed = runner.invoke(app, ["extract", str(tmp_path), "--format", "json"])
    lines = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert listed.exit_code == 0 and lines.exit_code == 0
    records = json.loads(listed.stdout)
    assert records == [json.loads(line) for line in lines.stdout.splitlines()]
    for record in records:
        for event in record["events"]:
            assert event["id"] and event["document"]["path"].endswith(record["source"]["path"][-5:])
            assert event["sentence"] in {s["index"] for s in record["sentences"]}


def test_cli_with_two_jobs_writes_the_same_records(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(EN.replace("Nairobi", ["Nairobi", "Mombasa", "Kisumu"][n]), encoding="utf-8")
    command = [sys.executable, "-m", "kzeu_extract", "extract", str(tmp_path), "--format", "jsonl"]
    serial = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    parallel = subprocess.run([*command, "--jobs", "2"], capture_output=True, text=True, check=True).stdout
    assert serial == parallel and len(serial.splitlines()) == 3


NEW_FIELDS = ["people[].id", "events[].id", "events[].participant_ids", "events[].initiator_id",
              "events[].document", "events[].document.path", "events[].document.sha256", "events[].sentence",
              "events[].evidence", "events[].evidence.date", "events[].evidence.location",
              "events[].evidence.initiator", "sentences", "sentences[].index"]


def test_schema_fields_show_every_new_field_with_a_description():
    result = runner.invoke(app, ["schema", "--fields"])
    assert result.exit_code == 0
    described = {line.split("\t")[0]: line.split("\t")[2] for line in result.stdout.splitlines()
                 if line.count("\t") == 2}
    for field in NEW_FIELDS:
        assert described.get(field), field


def test_schema_json_describes_the_new_fields():
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    event = schema["$defs"]["Event"]["properties"]
    for name in ("id", "participant_ids", "initiator_id", "document", "sentence", "evidence"):
        assert event[name].get("description"), name
    assert schema["$defs"]["Person"]["properties"]["id"]["description"]
    assert schema["properties"]["sentences"]["description"]
