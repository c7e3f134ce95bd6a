"""--engine dask and kzeu_extract.dask: the same records as a local run, on a LocalCluster,
even when a worker dies mid-run. Skipped without the dask extra."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from kzeu_extract.dask import extract_bag, is_failure  # noqa: E402
from kzeu_extract.dask_engine.bags import partition_count  # noqa: E402
from kzeu_extract.dask_engine.engine import dask_results  # noqa: E402
from kzeu_extract.dask_engine.partitions import Item, Options  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GENERATED = 200
# Invented people and real places, combined into short English and French reports.
PEOPLE = ["Ardak Sembayev", "Liesel Margrethe Vos", "Tomasz Wierzba", "Amaia Etxeberria", "Kofi Mensah-Arthur",
          "Ines Carvalhal", "Bolat Dzhunusov", "Mirela Stanciu", "Hugo Lindfors", "Nadia Berrada"]
COUNTRIES_EN = ["Kazakhstan", "Portugal", "Ghana", "Romania", "Finland", "Morocco", "Poland", "Japan"]
COUNTRIES_FR = ["le Kazakhstan", "le Portugal", "le Ghana", "la Roumanie", "la Finlande", "le Maroc"]
CITIES = ["Astana", "Lisbon", "Accra", "Bucharest", "Helsinki", "Rabat", "Warsaw", "Geneva"]
MONTHS_EN = ["January", "March", "May", "June", "September", "November"]
MONTHS_FR = ["janvier", "mars", "mai", "juin", "septembre", "novembre"]


def _report(rng: random.Random) -> str:
    """A short invented news report, in English or French."""
    first, second = rng.sample(PEOPLE, 2)
    city, day, year = rng.choice(CITIES), rng.randint(1, 28), rng.randint(2015, 2024)
    if rng.random() < 0.7:
        country = rng.choice(COUNTRIES_EN)
        return (f"{city}, {rng.choice(MONTHS_EN)} {day}, {year} - Foreign Minister {first} met {second}, "
                f"the Ambassador of {country}, in {city} on Tuesday. They discussed trade worth "
                f"{rng.randint(2, 90)} million dollars.\n\n{second} said the talks were useful. "
                f"{first} will visit {rng.choice(COUNTRIES_EN)} next month.\n")
    country = rng.choice(COUNTRIES_FR)
    return (f"{city}, le {day} {rng.choice(MONTHS_FR)} {year} - Le ministre des Affaires étrangères {first} "
            f"a rencontré {second}, ambassadeur de {country}, à {city} mardi. Les deux hommes ont évoqué "
            f"des échanges de {rng.randint(2, 90)} millions d'euros.\n\n{first} a eu un entretien "
            f"téléphonique avec {second} le {rng.randint(1, 28)} {rng.choice(MONTHS_FR)}.\n")



def _kzeu(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kzeu_extract", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, 200 generated documents, and two inputs that cannot be read."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    rng = random.Random(17)
    for number in range(GENERATED):
        (folder / "generated" / f"{number // 50:02d}").mkdir(parents=True, exist_ok=True)
        (folder / "generated" / f"{number // 50:02d}" / f"doc{number:03d}.txt").write_text(
            _report(rng), encoding="utf-8")
    (folder / "generated" / "empty.txt").write_text("")
    (folder / "generated" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 40)
    return folder


@pytest.fixture(scope="module")
def local_run(corpus) -> subprocess.CompletedProcess:
    return _kzeu("extract", "seeds", "generated", "-f", "jsonl", cwd=corpus)


def test_engine_dask_on_two_local_workers_writes_the_local_runs_bytes(corpus, local_run):
    dask_run = _kzeu("extract", "seeds", "generated", "-f", "jsonl", "--engine", "dask", "--jobs", "2",
                     cwd=corpus)
    assert local_run.returncode == dask_run.returncode == 1       # the two unreadable inputs
    assert len(local_run.stdout.splitlines()) == GENERATED + 5 and _failure_lines(local_run) == 2
    assert dask_run.stdout == local_run.stdout                      # byte for byte, in input order
    failures = sorted(line for line in dask_run.stderr.splitlines() if line.startswith("kzeu: "))
    assert failures == sorted(line for line in local_run.stderr.splitlines() if line.startswith("kzeu: "))
    assert any("empty.txt" in line for line in failures) and any("binary.txt" in line for line in failures)


def _failure_lines(run: subprocess.CompletedProcess) -> int:
    return sum(1 for line in run.stderr.splitlines() if line.startswith("kzeu: "))


def test_engine_dask_writes_json_and_output_files_as_a_local_run(corpus, tmp_path):
    local = _kzeu("extract", "seeds", "-f", "json", "-o", str(tmp_path / "local.json"), cwd=corpus)
    dask_run = _kzeu("extract", "seeds", "-f", "json", "--engine", "dask", "-o", str(tmp_path / "dask.json"),
                     cwd=corpus)
    assert local.returncode == dask_run.returncode == 0, dask_run.stderr
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert "wrote 5 records" in dask_run.stderr


def test_scheduler_without_engine_dask_is_a_usage_error(corpus):
    run = _kzeu("extract", "seeds", "--scheduler", "tcp://127.0.0.1:1", cwd=corpus)
    assert run.returncode == 2 and "--engine dask" in run.stderr


def test_an_unreachable_scheduler_is_one_line_and_exit_2(corpus, monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "2s")
    run = _kzeu("extract", "seeds", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", cwd=corpus)
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "--scheduler tcp://127.0.0.1:9: cannot connect" in run.stderr
    assert run.stdout == ""


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as local_cluster:
        yield local_cluster


def test_a_worker_killed_mid_run_costs_no_record_and_duplicates_none(corpus, local_run, cluster):
    sources = sorted((corpus / "generated").rglob("doc*.txt"))
    items = [Item(str(path.relative_to(corpus)), str(path)) for path in sources]
    expected = {json.loads(line)["source"]["path"]: line for line in local_run.stdout.splitlines()
                if json.loads(line)["source"]["path"].startswith("generated")}
    with distributed.Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)   # worker address -> its process
        results, killed = [], None
        for result in dask_results(items, Options(form="json"), scheduler=cluster.scheduler_address):
            results.append(result)
            if killed is None:   # mid-run: one partition back, the others queued or running
                killed = next(iter(pids.values()))
                os.kill(killed, signal.SIGKILL)
                pending = len(items) - len(results)
        assert pending > 0 and killed not in client.run(os.getpid).values()   # the nanny started a new one
    paths = [json.loads(text)["source"]["path"] for text in results if not hasattr(text, "reason")]
    assert len(paths) == len(set(paths)) == len(expected)             # every record, exactly once
    assert {json.loads(text)["source"]["path"]: text for text in results} == expected


def test_extract_bag_gives_record_dicts_and_events_to_a_dataframe(corpus, cluster):
    pytest.importorskip("pandas")
    with distributed.Client(cluster.scheduler_address):
        bag = extract_bag([str(corpus / "seeds"), str(corpus / "generated" / "empty.txt")])
        results = bag.compute()
        events = bag.remove(is_failure).pluck("events").flatten().to_dataframe().compute()
    records = [result for result in results if not is_failure(result)]
    assert [is_failure(result) for result in results] == [False] * 5 + [True]
    assert results[-1]["path"].endswith("empty.txt") and results[-1]["reason"]
    assert [record["source"]["path"] for record in records] == sorted(record["source"]["path"] for record in records)
    assert len(events) == sum(len(record["events"]) for record in records) > 0
    assert {"type", "status", "date"} <= set(events.columns)


def test_partitions_keep_every_worker_busy_and_stay_small():
    assert partition_count(0, 2) == 1
    assert partition_count(3, 2) == 3
    assert partition_count(200, 2) == 8
    assert partition_count(100_000, 2) == 1000


def test_kzeu_events_with_engine_dask_merges_the_same_events(corpus):
    local = _kzeu("events", "seeds", "generated", "-f", "jsonl", cwd=corpus)
    dask_run = _kzeu("events", "seeds", "generated", "-f", "jsonl", "--engine", "dask", "-j", "2", cwd=corpus)
    assert local.returncode == dask_run.returncode == 1
    assert dask_run.stdout == local.stdout and len(local.stdout.splitlines()) > 20
    assert sorted(dask_run.stderr.splitlines()) == sorted(local.stderr.splitlines()), dask_run.stderr


def test_engine_dask_without_dask_installed_is_one_line_and_exit_2(corpus, tmp_path):
    hidden = tmp_path / "no-dask"   # a dask package that cannot be imported, found first
    (hidden / "dask").mkdir(parents=True)
    (hidden / "dask" / "__init__.py").write_text("raise ImportError('No module named dask')\n")
    env = {**os.environ, "PYTHONPATH": f"{hidden}{os.pathsep}{ROOT}"}
    run = subprocess.run([sys.executable, "-m", "kzeu_extract", "extract", "seeds", "--engine", "dask"], cwd=corpus,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "pip install 'kzeu-extract[dask]'" in run.stderr
