"""The knowledge base: people and the offices they held, loaded from ``<folder>/kb/``.

``load(folder)`` reads ``kb/offices.json`` and ``kb/people.json``, validated with pydantic
(a bad entry names the file, the key path and the entry; every tenure's office must exist),
and gives look-ups by any spelling (folded) and "who held office X on date D". Spans in the
Doc carry ``kb_id``s; the entries themselves stay here. No module-level cache: the
``Knowledge`` object of a folder keeps what it loaded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..cache import cached, content_key
from ..data import read_json
from ..errors import DataError
from ..langpacks import describe_validation_error
from ..textkit import fold

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
UNKNOWN = "?"


@dataclass(frozen=True)
class OfficeEntry:
    id: str
    title: dict                       # {"en": ..., "fr": ...}
    keys: tuple[str, ...]             # title head keys (data/lang/<code>/titles.json) naming this office
    organization: Optional[str] = None
    org_aliases: frozenset = frozenset()       # folded
    subject_aliases: frozenset = frozenset()   # folded ("central asia")
    country: Optional[str] = None
    head_of_state: bool = False
    head_of_government: bool = False
    role: Optional[str] = None        # head_of_state / head_of_government / foreign_minister (world layer)
    wikidata: Optional[str] = None    # the position's QID


@dataclass(frozen=True)
class Tenure:
    office: str
    start: Optional[str]   # ISO (maybe partial), "?" unknown
    end: Optional[str]     # None = still in office, "?" unknown
    source: Optional[str] = None
    as_of: Optional[str] = None   # an open tenure: the source's date; later days are not known

    def covers(self, date: str) -> Optional[bool]:
        """True/False when certain that ``date`` (YYYY-MM-DD) is inside/outside; None if unsure."""
        if self.start in (None, UNKNOWN):
            return None
        start_lo, start_hi = date_bounds(self.start)
        if date < start_lo:
            return False
        if self.end == UNKNOWN or self.end is None and self.as_of and date > date_bounds(self.as_of)[1]:
            return None
        end_lo, end_hi = date_bounds(self.end) if self.end else ("9999-12-31", "9999-12-31")
        if date > end_hi:
            return False
        return True if start_hi <= date <= end_lo else None


def date_bounds(value: str) -> tuple[str, str]:
    """Earliest and latest day a partial ISO date may stand for (compared as strings)."""
    lo = value + "-01-01"[len(value) - 4:] if len(value) < 10 else value
    hi = value + "-12-31"[len(value) - 4:] if len(value) < 10 else value
    return lo, hi


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    country: Optional[str] = None
    offices: tuple[Tenure, ...] = ()
    wikidata: Optional[str] = None
    curated: bool = True    # hand layer: ``name`` is the checked common English form


@dataclass
class KnowledgeBase:
    people: dict[str, PersonEntry] = field(default_factory=dict)
    offices: dict[str, OfficeEntry] = field(default_factory=dict)
    _by_full: dict[str, str] = field(default_factory=dict)    # folded full name -> id
    _by_short: dict[str, str] = field(default_factory=dict)   # folded short form -> id
    # thousands of people and offices: look-ups go through these, never a scan of all entries
    _tenures_of: dict[str, list] = field(default_factory=dict)    # office id -> [(person id, tenure)]
    _offices_by_key: dict[str, list] = field(default_factory=dict)  # title head key -> [office]
    _by_wikidata: dict[str, str] = field(default_factory=dict)    # QID -> person id
    _heads_of_state: dict[str, list] = field(default_factory=dict)  # ISO code -> [office]
    _by_org_alias: dict[str, set] = field(default_factory=dict)     # folded organisation name -> {office id}

    def add_office(self, office: OfficeEntry) -> None:
        self.offices[office.id] = office
        for key in office.keys:
            self._offices_by_key.setdefault(key, []).append(office)
        if office.head_of_state and office.country:
            self._heads_of_state.setdefault(office.country, []).append(office)
        for alias in office.org_aliases:
            self._by_org_alias.setdefault(alias, set()).add(office.id)

    def add_person(self, person: PersonEntry) -> None:
        self.people[person.id] = person
        for form in (person.name,) + person.aliases:
            self._by_full.setdefault(fold(form), person.id)
        for form in person.short:
            self._by_short.setdefault(fold(form), person.id)
        for tenure in person.offices:
            self._tenures_of.setdefault(tenure.office, []).append((person.id, tenure))
        if person.wikidata:
            self._by_wikidata[person.wikidata] = person.id

    def person_by_wikidata(self, qid: str) -> Optional[PersonEntry]:
        pid = self._by_wikidata.get(qid)
        return self.people[pid] if pid else None

    def person_by_name(self, text: str) -> Optional[PersonEntry]:
        """The person a full-name spelling stands for (any case/accents)."""
        pid = self._by_full.get(fold(text))
        return self.people[pid] if pid else None

    def person_by_short(self, text: str) -> Optional[PersonEntry]:
        """The person a stand-alone short form ("Tokayev", "Tokaïev") stands for."""
        pid = self._by_short.get(fold(text))
        return self.people[pid] if pid else None

    def all_forms(self) -> Iterable[tuple[str, str, bool]]:
        """(surface form, person id, is_full_name) for every known spelling."""
        for person in self.people.values():
            for form in (person.name,) + person.aliases:
                yield form, person.id, True
            for form in person.short:
                yield form, person.id, False

    def match_offices(self, keys: Iterable[str], organization: Optional[str] = None,
                      country: Optional[str] = None, subject: Optional[str] = None) -> list[OfficeEntry]:
        """Offices named by a title with head ``keys`` qualified by an organisation or country.

        An unqualified title ("the President") matches nothing: only the text can say who.
        """
        org_key = fold(organization) if organization else None
        subject_key = fold(subject) if subject else None
        found, seen = [], set()
        candidates = [o for key in keys for o in self._offices_by_key.get(key, ())]
        for office in candidates:
            if office.id in seen:
                continue
            seen.add(office.id)
            if country and office.country == country:
                found.append(office)
            elif org_key and org_key in office.org_aliases:
                if office.subject_aliases and subject_key not in office.subject_aliases:
                    continue
                found.append(office)
        return found

    def holders(self, office_id: str, date: Optional[str] = None) -> list[PersonEntry]:
        """People who held ``office_id``: on ``date`` when given (only certain tenures), else ever."""
        result, seen = [], set()
        for person_id, tenure in self._tenures_of.get(office_id, ()):
            if person_id not in seen and (date is None or tenure.covers(date)):
                seen.add(person_id)
                result.append(self.people[person_id])
        return result

    def tenures_of(self, office_id: str) -> list[tuple[str, Tenure]]:
        """(person id, tenure) of everyone who held ``office_id``."""
        return list(self._tenures_of.get(office_id, ()))

    def heads_of_state(self, country: str) -> list[OfficeEntry]:
        """The head-of-state offices of a country (ISO code)."""
        return list(self._heads_of_state.get(country, ()))

    def same_organization(self, folded_a: str, folded_b: str) -> bool:
        """Whether two folded organisation names are written forms of one office's organisation."""
        return bool(self._by_org_alias.get(folded_a, set()) & self._by_org_alias.get(folded_b, set()))

    def held_office(self, person_id: str, office_id: str) -> bool:
        person = self.people.get(person_id)
        return bool(person) and any(t.office == office_id for t in person.offices)


# --- the files, as pydantic checks them -------------------------------------------------

def _check_date(value: Optional[str]) -> Optional[str]:
    if value is not None and value != UNKNOWN and not _DATE.match(value):
        raise ValueError(f"bad date {value!r} (YYYY-MM-DD, YYYY-MM, YYYY, '?' or null)")
    return value


class _Entry(BaseModel):
    # built on first use: a start with the knowledge base in the disk cache validates nothing
    model_config = ConfigDict(extra="forbid", defer_build=True)


_QID = r"^Q[1-9][0-9]*$"


class TenureModel(_Entry):
    office: str
    start: Optional[str] = None
    end: Optional[str] = None
    source: Optional[str] = None      # the source row (world layer: "<repo>@<commit>:<path>#L<n>")
    as_of: Optional[str] = None       # an open tenure (end null): the date of the source that lists it

    @field_validator("as_of")
    @classmethod
    def _as_of(cls, value: Optional[str]) -> Optional[str]:
        return _check_date(value)

    @field_validator("start", "end")
    @classmethod
    def _dates(cls, value: Optional[str]) -> Optional[str]:
        return _check_date(value)


class OfficeModel(_Entry):
    id: str
    title: dict[str, str]
    keys: list[str]
    source: str
    organization: Optional[str] = None
    org_aliases: list[str] = []
    subject_aliases: list[str] = []
    country: Optional[str] = None
    head_of_state: bool = False
    head_of_government: bool = False
    role: Optional[Literal["head_of_state", "head_of_government", "foreign_minister"]] = None
    wikidata: Optional[str] = Field(None, pattern=_QID)


class PersonModel(_Entry):
    id: str
    name: str
    source: str
    aliases: list[str] = []
    short: list[str] = []
    country: Optional[str] = None
    offices: list[TenureModel] = []
    wikidata: Optional[str] = Field(None, pattern=_QID)


class OfficesFile(_Entry):
    offices: list[OfficeModel]
    source_note: Optional[str] = Field(None, alias="_source")
    doc_note: Optional[str] = Field(None, alias="_doc")


class PeopleFile(_Entry):
    people: list[PersonModel]
    source_note: Optional[str] = Field(None, alias="_source")
    doc_note: Optional[str] = Field(None, alias="_doc")


def _validated(model: type[BaseModel], content, where: str):
    try:
        return model.model_validate(content)
    except ValidationError as exc:
        raise describe_validation_error(where, exc) from None


def parse_offices(entries: list, where: str = "kb/offices.json") -> list[OfficeEntry]:
    """Office entries (the ``offices`` list of kb/offices.json), checked."""
    checked = _validated(OfficesFile, {"offices": entries}, where).offices
    return [OfficeEntry(id=o.id, title=o.title, keys=tuple(o.keys), organization=o.organization,
                        org_aliases=frozenset(fold(a) for a in o.org_aliases),
                        subject_aliases=frozenset(fold(a) for a in o.subject_aliases),
                        country=o.country, head_of_state=o.head_of_state,
                        head_of_government=o.head_of_government, role=o.role, wikidata=o.wikidata)
            for o in checked]


def parse_people(entries: list, office_ids: set[str], where: str = "kb/people.json",
                 curated: bool = True) -> list[PersonEntry]:
    """Person entries (the ``people`` list of kb/people.json), checked: ids unique, every
    tenure's office known."""
    checked = _validated(PeopleFile, {"people": entries}, where).people
    seen: set[str] = set()
    for n, person in enumerate(checked):
        if person.id in seen:
            raise DataError(where, f"at people.{n}.id: duplicate id; entry {person.id!r}")
        seen.add(person.id)
        for k, tenure in enumerate(person.offices):
            if tenure.office not in office_ids:
                raise DataError(where, f"at people.{n}.offices.{k}.office: unknown office; "
                                       f"entry {tenure.office!r} for {person.id!r}")
    return [PersonEntry(id=p.id, name=p.name, aliases=tuple(p.aliases), short=tuple(p.short),
                        country=p.country, wikidata=p.wikidata, curated=curated,
                        offices=tuple(Tenure(t.office, t.start, t.end, t.source, t.as_of) for t in p.offices))
            for p in checked]


def _check_shape(model: type[BaseModel], content, entries: str, where: str) -> None:
    """The file's own shape (its notes and keys); its entries are checked one by one after."""
    if isinstance(content, dict) and isinstance(content.get(entries), list):
        content = {**content, entries: []}
    _validated(model, content, where)


def _read(path: Path) -> dict:
    return read_json(path)


# The hand layer (kb/), then the world layer (kb/world/, built by scripts/kb/ from public
# datasets) when the folder has one; an id defined twice is an error.
LAYERS = ("kb", "kb/world")


def load(folder: str | Path) -> KnowledgeBase:
    """The people and offices of ``<folder>/kb/offices.json`` and ``<folder>/kb/people.json``
    (and of ``<folder>/kb/world/`` when present), validated (an error names the file, the key
    path and the entry). Kept in the disk cache, keyed by the files and the modules that read
    them: thousands of built entries take longer to validate than to unpickle."""
    from ..textkit import folding

    files = [Path(folder) / layer / name for layer in LAYERS for name in ("offices.json", "people.json")]
    key = content_key(Path(__file__), Path(folding.__file__), *(f for f in files if f.is_file()))
    return cached("knowledge-people", key, lambda: _load(folder))


def _load(folder: str | Path) -> KnowledgeBase:
    kb = KnowledgeBase()
    layers = []
    for layer in LAYERS:
        offices_file, people_file = Path(folder) / layer / "offices.json", Path(folder) / layer / "people.json"
        if layer != LAYERS[0] and not (offices_file.is_file() and people_file.is_file()):
            continue
        offices, people = _read(offices_file), _read(people_file)
        _check_shape(OfficesFile, offices, "offices", str(offices_file))
        _check_shape(PeopleFile, people, "people", str(people_file))
        for office in parse_offices(offices["offices"], str(offices_file)):
            if office.id in kb.offices:
                raise DataError(str(offices_file), f"office {office.id!r} is defined in two layers")
            kb.add_office(office)
        layers.append((people, people_file, layer == LAYERS[0]))
    for people, people_file, curated in layers:
        for person in parse_people(people["people"], set(kb.offices), str(people_file), curated):
            if person.id in kb.people:
                raise DataError(str(people_file), f"person {person.id!r} is defined in two layers")
            kb.add_person(person)
    return kb
