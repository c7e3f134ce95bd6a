"""Reading inputs (files, folders, stdin) and writing outputs atomically.

Reading is lazy: a folder of thousands of files is listed up front but each file is read
only when its turn comes, so memory does not grow with the batch.
"""
from __future__ import annotations

import codecs
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from .errors import InputError

STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Source:
    """One input to read: a file path, or stdin (path None)."""
    path: str | None
    label: str  # how errors name it: the path as given, or "<stdin>"


@dataclass
class Listing:
    """The inputs found for the given paths, and the errors met while finding them."""
    sources: list[Source] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def list_inputs(paths: list[str], pattern: str = "*.txt") -> Listing:
    """Expand files, folders (recursively, files matching ``pattern``) and ``-`` (stdin)."""
    listing = Listing()
    for given in paths:
        if given == STDIN:
            listing.sources.append(Source(None, "<stdin>"))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                listing.errors.append(InputError(given, f"folder has no files matching {pattern!r}"))
            listing.sources.extend(Source(str(p), str(p)) for p in found)
        elif path.exists():
            listing.sources.append(Source(given, given))
        else:
            listing.errors.append(InputError(given, "no such file or folder"))
    return listing


def decode(data: bytes, label: str) -> tuple[str, list[str]]:
    """Bytes -> text. UTF-8 first; a BOM names its encoding; otherwise a detector guesses,
    and the guess is reported as a warning. Raises InputError for empty or binary input."""
    if not data.strip():
        raise InputError(label, "empty file" if not data else "empty file (only white space)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(label, f"invalid {encoding} despite its byte-order mark ({exc.reason})") from None
            return _check_text(text, label), ([] if encoding == "utf-8-sig" else
                                              [f"decoded as {encoding} (byte-order mark)"])
    if b"\x00" in data:
        raise InputError(label, "binary file (contains NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8"), label), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None:
        raise InputError(label, "not UTF-8 and no text encoding could be detected")
    return _check_text(str(best), label), [f"not UTF-8: decoded as {best.encoding} (detected)"]


def _check_text(text: str, label: str) -> str:
    if not text.strip():
        raise InputError(label, "empty file (only white space)")
    return text


def read_source(source: Source) -> tuple[str, list[str]]:
    """The decoded text of one input and any warnings; InputError when it can't be read."""
    try:
        if source.path is None:
            data = sys.stdin.buffer.read()
        else:
            data = Path(source.path).read_bytes()
    except PermissionError:
        raise InputError(source.label, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source.label, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(source.label, f"cannot be read ({exc.strerror or exc})") from None
    return decode(data, source.label)


@contextmanager
def atomic_writer(path: str | os.PathLike) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place on success, so
    readers never see a half-written file and an earlier file is never lost to a crash.
    The file is kept when the body ends normally, even if some inputs failed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
