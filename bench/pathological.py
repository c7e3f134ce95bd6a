"""The pathological series: texts built to hit worst cases (runs of one character, deep
nesting, long hyphen chains, numbers past float range) at 10k to 50k characters, timed in
kzeu's own code and in spaCy's tokenizer separately.

usage: python bench/pathological.py [--sizes 10000,50000] [--only NAME,...] [--timeout S]
       python bench/pathological.py --list

Each case runs in its own process with a wall-clock timeout, so one that hangs is reported
as such and the series goes on. For each case and size it prints the CPU seconds of the
tokenizer (spaCy's, plus our pre-splitting) and of our components, and our components'
seconds per 10k characters. The target (issue 11): at most 0.2 s per 10k characters in our
own code for every case. Exit code 1 when a case misses it, fails or times out.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

TARGET_S_PER_10K = 0.2


def _repeat(unit: str, tail: str = ""):
    return lambda n: (unit * (n // len(unit) + 1))[: max(n - len(tail), 1)] + tail


# name -> function of a size in characters giving the text (about that long)
CASES = {
    "agreement_apostrophe": lambda n: "L" + "a" * (n - 60) + "'Enhanced Partnership and Cooperation Agreement was signed.",
    "hyphen_letters_quote": lambda n: "-".join("abcdefghij" * (n // 20)) + ' said: "We agree."',
    "mr_runs": _repeat("Mr. "),
    "mme_runs": _repeat("Mme "),
    "tabs": _repeat("\t", "x"),
    "nbsp": _repeat("\u00a0", "x"),
    "tab_nbsp_lines": _repeat("\t\u00a0 a\n"),
    "one_dash_runs": _repeat("1-"),
    "newlines": _repeat("\n", "text"),
    "letter_newlines": _repeat("a\n"),
    "dollars": _repeat("$"),
    "parens": _repeat("("),
    "double_quotes": _repeat('"'),
    "single_quotes": _repeat("'"),
    "commas": _repeat(","),
    "mixed_punct": _repeat("$(\"',"),
    "president_of": _repeat("President of "),
    "minister_of": _repeat("Minister of "),
    "president_of_the": _repeat("President of the "),
    "ministre_de": _repeat("ministre de l'Europe et des "),
    "agreement_on": _repeat("Agreement on "),
    "caps": _repeat("Ab "),
    "caps_dots": _repeat("A. B. "),
    "numbers_spaced": _repeat("1 000 "),
    "digits": _repeat("9"),
    "digits_tonnes": lambda n: "9" * (n - 7) + " tonnes",
    "dates_fr": _repeat("le 3 mars 2020, "),
    "hyphens": _repeat("a-"),
    "names": _repeat("Jean-Pierre de la Fontaine "),
    "at_the": _repeat("at the "),
    "bin": _repeat("Mohammed bin "),
    "city": _repeat("Paris "),
    "met_with": _repeat("met with "),
    "quote_said": _repeat('"Yes," he said. '),
    "surrogates": _repeat("a\ud800 "),
    "long_word": _repeat("x"),
    "urls": _repeat("http://a.b/"),
    "ellipsis": _repeat("."),
    "capital_words": _repeat("Foreign Minister Ministry Council "),
    "guillemets": _repeat("« "),
    "hyphen_letters_person_quote": lambda n: "-".join("abcdefghij" * (n // 20))[:n - 70]
    + ' : John Smith arrived. "We all agree on this," he said.',
    "blank_line_then_text": _repeat(" ", "\nThe minister will visit Berlin next week, the ministry said."),
    "ascending_dash_runs": _repeat("1-2 "),
    "descending_pairs": _repeat("$ 3-2 billion, "),
    "defined_abbreviations": lambda n: "".join(f"the {a}lpha {b}eta {c}ouncil ({a}{b}{c}) met. "
                                               for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJ"
                                               for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")[:n],
    "blank_line": lambda n: " \t" * (n // 2 - 1) + "\nx",
    "date_lines": _repeat("3 May 2021\n"),
    "menu_lines": _repeat("News\n"),
    "plural_titles": _repeat("Foreign Ministers of Ab Ab Ab Ab Ab "),
}


def _run_one(name: str, size: int, forced_lang: str | None = None) -> dict:
    """In this process: build the pipeline, then time tokenizer and components on the case."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's code, not the installed one
    from kzeu_extract import api
    from kzeu_extract.extensions import set_doc_text

    from kzeu_extract.normalize.language import detect_language

    text = CASES[name](size)
    from kzeu_extract.textkit.safe_text import replace_unencodable
    text, _replaced = replace_unencodable(text)   # as extract() does before the tokenizer
    for lang in ("en", "fr"):   # build both pipelines before timing
        api.extract("Warm-up: the minister met his counterpart in Paris on 3 May 2021.", lang=lang)
    t0 = time.process_time()
    language = forced_lang or detect_language(text)[0]
    detection = time.process_time() - t0
    nlp = api.build_pipeline(api.pipeline_language(language))
    t0 = time.process_time()
    doc = api._make_doc(nlp, text)
    tokenizer = time.process_time() - t0
    set_doc_text(doc, text)
    doc._.kzeu_language = language
    per_component = {"language detection": detection}
    for component_name, component in nlp.pipeline:
        t0 = time.process_time()
        doc = component(doc)
        per_component[component_name] = time.process_time() - t0
    own = sum(per_component.values())
    slowest = max(per_component, key=per_component.get)
    return {"case": name, "lang": language, "chars": len(text), "tokenizer_s": tokenizer, "own_s": own,
            "slowest": slowest, "slowest_s": per_component[slowest]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--only", default="")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--lang", default="", help="force a language (default: detected, as kzeu does)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_run_one(args.child[0], int(args.child[1]), args.lang or None)))
        return 0
    if args.list:
        print("\n".join(CASES))
        return 0
    names = [n for n in args.only.split(",") if n] or list(CASES)
    sizes = [int(s) for s in args.sizes.split(",")]
    missed = 0
    print(f"{'case':21s} {'la':2s} {'chars':>7s} {'tokenizer s':>11s} {'own s':>8s} {'own s/10k':>9s}  slowest component")
    for name in names:
        for size in sizes:
            try:
                done = subprocess.run([sys.executable, __file__, "--child", name, str(size)]
                                      + (["--lang", args.lang] if args.lang else []),
                                      capture_output=True, text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"{name:24s} {size:7d}  TIMED OUT after {args.timeout:.0f} s", flush=True)
                missed += 1
                break
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["?"])[-1]
                print(f"{name:24s} {size:7d}  FAILED: {last}", flush=True)
                missed += 1
                break
            r = json.loads(done.stdout.strip().splitlines()[-1])
            per_10k = r["own_s"] / r["chars"] * 10_000
            flag = "" if per_10k <= TARGET_S_PER_10K else "  MISSED"
            missed += bool(flag)
            print(f"{name:21s} {r['lang']:2s} {r['chars']:7d} {r['tokenizer_s']:11.3f} {r['own_s']:8.3f} {per_10k:9.3f}  "
                  f"{r['slowest']} {r['slowest_s']:.3f}{flag}", flush=True)
    print(f"{missed} case(s) missed the target of {TARGET_S_PER_10K} s per 10k characters" if missed
          else f"every case within {TARGET_S_PER_10K} s per 10k characters of our own code")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
