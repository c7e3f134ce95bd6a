#!/usr/bin/env bash
# Install the project (not editable) into a fresh virtual environment in a temporary folder
# and check that spaCy finds every kzeu component by name in a blank pipeline of each
# language pack (through the spacy_factories entry points), with the packaged data.
# Slow (downloads spaCy and the other dependencies); not part of the test suite.
# usage: scripts/check_fresh_install.sh [python]   (default: python3)
set -euo pipefail
PYTHON="${1:-python3}"
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --upgrade pip
"$WORK/venv/bin/python" -m pip install --quiet "$PROJECT"

cd "$WORK"   # away from the checkout: the installed package is the one imported
"$WORK/venv/bin/python" - <<'PY'
import importlib.metadata as metadata

import spacy

import kzeu_extract
from kzeu_extract.langpacks import available_languages
from kzeu_extract.records import doc_to_record

names = sorted(e.name for e in metadata.entry_points(group="spacy_factories") if e.name.startswith("kzeu_"))
print("installed at", kzeu_extract.__file__)
print("factories:", ", ".join(names))
texts = {"en": "Foreign Minister Lena Holt met President Ravi Nair in Rome on 2 May 2024.",
         "fr": "La ministre Lena Holt a rencontré le président Ravi Nair à Rome le 2 mai 2024."}
failures = 0
for lang in sorted(available_languages()):
    for name in names:
        try:
            nlp = spacy.blank(lang)
            nlp.add_pipe(name)
            doc_to_record(nlp(texts.get(lang, texts["en"])))
        except Exception as exc:   # report every component, not just the first failure
            failures += 1
            print(f"FAIL {lang} {name}: {type(exc).__name__}: {exc}")
    record = kzeu_extract.extract(texts.get(lang, texts["en"]), lang=lang)
    print(f"{lang}: people {[p.name for p in record.people]}, dates {[d.value for d in record.dates]}")
print("OK" if not failures else f"{failures} failures")
raise SystemExit(1 if failures else 0)
PY
