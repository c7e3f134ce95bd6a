"""The known instruments (``<folder>/kb/agreements.json``): ids, canonical names, aliases,
fixed parties, dates and sources, validated on load."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..data import read_json
from ..errors import DataError
from ..langpacks import describe_validation_error

FILE = Path("kb") / "agreements.json"


class KnownAgreement(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    name_fr: str
    aliases: tuple[str, ...]
    parties: tuple[str, ...]
    signed: str | None
    entered_into_force: str | None
    source: str

    def forms(self) -> tuple[str, ...]:
        """Every way the instrument is written: its names, then its aliases."""
        return (self.name, self.name_fr, *self.aliases)


class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entries: tuple[KnownAgreement, ...]

    @field_validator("entries")
    @classmethod
    def _unique_ids(cls, entries):
        seen = set()
        for entry in entries:
            if entry.id in seen:
                raise ValueError(f"duplicate id {entry.id!r}")
            seen.add(entry.id)
        return entries


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agreements: _Content


class AgreementKnowledge:
    """The known instruments: ``entries`` by id and ``forms`` (written form -> id, in file order)."""

    def __init__(self, entries: tuple[KnownAgreement, ...]):
        self.entries = {entry.id: entry for entry in entries}
        self.forms: dict[str, str] = {}
        for entry in entries:
            for form in entry.forms():
                self.forms[form] = entry.id

    def get(self, kb_id: str | None) -> KnownAgreement | None:
        return self.entries.get(kb_id) if kb_id else None


def _read(path: Path) -> dict:
    content = read_json(path)
    if not isinstance(content, dict):
        raise DataError(str(path), "expected an object with the key 'agreements'")
    return {k: v for k, v in content.items() if k not in ("_source", "_doc")}


@lru_cache(maxsize=8)
def _load(path: Path) -> AgreementKnowledge:
    try:
        content = _File.model_validate(_read(path))
    except ValidationError as exc:
        raise describe_validation_error(str(path), exc) from None
    return AgreementKnowledge(content.agreements.entries)


def load(folder: str | Path) -> AgreementKnowledge:
    """The known instruments of ``folder`` (``<folder>/kb/agreements.json``)."""
    return _load((Path(folder) / FILE).resolve())
