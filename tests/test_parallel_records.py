"""The record path of parallel runs (issue 12): workers send records back as JSON text, the
JSON outputs write that text as it came, ``extract_many(jobs>1)`` reads it back into
DocumentRecords, and a worker holds several short documents at a time. The records' full
pydantic validation is checked here on a set of varied documents, so the contract the
JSON text stands for stays checked."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from kzeu_extract import api
from kzeu_extract.api import Document, ExtractionFailure, extract, extract_many, extract_many_json
from kzeu_extract.export import JsonLinesWriter, JsonWriter
from kzeu_extract.records import DocumentRecord
from kzeu_extract.workers import _AHEAD, _Task, _Worker

from record_invariants import violations

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD = 120   # seconds: a guard against a hung pool, not a speed test

TEXTS = {
    "visit.txt": textwrap.dedent("""\
        Foreign ministers meet in Vienna

        VIENNA, 14 March 2023 - The Foreign Minister of Austria, Anna Lindgren, received her
        Estonian counterpart Marek Kask in Vienna on Tuesday. The two ministers discussed energy
        links and signed the Agreement on Cultural Cooperation.

        "We have opened a new chapter," Lindgren said after the talks. Trade between the two
        countries rose by 12.5 percent last year to about 340 million euros.

        Kask will travel to Brussels next week for a meeting with the European Commission. The
        President of Estonia spoke by phone with the Chancellor of Austria on 10 March.
        """),
    "visite.txt": textwrap.dedent("""\
        Le ministre des Affaires étrangères de la France, Paul Garnier, s'est rendu à Tachkent le
        3 mai 2022 pour rencontrer le président de l'Ouzbékistan.

        Les deux parties ont signé un accord de coopération dans le domaine de l'éducation. Environ
        200 étudiants recevront une bourse chaque année, pour un montant de 2,5 millions d'euros.

        « Nous voulons aller plus loin », a déclaré Paul Garnier lors d'une conférence de presse.
        La prochaine réunion de la commission intergouvernementale aura lieu à Paris en octobre.
        """),
    "short.txt": "The Secretary-General of the United Nations called for calm on Friday.",
    "figures.txt": "Kazakhstan exported 3 million tonnes of grain in 2021, 40% more than in 2020; "
                   "the loan of $1.2 billion runs for 15 years.",
    "empty.txt": "",
    "spaces.txt": "   \n\n  ",
    "surrogate.txt": "A talk in Astana on 2 June 2021 \ud800 between the two ministers.",
}
SECTIONS = ["people", "offices", "organizations", "places", "dates", "figures", "agreements", "events",
            "quotes", "warnings"]


@pytest.fixture(scope="module")
def records() -> dict[str, DocumentRecord]:
    return {name: extract(text, source=name) for name, text in TEXTS.items()}


# --- the contract, fully validated ------------------------------------------------------------

def test_the_varied_documents_fill_every_section(records):
    for section in SECTIONS:   # so that the checks below see every kind of item
        assert any(getattr(record, section) for record in records.values()), section


def test_records_pass_full_validation_and_read_back_from_their_json_unchanged(records):
    for name, record in records.items():
        text = record.to_json()
        assert DocumentRecord.model_validate(record.model_dump()).to_json() == text, name
        assert DocumentRecord.model_validate_json(text).to_json() == text, name
        assert DocumentRecord.model_validate_json(text) == record, name
        assert violations(record, TEXTS[name]) == [], name


def test_json_numbers_keep_their_type_through_the_round_trip(records):
    cities = [p for r in records.values() for p in r.places if p.latitude is not None]
    figures = [f for r in records.values() for f in r.figures if f.value is not None]
    assert cities and figures
    for record in records.values():
        again = DocumentRecord.model_validate_json(record.to_json())
        for place, read in zip(record.places, again.places):
            assert (type(place.latitude), type(place.geonames_id)) == (type(read.latitude), type(read.geonames_id))
        for figure, read in zip(record.figures, again.figures):
            assert type(figure.value) is type(read.value)


# --- the library API: the same records, whatever the number of workers ----------------------

def _documents() -> list[Document]:
    return [Document(text, name) for name, text in TEXTS.items()]


def test_extract_many_gives_document_records_with_workers_as_without():
    serial = list(extract_many(_documents(), jobs=1))
    parallel = list(extract_many(_documents(), jobs=2))
    assert all(type(record) is DocumentRecord for record in parallel)
    assert [r.to_json() for r in parallel] == [r.to_json() for r in serial]
    assert [r.source.path for r in parallel] == list(TEXTS)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("indent", [None, 2])
def test_extract_many_json_is_each_records_to_json(records, jobs, indent):
    texts = list(extract_many_json(_documents(), indent=indent, jobs=jobs, timeout=60))
    assert texts == [records[name].to_json(indent) for name in TEXTS]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failure_stands_in_the_json_stream_in_its_place(monkeypatch, jobs):
    original = api._extract_one

    def failing(document, *args):   # workers are forked: they carry the replacement
        if "BROKEN" in document.text:
            raise ValueError("a bug")
        return original(document, *args)

    monkeypatch.setattr(api, "_extract_one", failing)
    docs = [Document(TEXTS["short.txt"], "a.txt"), Document("BROKEN text", "b.txt"), Document(TEXTS["figures.txt"], "c.txt")]
    results = list(extract_many_json(docs, jobs=jobs, errors="report"))
    assert isinstance(results[0], str) and isinstance(results[2], str)
    assert results[1] == ExtractionFailure("b.txt", "extraction failed (ValueError: a bug)")
    assert json.loads(results[2])["source"]["path"] == "c.txt"


# --- the writers take a record or its JSON text ---------------------------------------------

def test_json_writers_write_the_same_from_a_record_or_its_text(records):
    record = records["visit.txt"]
    for make in (JsonLinesWriter, lambda stream: JsonWriter(stream, single=False)):
        outputs = []
        for item in (record, record.to_json(make(io.StringIO()).indent)):
            stream = io.StringIO()
            writer = make(stream)
            writer.write(item)
            writer.write(item)
            writer.close()
            outputs.append(stream.getvalue())
        assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])[1] == json.loads(record.to_json())


# --- how the workers are handed their items --------------------------------------------------

def _held(*sizes: int) -> SimpleNamespace:
    tasks = [_Task(i, None, None, size) for i, size in enumerate(sizes)]
    return SimpleNamespace(tasks=tasks, held=sum(sizes))


def test_short_items_queue_up_a_long_one_goes_alone_and_a_killer_alone():
    short, long = _Task(9, None, None, 2_000), _Task(9, None, None, _AHEAD + 1)
    assert _Worker.may_take(_held(), short) and _Worker.may_take(_held(), long)   # an idle worker: any
    assert _Worker.may_take(_held(2_000, 3_000), short)
    assert not _Worker.may_take(_held(2_000), long)
    assert not _Worker.may_take(_held(_AHEAD - 1_000), short)    # the total would pass _AHEAD
    assert not _Worker.may_take(_held(_AHEAD + 5), short)         # nothing queues behind a long one
    killer = _Task(9, None, None, 10)
    killer.deaths = 1
    assert _Worker.may_take(_held(), killer) and not _Worker.may_take(_held(10), killer)


POOL_RUN = textwrap.dedent('''
    import json, os, signal, sys, time
    from kzeu_extract.workers import ordered_map

    flag = sys.argv[1]

    def work(item):
        name, size = item
        if name == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if name == "segv-once" and not os.path.exists(flag):
            open(flag, "w").close()
            os.kill(os.getpid(), signal.SIGSEGV)
        if name == "spin":
            while True:
                pass
        return f"{name}:{size}"

    items = [(f"d{i}", 100 if i % 5 else 50_000) for i in range(40)]
    items[3], items[11], items[20] = ("kill", 100), ("segv-once", 100), ("spin", 100)
    results = ordered_map(work, items, jobs=2, lost=lambda item, reason: f"lost {item[0]}: {reason}",
                          budget_of=lambda item: 2.0, size_of=lambda item: item[1],
                          prepare=lambda item: (item[0], item[1] * 2))
    print(json.dumps(list(results)))
''')


def test_items_come_out_once_in_order_when_workers_die_or_overrun_with_items_queued(tmp_path):
    result = subprocess.run([sys.executable, "-c", POOL_RUN, str(tmp_path / "flag")], capture_output=True,
                            text=True, timeout=HANG_GUARD, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    results = json.loads(result.stdout)
    expected = [f"d{i}:{200 if i % 5 else 100_000}" for i in range(40)]   # prepare's item is run
    expected[3] = "lost kill: worker process died (signal 9, SIGKILL) twice while extracting it"
    expected[11] = "segv-once:200"   # died once, then done in a new worker
    expected[20] = "lost spin: timed out after 2 s"
    assert results == expected
    assert (tmp_path / "flag").exists()


# --- nothing is built in a worker -----------------------------------------------------------

BUILT_IN_WORKERS = textwrap.dedent('''
    from kzeu_extract import api, extract_many, pipeline
    from kzeu_extract.components.organizations import known

    original = api._extract_one

    def counting(*args):
        before = pipeline._build_pipeline.cache_info().misses, known.known_names.cache_info().misses
        record = original(*args)
        after = pipeline._build_pipeline.cache_info().misses, known.known_names.cache_info().misses
        record.warnings.append(f"built: {after[0] - before[0]} pipelines, {after[1] - before[1]} name tables")
        return record

    api._extract_one = counting
    texts = ["The minister met the President of the European Commission in Brussels.",
             "Le ministre a rencontré la présidente de la Commission européenne à Bruxelles."]
    for record in extract_many(texts * 3, jobs=2, timeout=60):
        print(record.language, record.warnings[-1])
''')


def test_workers_build_no_pipeline_and_no_name_table_after_the_fork(tmp_path):
    result = subprocess.run([sys.executable, "-c", BUILT_IN_WORKERS], capture_output=True, text=True,
                            timeout=HANG_GUARD, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["en built: 0 pipelines, 0 name tables",
                                          "fr built: 0 pipelines, 0 name tables"] * 3
