"""The knowledge base: people and the offices they held, loaded from ``data/kb/``.

Typed, validated on load (a bad entry names the file and the key), with look-ups by any
spelling (folded) and "who held office X on date D". Spans in the Doc carry ``kb_id``s;
the entries themselves stay here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..data import load_data
from ..errors import DataError
from ..normalize.text import fold

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
UNKNOWN = "?"


@dataclass(frozen=True)
class OfficeEntry:
    id: str
    title: dict                       # {"en": ..., "fr": ...}
    keys: tuple[str, ...]             # title head keys (data/titles.json) naming this office
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


def _require(entry: dict, key: str, kind, where: str):
    value = entry.get(key)
    if not isinstance(value, kind):
        raise DataError(where, f"{key!r} must be {getattr(kind, '__name__', kind)} in {entry.get('id', entry)!r}")
    return value


def _check_date(value, where: str, pid: str) -> Optional[str]:
    if value is None or value == UNKNOWN:
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise DataError(where, f"bad date {value!r} for {pid!r} (YYYY-MM-DD, YYYY-MM, YYYY, '?' or null)")
    return value


def parse_offices(entries: list, where: str = "kb/offices.json") -> list[OfficeEntry]:
    result = []
    for entry in entries:
        oid = _require(entry, "id", str, where)
        _require(entry, "source", str, where)
        result.append(OfficeEntry(
            id=oid, title=_require(entry, "title", dict, where),
            keys=tuple(_require(entry, "keys", list, where)),
            organization=entry.get("organization"),
            org_aliases=frozenset(fold(a) for a in entry.get("org_aliases", [])),
            subject_aliases=frozenset(fold(a) for a in entry.get("subject_aliases", [])),
            country=entry.get("country"), head_of_state=bool(entry.get("head_of_state", False))))
    return result


def parse_people(entries: list, office_ids: set[str], where: str = "kb/people.json") -> list[PersonEntry]:
    result, seen = [], set()
    for entry in entries:
        pid = _require(entry, "id", str, where)
        if pid in seen:
            raise DataError(where, f"duplicate id {pid!r}")
        seen.add(pid)
        _require(entry, "source", str, where)
        tenures = []
        for tenure in entry.get("offices", []):
            if tenure.get("office") not in office_ids:
                raise DataError(where, f"unknown office {tenure.get('office')!r} for {pid!r}")
            tenures.append(Tenure(tenure["office"], _check_date(tenure.get("start"), where, pid),
                                  _check_date(tenure.get("end"), where, pid)))
        result.append(PersonEntry(
            id=pid, name=_require(entry, "name", str, where),
            aliases=tuple(entry.get("aliases", [])), short=tuple(entry.get("short", [])),
            country=entry.get("country"), offices=tuple(tenures)))
    return result


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The KB from data/kb/offices.json and data/kb/people.json, loaded once."""
    kb = KnowledgeBase()
    for office in parse_offices(load_data("kb/offices")):
        kb.add_office(office)
    for person in parse_people(load_data("kb/people"), set(kb.offices)):
        kb.add_person(person)
    return kb


def load(folder) -> KnowledgeBase:
    """The people knowledge of ``folder`` (transitional: the installed data's)."""
    return knowledge_base()
