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
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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


@dataclass(frozen=True)
class Tenure:
    office: str
    start: Optional[str]   # ISO (maybe partial), "?" unknown
    end: Optional[str]     # None = still in office, "?" unknown

    def covers(self, date: str) -> Optional[bool]:
        """True/False when certain that ``date`` (YYYY-MM-DD) is inside/outside; None if unsure."""
        if self.start in (None, UNKNOWN):
            return None
        start_lo, start_hi = _bounds(self.start)
        if date < start_lo:
            return False
        if self.end == UNKNOWN:
            return None
        end_lo, end_hi = _bounds(self.end) if self.end else ("9999-12-31", "9999-12-31")
        if date > end_hi:
            return False
        return True if start_hi <= date <= end_lo else None


def _bounds(value: str) -> tuple[str, str]:
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


@dataclass
class KnowledgeBase:
    people: dict[str, PersonEntry] = field(default_factory=dict)
    offices: dict[str, OfficeEntry] = field(default_factory=dict)
    _by_full: dict[str, str] = field(default_factory=dict)    # folded full name -> id
    _by_short: dict[str, str] = field(default_factory=dict)   # folded short form -> id

    def add_office(self, office: OfficeEntry) -> None:
        self.offices[office.id] = office

    def add_person(self, person: PersonEntry) -> None:
        self.people[person.id] = person
        for form in (person.name,) + person.aliases:
            self._by_full[fold(form)] = person.id
        for form in person.short:
            self._by_short[fold(form)] = person.id

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
        keys = set(keys)
        org_key = fold(organization) if organization else None
        subject_key = fold(subject) if subject else None
        found = []
        for office in self.offices.values():
            if not keys & set(office.keys):
                continue
            if country and office.country == country:
                found.append(office)
            elif org_key and org_key in office.org_aliases:
                if office.subject_aliases and subject_key not in office.subject_aliases:
                    continue
                found.append(office)
        return found

    def holders(self, office_id: str, date: Optional[str] = None) -> list[PersonEntry]:
        """People who held ``office_id``: on ``date`` when given (only certain tenures), else ever."""
        result = []
        for person in self.people.values():
            for tenure in person.offices:
                if tenure.office != office_id:
                    continue
                if date is None or tenure.covers(date):
                    result.append(person)
                    break
        return result

    def held_office(self, person_id: str, office_id: str) -> bool:
        person = self.people.get(person_id)
        return bool(person) and any(t.office == office_id for t in person.offices)


# --- the files, as pydantic checks them -------------------------------------------------

def _check_date(value: Optional[str]) -> Optional[str]:
    if value is not None and value != UNKNOWN and not _DATE.match(value):
        raise ValueError(f"bad date {value!r} (YYYY-MM-DD, YYYY-MM, YYYY, '?' or null)")
    return value


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TenureModel(_Entry):
    office: str
    start: Optional[str] = None
    end: Optional[str] = None

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


class PersonModel(_Entry):
    id: str
    name: str
    source: str
    aliases: list[str] = []
    short: list[str] = []
    country: Optional[str] = None
    offices: list[TenureModel] = []


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
                        country=o.country, head_of_state=o.head_of_state) for o in checked]


def parse_people(entries: list, office_ids: set[str], where: str = "kb/people.json") -> list[PersonEntry]:
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
                        country=p.country, offices=tuple(Tenure(t.office, t.start, t.end) for t in p.offices))
            for p in checked]


def _read(path: Path) -> dict:
    return read_json(path)


def load(folder: str | Path) -> KnowledgeBase:
    """The people and offices of ``<folder>/kb/offices.json`` and ``<folder>/kb/people.json``,
    validated (an error names the file, the key path and the entry)."""
    kb = KnowledgeBase()
    offices_file, people_file = Path(folder) / "kb" / "offices.json", Path(folder) / "kb" / "people.json"
    offices, people = _read(offices_file), _read(people_file)
    _validated(OfficesFile, offices, str(offices_file))   # the file's own shape (notes, keys)
    _validated(PeopleFile, people, str(people_file))
    for office in parse_offices(offices["offices"], str(offices_file)):
        kb.add_office(office)
    for person in parse_people(people["people"], set(kb.offices), str(people_file)):
        kb.add_person(person)
    return kb
