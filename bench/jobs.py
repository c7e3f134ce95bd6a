"""`kzeu extract DIR --jobs 1` against `--jobs J`, side by side in one run.

    .venv/bin/python bench/jobs.py                  # 2,000 documents, --jobs 1 and --jobs 2
    .venv/bin/python bench/jobs.py --docs 400 --rounds 3 --jobs 2

Writes N documents of the generated corpus (corpus.py) to a temporary folder and runs the
CLI of this checkout (PYTHONPATH = the repository root of this script) on them, at --jobs 1
and at --jobs J alternately, ``--rounds`` times each. Each run's wall time, and the CPU
time of its whole process tree (user + system of the CLI and of the workers it waited for,
by ``wait4``), and the machine's load average before and after. The speed-up is wall at 1
over wall at J, the CPU ratio CPU at J over CPU at 1, both from the best (fastest) round of
each. The outputs of the two settings must be the same bytes (checked).
Targets (issue 12): speed-up >= 1.6 on a quiet machine, CPU ratio <= 1.15.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus, write_corpus

SPEEDUP_TARGET, CPU_RATIO_TARGET = 1.6, 1.15


def run_cli(folder: Path, output: Path, jobs: int) -> dict:
    """One CLI run: wall and process-tree CPU seconds, load average around it."""
    command = [sys.executable, "-m", "kzeu_extract", "extract", str(folder), "--format", "jsonl",
               "--output", str(output), "--jobs", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"--jobs {jobs}: exit code {process.returncode}")
    return {"jobs": jobs, "wall": wall, "user": usage.ru_utime, "system": usage.ru_stime,
            "cpu": usage.ru_utime + usage.ru_stime, "load_before": load_before,
            "load_after": os.getloadavg()[0]}


def _row(run: dict) -> str:
    return (f"  --jobs {run['jobs']}  wall {run['wall']:7.2f} s   cpu {run['cpu']:7.2f} s "
            f"(user {run['user']:.2f}, sys {run['system']:.2f})   load {run['load_before']:.2f} -> "
            f"{run['load_after']:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2,000)")
    parser.add_argument("--jobs", type=int, default=2, help="the parallel setting compared with 1 (default 2)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each setting, alternating (default 1)")
    parser.add_argument("--json", type=Path, help="also write the runs and the targets to this file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kzeu-bench-jobs-") as tmp:
        folder = write_corpus(make_corpus(args.docs), Path(tmp) / "docs")
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        print(f"{args.docs} documents, {words} words; code: {ROOT}; {os.cpu_count()} CPUs")
        runs: dict[int, list[dict]] = {1: [], args.jobs: []}
        for _ in range(args.rounds):
            for jobs in (1, args.jobs):
                run = run_cli(folder, Path(tmp) / f"out-{jobs}.jsonl", jobs)
                runs[jobs].append(run)
                print(_row(run), flush=True)
        same = filecmp.cmp(Path(tmp) / "out-1.jsonl", Path(tmp) / f"out-{args.jobs}.jsonl", shallow=False)
    serial = min(runs[1], key=lambda r: r["wall"])
    parallel = min(runs[args.jobs], key=lambda r: r["wall"])
    speedup, cpu_ratio = serial["wall"] / parallel["wall"], parallel["cpu"] / serial["cpu"]
    print(f"speed-up --jobs {args.jobs} / --jobs 1: {speedup:.2f} x (target >= {SPEEDUP_TARGET}: "
          f"{'met' if speedup >= SPEEDUP_TARGET else 'MISSED'})")
    print(f"CPU --jobs {args.jobs} / --jobs 1: {cpu_ratio:.2f} x (target <= {CPU_RATIO_TARGET}: "
          f"{'met' if cpu_ratio <= CPU_RATIO_TARGET else 'MISSED'})")
    print(f"outputs identical: {'yes' if same else 'NO'}")
    if args.json:
        targets = [{"name": "jobs", "description": f"--jobs {args.jobs} >= {SPEEDUP_TARGET} x --jobs 1, wall "
                    f"({args.docs} documents; load {serial['load_before']:.1f})", "value": round(speedup, 2),
                    "limit": SPEEDUP_TARGET, "met": speedup >= SPEEDUP_TARGET},
                   {"name": "jobs_cpu", "description": f"--jobs {args.jobs} total CPU <= {CPU_RATIO_TARGET} x --jobs 1",
                    "value": round(cpu_ratio, 2), "limit": CPU_RATIO_TARGET, "met": cpu_ratio <= CPU_RATIO_TARGET},
                   {"name": "jobs_same_output", "description": "--jobs 1 and --jobs 2 write the same bytes",
                    "value": same, "limit": True, "met": same}]
        args.json.write_text(json.dumps({"runs": runs, "targets": targets}, indent=2), encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
