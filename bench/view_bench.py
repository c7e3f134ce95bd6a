"""CPU time of the HTML report (``kzeu_extract.view.render_report``) on a batch of records.

    .venv/bin/python bench/view_bench.py                  # 1,000 documents
    .venv/bin/python bench/view_bench.py --documents 5000

The five seed documents are extracted once, then copied into a batch of N documents: each
copy's text gets a line of its own (so its sha256, ids and path differ) and its record the
same items. The merge (``merge_events``) and the page are timed apart, in CPU time, best of
``--repeat``; the page's size is printed too. The extraction itself is not timed (see
bench/run.py).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seed_records() -> list[tuple[dict, str]]:
    from kzeu_extract import extract

    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found.append((json.loads(extract(text, source=f"seeds/{path.name}").to_json()), text))
    return found


def batch(seeds: list[tuple[dict, str]], size: int):
    """``size`` records and their texts by sha256, copies of the seeds."""
    from kzeu_extract.records import DocumentRecord

    records, texts = [], {}
    for number in range(size):
        record, text = seeds[number % len(seeds)]
        copy_text = f"{text}\n[copy {number}]"
        old, new = record["source"]["sha256"], hashlib.sha256(copy_text.encode("utf-8")).hexdigest()
        data = json.loads(json.dumps(record).replace(old, new).replace(old[:12], new[:12])
                          .replace(record["source"]["path"], f"batch/{number:06d}.txt"))
        data["source"]["characters"] = len(copy_text)
        records.append(DocumentRecord.model_validate(data))
        texts[new] = copy_text
    return records, texts


def best_cpu(step, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        started = time.process_time()
        result = step()
        times.append(time.process_time() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from kzeu_extract.crossdoc import merge_events
    from kzeu_extract.view import render_report

    records, texts = batch(seed_records(), args.documents)
    events = sum(len(record.events) for record in records)
    merge_time, merged = best_cpu(lambda: merge_events(records), args.repeat)
    render_time, page = best_cpu(lambda: render_report(records, merged=merged, texts=texts), args.repeat)
    print(f"{len(records)} documents, {events} events, {len(merged)} merged events")
    print(f"merge_events:  {merge_time:.2f} s CPU")
    print(f"render_report: {render_time:.2f} s CPU ({1000 * render_time / len(records):.2f} ms a document)")
    print(f"page: {len(page.encode('utf-8')) / 1e6:.1f} MB ({len(page.encode('utf-8')) / len(records) / 1e3:.1f} kB a document)")


if __name__ == "__main__":
    main()
