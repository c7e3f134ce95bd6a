"""What each knowledge part contributes to the alias index, and the references between
files that must resolve: an office's organization, an agreement's parties."""
from __future__ import annotations

from typing import Iterator

from ..errors import DataError
from ..textkit import fold
from .index import IndexedEntry

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


def check_references(knowledge) -> None:
    """DataError naming the file, the entry and the name that resolves to nothing. Checked
    with the parts' own look-ups (quicker at start-up than building the whole alias index)."""
    organizations = knowledge.organizations
    known = {fold(name) for entry in (*organizations.entries.values(), *organizations.national_bodies.values())
             for name in (entry.name, *entry.aliases)}
    for office in knowledge.people.offices.values():
        if office.organization and fold(office.organization) not in known:
            raise DataError(_OFFICES, f"at offices.{office.id}.organization: {office.organization!r} "
                                      f"is no organization of {_ORGANIZATIONS}")
    for agreement in knowledge.agreements.entries.values():
        for n, party in enumerate(agreement.parties):
            if fold(party) not in known and not knowledge.geo.country_code(party):
                raise DataError(_AGREEMENTS, f"at entries.{agreement.id}.parties.{n}: {party!r} "
                                             f"is no known country or organization")
