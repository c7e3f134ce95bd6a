"""What every kzeu component shares: its factory registration and its language pack.

``kzeu_factory`` registers a factory with spaCy (``assigns``/``requires`` declared, so
``nlp.analyze_pipes()`` shows the contract) and registers the ``doc._.kzeu_*`` extensions
when the component is made, so ``spacy.blank(lang).add_pipe("kzeu_dates")`` works in anyone's
pipeline (the factories are also published under the ``spacy_factories`` entry point).

``PackComponent`` is the base of components that compile a language pack: it finds the
pack of ``nlp.lang`` (or the ``pack`` config value), calls ``compile(pack)``, and saves the
pack's files with ``to_disk`` so a saved pipeline loads with ``spacy.load`` in a fresh
process without depending on the data installed there.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, Iterable

import srsly
from spacy.language import Language

from ..extensions import register_extensions
from ..langpacks import LanguagePack, language_pack

_PACK_FILE = "pack.json"


def kzeu_factory(name: str, *, assigns: Iterable[str] = (), requires: Iterable[str] = (),
                 default_config: dict[str, Any] | None = None) -> Callable:
    """``@Language.factory`` for a kzeu component; the extensions are registered first."""

    def decorate(make: Callable) -> Callable:
        @functools.wraps(make)   # spaCy reads the config arguments from the signature
        def factory(nlp, name, **config):
            register_extensions()
            return make(nlp, name, **config)

        Language.factory(name, assigns=list(assigns), requires=list(requires),
                         default_config=default_config or {}, func=factory)
        return factory   # the entry point names this object

    return decorate


class PackComponent:
    """A component compiled from one language pack's ``concerns`` files."""

    concerns: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, pack: str | None = None):
        self.name = name
        self.pack = language_pack(pack or nlp.lang)
        self.compile(self.pack)

    def compile(self, pack: LanguagePack) -> None:   # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        content = {"code": self.pack.code, "settings": self.pack.settings,
                   "files": {concern: self.pack.raw(concern) for concern in self.concerns}}
        srsly.write_json(path / _PACK_FILE, content)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "PackComponent":
        file = Path(path) / _PACK_FILE
        if file.exists():
            self.pack = LanguagePack.from_dict(srsly.read_json(file))
            self.compile(self.pack)
        return self
