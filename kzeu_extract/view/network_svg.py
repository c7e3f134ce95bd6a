"""Who met whom: people as nodes on a circle, merged events between them as edges (SVG).

Every merged event with two or more participants (a meeting, a call; a visit where the
reports name a host) joins each pair of its participants. One edge per pair, as thick as
the pair's number of events, in the colour of their most frequent type; its ``<title>``
lists the occasions. Nodes are placed on a circle in name order, so the same events always
give the same picture. Nodes and edges carry ``data-person`` and ``data-country`` for the
page's filter; clicking a node filters by that person.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from html import escape
from itertools import combinations

from .facets import event_countries, event_people
from .palette import event_colour

LABEL_ROOM, LABEL_HEIGHT, NODE = 150, 30, 7   # px: room for names beside and above/below the circle; a node's radius


def _edges(events: list) -> dict[tuple[str, str], list]:
    """The events joining each pair of people (keys sorted within the pair)."""
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    for event in sorted(events, key=lambda e: (e.date is None, e.date or "", e.id)):
        keys = sorted(key for key, _ in event_people(event))
        for pair in combinations(keys, 2):
            pairs[pair].append(event)
    return pairs


def _positions(keys: list[str], radius: float, centre: tuple[float, float]) -> dict[str, tuple[float, float]]:
    step = 2 * math.pi / len(keys)
    return {key: (centre[0] + radius * math.cos(i * step - math.pi / 2),
                  centre[1] + radius * math.sin(i * step - math.pi / 2)) for i, key in enumerate(keys)}


def _attribute(values) -> str:
    return escape(json.dumps(sorted(values), ensure_ascii=False), quote=True)


def _edge_svg(pair: tuple[str, str], events: list, names: dict, at: dict) -> str:
    (x1, y1), (x2, y2) = at[pair[0]], at[pair[1]]
    types = Counter(event.type for event in events)
    colour = event_colour(types.most_common(1)[0][0])
    countries = {code for event in events for code in event_countries(event)}
    occasions = "; ".join(f"{event.date or 'undated'} {event.type.replace('_', ' ')}" for event in events)
    title = f"{names[pair[0]]} – {names[pair[1]]}: {len(events)} occasion{'s' if len(events) > 1 else ''} ({occasions})"
    return (f'<line class="edge" data-person="{_attribute(pair)}" data-country="{_attribute(countries)}" '
            f'data-events="{_attribute(event.id for event in events)}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
            f'y2="{y2:.1f}" stroke="{colour}" stroke-width="{min(8, 1 + 1.5 * len(events)):.1f}" '
            f'stroke-opacity="0.7"><title>{escape(title)}</title></line>')


def _node_svg(key: str, name: str, countries: set, degree: int, xy: tuple[float, float],
              centre: tuple[float, float]) -> str:
    x, y = xy
    anchor = "start" if x > centre[0] + 1 else "end" if x < centre[0] - 1 else "middle"
    dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
    dy = 4 if anchor != "middle" else (-10 if y < centre[1] else 18)
    return (f'<g class="node" data-person="{_attribute([key])}" data-country="{_attribute(countries)}" '
            f'tabindex="0"><title>{escape(name)}: {degree} occasion{"s" if degree != 1 else ""}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE}" fill="#555"/>'
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{escape(name)}</text></g>')


def network_svg(events: list) -> str:
    """The SVG of who met whom in the merged events (MergedEvent or alike)."""
    pairs = _edges(events)
    if not pairs:
        return ('<svg class="network" width="480" height="40" viewBox="0 0 480 40">'
                '<text x="10" y="24">No event with two named participants.</text></svg>')
    names: dict[str, str] = {}
    countries: dict[str, set] = defaultdict(set)
    degree: Counter = Counter()
    for (a, b), joined in pairs.items():
        degree[a] += len(joined)
        degree[b] += len(joined)
    for event in events:
        for key, name in event_people(event):
            names.setdefault(key, name)
            if key in degree:
                countries[key].update(event_countries(event))
    keys = sorted(degree, key=lambda key: (names[key].casefold(), key))
    radius = max(90.0, len(keys) * 9.0)
    centre = (radius + LABEL_ROOM, radius + LABEL_HEIGHT)
    at = _positions(keys, radius, centre)
    width, height = 2 * centre[0], 2 * centre[1]
    parts = [_edge_svg(pair, joined, names, at) for pair, joined in sorted(pairs.items())]
    parts += [_node_svg(key, names[key], countries[key], degree[key], at[key], centre) for key in keys]
    return (f'<svg class="network" width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
            'role="img" aria-label="who met whom">' + "".join(parts) + "</svg>")
