"""Reading inputs (files, folders, stdin) and writing outputs safely.

Reading is lazy: a folder of thousands of files is listed up front but each file is read
only when its turn comes, so memory does not grow with the batch. Nothing is read that is
not a regular file (a FIFO would block, a device never end) unless it comes on stdin, and
every path a folder walk passes over for a reason is reported.

Writing replaces a regular file atomically (a temporary file beside it, renamed into place)
and writes through to a named pipe or a character device (/dev/null), which are never
replaced; a symbolic link is followed and its target replaced, the link kept.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, Iterator

from .decoding import decode
from .errors import InputError, OutputError, UsageError
from .textkit.safe_text import printable_path

__all__ = ["STDIN", "DEFAULT_MAX_BYTES", "Source", "Listing", "OutputTarget", "atomic_writer", "check_pattern",
           "decode", "list_inputs", "open_output", "output_target", "printable_path", "read_source"]

STDIN = "-"
DEFAULT_MAX_BYTES = 50_000_000

@dataclass
class Source:
    """One input to read: a file path, or stdin (path None)."""
    path: str | None
    label: str  # how errors and records name it: the path as given (printable), or "<stdin>"


@dataclass
class Listing:
    """The inputs found for the given paths, and the errors met while finding them."""
    sources: list[Source] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)  # paths left out as the run's own output


# --- --glob patterns -------------------------------------------------------------------

def check_pattern(pattern: str) -> tuple[str, ...]:
    """The parts of a --glob pattern, matched below the folder given; UsageError for a
    pattern that is empty or could reach outside it (absolute, or with '..')."""
    parts = tuple(part for part in pattern.replace(os.sep, "/").split("/") if part not in ("", "."))
    if not parts:
        raise UsageError(f"--glob {pattern!r}: an empty pattern; give one such as '*.txt'")
    if pattern.startswith(("/", os.sep)) or os.path.isabs(pattern):
        raise UsageError(f"--glob {pattern!r}: an absolute pattern; patterns apply inside the folders "
                         "given, such as '*.txt' or '2022/*.txt'")
    if ".." in parts:
        raise UsageError(f"--glob {pattern!r}: '..' would leave the folder given; name that folder instead")
    return parts


def matches_pattern(parts: tuple[str, ...], relative: tuple[str, ...]) -> bool:
    """Whether a path (its parts below the folder) matches the pattern at any depth, as
    Path.rglob would: each part by fnmatch, '**' standing for any number of folders."""
    reachable = [True] + [False] * len(relative)  # pattern so far matches relative[:j]
    for piece in ("**", *parts):
        if piece == "**":
            seen = False
            reachable = [seen := seen or here for here in reachable]
        else:
            reachable = [False] + [reachable[j] and fnmatchcase(name, piece) for j, name in enumerate(relative)]
    return reachable[-1]


# --- listing inputs ----------------------------------------------------------------------

def list_inputs(paths: list[str], pattern: str = "*.txt", exclude: tuple[int, int] | None = None) -> Listing:
    """Expand files, folders (recursively, files matching ``pattern``) and ``-`` (stdin).
    ``exclude``: the (device, inode) of the run's own output, never read from a folder."""
    parts = check_pattern(pattern)
    listing = Listing()
    for given in paths:
        if given == STDIN:
            listing.sources.append(Source(None, "<stdin>"))
            continue
        label = printable_path(given)
        try:
            mode = os.stat(given).st_mode
        except OSError as exc:
            listing.errors.append(InputError(label, _stat_failure(given, exc)))
            continue
        if stat.S_ISDIR(mode):
            _FolderWalk(listing, parts, exclude).walk(given, label, pattern)
        elif stat.S_ISREG(mode):
            listing.sources.append(Source(given, label))
        else:
            listing.errors.append(InputError(label, _not_regular(mode, direct=True)))
    return listing


class _FolderWalk:
    """The files below one folder that match the pattern, in path order, without recursion;
    every path passed over for a reason is added to the listing's errors."""

    def __init__(self, listing: Listing, parts: tuple[str, ...], exclude: tuple[int, int] | None):
        self.listing, self.parts, self.exclude = listing, parts, exclude
        self.found: list[tuple[tuple[str, ...], str]] = []

    def walk(self, root: str, label: str, pattern: str) -> None:
        errors_before = len(self.listing.errors)
        top = os.stat(root)
        pending = [(root, (), frozenset({(top.st_dev, top.st_ino)}))]
        while pending:
            folder, relative, ancestors = pending.pop()
            try:
                with os.scandir(folder) as entries:
                    names = sorted((entry.name, entry.path) for entry in entries)
            except OSError as exc:
                self._skip(folder, f"folder not read ({_reason(exc)})")
                continue
            for name, path in names:
                pending.extend(self._visit(path, (*relative, name), ancestors))
        self.found.sort()
        self.listing.sources.extend(Source(path, printable_path(path)) for _, path in self.found)
        if not self.found and len(self.listing.errors) == errors_before:
            self.listing.errors.append(InputError(label, f"folder has no files matching {pattern!r}"))

    def _visit(self, path: str, relative: tuple[str, ...], ancestors: frozenset) -> list:
        """The folder to walk next, if ``path`` is one; a matching file is noted or reported."""
        wanted = matches_pattern(self.parts, relative)
        try:
            info = os.stat(path)
        except OSError as exc:  # a broken link or a loop: reported when it bears a document's name
            if wanted:
                self._skip(path, _stat_failure(path, exc))
            return []
        identity = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if identity in ancestors:
                self._skip(path, "symbolic link loop (leads back to a folder above it); not followed")
                return []
            return [(path, relative, ancestors | {identity})]
        if not wanted:
            return []
        if identity == self.exclude:
            self.listing.excluded.append(printable_path(path))
        elif not stat.S_ISREG(info.st_mode):
            self._skip(path, _not_regular(info.st_mode, direct=False))
        else:
            self.found.append((relative, path))
        return []

    def _skip(self, path: str, reason: str) -> None:
        self.listing.errors.append(InputError(printable_path(path), reason))


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _not_regular(mode: int, direct: bool) -> str:
    advice = "; to read it, give it on stdin as -" if direct else ""
    return f"{_kind(mode)}, not a regular file: not read{advice}"


def _stat_failure(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return f"broken symbolic link (to {printable_path(os.readlink(path))})"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    return _reason(exc)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


# --- reading -----------------------------------------------------------------------------

def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """The decoded text of one input and any warnings; InputError when it can't be read,
    is not a regular file (stdin excepted) or is over ``max_bytes``."""
    try:
        if source.path is None:
            if sys.stdin is None:  # started with stdin closed (<&-)
                raise InputError(source.label, "stdin is closed")
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(source.label, _over_limit(f"more than {max_bytes}", max_bytes))
        else:
            data = _read_regular_file(source, max_bytes)
    except PermissionError:
        raise InputError(source.label, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source.label, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(source.label, f"cannot be read ({exc.strerror or exc})") from None
    return decode(data, source.label)


def _read_regular_file(source: Source, max_bytes: int) -> bytes:
    # O_NONBLOCK: opening a FIFO put in the file's place since it was listed must not block;
    # what was opened is checked before a byte is read.
    fd = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source.label, _not_regular(info.st_mode, direct=True))
        if info.st_size > max_bytes:
            raise InputError(source.label, _over_limit(info.st_size, max_bytes))
        data = handle.read(max_bytes + 1)  # the file may have grown since
    if len(data) > max_bytes:
        raise InputError(source.label, _over_limit(f"more than {max_bytes}", max_bytes))
    return data


def _over_limit(size, max_bytes: int) -> str:
    return f"{size} bytes, over the --max-bytes limit of {max_bytes}"


# --- writing -----------------------------------------------------------------------------

@dataclass
class OutputTarget:
    """Where the records go: a file replaced atomically, or a stream written through."""
    path: str                             # a file's with symbolic links resolved
    label: str                            # the path as given, for messages
    stream: bool = False                  # a named pipe, a device, a descriptor: written through
    identity: tuple[int, int] | None = None  # (device, inode) when it exists


def output_target(output: str | os.PathLike) -> OutputTarget:
    """What ``--output`` names, followed through symbolic links; OutputError for what
    records cannot go to (a folder, a socket, a block device)."""
    label = printable_path(str(output))
    try:
        info = os.stat(output)
    except (FileNotFoundError, NotADirectoryError):
        _check_folder(output, label)
        return OutputTarget(os.path.realpath(output), label)  # a new file
    except OSError as exc:
        raise OutputError(label, f"cannot be written ({_stat_failure(str(output), exc)})") from None
    identity = (info.st_dev, info.st_ino)
    if stat.S_ISREG(info.st_mode) and not _through_descriptor(output):
        return OutputTarget(os.path.realpath(output), label, False, identity)
    if stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
        # opened by the name given: /dev/stdout on a pipe resolves to no real path
        return OutputTarget(os.fspath(output), label, True, identity)
    raise OutputError(label, f"is {_kind(info.st_mode)}; records go to a file, a named pipe or a "
                             "character device")


def _check_folder(output: str | os.PathLike, label: str) -> None:
    """UsageError when a new output file's folder is missing (or is a file): a typo in a
    path should not create folders nobody asked for."""
    folder = os.path.dirname(os.path.realpath(output))
    if os.path.isdir(folder):
        return
    if os.path.lexists(folder):
        raise UsageError(f"{label}: cannot be written ({printable_path(folder)} is a file, not a folder)")
    raise UsageError(f"{label}: the folder {printable_path(folder)} does not exist; create it first "
                     f"(mkdir -p {printable_path(os.path.dirname(str(output)) or '.')})")


def _through_descriptor(path: str | os.PathLike) -> bool:
    """Whether ``path`` leads through /dev/fd/N or /proc/.../fd/N (/dev/stdout): a file the
    caller opened, maybe for appending (``>> log``), to be written through, never replaced."""
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on a chain of links
        folder = os.path.dirname(current)
        if os.path.basename(folder) == "fd" and (folder == "/dev/fd" or folder.startswith("/proc/")):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.normpath(os.path.join(folder, os.readlink(current)))
    return False


@contextmanager
def open_output(target: OutputTarget) -> Iterator[IO[str]]:
    """The text stream to write the records to (see OutputTarget)."""
    if not target.stream:
        with atomic_writer(target.path, label=target.label) as handle:
            yield handle
        return
    try:  # a named pipe waits here for its reader, as a shell redirection does
        handle = open(target.path, "a", encoding="utf-8", newline="\n")  # "a": never truncate
    except OSError as exc:
        raise OutputError(target.label, f"cannot be opened for writing ({_reason(exc)})") from None
    try:
        yield handle
        _finish(handle.flush, target.label)
    finally:
        _close_quietly(handle)


@contextmanager
def atomic_writer(path: str | os.PathLike, label: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place on success, so
    readers never see a half-written file and an earlier file is never lost to a crash.
    The file is kept when the body ends normally, even if some inputs failed. A failure to
    create or finish it is an OutputError naming ``label`` (default: the path)."""
    target = Path(path)
    label = label or printable_path(str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(label, f"cannot be written ({_where(exc, target)})") from None
    handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    try:
        os.fchmod(fd, _mode_for(target))
        yield handle
        _finish(handle.flush, label)
        _finish(lambda: os.fsync(handle.fileno()), label)
        handle.close()
        _finish(lambda: os.replace(tmp, target), label)
    except BaseException:
        _close_quietly(handle)
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _close_quietly(handle: IO[str]) -> None:
    """Close after a failure: what is left in the buffer cannot be written either, and
    the failure has been reported already."""
    try:
        handle.close()
    except OSError:
        pass


def _finish(step, label: str) -> None:
    try:
        step()
    except OSError as exc:
        raise OutputError(label, f"cannot be written ({_reason(exc)})") from None


def _where(exc: OSError, target: Path) -> str:
    """Why no file could be created for ``target``: a file where a folder should be, or
    the folder's own reason (read-only, /proc, permissions)."""
    for folder in (target.parent, *target.parent.parents):
        if os.path.lexists(folder):
            if not folder.is_dir():
                return f"{printable_path(str(folder))} is a file, not a folder"
            break
    return f"no file can be created in {printable_path(str(target.parent))}: {_reason(exc)}"


def _mode_for(target: Path) -> int:
    """The permissions the new file gets: the old file's, else what open() would give."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
