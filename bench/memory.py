"""Peak memory of a streamed batch: ``kzeu extract DIR --format jsonl --output FILE`` on N
and on 10 x N generated documents; the peak must stay flat as the batch grows.

Peak RSS of the largest process is exact (``wait4`` in a small launcher process); the
process tree's (the CLI and its workers) is sampled every 20 ms.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

@dataclass
class Measured:
    seconds: float
    peak_rss_mib: float       # largest single process (the CLI or one worker), from wait4
    peak_tree_rss_mib: float  # the CLI and its workers together, sampled every 20 ms
    returncode: int


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


# Runs the command as its own child and reports that child's peak RSS. Needed because Linux
# carries a process's memory high-water mark across fork+exec: a child of this (large)
# benchmark process would report at least this process's size.
_LAUNCHER = """import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\n{MARKER}{usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""
_MAXRSS_MARKER = "KZEU_BENCH_MAXRSS_KIB="


def run_measured(command: list[str]) -> Measured:
    start = time.perf_counter()
    launcher = [sys.executable, "-S", "-c", _LAUNCHER.replace("{MARKER}", _MAXRSS_MARKER)]
    process = subprocess.Popen(launcher + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=child_env(), cwd=ROOT)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss_kib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode(errors="replace")  # drained: the child never blocks on it
    process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    messages, _, maxrss = stderr.rpartition(_MAXRSS_MARKER)
    if process.returncode:
        print(f"  ! {' '.join(command[:4])}... exited {process.returncode}: {messages.strip()[:300]}",
              file=sys.stderr)
    return Measured(round(seconds, 3), round(int(maxrss.strip() or 0) / 1024, 1), round(peak_tree / 1024, 1),
                    process.returncode)


def kzeu_command() -> list[str]:
    """This checkout's CLI (PYTHONPATH is set to the repository root by ``child_env``)."""
    return [sys.executable, "-m", "kzeu_extract"]


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def batch_run(folder: Path, jobs: int, output: Path) -> Measured:
    return run_measured(kzeu_command() + ["extract", str(folder), "--format", "jsonl", "--output", str(output),
                                          "--jobs", str(jobs)])
