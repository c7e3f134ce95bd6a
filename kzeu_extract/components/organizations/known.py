"""Known bodies by name: one gazetteer of every name of the knowledge base's bodies and
national bodies, each match read by how its name counts (everywhere, only as a source, only
as a platform, or never: the seat as a building)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...gazetteer import UPPER, Gazetteer
from ...knowledge.organizations import OrganizationStore, entry_names
from .candidates import KB, NATIONAL, Candidate
from .grammar import Grammar
from .sources import in_capitals_line, source_position

# How a known name counts: everywhere (""), only where the text names its source, only after
# "on"/"sur"/"via" (a platform: "on X"), or never (the seat as a building: a place).
EVERYWHERE, SOURCE, PLATFORM, VENUE = "", "source", "platform_alias", "venue_alias"


def _entry_names(store: OrganizationStore, entry) -> list[tuple[str, tuple]]:
    source_only = set(entry.source_aliases)
    names = [(n, (KB, entry.id, EVERYWHERE)) for n in store.dotted(entry_names(entry))
             if n not in source_only]
    names += [(n, (KB, entry.id, SOURCE)) for n in entry.source_aliases]
    names += [(n, (KB, entry.id, PLATFORM)) for n in entry.platform_aliases]
    names += [(n, (KB, entry.id, VENUE)) for n in entry.venue_aliases]
    return names


@lru_cache(maxsize=8)
def known_names(store: OrganizationStore) -> Gazetteer:
    """The gazetteer of every known name of ``store``, values (kind, id, how it counts)."""
    names = [pair for entry in store.entries.values() for pair in _entry_names(store, entry)]
    names += [(n, (NATIONAL, body.id, EVERYWHERE)) for body in store.national_bodies.values()
              for n in [body.name, *body.aliases]]
    return Gazetteer(names)


@dataclass
class KnownMatches:
    """What the known names found in one text, in the text's order: candidates of known and
    national bodies, and the seats named as places (venues)."""
    candidates: list[Candidate] = field(default_factory=list)
    venues: list[tuple[int, int]] = field(default_factory=list)


def _counts(g: Grammar, entry, mode: str, case: str, text: str, start: int, end: int, capitals: dict) -> bool:
    """Whether a known body's name counts as a mention where it stands."""
    if mode == SOURCE and not source_position(g, text, start, end):
        return False
    if case == UPPER and in_capitals_line(text, start, end, capitals):
        return False  # "LES 3 AU 4 MARS": in a heading in capitals every word looks like one
    return not (mode == PLATFORM and not g.platform_before.search(text, max(0, start - 10), start))


def _is_venue(g: Grammar, entry, mode: str, text: str, start: int) -> bool:
    """The seat as a building ("at the Kremlin", "Élysée Palace"): a place."""
    return mode == VENUE or (entry.seat and bool(g.locative_before.search(text, max(0, start - 20), start)))


def find_known(g: Grammar, store: OrganizationStore, names: Gazetteer, text: str, folded: str,
               national) -> KnownMatches:
    """``names``: ``known_names(store)``; ``national(start, end, id)``: the candidate of a
    national body's match, or None."""
    found = KnownMatches()
    capitals: dict = {}
    for start, end, entries in names.finditer(text, folded):
        kind, entry_id, mode = entries[0].value
        if kind != KB:
            candidate = national(start, end, entry_id)
            if candidate:
                found.candidates.append(candidate)
            continue
        entry = store.entries[entry_id]
        if _is_venue(g, entry, mode, text, start):
            found.venues.append((start, end))
        elif _counts(g, entry, mode, entries[0].case, text, start, end, capitals):
            found.candidates.append(Candidate(start, end, KB, entry_id, entry.name, entry_id))
    return found
