"""What every kzeu component that compiles a language pack shares (the factories and their
contracts are in ``kzeu_extract.factories``).

``PackComponent`` is the base of components that compile a language pack: it finds the
pack of ``nlp.lang`` (or the ``pack`` config value), calls ``compile(pack)`` (or loads what
it made from the disk cache: ``kzeu_extract.prepared``), and saves the
pack's files with ``to_disk`` so a saved pipeline loads with ``spacy.load`` in a fresh
process without depending on the data installed there.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import srsly
from spacy.language import Language

from ..langpacks import LanguagePack, language_pack
from ..prepared import compile_once

_PACK_FILE = "pack.json"


class PackComponent:
    """A component compiled from one language pack's ``concerns`` files."""

    concerns: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, pack: str | None = None):
        self.name = name
        self.pack = language_pack(pack or nlp.lang)
        compile_once(self, nlp)   # self.compile(self.pack), or what it made, from the disk cache

    def compile(self, pack: LanguagePack) -> None:   # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def restored(self) -> None:
        """Called when what ``compile`` made was loaded from the disk cache instead: a
        component re-attaches here what its stored objects leave out."""

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
