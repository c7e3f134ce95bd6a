#!/usr/bin/env python3
"""Check the real-article texts in docs/ against manifest.jsonl.

usage: python tests/gold/real/check_docs.py

For each manifest entry: is docs/<file> there, and do its sha256 and character count match?
Prints one line per missing or changed text and a summary; exits 1 if any text is missing
or changed, 0 otherwise.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.jsonl"
DOCS = HERE / "docs"
FIELDS = ("file", "url", "query", "sha256", "characters")


def read_manifest(path: Path = MANIFEST) -> list[dict]:
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        missing = [f for f in FIELDS if f not in entry]
        if missing:
            raise SystemExit(f"{path.name}:{number}: missing {', '.join(missing)}")
        entries.append(entry)
    return entries


def check(entries: list[dict]) -> int:
    bad = 0
    for entry in entries:
        path = DOCS / entry["file"]
        if not path.exists():
            print(f"{entry['file']}: missing (fetch it again: see README.md)")
            bad += 1
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            chars = len(data.decode("utf-8", errors="replace"))
            print(f"{entry['file']}: sha256 differs ({chars} characters, manifest {entry['characters']})")
            bad += 1
    print(f"{len(entries) - bad} of {len(entries)} texts present and unchanged")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(check(read_manifest()))
