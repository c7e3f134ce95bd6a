"""spaCy's start-up, made cheaper: a language's tokenizer data read from the disk cache, and
(for the ``kzeu`` command) spaCy imported without its own command line.

``spacy.lang.<code>.tokenizer_exceptions`` builds its tables when imported; French's compiles
a 1.45 MB token-match pattern there (3-4 s, every run). Before spaCy imports that module,
``prepare(code)`` puts a stand-in in ``sys.modules``: a module holding the same constants,
read from the cache, the pattern with its compiled program (``compiled_patterns``), so the
tokenizer is spaCy's own, pattern for pattern. The entry's key is spaCy's version and the
bytes of the spaCy files the module is made from; on a miss (or with the cache off) the real
module is imported, and its constants are stored for the next run.

``defer_command_line()`` puts stand-ins for ``spacy.cli`` and ``spacy.cli.info`` in
``sys.modules`` before spaCy is imported: ``import spacy`` then skips spaCy's command line
and all it imports (weasel, requests, jinja2: a third of the import). Any use of it (a name
read from ``spacy.cli``, a call of ``spacy.info``) loads spaCy's real package in their place.
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


# spaCy's package imports its command line (``spacy.cli``: weasel, typer, requests, jinja2, ...,
# a third of ``import spacy``) for the one name ``spacy.info``; extraction never uses it.
CLI, CLI_INFO = "spacy.cli", "spacy.cli.info"


class _DeferredModule(types.ModuleType):
    """A stand-in for one of spaCy's command-line modules: any name it lacks loads the real
    ``spacy.cli`` package (which replaces the stand-ins) and is read from the real module.
    The import system's probes (``__path__``, ...) do not load it."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)
        return getattr(_load_command_line(self.__name__), name)


def _info(*args, **kwargs):
    """``spacy.info``: spaCy's own, its command line loaded on the first call."""
    return _load_command_line(CLI_INFO).info(*args, **kwargs)


def _load_command_line(name: str) -> types.ModuleType:
    import importlib

    for stand_in in (CLI_INFO, CLI):
        if isinstance(sys.modules.get(stand_in), _DeferredModule):
            del sys.modules[stand_in]
    importlib.import_module(CLI)   # spaCy's own __init__, which imports every command, info too
    return sys.modules[name]


def defer_command_line() -> None:
    """Import spaCy without its command line, which is loaded on first use instead (a
    no-op once spaCy is imported, or where spaCy's files are not laid out as expected)."""
    if "spacy" in sys.modules or CLI in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    folder = Path(spec.origin).parent / "cli" if spec and spec.origin else None
    if folder is None or not (folder / "info.py").is_file():
        return
    package = _DeferredModule(CLI, "spaCy's command line, loaded on first use (kzeu_extract.spacy_setup).")
    package.__path__ = [str(folder)]   # a submodule imported by name is spaCy's own
    info = _DeferredModule(CLI_INFO, "spacy.cli.info, loaded on first use.")
    info.info = _info
    package.info = _info   # as in spaCy, where the package's `info` is the function
    sys.modules.update({CLI: package, CLI_INFO: info})
    try:
        import spacy
    except BaseException:
        for stand_in in (CLI_INFO, CLI):
            sys.modules.pop(stand_in, None)
        raise
    spacy.cli = package   # what `import spacy.cli` then reads (the import system sets it for real modules)
