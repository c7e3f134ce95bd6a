"""Parallel runs and the per-document time budget (issue 11): a worker that dies costs only
its document (retried once, then reported), a document that overruns its budget is one
error and the batch goes on, signals end a run without tracebacks, and every record comes
out exactly once, in input order.

The misbehaving documents are made by test hooks defined here only (HOOKS): a subprocess
replaces ``api.doc_to_record`` with a wrapper that kills its own process, spins or sleeps
when the text holds a marker. Workers are forked from that subprocess, so they carry the
wrapper. Production code has no hook. Every case that could hang runs in a subprocess with a
generous timeout (a hang guard, not a speed test). English-only runs say so (``lang="en"``):
a parallel run builds every language's pipeline before forking, and the tests need one."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu_extract import api
from kzeu_extract.cli import app
from kzeu_extract.workers import time_budget

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD = 60   # seconds

HOOKS = textwrap.dedent('''
    import os, re, signal, sys, time
    from kzeu_extract import api

    _original = api.doc_to_record

    def _hooked(doc):
        text = doc.text
        if "HOOK-KILL" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "HOOK-EXIT" in text:
            os._exit(3)
        if "HOOK-SEGV-ONCE" in text and not os.path.exists(os.environ["KZEU_TEST_FLAG"]):
            open(os.environ["KZEU_TEST_FLAG"], "w").close()
            os.kill(os.getpid(), signal.SIGSEGV)
        if "HOOK-SPIN" in text:
            while True:
                pass
        if "HOOK-REGEX" in text:   # catastrophic backtracking inside one re match
            re.match(r"(a+)+b", "a" * 64)
        if "HOOK-SLEEP" in text:
            with open(os.environ["KZEU_TEST_STARTED"], "w") as started:
                started.write(str(os.getpid()))
            time.sleep(600)
        return _original(doc)

    api.doc_to_record = _hooked
''')

API_RUN = textwrap.dedent('''
    import json
    from kzeu_extract import Document, ExtractionFailure, extract_many

    spec = json.loads(sys.argv[1])
    docs = [Document(text, path) for path, text in spec["docs"]]
    for run, options in enumerate(spec["runs"]):
        for result in extract_many(docs, errors="report", **options):
            if isinstance(result, ExtractionFailure):
                line = {"path": result.path, "failure": result.reason}
            else:
                line = {"path": result.source.path, "record": result.model_dump(mode="json")}
            print(json.dumps({"run": run, **line}), flush=True)
''')

CLI_RUN = textwrap.dedent('''
    from kzeu_extract.cli import main

    sys.argv = ["kzeu", *sys.argv[1:]]
    main()
''')


def _env(tmp_path: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "KZEU_TEST_FLAG": str(tmp_path / "flag"),
            "KZEU_TEST_STARTED": str(tmp_path / "started")}


def _run(code: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HOOKS + code, *args], capture_output=True, text=True,
                          env=_env(tmp_path), cwd=tmp_path, timeout=HANG_GUARD)


def _extract_many(tmp_path: Path, docs: list[tuple[str, str]], *runs: dict) -> list[list[dict]]:
    """What ``extract_many(docs, errors="report", **options)`` yields for each of ``runs``,
    one after the other in one subprocess."""
    result = _run(API_RUN, [json.dumps({"docs": docs, "runs": runs})], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return [[{k: v for k, v in line.items() if k != "run"} for line in lines if line["run"] == run]
            for run in range(len(runs))]


def _text(i: int) -> str:
    return f"The foreign minister of Belgium met his counterpart in Astana on {i % 28 + 1} May 2021."


# --- dead workers -------------------------------------------------------------------------

def test_a_dead_worker_costs_only_its_document(tmp_path):
    docs = [(f"d{i}.txt", _text(i)) for i in range(12)]
    docs[2] = ("killed.txt", "HOOK-KILL " + _text(2))        # dies at each attempt
    docs[5] = ("exits.txt", "HOOK-EXIT " + _text(5))         # os._exit(3) at each attempt
    docs[8] = ("once.txt", "HOOK-SEGV-ONCE " + _text(8))     # segfaults once, then succeeds
    [results] = _extract_many(tmp_path, docs, {"jobs": 2, "lang": "en"})
    assert [r["path"] for r in results] == [path for path, _ in docs]   # each once, in order
    failures = {r["path"]: r["failure"] for r in results if "failure" in r}
    assert failures == {
        "killed.txt": "worker process died (signal 9, SIGKILL) twice while extracting it",
        "exits.txt": "worker process died (exit code 3) twice while extracting it",
    }
    once = next(r for r in results if r["path"] == "once.txt")
    assert once["record"]["source"]["characters"] == len(docs[8][1])
    assert (tmp_path / "flag").exists()   # it did die once


def test_raise_mode_a_closed_stream_and_workers_killed_from_outside(tmp_path):
    code = textwrap.dedent('''
        import multiprocessing
        from kzeu_extract import KzeuError, extract_many

        texts = ["A text about Brussels.", "HOOK-KILL in Paris.", "Another text about Rome."]
        try:
            list(extract_many(texts, jobs=2, lang="en"))
        except KzeuError as exc:
            print("raised:", exc)
        stream = extract_many(["One text about Brussels."] * 20, jobs=2, lang="en")
        next(stream)
        stream.close()
        print("workers left:", len(multiprocessing.active_children()))

        # killed from outside (as by the OOM killer), busy or idle: each document still once
        texts = [f"Text number {i} about Brussels." for i in range(12)]
        stream = extract_many(texts, jobs=2, lang="en", errors="report")
        first = next(stream)
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
        sizes = [first.source.characters] + [record.source.characters for record in stream]
        print("after outside kills:", sizes == [len(text) for text in texts])
    ''')
    result = _run(code, [], tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "raised: <input>: worker process died (signal 9, SIGKILL) twice while extracting it" in result.stdout
    assert "workers left: 0" in result.stdout
    assert "after outside kills: True" in result.stdout


def test_many_documents_in_two_workers_come_out_once_each_in_order_as_with_one(tmp_path):
    french = "Le ministre belge des Affaires étrangères a rencontré son homologue à Astana le {} mai 2021."
    docs = [(f"d{i:02}.txt", french.format(i % 28 + 1) if i % 3 == 0 else _text(i)) for i in range(30)]
    serial, parallel = _extract_many(tmp_path, docs, {"jobs": 1}, {"jobs": 2, "timeout": 60})
    assert [r["path"] for r in parallel] == [path for path, _ in docs]
    assert parallel == serial
    assert {r["record"]["language"] for r in parallel} == {"en", "fr"}


# --- the time budget ------------------------------------------------------------------------

def test_a_document_over_its_budget_times_out_and_the_batch_goes_on(tmp_path):
    docs = [(f"d{i}.txt", _text(i)) for i in range(6)]
    docs[1] = ("spins.txt", "HOOK-SPIN " + _text(1))     # a pure-Python loop
    docs[3] = ("matches.txt", "HOOK-REGEX " + _text(3))  # one long re match
    # jobs=1: interrupted in-process; jobs=2: the worker is killed and replaced
    serial, parallel = _extract_many(tmp_path, docs, {"jobs": 1, "timeout": 3, "lang": "en"},
                                     {"jobs": 2, "timeout": 3, "lang": "en"})
    for results in (serial, parallel):
        assert [r["path"] for r in results] == [path for path, _ in docs]
        failures = {r["path"]: r["failure"] for r in results if "failure" in r}
        assert failures == {"spins.txt": "timed out after 3 s", "matches.txt": "timed out after 3 s"}


def test_the_budget_grows_with_long_texts_and_zero_is_no_limit():
    assert time_budget(60, 20_000) == 60
    assert time_budget(60, 1_000_000) == 60
    assert time_budget(60, 3_000_000) == 180
    assert time_budget(0, 20_000) is None and time_budget(None, 20_000) is None


def test_cli_timeout_is_one_error_line_and_exit_code_1(tmp_path, monkeypatch):
    original = api.doc_to_record

    def slow(doc):
        if "HOOK-SLEEP" in doc.text:
            time.sleep(30)   # bounded: if the budget failed, the test fails instead of hanging
        return original(doc)

    monkeypatch.setattr(api, "doc_to_record", slow)
    for name, text in (("a.txt", _text(1)), ("b.txt", "HOOK-SLEEP " + _text(2)), ("c.txt", _text(3))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--timeout-per-doc", "2"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"kzeu: error: {tmp_path / 'b.txt'}: timed out after 2 s"]
    written = [Path(json.loads(line)["source"]["path"]).name for line in result.stdout.splitlines()]
    assert written == ["a.txt", "c.txt"]


def test_cli_timeout_with_jobs_2(tmp_path):
    for name, text in (("a.txt", _text(1)), ("b.txt", "HOOK-SPIN " + _text(2)), ("c.txt", _text(3))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    arguments = ["extract", str(tmp_path), "--jobs", "2", "--timeout-per-doc", "3", "--lang", "en"]
    result = _run(CLI_RUN, arguments, tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"kzeu: error: {tmp_path / 'b.txt'}: timed out after 3 s"]
    written = [Path(json.loads(line)["source"]["path"]).name for line in result.stdout.splitlines()]
    assert written == ["a.txt", "c.txt"]


def test_cli_help_documents_the_budget():
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert "--timeout-per-doc" in result.stdout and "0: no limit" in result.stdout


# --- signals ------------------------------------------------------------------------------

def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status   # a zombie has ended; its reaper may be slow


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc to see the worker end")
@pytest.mark.parametrize("signum, to_group", [
    (signal.SIGTERM, False),   # `kill PID`: the parent only
    (signal.SIGTERM, True),    # a service manager stopping the whole group
    (signal.SIGINT, True),     # Ctrl-C on a terminal: the whole foreground group
])
def test_a_signal_mid_batch_ends_the_run_quietly_and_its_workers(tmp_path, signum, to_group):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(8):
        (inputs / f"d{i}.txt").write_text(("HOOK-SLEEP " if i == 3 else "") + _text(i), encoding="utf-8")
    started = tmp_path / "started"
    process = subprocess.Popen(
        [sys.executable, "-c", HOOKS + CLI_RUN, "extract", str(inputs), "--jobs", "2", "--lang", "en",
         "--output", str(tmp_path / "out.jsonl")],
        env=_env(tmp_path), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    worker = None
    try:
        worker = _wait_for_pid(started, process)
        (os.killpg if to_group else os.kill)(process.pid, signum)
        _, stderr = process.communicate(timeout=HANG_GUARD)
        assert process.returncode != 0
        assert "Traceback" not in stderr and len(stderr.splitlines()) <= 2, stderr
        deadline = time.monotonic() + HANG_GUARD
        while not _gone(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _gone(worker), "the worker outlived the run"
    finally:
        process.kill()
        if worker is not None and not _gone(worker):
            os.kill(worker, signal.SIGKILL)


def _wait_for_pid(started: Path, process: subprocess.Popen) -> int:
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline and process.poll() is None:
        if started.exists() and started.read_text():
            return int(started.read_text())
        time.sleep(0.1)
    raise AssertionError(f"the slow document never started: {process.communicate()[1]}")
