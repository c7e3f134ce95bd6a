"""`kzeu extract --engine dask` on 1 and 2 local workers beside `--jobs 1` and `--jobs 2`.

    .venv/bin/python bench/dask_bench.py              # 1,000 documents
    .venv/bin/python bench/dask_bench.py --docs 400

Each setting is one CLI run of this checkout over the same generated corpus (corpus.py):
wall time, documents per second, and the CPU time of the whole process tree (the CLI, and
the --jobs workers or the LocalCluster's scheduler, nannies and workers it waited for, by
``wait4``). Dask's overhead per document is (wall of --engine dask -j N - wall of --jobs N)
/ documents: the cluster's start (the workers building their pipelines) and the scheduling
of partitions. Every output must be the same bytes as --jobs 1's (checked). Without the
dask extra it says so and exits 0.
"""
from __future__ import annotations

import argparse
import filecmp
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus, write_corpus  # noqa: E402

SETTINGS = [("local", 1), ("local", 2), ("dask", 1), ("dask", 2)]


def run_cli(folder: Path, output: Path, engine: str, jobs: int) -> dict:
    """One CLI run: its wall and process-tree CPU seconds."""
    command = [sys.executable, "-m", "kzeu_extract", "extract", str(folder), "--format", "jsonl",
               "--output", str(output), "--jobs", str(jobs), "--engine", engine]
    start = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"--engine {engine} --jobs {jobs}: exit code {os.waitstatus_to_exitcode(status)}")
    return {"engine": engine, "jobs": jobs, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1,000)")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("distributed") is None:
        print("dask: the dask extra is not installed (pip install 'kzeu-extract[dask]'); skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="kzeu-bench-dask-") as tmp:
        folder = write_corpus(make_corpus(args.docs), Path(tmp) / "docs")
        print(f"dask: {args.docs} documents; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.2f}")
        runs = {}
        for engine, jobs in SETTINGS:
            output = Path(tmp) / f"{engine}-{jobs}.jsonl"
            run = runs[engine, jobs] = run_cli(folder, output, engine, jobs)
            same = filecmp.cmp(Path(tmp) / "local-1.jsonl", output, shallow=False)
            label = f"--engine {engine} --jobs {jobs}"
            print(f"  {label:26} wall {run['wall']:7.2f} s  {args.docs / run['wall']:7.1f} docs/s  "
                  f"cpu {run['cpu']:7.2f} s  same bytes as --jobs 1: {'yes' if same else 'NO'}", flush=True)
            if not same:
                return 1
    for jobs in (1, 2):
        extra = runs["dask", jobs]["wall"] - runs["local", jobs]["wall"]
        print(f"  Dask overhead at {jobs} worker{'s' if jobs > 1 else ''}: {1000 * extra / args.docs:+.2f} ms "
              f"per document ({extra:+.1f} s in all, the cluster's start included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
