"""The report's labels and colours: one place, so the legend, the highlights and the charts agree."""
from __future__ import annotations

from typing import NamedTuple


class Label(NamedTuple):
    name: str         # displaCy's label, shown on each mark
    colour: str
    meaning: str      # the legend's words


# The record sections highlighted in each document's text, in legend order.
ENTITY_LABELS = {
    "people": Label("PERSON", "#aa9cfc", "a person (knowledge-base id, Wikidata)"),
    "organizations": Label("ORG", "#7aecec", "an organization (knowledge-base id)"),
    "places": Label("PLACE", "#feca74", "a place (country code, GeoNames id)"),
    "offices": Label("OFFICE", "#c887fb", "an office or title (knowledge-base office id)"),
    "dates": Label("DATE", "#bfe1d9", "a date (its ISO value)"),
    "figures": Label("FIGURE", "#e4e7d2", "a figure: count, money, percent, duration, quantity"),
    "agreements": Label("AGREEMENT", "#ff9561", "an agreement or treaty (knowledge-base id)"),
}

# The arguments marked in each event's sentence.
EVENT_ARGUMENT_LABELS = {
    "participant": Label("PARTICIPANT", "#aa9cfc", "a person taking part"),
    "party": Label("PARTY", "#7aecec", "a country or organization taking part"),
    "date": Label("WHEN", "#bfe1d9", "the words dating the event"),
    "location": Label("WHERE", "#feca74", "the words placing the event"),
    "initiator": Label("INITIATOR", "#f4a6a6", "who initiated it"),
}

# Event types: the timeline's colours (a type the table adds later gets the fallback).
EVENT_TYPE_COLOURS = {
    "meeting": "#1f77b4",
    "phone_call": "#2ca02c",
    "visit": "#ff7f0e",
}
FALLBACK_COLOUR = "#7f7f7f"


def event_colour(event_type: str) -> str:
    return EVENT_TYPE_COLOURS.get(event_type, FALLBACK_COLOUR)


def event_label(event_type: str) -> str:
    """The event type as displaCy's label: MEETING, PHONE_CALL, VISIT."""
    return event_type.upper()


def displacy_colours() -> dict[str, str]:
    """displaCy's ``colors`` option for every label the report uses."""
    colours = {label.name: label.colour for label in (*ENTITY_LABELS.values(), *EVENT_ARGUMENT_LABELS.values())}
    colours.update({event_label(name): colour for name, colour in EVENT_TYPE_COLOURS.items()})
    return colours
