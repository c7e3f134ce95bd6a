"""Language packs: everything language-specific lives in ``data/lang/<code>/``.

A pack is a folder named by its language code holding ``pack.json`` (the pack's name and
its settings, e.g. word-order switches) and one JSON file per concern (``dates.json``,
``titles.json``, ``events.json``, ...). Components never name a language: they ask for the
pack of ``nlp.lang`` and compile one grammar from it. Adding a language is one folder.

Packs are found in ``data/lang/`` and in every folder listed in ``$KZEU_LANG_PATH``
(``os.pathsep``-separated) or passed to ``language_pack(code, search=[...])``; a later
folder overrides an earlier one of the same code.

Each concern may register a pydantic schema (``register_schema``); a pack file is
validated when first read, and an error names the file, the key path and the entry.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ValidationError

from .data import data_dir, read_json
from .errors import DataError

PACK_FILE = "pack.json"

_SCHEMAS: dict[str, type[BaseModel]] = {}


def register_schema(concern: str, schema: type[BaseModel]) -> type[BaseModel]:
    """Declare the shape of ``<concern>.json`` in every pack (checked on load)."""
    _SCHEMAS[concern] = schema
    return schema


def schema_for(concern: str) -> type[BaseModel] | None:
    return _SCHEMAS.get(concern)


def describe_validation_error(file: str, exc: ValidationError) -> DataError:
    """One readable DataError from pydantic's errors: file, key path, the bad entry."""
    first = exc.errors()[0]
    path = ".".join(str(part) for part in first["loc"]) or "(top level)"
    entry = first.get("input")
    shown = json.dumps(entry, ensure_ascii=False, default=str)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return DataError(file, f"at {path}: {first['msg']}; entry {shown}{more}")


class LanguagePack:
    """One language's resources: ``settings`` from pack.json and ``concern(name)`` files."""

    def __init__(self, code: str, folder: Path | None, settings: dict,
                 files: dict[str, Any] | None = None):
        self.code = code
        self.folder = folder
        self.settings = settings
        self._files: dict[str, Any] = dict(files or {})
        self._validated: dict[str, Any] = {}

    @classmethod
    def from_folder(cls, folder: Path) -> "LanguagePack":
        settings = read_json(folder / PACK_FILE)
        if not isinstance(settings, dict) or settings.get("code") != folder.name:
            raise DataError(str(folder / PACK_FILE), f"expected an object with \"code\": {folder.name!r}")
        return cls(folder.name, folder, settings)

    def concerns(self) -> list[str]:
        names = set(self._files)
        if self.folder is not None:
            names |= {p.stem for p in self.folder.glob("*.json") if p.name != PACK_FILE}
        return sorted(names)

    def raw(self, concern: str) -> Any:
        """The file's content as stored (empty dict when the pack has no such file)."""
        if concern not in self._files:
            path = self.folder / f"{concern}.json" if self.folder else None
            self._files[concern] = read_json(path) if path and path.exists() else {}
        return self._files[concern]

    def concern(self, name: str) -> Any:
        """``<name>.json`` of this pack, validated by its registered schema (if any)."""
        if name in self._validated:
            return self._validated[name]
        content = self.raw(name)
        schema = _SCHEMAS.get(name)
        if schema is None:
            return content   # not cached: a schema registered later must still apply
        try:
            validated = schema.model_validate(content)
        except ValidationError as exc:
            where = str(self.folder / f"{name}.json") if self.folder else f"lang/{self.code}/{name}.json"
            raise describe_validation_error(where, exc) from None
        self._validated[name] = validated
        return validated

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def to_dict(self) -> dict:
        """Everything in the pack, for a component's ``to_disk``."""
        return {"code": self.code, "settings": self.settings,
                "files": {name: self.raw(name) for name in self.concerns()}}

    @classmethod
    def from_dict(cls, content: dict) -> "LanguagePack":
        return cls(content["code"], None, content["settings"], content["files"])

    def validate_all(self) -> None:
        """Read and check every concern file now (so errors come at start-up)."""
        for name in self.concerns():
            self.concern(name)


def search_path(extra: Iterable[str | Path] = ()) -> list[Path]:
    folders = [data_dir() / "lang"]
    folders += [Path(p) for p in os.environ.get("KZEU_LANG_PATH", "").split(os.pathsep) if p]
    folders += [Path(p) for p in extra]
    return folders


def available_languages(extra: Iterable[str | Path] = ()) -> dict[str, Path]:
    """Language code -> pack folder, for every pack found on the search path.

    Remembered per search path and the folders' modification times (a pack folder added or
    removed changes its parent's), so each call costs a few ``stat`` calls, not a scan."""
    folders = search_path(extra)
    stamps = tuple((str(folder), _modified(folder)) for folder in folders)
    found = _FOUND.get(stamps)
    if found is None:
        found = _FOUND[stamps] = _scan(folders)
    return dict(found)


_FOUND: dict[tuple, dict[str, Path]] = {}


def _modified(folder: Path) -> int | None:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return None


def _scan(folders: list[Path]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        if folder.is_dir():
            for pack in sorted(folder.iterdir()):
                if (pack / PACK_FILE).is_file():
                    found[pack.name] = pack
    return found


_LOADED: dict[Path, LanguagePack] = {}


def language_pack(code: str, search: Iterable[str | Path] = ()) -> LanguagePack:
    """The pack for ``code``; DataError when no folder on the search path provides it.

    Packs are cached per folder (the files do not change while a process runs)."""
    folder = available_languages(search).get(code)
    if folder is None:
        raise DataError(f"lang/{code}", f"no language pack for {code!r} "
                                        f"(packs: {', '.join(sorted(available_languages(search)))})")
    return pack_in_folder(folder)


def pack_in_folder(folder: Path) -> LanguagePack:
    """The pack of ``folder``, read once per process."""
    folder = folder.resolve()
    if folder not in _LOADED:
        _LOADED[folder] = LanguagePack.from_folder(folder)
    return _LOADED[folder]


def pack_concern(pack: LanguagePack, concern: str, build: Callable[[Any], Any]) -> Any:
    """``build(pack.concern(concern))``, cached on the pack: components compile a grammar
    once per pack, however many pipelines use it."""
    key = f"compiled:{concern}:{build.__module__}.{build.__qualname__}"
    cache = pack._validated
    if key not in cache:
        cache[key] = build(pack.concern(concern))
    return cache[key]
