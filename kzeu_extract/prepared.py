"""A component's compiled state kept in the disk cache, so the next run loads it instead of
compiling the language pack and the knowledge again.

``compile_once(component, nlp)`` runs ``component.compile(component.pack)`` the first time
and stores what it left in the component's ``__dict__``; later runs load that state. The
objects a component shares with the rest of the process are not copied into the entry: the
pipeline (``nlp``, its vocabulary, strings and tokenizer), the knowledge and its parts, the
language packs are stored as references and are the running process's own objects again
when loaded (``pickle``'s persistent ids).

The entry's key holds everything the state can come from: the package's source files, the
data folder and every language-pack folder on the search path (their bytes), the knowledge
folders referenced, the component's settings (its ``__dict__`` before compiling), the
pipeline's language and model, and the versions of spaCy and the libraries the data
passes through. A state that cannot be pickled (a lambda, an open file) is not cached: the
component compiles as usual, every run.
"""
from __future__ import annotations

import io
import pickle
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from . import compiled_patterns
from .cache import cache_folder, cached, content_key

_PACKAGE = Path(__file__).resolve().parent
_UNCACHEABLE = b""   # stored for a state that does not pickle: compile without trying again


def compile_once(component: Any, nlp: Any) -> None:
    """``component.compile(component.pack)``, or its result read from the disk cache (only
    for a component made by its factory: the factory's settings are part of the key)."""
    made_by = _FACTORY.get()
    settings = _settings_key(made_by[1]) if made_by else None
    if cache_folder() is None or settings is None or getattr(component.pack, "folder", None) is None:
        component.compile(component.pack)
        return
    shared = SharedObjects(nlp)
    compiled_now = []

    def build() -> bytes:
        component.compile(component.pack)
        compiled_now.append(True)
        return shared.dumps(vars(component)) or _UNCACHEABLE

    kind = type(component)
    key = content_key(f"{kind.__module__}.{kind.__qualname__}", made_by[0], settings,
                      folder_digest(Path(component.pack.folder).resolve()), *shared.key_parts(nlp))
    state = cached(f"component-{made_by[0]}-{nlp.lang}", key, build)
    if compiled_now:
        return
    loaded = shared.loads(state) if state else None
    if loaded is None:
        component.compile(component.pack)
    else:
        vars(component).update(loaded)
        component.restored()


# (factory name, settings) of the component being made: set by the factories (factories.py)
_FACTORY: ContextVar[tuple[str, dict] | None] = ContextVar("kzeu_factory", default=None)


@contextmanager
def made_by_factory(name: str, settings: dict) -> Iterator[None]:
    """Within it, a component compiled is the factory ``name``'s with ``settings``."""
    token = _FACTORY.set((name, settings))
    try:
        yield
    finally:
        _FACTORY.reset(token)


def _settings_key(settings: dict) -> str | None:
    """The settings as a stable string (a knowledge base by its folder and that folder's
    files), or None when one is of a kind not known here (then nothing is cached)."""
    from .knowledge import Knowledge

    def stable(value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if isinstance(value, Knowledge):
            return ("knowledge", folder_digest(value.folder))
        if isinstance(value, (list, tuple)):
            return [stable(v) for v in value]
        if isinstance(value, dict):
            return sorted((str(k), stable(v)) for k, v in value.items())
        raise TypeError(type(value).__name__)

    try:
        return repr(stable(settings))
    except TypeError:
        return None


class SharedObjects:
    """Persistent ids for the objects a component shares with the process."""

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self._ids: dict[int, tuple] = {}

    def _collect(self) -> dict[int, tuple]:
        from .knowledge import _LOADED as knowledge
        from .langpacks import _LOADED as packs

        found: dict[int, tuple] = {}

        def add(obj: Any, pid: tuple) -> None:
            found.setdefault(id(obj), pid)
            for attribute, value in list(vars(obj).items()) if hasattr(obj, "__dict__") else ():
                if callable(value) and not isinstance(value, type):   # a memoised look-up function
                    found.setdefault(id(value), ("attr", pid, attribute))

        nlp = self.nlp
        for pid, obj in ((("nlp",), nlp), (("vocab",), nlp.vocab), (("strings",), nlp.vocab.strings),
                         (("tokenizer",), nlp.tokenizer)):
            found.setdefault(id(obj), pid)
        for folder, entry in knowledge.items():
            add(entry, ("knowledge", str(folder)))
            for part, value in vars(entry).items():
                if part != "folder":
                    add(value, ("part", str(folder), part))
        for folder, pack in packs.items():
            add(pack, ("pack", str(folder)))
        return found

    def dumps(self, value: Any) -> bytes | None:
        """``value`` pickled, shared objects as references; None when it does not pickle."""
        self._ids = self._collect()
        out = io.BytesIO()
        pickler = _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = lambda obj: self._ids.get(id(obj))
        try:
            pickler.dump(value)
        except Exception:   # a lambda, a local class, an open handle: this state is not cached
            return None
        return out.getvalue()

    def loads(self, data: bytes) -> Any:
        """The value of ``dumps``, references resolved in this process; None when that fails
        (the caller then compiles)."""
        unpickler = pickle.Unpickler(io.BytesIO(data))
        unpickler.persistent_load = self._resolve
        try:
            return unpickler.load()
        except Exception:
            return None

    def _resolve(self, pid: tuple) -> Any:
        kind = pid[0]
        if kind in ("nlp", "vocab", "strings", "tokenizer"):
            return {"nlp": self.nlp, "vocab": self.nlp.vocab, "strings": self.nlp.vocab.strings,
                    "tokenizer": self.nlp.tokenizer}[kind]
        if kind == "attr":
            return getattr(self._resolve(pid[1]), pid[2])
        from .knowledge import load_knowledge
        from .langpacks import pack_in_folder

        if kind == "knowledge":
            return load_knowledge(pid[1])
        if kind == "part":
            return getattr(load_knowledge(pid[1]), pid[2])
        if kind == "pack":
            return pack_in_folder(Path(pid[1]))
        raise pickle.UnpicklingError(f"unknown shared object {pid!r}")

    def key_parts(self, nlp: Any) -> list:
        """What the compiled state may depend on besides the component's settings."""
        meta = nlp.meta
        return [*data_key_parts(), repr((nlp.lang, meta.get("name"), meta.get("version"), tuple(nlp.pipe_names)))]


_BUILD: ContextVar[dict | None] = ContextVar("kzeu_build", default=None)


@contextmanager
def one_build() -> Iterator[None]:
    """Within it (one pipeline's build), the data's key is made once, not once per component."""
    token = _BUILD.set({}) if _BUILD.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _BUILD.reset(token)


def data_key_parts() -> list[str]:
    """What anything built from our data depends on: the package's code, the data folder and
    every pack folder on the search path (names and bytes), the libraries' versions."""
    memo = _BUILD.get()
    if memo is None:
        return _data_key_parts()
    if "parts" not in memo:
        memo["parts"] = _data_key_parts()
    return memo["parts"]


def _data_key_parts() -> list[str]:
    from .data import data_dir
    from .langpacks import search_path

    folders = {Path(p).resolve() for p in [data_dir(), *search_path()]}
    return [folder_digest(_PACKAGE, "*.py"), *(folder_digest(f) for f in sorted(folders)), _library_versions()]


class _Pickler(compiled_patterns.Pickler):
    pass


_DIGESTS: dict[tuple[Path, str], tuple[tuple, str]] = {}


def folder_digest(folder: Path, pattern: str = "*") -> str:
    """A hash of the names and bytes of the files under ``folder`` (the package's code, the
    data folder, a pack or knowledge folder): hashed again only when a file's size or time
    changed since the last call in this process."""
    memo = _BUILD.get()
    if memo is not None and (folder, pattern) in memo:   # once per pipeline build
        return memo[(folder, pattern)]
    digest = _folder_digest(folder, pattern)
    if memo is not None:
        memo[(folder, pattern)] = digest
    return digest


def _folder_digest(folder: Path, pattern: str) -> str:
    if not folder.is_dir():
        return f"{folder}: none"
    files = sorted((p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts),
                   key=lambda p: str(p.relative_to(folder)))
    stamps = tuple((str(p), (s := p.stat()).st_size, s.st_mtime_ns) for p in files)
    known = _DIGESTS.get((folder, pattern))
    if known is None or known[0] != stamps:
        known = _DIGESTS[(folder, pattern)] = (stamps, f"{folder}: {content_key(files)}")
    return known[1]


@lru_cache(maxsize=1)
def _library_versions() -> str:
    versions = []
    for name in ("spacy", "pycountry", "regex", "pydantic"):
        module = sys.modules.get(name)
        if module is None:
            try:
                module = __import__(name)
            except ImportError:
                continue
        versions.append(f"{name}={getattr(module, '__version__', getattr(module, 'VERSION', '?'))}")
    return ";".join(versions)
