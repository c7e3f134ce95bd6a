"""The one place that finds and loads the files in data/ (patterns, gazetteers, knowledge base).

In a source checkout or an editable install the files are the repository's top-level
`data/`; a built wheel carries the same files inside the package as `kzeu_extract/data/`.
Every file is JSON with one top-level key named like the file (``dates.json`` ->
``{"dates": ...}``) plus an optional ``"_source"``/``"_doc"`` note; loading checks that.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import DataError

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """Folder holding the data files: $KZEU_DATA, the packaged copy, or the checkout's data/."""
    override = os.environ.get("KZEU_DATA")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE / "data", _PACKAGE.parent / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise DataError(str(candidates[-1]), "data folder not found")


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Load ``data/<name>.json`` and return the value of its top-level key ``<name>``.

    ``name`` may contain a sub-folder (``"kb/people"`` -> key ``"people"``).
    """
    path = data_dir() / f"{name}.json"
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(path.name, "missing") from None
    except json.JSONDecodeError as exc:
        raise DataError(path.name, f"not valid JSON ({exc})") from None
    key = name.rsplit("/", 1)[-1]
    if not isinstance(content, dict) or key not in content:
        raise DataError(path.name, f"expected a top-level key {key!r}")
    extra = set(content) - {key, "_source", "_doc"}
    if extra:
        raise DataError(path.name, f"unexpected top-level keys {sorted(extra)}")
    return content[key]


def read_json(path: Path) -> Any:
    """The JSON content of ``path``; a DataError naming the file when it is missing or broken."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(str(path), "missing") from None
    except json.JSONDecodeError as exc:
        raise DataError(str(path), f"not valid JSON ({exc})") from None


def all_data_files() -> list[str]:
    """Names (for load_data) of every data file; used by the test that loads them all."""
    root = data_dir()
    return sorted(str(p.relative_to(root).with_suffix("")) for p in root.rglob("*.json")
                  if p.relative_to(root).parts[0] != "lang")   # language packs: see langpacks.py
