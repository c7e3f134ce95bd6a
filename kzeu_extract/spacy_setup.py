"""spaCy's tokenizer data of a language, set up once and then read from the disk cache.

``spacy.lang.<code>.tokenizer_exceptions`` builds its tables when imported; French's compiles
a 1.45 MB token-match pattern there (3-4 s, every run). Before spaCy imports that module,
``prepare(code)`` puts a stand-in in ``sys.modules``: a module holding the same constants,
read from the cache, the pattern with its compiled program (``compiled_patterns``), so the
tokenizer is spaCy's own, pattern for pattern. The entry's key is spaCy's version and the
bytes of the spaCy files the module is made from; on a miss (or with the cache off) the real
module is imported, and its constants are stored for the next run.
"""
from __future__ import annotations

import sys
import types
from pathlib import Path

from .cache import cache_folder, cached, content_key

MODULE = "spacy.lang.{code}.tokenizer_exceptions"
CACHED_MARK = "__kzeu_cached__"   # set on a stand-in (tests tell the two apart by it)


def prepare(code: str) -> None:
    """Make spaCy's set-up of ``code`` come from the cache (a no-op once spaCy has it)."""
    name = MODULE.format(code=code)
    if name in sys.modules or cache_folder() is None:
        return
    sources = _source_files(code)
    if sources is None:
        return
    import spacy

    constants = cached(f"spacy-{code}-tokenizer-exceptions", content_key(spacy.__version__, sources),
                       lambda: _constants_of(name))
    if name in sys.modules:   # a miss imported the real module
        return
    module = types.ModuleType(name, "spaCy's module of that name, its constants read from kzeu's cache.")
    module.__dict__.update(constants)
    module.__file__ = str(sources[0])
    setattr(module, CACHED_MARK, True)
    sys.modules[name] = module


def _source_files(code: str) -> list[Path] | None:
    """The module's file first, then what it is made from: the language's folder and the
    shared files of ``spacy/lang``. None when spaCy has no such module for ``code``."""
    import spacy.lang

    shared = Path(spacy.lang.__file__).parent
    folder = shared / code
    module = folder / "tokenizer_exceptions.py"
    if not module.is_file():
        return None
    rest = sorted(p for p in [*folder.glob("*.py"), *shared.glob("*.py")] if p != module)
    return [module, *rest]


def _constants_of(name: str) -> dict:
    """The module's public constants (upper-case names: what spaCy's language class reads)."""
    import importlib

    module = importlib.import_module(name)
    return {key: value for key, value in vars(module).items() if key.isupper()}
