"""What the report's filter filters by: the people and countries of each merged event.

A person is known by the merge's identity key (``kb:<kb_id>``, else ``name:<folded name>``),
so one person named three ways in three documents is one button. An event's countries are
its country parties, its participants' countries and its location's country (ISO codes).
Both go on each mark as ``data-person`` and ``data-country``: JSON lists, read by the
page's script.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import NamedTuple


class Facet(NamedTuple):
    key: str      # the value in data-person / data-country
    name: str     # what the button says
    count: int    # how many merged events have it


def event_people(event) -> list[tuple[str, str]]:
    """(key, name) of each participant, in the event's order, once each."""
    seen: dict[str, str] = {}
    for participant in event.participants:
        seen.setdefault(participant.key, participant.name)
    return list(seen.items())


def event_countries(event) -> list[str]:
    """The ISO codes of the event's countries, sorted."""
    codes = {party.country for party in event.parties if party.kind == "country" and party.country}
    codes.update(participant.country for participant in event.participants if participant.country)
    if event.location_country:
        codes.add(event.location_country)
    return sorted(code.upper() for code in codes)


def filter_attributes(event) -> str:
    """The data attributes the filter reads, for any element standing for ``event``."""
    people = [key for key, _ in event_people(event)]
    return (f'data-id="{escape(event.id)}" data-type="{escape(event.type)}" '
            f'data-person="{_json_attribute(people)}" data-country="{_json_attribute(event_countries(event))}"')


def _json_attribute(values: list[str]) -> str:
    return escape(json.dumps(values, ensure_ascii=False), quote=True)


def person_facets(events: Iterable) -> list[Facet]:
    """Every person of the events, the most often met first, then by name."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for event in events:
        for key, name in event_people(event):
            counts[key] += 1
            names.setdefault(key, name)
    return sorted((Facet(key, names[key], n) for key, n in counts.items()), key=lambda f: (-f.count, f.name, f.key))


def country_facets(events: Iterable) -> list[Facet]:
    """Every country of the events, the most frequent first, then by code."""
    counts = Counter(code for event in events for code in event_countries(event))
    return sorted((Facet(code, _country_name(code), n) for code, n in counts.items()),
                  key=lambda f: (-f.count, f.key))


def _country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return f"{getattr(country, 'common_name', None) or country.name} ({code})" if country else code
