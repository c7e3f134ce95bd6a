"""A component compiled from its own language pack and from some concerns of every pack.

Dates written with a year, and the labels of a page's head, read the same in a text of any
language, so kzeu_dates and kzeu_document also read the ``dates`` (and ``document``) files of
the other packs. ``to_disk`` saves those files too: a saved pipeline loads with the same
vocabulary in a fresh process.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import srsly
from spacy.language import Language

from ...langpacks import LanguagePack, available_languages, language_pack
from ..base import PackComponent

_EVERY_FILE = "every_pack.json"


class EveryPackComponent(PackComponent):
    """``self.every``: language code -> pack, for every pack holding one of ``every_concerns``
    (the component's own pack stands for its code)."""

    every_concerns: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, pack: str | None = None):
        packs = (language_pack(code) for code in sorted(available_languages()))
        self.every = {p.code: p for p in packs if set(self.every_concerns) & set(p.concerns())}
        super().__init__(nlp, name, pack)

    def packs(self, concern: str) -> dict:
        """Language code -> the ``concern`` of every pack that has it (this one's included)."""
        every = {**self.every, self.pack.code: self.pack}
        return {code: p.concern(concern) for code, p in every.items() if concern in p.concerns()}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        content = {code: {"code": code, "settings": p.settings,
                          "files": {c: p.raw(c) for c in self.every_concerns if c in p.concerns()}}
                   for code, p in self.every.items()}
        srsly.write_json(Path(path) / _EVERY_FILE, content)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EveryPackComponent":
        file = Path(path) / _EVERY_FILE
        if file.exists():
            self.every = {code: LanguagePack.from_dict(content) for code, content in srsly.read_json(file).items()}
        return super().from_disk(path, exclude=exclude)
