"""The organizations knowledge base (data/organizations.json), validated on load."""
from __future__ import annotations

from functools import lru_cache

from .data import load_data
from .errors import DataError

_ENTRY_KEYS = {"id", "name", "aliases", "source"}


@lru_cache(maxsize=1)
def knowledge_base() -> dict:
    kb = load_data("organizations")
    for section in ("entries", "national_bodies"):
        seen = set()
        for entry in kb[section]:
            missing = _ENTRY_KEYS - set(entry)
            if missing:
                raise DataError("organizations.json", f"{section} entry {entry.get('id')!r} lacks {sorted(missing)}")
            if entry["id"] in seen:
                raise DataError("organizations.json", f"duplicate id {entry['id']!r} in {section}")
            seen.add(entry["id"])
    return kb


@lru_cache(maxsize=1)
def organization_names() -> tuple[str, ...]:
    """Every name and alias of the known (non-generic) organizations."""
    return tuple(n for e in knowledge_base()["entries"] for n in [e["name"], *e["aliases"]])
