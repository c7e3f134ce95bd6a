"""The organizations knowledge base (data/organizations.json), validated on load."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_data
from ..errors import DataError

_ENTRY_KEYS = {"id", "name", "aliases", "source"}
# Optional name lists of an entry (see the file's _entries_doc): names counting only as a source,
# only after "on"/"via" (platforms), or naming the seat as a building (never the body).
_LIST_KEYS = {"aliases", "source_aliases", "platform_aliases", "venue_aliases"}


@lru_cache(maxsize=1)
def knowledge_base() -> dict:
    kb = load_data("organizations")
    for section in ("entries", "national_bodies"):
        seen = set()
        for entry in kb[section]:
            missing = _ENTRY_KEYS - set(entry)
            if missing:
                raise DataError("organizations.json", f"{section} entry {entry.get('id')!r} lacks {sorted(missing)}")
            for key in _LIST_KEYS & set(entry):
                if not isinstance(entry[key], list) or not all(isinstance(n, str) and n for n in entry[key]):
                    raise DataError("organizations.json", f"{section} entry {entry['id']!r}: {key} must list names")
            if not isinstance(entry.get("seat", False), bool):
                raise DataError("organizations.json", f"{section} entry {entry['id']!r}: seat must be true or false")
            if entry["id"] in seen:
                raise DataError("organizations.json", f"duplicate id {entry['id']!r} in {section}")
            seen.add(entry["id"])
    return kb


@lru_cache(maxsize=1)
def organization_names() -> tuple[str, ...]:
    """Every name and alias of the known (non-generic) organizations; not the names of their
    seats as buildings ("Élysée Palace"), which are places."""
    return tuple(n for e in knowledge_base()["entries"] for n in [e["name"], *e["aliases"]])


class OrganizationKnowledge:
    """Transitional view: ``.data`` (the file's content) and ``.names()``."""

    def __init__(self):
        self.data = knowledge_base()

    def names(self) -> tuple[str, ...]:
        return organization_names()


def load(folder) -> OrganizationKnowledge:
    return OrganizationKnowledge()
