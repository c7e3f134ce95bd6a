"""The packs a title vocabulary also reads, kept with a saved pipeline.

A pack's titles.json may ``also_read`` other packs (English and French texts quote each
other's titles). A component compiling the vocabulary saves those packs' title files beside
its own pack (``PackComponent.to_disk``), so ``spacy.load`` in a fresh process compiles the
same grammar whatever title data is installed there."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import srsly

from ...langpacks import LanguagePack, language_pack

ALSO_READS_FILE = "also_reads.json"
_CONCERN = "titles"


class AlsoReadsPacks:
    """Mixin (before ``PackComponent``) for components that compile the title vocabulary."""

    _saved_packs: dict[str, LanguagePack] = {}

    def packs_read_also(self, pack: LanguagePack) -> dict[str, LanguagePack]:
        """The packs ``pack`` also reads: the saved ones, else the installed ones."""
        self.read_also = {code: self._saved_packs.get(code) or language_pack(code)
                          for code in pack.concern(_CONCERN).also_reads}
        return self.read_also

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        content = {code: {"code": other.code, "settings": other.settings, "files": {_CONCERN: other.raw(_CONCERN)}}
                   for code, other in self.read_also.items()}
        srsly.write_json(Path(path) / ALSO_READS_FILE, content)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        file = Path(path) / ALSO_READS_FILE
        if file.exists():
            self._saved_packs = {code: LanguagePack.from_dict(content) for code, content in srsly.read_json(file).items()}
        return super().from_disk(path, exclude=exclude)
