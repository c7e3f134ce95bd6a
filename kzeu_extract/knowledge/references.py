"""What each knowledge part contributes to the alias index, and the references between
files that must resolve: an office's organization, an agreement's parties."""
from __future__ import annotations

from typing import Iterator

from ..errors import DataError
from .index import AliasIndex, IndexedEntry

_PEOPLE = "kb/people.json"
_OFFICES = "kb/offices.json"
_ORGANIZATIONS = "kb/organizations.json"
_AGREEMENTS = "kb/agreements.json"


def indexed_entries(knowledge) -> Iterator[IndexedEntry]:
    people = knowledge.people
    for person in people.people.values():
        yield IndexedEntry("person", person.id, person.name, (*person.aliases, *person.short), _PEOPLE)
    for office in people.offices.values():
        titles = tuple(office.title.values())
        yield IndexedEntry("office", office.id, titles[0] if titles else office.id, titles, _OFFICES)
    organizations = knowledge.organizations
    for entry in (*organizations.entries.values(), *organizations.national_bodies.values()):
        yield IndexedEntry("organization", entry.id, entry.name, tuple(entry.aliases), _ORGANIZATIONS)
    for agreement in knowledge.agreements.entries.values():
        yield IndexedEntry("agreement", agreement.id, agreement.name, agreement.forms(), _AGREEMENTS)
    names_by_code: dict[str, list[str]] = {}
    for name, code in knowledge.geo.country_names().items():
        names_by_code.setdefault(code, []).append(name)
    for code, names in sorted(names_by_code.items()):
        yield IndexedEntry("country", code, names[0], tuple(names), "geo_countries.json")


def _resolves(index: AliasIndex, name: str, kinds: tuple[str, ...]) -> bool:
    return any(ref.kind in kinds for ref in index.candidates(name))


def check_references(knowledge, index: AliasIndex) -> None:
    """DataError naming the file, the entry and the name that resolves to nothing."""
    for office in knowledge.people.offices.values():
        if office.organization and not _resolves(index, office.organization, ("organization",)):
            raise DataError(_OFFICES, f"at offices.{office.id}.organization: {office.organization!r} "
                                      f"is no organization of {_ORGANIZATIONS}")
    for agreement in knowledge.agreements.entries.values():
        for n, party in enumerate(agreement.parties):
            if not _resolves(index, party, ("country", "organization")):
                raise DataError(_AGREEMENTS, f"at entries.{agreement.id}.parties.{n}: {party!r} "
                                             f"is no known country or organization")
