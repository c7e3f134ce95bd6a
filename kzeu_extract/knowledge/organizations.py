"""The organizations knowledge base (``<folder>/kb/organizations.json``), validated on load.

Known bodies (ids, names, aliases in any language, seats, sources), the national bodies every
state has, the EU delegations' names and the phrases shaped like bodies that name none. The
words that find bodies in a text (heads, connectors, titles ...) are language, in each
language pack's ``organizations.json`` (see ``components/organizations/vocabulary.py``).

``load(folder)`` returns an :class:`OrganizationStore`; a malformed file raises a
``DataError`` naming the file, the key path and the entry.
"""
from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    model_validator,
)

from ..data import read_json
from ..errors import DataError
from ..langpacks import describe_validation_error

Name = Annotated[str, Field(min_length=1)]
FILE = "kb/organizations.json"
QID = re.compile(r"Q[1-9][0-9]*")
# What a known body is (see the file's _doc).
Kind = Literal["international", "government", "parliament", "news_agency", "media", "platform",
               "company", "ngo", "party", "non_state"]
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _WithWikidata(_Strict):
    """``wikidata``: the body's Wikidata QID, with ``wikidata_source``: a key of the file's
    ``sources`` (the dataset that gives it) or the item's page (WIKIDATA_PAGE + QID)."""
    wikidata: Optional[Name] = None
    wikidata_source: Optional[Name] = None

    @model_validator(mode="before")
    @classmethod
    def _wikidata_shape(cls, entry):
        # checked on the raw entry, so that the error shows the entry, not the bare value
        if not isinstance(entry, dict) or entry.get("wikidata") is None:
            return entry
        qid, source = entry["wikidata"], entry.get("wikidata_source")
        if not isinstance(qid, str) or not QID.fullmatch(qid):
            raise ValueError(f"wikidata must be a QID (Q and digits), not {qid!r}")
        if not source:
            raise ValueError("an entry with a wikidata QID needs its wikidata_source")
        if isinstance(source, str) and source.startswith(WIKIDATA_PAGE) and source != WIKIDATA_PAGE + qid:
            raise ValueError(f"wikidata_source {source!r} is not the page of {qid}")
        return entry


class OrganizationEntry(_WithWikidata):
    """A known body. ``source_aliases`` count only where a text names its source,
    ``platform_aliases`` only after "on"/"via", ``venue_aliases`` name the seat as a building
    (a place, never the body); ``seat``: the body is named after its seat; ``name_fr``: its
    French name (also a name it is found by)."""
    id: Name
    name: Name
    aliases: list[Name]
    source: Name
    name_fr: Optional[Name] = None
    kind: Optional[Kind] = None
    source_aliases: list[Name] = []
    platform_aliases: list[Name] = []
    venue_aliases: list[Name] = []
    seat: StrictBool = False


class NationalQid(_WithWikidata):
    """The QID of one state's national body (``id``: "<body id>:<ISO code>", "mfa:FR")."""
    id: Name
    name: Name


class NationalBody(_Strict):
    """A body every state has ("Ministry of Foreign Affairs"); ``qualified_only``: the bare
    name, with no country next to it, names no body."""
    id: Name
    name: Name
    aliases: list[Name]
    source: Name
    qualified_only: StrictBool = False


class DelegationNames(_Strict):
    id: Name          # kb_id "<id>:<ISO code>"
    name: Name        # with "{country}"
    aliases: list[Name]
    source: Name


class BareName(_Strict):
    """A short name ("Commission") naming body ``id`` alone where the text names one of
    the ``context`` bodies."""
    name: Name
    id: Name
    context: list[Name]


class OrganizationsFile(_Strict):
    entries: list[OrganizationEntry]
    national_bodies: list[NationalBody]
    qualified_name: Name = "{name} of {country}"
    eu_delegation: DelegationNames
    not_organizations: list[Name]
    dotted_forms: dict[Name, Name] = {}
    bare_names: list[BareName] = []
    source_domain_suffixes: list[Name] = []
    national_wikidata: list[NationalQid] = []
    sources: dict[Name, Name] = {}   # key -> repository, commit and file of a dataset

    @model_validator(mode="after")
    def _unique_ids(self):
        for section in ("entries", "national_bodies", "national_wikidata"):
            seen: set[str] = set()
            for entry in getattr(self, section):
                if entry.id in seen:
                    raise ValueError(f"duplicate id {entry.id!r} in {section}")
                seen.add(entry.id)
        return self

    @model_validator(mode="after")
    def _known_sources(self):
        for section in ("entries", "national_wikidata"):
            for entry in getattr(self, section):
                source = entry.wikidata_source
                if source and not source.startswith(WIKIDATA_PAGE) and source not in self.sources:
                    raise ValueError(f"{section} {entry.id!r}: wikidata_source {source!r} "
                                     f"is neither a key of sources nor a Wikidata page")
        return self


def entry_names(entry: OrganizationEntry) -> list[str]:
    """The name, the French name (where not already an alias) and the aliases."""
    french = [entry.name_fr] if entry.name_fr and entry.name_fr not in (entry.name, *entry.aliases) else []
    return [entry.name, *french, *entry.aliases]


class OrganizationStore:
    """The typed organizations knowledge: ``entries`` and ``national_bodies`` by id, and
    the name lists other components read."""

    def __init__(self, content: OrganizationsFile):
        self.content = content
        self.entries = {e.id: e for e in content.entries}
        self.national_bodies = {e.id: e for e in content.national_bodies}
        self.eu_delegation = content.eu_delegation
        self.not_organizations = tuple(content.not_organizations)
        self.bare_names = tuple(content.bare_names)
        self.qualified_name = content.qualified_name
        self.source_domain_suffixes = tuple(content.source_domain_suffixes)
        self._wikidata = {e.id: e.wikidata for e in [*content.entries, *content.national_wikidata]
                          if e.wikidata}

    def wikidata(self, kb_id: str | None) -> str | None:
        """The Wikidata QID of a known body or of one state's national body ("mfa:FR")."""
        return self._wikidata.get(kb_id) if kb_id else None

    @cached_property
    def _names(self) -> tuple[str, ...]:
        return tuple(n for e in self.content.entries for n in entry_names(e))

    def names(self) -> tuple[str, ...]:
        """Every name and alias of the known (non-generic) organizations; not the names of
        their seats as buildings ("Élysée Palace"), which are places."""
        return self._names

    def dotted(self, names: list[str]) -> list[str]:
        """``names`` and, for those starting "UN "/"US ", the dotted "U.N. "/"U.S. " forms."""
        out = list(names)
        for name in names:
            for short, dotted in self.content.dotted_forms.items():
                if name.startswith(short):
                    out.append(dotted + name[len(short):])
        return out

    def national_name(self, body: NationalBody, country: str) -> str:
        """"Ministry of Foreign Affairs of Kazakhstan"."""
        return self.qualified_name.format(name=body.name, country=country)


def parse(content, where: str = FILE) -> OrganizationStore:
    """The store of a file's content (``{"organizations": {...}, "_source", "_doc"}``)."""
    if not isinstance(content, dict) or "organizations" not in content:
        raise DataError(where, "expected a top-level key 'organizations'")
    extra = set(content) - {"organizations", "_source", "_doc"}
    if extra:
        raise DataError(where, f"unexpected top-level keys {sorted(extra)}")
    try:
        return OrganizationStore(OrganizationsFile.model_validate(content["organizations"]))
    except ValidationError as exc:
        raise describe_validation_error(where, exc) from None


def read(path: Path) -> OrganizationStore:
    content = read_json(path)
    return parse(content, str(path))


def load(folder) -> OrganizationStore:
    """The organizations knowledge of ``folder`` (its ``kb/organizations.json``), kept in the
    disk cache (keyed by the file and the modules that read it)."""
    from ..cache import cached, content_key
    from ..textkit import folding

    path = Path(folder) / FILE
    key = content_key(Path(__file__), Path(folding.__file__), path)
    return cached("knowledge-organizations", key, lambda: read(path))
