"""Long texts: extraction time and peak memory of one text of 2 to 20 MB.

usage: python bench/long_text.py [--sizes 2,5,10,20] [--lang en] [--timeout 3600]
       python bench/long_text.py --components --sizes 0.1,0.2,0.4

The text is the benchmark corpus's documents (``corpus.py``: the seed documents varied)
of one language, joined by blank lines until it is that many megabytes (millions of
characters). Each size runs in its own process, which prints the wall and CPU seconds of
``extract`` and its peak RSS (``ru_maxrss``, the extraction process alone); the table gives
CPU seconds per MB, which stays flat when the cost is linear. Texts over spaCy's max_length
are processed in chunks (``kzeu_extract/chunking.py``). The machine may be shared: read CPU
time, not wall time.

``--components`` runs the pipeline on each text whole, in one Doc (no chunks), and prints
each component's CPU seconds: the check that no component grows faster than the text.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_text(characters: int, language: str) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import make_corpus

    texts, total, seed = [], 0, 0
    while total < characters:
        for document in make_corpus(500, seed=seed):
            if document.language == language:
                texts.append(document.text.strip())
                total += len(texts[-1]) + 2
                if total >= characters:
                    break
        seed += 1
    return "\n\n".join(texts)[:characters]


def _measure(size_mb: float, language: str, components: bool) -> dict:
    """In this process: extract a text of ``size_mb`` million characters."""
    import resource

    from kzeu_extract import chunking
    from kzeu_extract.api import extract

    text = long_text(int(size_mb * 1_000_000), language)
    extract("Warm-up: the minister met his counterpart in Paris on 3 May 2021.", lang=language)
    if components:
        return {"chars": len(text), "components": _per_component(text, language)}
    wall, cpu = time.perf_counter(), time.process_time()
    record = extract(text, lang=language)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": len(text), "wall_s": wall, "cpu_s": cpu, "peak_rss_mb": peak_mb,
            "chunk_chars": chunking.CHUNK_CHARS, "people": len(record.people), "dates": len(record.dates),
            "events": len(record.events), "warnings": record.warnings[-1:]}


def _per_component(text: str, language: str) -> dict:
    from kzeu_extract.api import build_pipeline, make_doc
    from kzeu_extract.extensions import set_doc_text

    nlp = build_pipeline(language)
    seconds = {}
    cpu = time.process_time()
    doc = make_doc(nlp, text)
    seconds["tokenizer"] = time.process_time() - cpu
    set_doc_text(doc, text)
    doc._.kzeu_language = language
    for name, component in nlp.pipeline:
        cpu = time.process_time()
        doc = component(doc)
        seconds[name] = time.process_time() - cpu
    return seconds


def _run(size: float, args) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(size), "--lang", args.lang]
    if args.components:
        command.append("--components")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout,
                              cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return {"size_mb": size, "error": f"timed out after {args.timeout} s"}
    if done.returncode != 0:
        return {"size_mb": size, "error": done.stderr.strip().splitlines()[-1:]}
    return {"size_mb": size, **json.loads(done.stdout.strip().splitlines()[-1])}


def _print(result: dict, components: bool) -> None:
    if "error" in result:
        print(f"{result['size_mb']:>6} MB  {result['error']}")
    elif components:
        per_mb = {k: round(v / (result["chars"] / 1e6), 2) for k, v in result["components"].items()}
        print(f"{result['chars']:>10} chars, CPU s per MB: {per_mb}")
    else:
        print(f"{result['chars']:>10} chars  wall {result['wall_s']:8.1f} s  CPU {result['cpu_s']:8.1f} s  "
              f"CPU/MB {result['cpu_s'] / (result['chars'] / 1e6):6.1f} s  peak RSS {result['peak_rss_mb']:7.0f} MB  "
              f"people {result['people']} dates {result['dates']} events {result['events']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,5,10,20", help="megabytes (millions of characters)")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--components", action="store_true")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(_measure(args.child, args.lang, args.components)))
        return 0
    failed = False
    for size in (float(s) for s in args.sizes.split(",")):
        result = _run(size, args)
        failed = failed or "error" in result
        _print(result, args.components)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
