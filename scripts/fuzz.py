"""Fuzz the extractor: generated documents (tests/fuzz_texts.py) through ``kzeu_extract.extract``
under each language choice, every record checked against tests/record_invariants.py.

usage: python scripts/fuzz.py [--count 100000] [--seed 0] [--jobs 2] [--langs auto,en,fr] [--rotate]
                              [--timeout 60] [--slow 5] [--failures PATH] [--shrink] [--no-surrogates]
       python scripts/fuzz.py --show I      print document I of the seed (repr)

Document i is generated from ``random.Random(f"{seed}:{i}")``, so any finding is replayed
from its number alone. A document whose extraction runs past ``--timeout`` seconds counts
as a hang (the worker is replaced and the run goes on). At the end it prints the number of
documents, exceptions and invariant violations, then each distinct failure (exception type
and the innermost frame of our code, or the rule broken) with its count and its shortest
document, shrunk with ``--shrink``. Exit code 1 when there is any.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import queue
import random
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fuzz_texts import random_document  # noqa: E402
from record_invariants import violations  # noqa: E402

_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), "\ufffd")


class Hang(Exception):
    """The per-document time budget ran out."""


def generated(seed: int, index: int, surrogates: bool = True) -> str:
    text = random_document(random.Random(f"{seed}:{index}"))
    return text if surrogates else text.translate(_SURROGATES)


def _where(exc: BaseException) -> str:
    """The innermost frame in kzeu_extract (else the innermost) as path:function:line."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "kzeu_extract" in f.filename] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    path = frame.filename.split("kzeu_extract", 1)[-1].lstrip("/") if "kzeu_extract" in frame.filename \
        else os.path.basename(frame.filename)
    return f"{path}:{frame.name}:{frame.lineno}"


def _on_alarm(signum, frame):
    raise Hang("per-document time budget exceeded")


def check(text: str, lang: str | None, timeout: float = 0) -> list[tuple[str, str, str]]:
    """(kind, signature, message) of every failure of ``text`` under ``lang``:
    kind "exception" (a raise or a hang) or "violation" (a broken invariant)."""
    from kzeu_extract import extract

    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        record = extract(text, lang=lang)
    except Exception as exc:   # every exception is a finding
        return [("exception", f"{type(exc).__name__} at {_where(exc)}", str(exc)[:300])]
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return [("violation", message.split(":", 1)[0], message[:300]) for message in violations(record, text, lang)]


def _warm_up() -> None:
    from kzeu_extract import extract
    for lang in ("en", "fr"):
        extract("The minister met his counterpart in Paris on 3 May 2021.", lang=lang)


def _worker(first: int, args, langs, results, current) -> None:
    """Documents first, first + jobs, ...: findings and counts to ``results``."""
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    done = 0
    for index in range(first, args.count, args.jobs):
        current.value = index
        text = generated(args.seed, index, not args.no_surrogates)
        for lang in ([langs[index % len(langs)]] if args.rotate else langs):
            started = time.monotonic()
            for kind, signature, message in check(text, lang, args.timeout):
                results.put(("finding", index, lang, kind, signature, message, len(text)))
            seconds = time.monotonic() - started
            if seconds > args.slow:
                results.put(("slow", index, lang, seconds, len(text)))
        done += 1
        if done % 100 == 0:
            results.put(("progress", first % args.jobs, done))
            done = 0
    results.put(("progress", first % args.jobs, done))
    results.put(("finished", first % args.jobs))


class Run:
    """The parent's tally: documents done, findings by signature."""

    def __init__(self, count: int):
        self.count = count
        self.documents = 0
        self.exceptions = 0
        self.violations = 0
        self.by_signature: dict[str, dict] = {}
        self.slow: list[tuple[float, int, str | None, int]] = []

    def add(self, index, lang, kind, signature, message, length) -> None:
        if kind == "exception":
            self.exceptions += 1
        else:
            self.violations += 1
        entry = self.by_signature.setdefault(signature, {"kind": kind, "count": 0, "length": None})
        entry["count"] += 1
        if entry["length"] is None or length < entry["length"]:
            entry.update(index=index, lang=lang, message=message, length=length)


def _start(context, first, args, langs, results):
    current = context.Value("q", first)
    process = context.Process(target=_worker, args=(first, args, langs, results, current), daemon=True)
    process.start()
    return {"process": process, "current": current, "seen": first, "since": time.monotonic()}


def _watch(workers: dict, run: Run, args, langs, context, results) -> None:
    """Replace a worker stuck on one document past the budget (a hang the alarm did not
    break, e.g. inside a C loop) or dead: that document counts as a failure."""
    for lane, worker in list(workers.items()):
        index = worker["current"].value
        if index != worker["seen"]:
            worker["seen"], worker["since"] = index, time.monotonic()
        stuck = time.monotonic() - worker["since"] > args.timeout * len(langs) + 60
        if not stuck and (worker["process"].is_alive() or worker["process"].exitcode == 0):
            continue   # working, or finished (its last messages are still in the queue)
        worker["process"].kill()
        worker["process"].join()
        reason = "hang past the budget" if stuck else f"worker died (exit {worker['process'].exitcode})"
        run.add(index, None, "exception", reason, reason, len(generated(args.seed, index)))
        run.documents += 1
        nxt = index + args.jobs
        workers.pop(lane)
        if nxt < args.count:
            workers[lane] = _start(context, nxt, args, langs, results)


def fuzz(args, langs) -> Run:
    _warm_up()   # build the pipelines once, before the workers fork
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = {lane: _start(context, lane, args, langs, results) for lane in range(min(args.jobs, args.count))}
    run = Run(args.count)
    started, last_report = time.monotonic(), time.monotonic()
    while workers:
        try:
            message = results.get(timeout=1)
        except queue.Empty:
            _watch(workers, run, args, langs, context, results)
            continue
        if message[0] == "finding":
            run.add(*message[1:])
        elif message[0] == "slow":
            run.slow.append((message[3], message[1], message[2], message[4]))
        elif message[0] == "progress":
            run.documents += message[2]
        elif message[0] == "finished":
            workers.pop(message[1], None)
        if time.monotonic() - last_report > 30:
            last_report = time.monotonic()
            rate = run.documents / (last_report - started)
            print(f"  {run.documents} documents, {run.exceptions} exceptions, {run.violations} violations"
                  f" ({rate:.1f} documents/s)", file=sys.stderr, flush=True)
    run.seconds = time.monotonic() - started
    return run


def shrink(text: str, lang: str | None, signature: str, timeout: float, budget: int = 400) -> str:
    """A shorter text with the same failure: remove ever smaller chunks while it persists."""
    def same(candidate: str) -> bool:
        return any(sig == signature for _, sig, _ in check(candidate, lang, timeout))

    chunk = max(len(text) // 2, 1)
    while chunk >= 1 and budget > 0:
        start, removed = 0, False
        while start < len(text) and budget > 0:
            candidate = text[:start] + text[start + chunk:]
            budget -= 1
            if same(candidate):
                text, removed = candidate, True
            else:
                start += chunk
        if not removed:
            chunk //= 2
    return text


def report(run: Run, args, langs) -> None:
    """Each distinct failure (most frequent first) and the slowest documents, then the counts."""
    failures = sorted(run.by_signature.items(), key=lambda kv: -kv[1]["count"])
    with open(args.failures, "w", encoding="utf-8") if args.failures else contextlib.nullcontext() as out:
        for signature, entry in failures:
            text = generated(args.seed, entry["index"], not args.no_surrogates)
            shrunk = shrink(text, entry["lang"], signature, args.timeout, 40 if "Hang" in signature else 400) \
                if args.shrink and "hang" not in signature else None
            print(f"\n{entry['kind']} x{entry['count']}: {signature}\n  {entry['message']}\n"
                  f"  document {entry['index']} (lang={entry['lang']}, {entry['length']} characters)")
            if shrunk is not None:
                print(f"  shrunk to: {shrunk!r}")
            if out:
                out.write(json.dumps({"signature": signature, **entry, "text": text, "shrunk": shrunk}) + "\n")
    for seconds, index, lang, length in sorted(run.slow, reverse=True)[:10]:
        print(f"slow: document {index} (lang={lang}, {length} characters) took {seconds:.1f} s")
    rate = run.documents / run.seconds if run.seconds else 0.0
    extractions = run.documents * (1 if args.rotate else len(langs))
    print(f"documents: {run.documents}  extractions: {extractions}  "
          f"exceptions: {run.exceptions}  invariant violations: {run.violations}  "
          f"({run.seconds:.0f} s, {rate:.1f} documents/s, seed {args.seed}, langs {args.langs})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--langs", default="auto,en,fr", help="auto: the language detected, as kzeu does")
    parser.add_argument("--rotate", action="store_true", help="each document under one of --langs in turn")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per document and language")
    parser.add_argument("--slow", type=float, default=5, help="list documents slower than this (seconds)")
    parser.add_argument("--failures", help="write each distinct failure with its document as JSON lines")
    parser.add_argument("--shrink", action="store_true", help="shrink each failure's document")
    parser.add_argument("--no-surrogates", action="store_true", help="U+FFFD for lone surrogates")
    parser.add_argument("--show", type=int, help="print document SHOW and stop")
    args = parser.parse_args()
    if args.show is not None:
        print(repr(generated(args.seed, args.show, not args.no_surrogates)))
        return 0
    langs = [None if lang == "auto" else lang for lang in args.langs.split(",")]
    signal.signal(signal.SIGALRM, _on_alarm)   # the budget while shrinking, in this process
    run = fuzz(args, langs)
    report(run, args, langs)
    return 1 if run.exceptions or run.violations else 0


if __name__ == "__main__":
    sys.exit(main())
