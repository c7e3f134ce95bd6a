"""An on-disk cache of things that are slow to build and depend only on our data and code:
compiled scans, prepared tables, spaCy's French tokenizer set-up.

Where: ``$KZEU_CACHE_DIR`` if set (``off`` or empty: no disk cache), else
``$XDG_CACHE_HOME/kzeu-extract``, else ``~/.cache/kzeu-extract``. Each entry is one pickle
file named by the entry's name and a key: the package version and whatever the caller hashes
into it (the data files' bytes, a library's version). A stale key is simply another file.
A cache folder that cannot be created or written, or a file that cannot be read back, costs
only the build: the value is built in memory and the run goes on. Files are written
atomically (temporary file, then rename), so a concurrent run never reads half a file.

A ``re`` pattern pickles as its source and compiles again when loaded; here it is stored
with its compiled program too (see ``compiled_patterns``), so loading it costs next to
nothing, and it is the same ``re`` pattern, matching as fast and as the original did.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from . import compiled_patterns
from ._version import __version__

T = TypeVar("T")

# Bumped when the pickled layout of any entry changes in a way the key cannot see.
CACHE_FORMAT = 1
_OFF = {"", "off", "0", "no", "false"}


def cache_folder() -> Path | None:
    """The cache folder in use, or None when the disk cache is off."""
    configured = os.environ.get("KZEU_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in _OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kzeu-extract"


def content_key(*parts: str | bytes | Path | Iterable[Path]) -> str:
    """A short hash of the package version, the cache format, the Python and ``parts``: strings, bytes,
    and files (a path or an iterable of paths is hashed by name and content)."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{__version__}\0{CACHE_FORMAT}\0{sys.version}\0".encode())
    for part in parts:
        for piece in _pieces(part):
            digest.update(piece)
            digest.update(b"\0")
    return digest.hexdigest()


def _pieces(part) -> Iterable[bytes]:
    if isinstance(part, bytes):
        yield part
    elif isinstance(part, str):
        yield part.encode("utf-8", "surrogatepass")
    elif isinstance(part, Path):
        yield str(part.name).encode("utf-8", "surrogateescape")
        yield part.read_bytes()
    else:
        for path in sorted(part):
            yield from _pieces(Path(path))


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under ``name``/``key``, or ``build()`` stored there for next time."""
    path = _entry_path(name, key)
    if path is not None:
        value = _read(path)
        if value is not None:
            return value[0]
    value = build()
    if path is not None:
        _write(path, value)
    return value


def _entry_path(name: str, key: str) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return folder / f"{safe}-{key}.pickle"


def _read(path: Path) -> tuple | None:
    """(value,) from the file, or None when it is missing or unreadable (then rebuilt)."""
    collecting = gc.isenabled()
    gc.disable()   # unpickling many small objects: the collector's passes would triple the time
    try:
        with open(path, "rb") as handle:
            stored = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:   # truncated, corrupt, from another version: rebuilt and rewritten
        return None
    finally:
        if collecting:
            gc.enable()
    return stored if isinstance(stored, tuple) and len(stored) == 1 else None


def _write(path: Path, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:   # read-only or unwritable: the value lives in memory only
        return
    try:
        with os.fdopen(handle, "wb") as out:
            compiled_patterns.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump((value,))
        os.replace(temporary, path)
    except Exception:
        try:
            os.unlink(temporary)
        except OSError:
            pass
