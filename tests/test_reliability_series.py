"""The pathological series (bench/pathological.py: runs of one character, deep nesting,
hyphen chains, lone surrogates, numbers past float range), and the texts fuzzing found slow
(tests/fuzz_texts.py FOUND_CASES), at 10k characters: each case
extracts without an exception, without a hang and with a sound record (tests/record_invariants.py).

A hang guard, not a timing test: the cases run one after another in a child process that
prints a line per case; a case that gives no line within TIMEOUT seconds is a hang, the
child is killed and a new one goes on with the next case. The speed target is the
benchmark's (python bench/pathological.py).
"""
from __future__ import annotations

import itertools
import json
import os
import selectors
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from fuzz_texts import FOUND_CASES  # noqa: E402
from pathological import CASES  # noqa: E402

ALL_CASES = {**CASES, **FOUND_CASES}

SIZE = 10_000
TIMEOUT = 60.0     # seconds a case may take before it counts as a hang
STARTUP = 180.0    # seconds for the child to import spaCy and build the pipeline

_CHILD = """
import json, sys
from kzeu_extract import extract
from fuzz_texts import FOUND_CASES
from pathological import CASES
from record_invariants import violations
CASES = {**CASES, **FOUND_CASES}
extract("The minister met his counterpart in Paris on 3 May 2021.")
print(json.dumps({"ready": True}), flush=True)
for name in sys.argv[2:]:
    text = CASES[name](int(sys.argv[1]))
    try:
        found = violations(extract(text), text)
        result = {"case": name, "violations": found[:5]}
    except Exception as exc:
        result = {"case": name, "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
    print(json.dumps(result), flush=True)
"""


def _child(code: str, names: list[str]) -> subprocess.Popen:
    path = os.pathsep.join([str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")])
    return subprocess.Popen([sys.executable, "-c", code, str(SIZE), *names], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": path})


def _lines(process: subprocess.Popen, timeout: float):
    """The child's lines as they come (the first, after start-up, within STARTUP seconds);
    None when none comes in time."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    for wait in itertools.chain([STARTUP], itertools.repeat(timeout)):
        if not selector.select(wait):
            yield None
            return
        line = process.stdout.readline()
        if not line:
            return
        yield json.loads(line)


def run_series(names: list[str], code: str = _CHILD, timeout: float = TIMEOUT) -> dict[str, dict]:
    """case -> {"violations": [...]} or {"error": ...}, every case run once."""
    results: dict[str, dict] = {}
    pending = list(names)
    while pending:
        process = _child(code, pending)
        for line in _lines(process, timeout):
            if line is None:   # the first pending case hangs
                results[pending.pop(0)] = {"error": f"no result within {timeout:.0f} s"}
                break
            if "case" in line:
                results[line["case"]] = line
                pending.remove(line["case"])
        else:
            if pending:        # the child died inside a case
                results[pending.pop(0)] = {"error": f"the process died (exit {process.wait()})"}
        process.kill()
        process.wait()
    return results


@pytest.fixture(scope="module")
def series(request) -> dict[str, dict]:
    """The results of the cases this session runs (all of them, or those ``-k`` selects)."""
    selected = [item.callspec.params["case"] for item in request.session.items
                if getattr(item, "originalname", "") == "test_pathological_case_gives_a_sound_record"]
    return run_series(selected)


@pytest.mark.parametrize("case", list(ALL_CASES))
def test_pathological_case_gives_a_sound_record(series, case):
    result = series[case]
    assert "error" not in result, f"{case} at {SIZE} characters: {result['error']}"
    assert result["violations"] == [], f"{case} at {SIZE} characters: {result['violations']}"


def test_the_series_runner_reports_a_hang_and_goes_on():
    """The guard itself: a case that never ends is reported, and the next one still runs."""
    hanging = _CHILD.replace("    text = CASES", "    if name == 'tabs': __import__('time').sleep(600)\n    text = CASES")
    results = run_series(["tabs", "caps"], hanging, timeout=5)
    assert "no result" in results["tabs"]["error"]
    assert results["caps"] == {"case": "caps", "violations": []}
