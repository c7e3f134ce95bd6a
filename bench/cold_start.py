"""Cold start, side by side in one run: a bare ``import spacy; spacy.blank('en')`` against
``kzeu extract`` of one English and one French seed, each with a warm disk cache, plus the
first run with an empty cache folder.

usage: python bench/cold_start.py [--runs N] [--cold-runs N] [--en FILE] [--fr FILE] [--keep-env]

Each measurement is a fresh process (this checkout's code: PYTHONPATH is the repository
root); the commands alternate, run after run; the medians of wall and CPU time (user +
system of the child) are printed with their ratios to bare spaCy. By default Python's
bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE
unset) as in any installed package, and every command runs once first, unmeasured;
``--keep-env`` leaves the environment as it is.

Targets (issue 12): English <= 1.3 x bare spaCy; French within 0.3 s of English.

For reference (no target), "spaCy, CLI deferred" is the bare command as ``kzeu`` imports
spaCy: without spaCy's own command line (spacy_setup.defer_command_line), about a third of
``import spacy``; what ``kzeu`` costs beyond it is our own start-up.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BARE = "import spacy; spacy.blank('en')"
DEFERRED = "from kzeu_extract.spacy_setup import defer_command_line; defer_command_line(); " + BARE


def _run(command: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # cwd: the checkout, so that "-m kzeu_extract" cannot find another checkout in the current folder
    done = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _environment(keep: bool, scratch: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not keep:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    return env


def _extract(path: Path) -> list[str]:
    return [sys.executable, "-m", "kzeu_extract", "extract", str(path), "--format", "json"]


def measure(runs: int, cold_runs: int, english: Path, french: Path, keep_env: bool) -> dict[str, list]:
    with tempfile.TemporaryDirectory(prefix="kzeu-cold-start-") as scratch:
        scratch = Path(scratch)
        env = _environment(keep_env, scratch)
        warm = {**env, "KZEU_CACHE_DIR": str(scratch / "warm")}
        commands = {"bare spaCy": ([sys.executable, "-c", BARE], env),
                    "spaCy, CLI deferred": ([sys.executable, "-c", DEFERRED], env),
                    "kzeu en (warm)": (_extract(english), warm),
                    "kzeu fr (warm)": (_extract(french), warm)}
        for command, command_env in commands.values():   # bytecode and the warm cache written
            _run(command, command_env)
        times: dict[str, list] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (command, command_env) in commands.items():
                times[name].append(_run(command, command_env))
        for lang, path in (("en", english), ("fr", french)):
            name = f"kzeu {lang} (empty cache)"
            times[name] = [_run(_extract(path), {**env, "KZEU_CACHE_DIR": str(scratch / f"cold-{lang}-{n}")})
                           for n in range(cold_runs)]
    return times


def targets(times: dict[str, list]) -> list[dict]:
    """The issue's two start-up targets, on the median CPU times (wall in the table)."""
    medians = {name: statistics.median(c for _, c in runs) for name, runs in times.items() if runs}
    ratio = round(medians["kzeu en (warm)"] / medians["bare spaCy"], 2)
    gap = round(medians["kzeu fr (warm)"] - medians["kzeu en (warm)"], 2)
    return [{"name": "cold_start", "description": "cold start (English, warm cache) <= 1.3 x bare spaCy, CPU",
             "value": ratio, "limit": 1.3, "met": ratio <= 1.3},
            {"name": "cold_start_french", "description": "a French first document within 0.3 s of an English one, CPU",
             "value": gap, "limit": 0.3, "met": gap <= 0.3}]


def report(times: dict[str, list]) -> None:
    medians = {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
               for name, runs in times.items() if runs}
    bare_wall, bare_cpu = medians["bare spaCy"]
    print(f"{'command':26s} {'runs':>4s} {'wall s':>8s} {'CPU s':>8s} {'wall x':>7s} {'CPU x':>7s}")
    for name, (wall, cpu) in medians.items():
        print(f"{name:26s} {len(times[name]):4d} {wall:8.2f} {cpu:8.2f} {wall / bare_wall:7.2f} {cpu / bare_cpu:7.2f}")
    en_wall, en_cpu = medians["kzeu en (warm)"]
    fr_wall, fr_cpu = medians["kzeu fr (warm)"]
    print(f"\nEnglish / bare spaCy: wall {en_wall / bare_wall:.2f} x, CPU {en_cpu / bare_cpu:.2f} x (target <= 1.3)")
    print(f"French - English: wall {fr_wall - en_wall:+.2f} s, CPU {fr_cpu - en_cpu:+.2f} s (target <= 0.3 s)")
    deferred_cpu = medians["spaCy, CLI deferred"][1]
    print(f"kzeu's own start-up (English, beyond spaCy without its command line): CPU {en_cpu - deferred_cpu:+.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each warm command (default 5)")
    parser.add_argument("--cold-runs", type=int, default=1, help="runs with an empty cache folder (default 1)")
    parser.add_argument("--en", type=Path, default=SEEDS / "001_ec864e5263f40178.txt")
    parser.add_argument("--fr", type=Path, default=SEEDS / "003_88bd42d9571907a2.txt")
    parser.add_argument("--keep-env", action="store_true", help="do not cache bytecode in a temporary folder")
    parser.add_argument("--json", type=Path, help="also write the times and the targets to this file")
    args = parser.parse_args()
    times = measure(args.runs, args.cold_runs, args.en, args.fr, args.keep_env)
    report(times)
    if args.json:
        args.json.write_text(json.dumps({"times": times, "targets": targets(times)}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
