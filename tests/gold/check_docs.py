#!/usr/bin/env python3
"""Check a real-article gold set's texts (its docs/ folder) against its manifest.jsonl.

usage: python tests/gold/check_docs.py [SET_FOLDER]     (default: tests/gold/real)

For each manifest entry: is docs/<file> there, and do its sha256 and character count match?
Prints one line per missing or changed text and a summary; exits 1 if any text is missing
or changed, 0 otherwise.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DEFAULT_SET = Path(__file__).resolve().parent / "real"
FIELDS = ("file", "url", "query", "sha256", "characters")


def read_manifest(path: Path) -> list[dict]:
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


def check(entries: list[dict], docs: Path) -> int:
    bad = 0
    for entry in entries:
        path = docs / entry["file"]
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
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET
    sys.exit(check(read_manifest(folder / "manifest.jsonl"), folder / "docs"))
