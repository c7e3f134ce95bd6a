"""The one knowledge layer: people with dated tenures, offices, organizations, agreements,
places and countries, loaded from one data folder and handed to components through their
config (``knowledge = {"@misc": "kzeu.knowledge.v1", "folder": null}``), never read from
module singletons, so a test can give a component a tiny fixture knowledge base.

``Knowledge(folder)`` reads ``<folder>/kb/*.json`` and the geo tables of ``<folder>``;
``folder=None`` is the installed ``data/``. A folder may hold only some parts (a test's tiny
people file, say): a part whose files it lacks comes from the installed data.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Optional

import spacy

from ..data import data_dir
from .index import AliasIndex
from .references import check_references, indexed_entries

_LOADED: dict[Path, "Knowledge"] = {}


# the files that make up each part (all present in a folder, or the part is the installed one)
_PART_FILES = {
    "people": ("kb/people.json", "kb/offices.json"),
    "organizations": ("kb/organizations.json",),
    "agreements": ("kb/agreements.json",),
    "geo": ("geo_countries.json", "geo_cities.json", "places.json"),
}


class Knowledge:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder).resolve() if folder else data_dir().resolve()

    def folder_of(self, part: str) -> Path:
        """Where ``part`` is read from: this knowledge's folder if it holds the part's files."""
        if all((self.folder / name).is_file() for name in _PART_FILES[part]):
            return self.folder
        return data_dir().resolve()

    # Each part is loaded by its module's ``load(folder)`` when first used.
    @cached_property
    def people(self):
        """People with dated tenures and the offices they hold."""
        from . import people
        return people.load(self.folder_of("people"))

    @cached_property
    def organizations(self):
        from . import organizations
        return organizations.load(self.folder_of("organizations"))

    @cached_property
    def geo(self):
        """Countries (codes, names, adjectives) and cities."""
        from . import geo
        return geo.load(self.folder_of("geo"))

    @cached_property
    def agreements(self):
        """Known treaties and agreements, with their parties and dates."""
        from . import agreements
        return agreements.load(self.folder_of("agreements"))

    @cached_property
    def index(self) -> AliasIndex:
        """Every entry of every part under one id scheme, by alias (built when first used;
        duplicate and malformed ids raise a DataError naming the file)."""
        return AliasIndex(indexed_entries(self))

    def validate_all(self) -> None:
        """Load every part and check references between files now, so a broken file is
        reported once, at start-up."""
        for part in ("people", "organizations", "geo", "agreements"):
            getattr(self, part)
        check_references(self)


def load_knowledge(folder: str | Path | None = None) -> Knowledge:
    """The knowledge in ``folder`` (default: the installed data), loaded once per folder."""
    key = Path(folder).resolve() if folder else data_dir().resolve()
    if key not in _LOADED:
        _LOADED[key] = Knowledge(key)
    return _LOADED[key]


@spacy.registry.misc("kzeu.knowledge.v1")
def knowledge_from_folder(folder: Optional[str] = None) -> Knowledge:
    return load_knowledge(folder)


DEFAULT_KNOWLEDGE = {"@misc": "kzeu.knowledge.v1", "folder": None}
