"""One id scheme and one alias index over every part of the knowledge.

Every entry has a local id (letters, digits, ``_`` and ``-``; a national body adds the ISO
code of its country: "mfa:US") unique within its kind; ``"<kind>:<id>"`` names it across the whole knowledge ("person:emmanuel_macron",
"office:president_kz", "organization:eu", "agreement:eu_kz_epca", "country:FR"). The alias
index maps the folded form of every name and alias to the entries it may denote, as
scispacy's ``KnowledgeBase`` maps aliases to concept ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..errors import DataError
from ..textkit import fold

KINDS = ("person", "office", "organization", "agreement", "country", "city")
# a local id; a national body of one country adds its ISO code: "mfa:US", "presidency:KR"
_LOCAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*(?::[A-Z]{2})?$")


@dataclass(frozen=True)
class EntryRef:
    kind: str
    id: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class IndexedEntry:
    """What the index needs of an entry: who it is and the names it goes by."""
    kind: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    file: str = ""


class AliasIndex:
    def __init__(self, entries: Iterable[IndexedEntry]):
        self._by_key: dict[str, EntryRef] = {}
        self._by_alias: dict[str, list[EntryRef]] = {}
        for entry in entries:
            self._add(entry)

    def _add(self, entry: IndexedEntry) -> None:
        if entry.kind not in KINDS:
            raise DataError(entry.file or entry.kind, f"unknown kind {entry.kind!r} of entry {entry.id!r}")
        if not _LOCAL_ID.match(entry.id):
            raise DataError(entry.file or entry.kind, f"id {entry.id!r}: ids are letters, digits, '_' and '-' (and ':<ISO code>')")
        ref = EntryRef(entry.kind, entry.id, entry.name)
        if ref.key in self._by_key:
            raise DataError(entry.file or entry.kind, f"duplicate id {ref.key!r}")
        self._by_key[ref.key] = ref
        for alias in {entry.name, *entry.aliases}:
            refs = self._by_alias.setdefault(fold(alias), [])
            if ref not in refs:
                refs.append(ref)

    def __contains__(self, key: str) -> bool:
        return key in self._by_key

    def __len__(self) -> int:
        return len(self._by_key)

    def count_by_kind(self) -> dict[str, int]:
        """How many entries of each kind the knowledge holds."""
        counts = dict.fromkeys(KINDS, 0)
        for ref in self._by_key.values():
            counts[ref.kind] += 1
        return counts

    def get(self, key: str) -> EntryRef | None:
        """The entry named ``"<kind>:<id>"``."""
        return self._by_key.get(key)

    def candidates(self, alias: str, kind: str | None = None) -> list[EntryRef]:
        """Entries that ``alias`` may denote (any case, accents, spacing), optionally of one kind."""
        refs = self._by_alias.get(fold(alias), [])
        return [r for r in refs if kind is None or r.kind == kind]

    def require(self, key: str, where: str) -> EntryRef:
        """The entry ``key`` refers to; DataError naming ``where`` when there is none."""
        ref = self._by_key.get(key)
        if ref is None:
            raise DataError(where, f"refers to {key!r}, which no knowledge file defines")
        return ref
