"""Document length: does the cost of one document grow like its length?

usage: python bench/length.py [--sizes 500,5000,50000,500000] [--sources corpus,real]
                              [--lang en] [--no-split]

For each source and size, one text of that many words (white-space separated) is built and
extracted in this process with this checkout's code (the repository root goes first on
``sys.path``). Printed per size, all CPU seconds measured in the same run on the same text:
spaCy's blank tokenizer, the extraction, extraction / tokenizer, and the growth of each per
10 x words (the time at this size over the time at the size before, scaled to a 10 x step:
10.0 is linear). With splitting on (the default), the same text is also extracted as
documents of about 500 words (``one / split`` is the issue's length target: at most 1.3).

Sources: ``corpus`` joins the documents of ``corpus.py`` (the seeds varied, which name the
same people and bodies again and again); ``real`` joins the paragraphs of the articles in
``tests/gold/real/docs`` (git-ignored: fetched by ``make real``; skipped when absent). Texts
over spaCy's ``max_length`` are processed in chunks (``kzeu_extract/chunking.py``), as
``extract`` does. 500,000 words take minutes: choose the sizes with ``--sizes``.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))            # this checkout's kzeu_extract, not an installed one
sys.path.insert(1, str(ROOT / "bench"))
REAL_DOCS = ROOT / "tests" / "gold" / "real" / "docs"
PIECE_WORDS = 500
TARGET_WORDS = 100_000


def corpus_units(language: str) -> list[str]:
    """The generated corpus's documents of ``language``."""
    from corpus import make_corpus
    return [d.text.strip() for d in make_corpus(400, seed=0) if d.language == language]


def real_units(language: str) -> list[str]:
    """Paragraphs of the real articles of ``language`` (none when they are not fetched)."""
    from kzeu_extract.normalize.language import detect_language
    paragraphs = []
    for path in sorted(REAL_DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if detect_language(text)[0] == language:
            paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    return paragraphs


def build(units: list[str], words: int) -> tuple[str, list[str]]:
    """A text of at least ``words`` words made of ``units`` in turn, and the same units
    grouped into documents of about ``PIECE_WORDS`` words."""
    chosen, count, i = [], 0, 0
    while count < words:
        unit = units[i % len(units)]
        chosen.append(unit)
        count += len(unit.split())
        i += 1
    pieces, current, current_words = [], [], 0
    for unit in chosen:
        current.append(unit)
        current_words += len(unit.split())
        if current_words >= PIECE_WORDS:
            pieces.append("\n\n".join(current))
            current, current_words = [], 0
    if current:
        pieces.append("\n\n".join(current))
    return "\n\n".join(chosen), pieces


def cpu(function, *args, **kwargs) -> float:
    start = time.process_time()
    function(*args, **kwargs)
    return time.process_time() - start


def measure(text: str, pieces: list[str], language: str, split: bool) -> dict:
    import spacy

    from kzeu_extract import extract
    tokenizer = spacy.blank(language).tokenizer   # (no max_length check: any length)
    row = {"words": len(text.split()), "chars": len(text), "tokenizer_s": cpu(tokenizer, text),
           "extract_s": cpu(extract, text, lang=language)}
    if split:
        row["split_s"] = cpu(lambda: [extract(p, lang=language) for p in pieces])
        row["documents"] = len(pieces)
    return row


def growth(row: dict, before: dict | None, key: str) -> str:
    """Time per 10 x words from the size before (10.0: linear)."""
    if before is None or not before[key] or row["words"] <= before["words"]:
        return "-"
    steps = math.log10(row["words"] / before["words"])
    return f"{(row[key] / before[key]) ** (1 / steps):.1f}"


def print_row(source: str, row: dict, before: dict | None) -> None:
    line = (f"{source:7s} {row['words']:>8,} {row['chars']:>10,} {row['tokenizer_s']:>8.3f} {row['extract_s']:>9.3f} "
            f"{row['extract_s'] / max(row['tokenizer_s'], 1e-9):>7.1f} {growth(row, before, 'extract_s'):>8s} "
            f"{growth(row, before, 'tokenizer_s'):>8s}")
    if "split_s" in row:
        line += f" {row['split_s']:>9.3f} {row['documents']:>6,} {row['extract_s'] / max(row['split_s'], 1e-9):>6.2f}"
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,50000,500000", help="words per text, comma-separated")
    parser.add_argument("--sources", default="corpus,real", help="corpus and/or real")
    parser.add_argument("--lang", default="en", help="the language of the texts (en or fr)")
    parser.add_argument("--no-split", action="store_true", help="skip the same text as ~500-word documents")
    parser.add_argument("--json", type=Path, help="also write the rows and the length target to this file")
    args = parser.parse_args()
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(",") if s)
    from kzeu_extract import extract
    extract("Warm-up: the minister met his counterpart in Paris on 3 May 2021.", lang=args.lang)
    print("CPU seconds, one text per row; growth: time per 10 x words (10.0 = linear), extraction and tokenizer")
    header = f"{'source':7s} {'words':>8s} {'chars':>10s} {'tok s':>8s} {'extract s':>9s} {'x tok':>7s} {'growth':>8s} {'tok grw':>8s}"
    print(header + ("" if args.no_split else f" {'split s':>9s} {'docs':>6s} {'1/split':>6s}"))
    rows: list[dict] = []
    for source in [s for s in args.sources.split(",") if s]:
        units = corpus_units(args.lang) if source == "corpus" else real_units(args.lang)
        if not units:
            print(f"{source:7s} (no texts: tests/gold/real/docs is fetched by `make real`)")
            continue
        extract(units[0], lang=args.lang)   # (anything built on first use of this source's words)
        before = None
        for words in sizes:
            text, pieces = build(units, words)
            row = measure(text, pieces, args.lang, not args.no_split)
            print_row(source, row, before)
            rows.append({"source": source, **row})
            before = row
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "targets": [length_target(rows)]}, indent=2), encoding="utf-8")
    return 0


def length_target(rows: list[dict]) -> dict:
    """The issue's length target: one document of ~100,000 words (the size measured nearest
    to it) <= 1.3 x the same text as 500-word documents, the worst source counting."""
    split = [r for r in rows if r.get("split_s")]
    value = None
    if split:
        nearest = min({r["words"] for r in split}, key=lambda w: abs(math.log10(w / TARGET_WORDS)))
        value = round(max(r["extract_s"] / r["split_s"] for r in split if r["words"] == nearest), 2)
        nearest_label = f"{nearest:,}"
    else:
        nearest_label = "100,000"
    return {"name": "length", "description": f"one {nearest_label}-word document <= 1.3 x the same text "
            "as 500-word documents", "value": value, "limit": 1.3, "met": None if value is None else value <= 1.3}


if __name__ == "__main__":
    sys.exit(main())
