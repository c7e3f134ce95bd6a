"""Gold files, documents and saved records on disk: what :mod:`kzeu_extract.evaluate` reads.

A gold folder holds one JSON file per document (``tests/gold/README.md``); each names the
document it annotates, found in a ``--docs`` folder, beside the gold files, in a ``docs/``
folder beside them or in the ``seeds/`` folder above them. Records written earlier are read back from JSON or JSON Lines.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError, KzeuError


def document_key(name: str | None) -> str:
    """Gold files and records pair up by the document's file stem ("a/b/000_x.txt" -> "000_x")."""
    return Path(name or "").name.rsplit(".", 1)[0]


def load_gold(gold_dir: str | Path) -> list[dict]:
    """The gold entries of ``gold_dir/*.json``, sorted by file name. Raises KzeuError when
    the folder is missing, holds no gold file, or a file is not a gold entry."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise KzeuError(f"{folder}: no such gold folder")
    golds = []
    for path in sorted(folder.glob("*.json")):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(path), f"not a readable JSON gold file ({exc})") from None
        if not isinstance(entry, dict) or not isinstance(entry.get("document"), str):
            raise InputError(str(path), 'a gold file is a JSON object with a "document" file name')
        golds.append(entry)
    if not golds:
        raise KzeuError(f"{folder}: no gold files (*.json) in this folder")
    return golds


def _document_folders(gold_dir: Path, docs_dir: Path | None) -> list[Path]:
    """Where documents are looked for: ``--docs``; else beside the gold files, in a
    ``docs/`` folder beside them (tests/gold/dev/docs), then the ``seeds/`` folder of the
    gold folder's parents (the bundled gold lives in ``tests/gold/seeds`` and its documents
    in the project's ``seeds/``)."""
    if docs_dir is not None:
        if not docs_dir.is_dir():
            raise KzeuError(f"{docs_dir}: no such documents folder")
        return [docs_dir]
    folders = [gold_dir, gold_dir / "docs", gold_dir.parent]
    folders += [parent / "seeds" for parent in list(gold_dir.resolve().parents)[:4]]
    return [f for f in dict.fromkeys(folders) if f.is_dir()]


def find_document(name: str, folders: list[Path]) -> Path | None:
    """The file named ``name`` in the first folder that has it; else a file with the same
    stem (``000.txt`` named, ``000.html`` present)."""
    for folder in folders:
        exact = folder / Path(name).name
        if exact.is_file():
            return exact
    stem = document_key(name)
    for folder in folders:
        for candidate in sorted(folder.glob(f"{stem}.*")):
            if candidate.is_file() and candidate.suffix != ".json":
                return candidate
    return None


def load_predictions(path: str | Path) -> list[dict]:
    """Records written earlier: a JSON Lines file, a JSON file of one record or a list of
    them, or a folder of such ``*.json`` / ``*.jsonl`` files."""
    location = Path(path)
    if not location.exists():
        raise KzeuError(f"{location}: no such predictions file or folder")
    files = (sorted(p for p in location.rglob("*") if p.suffix in (".json", ".jsonl"))
             if location.is_dir() else [location])
    records: list[dict] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
            try:
                data = json.loads(text) if text.strip() else []
                records.extend(data if isinstance(data, list) else [data])
            except json.JSONDecodeError:
                records.extend(json.loads(line) for line in text.splitlines() if line.strip())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(file), f"not a JSON or JSON Lines file of records ({exc})") from None
    if not all(isinstance(r, dict) for r in records):
        raise KzeuError(f"{location}: every record must be a JSON object")
    return records
