"""The merged timeline as plain SVG: one lane per event type, time left to right.

A day-dated event is a dot on its day; one dated to a month or a year is a bar over that
month or year, since that is all the reports say. Undated events sit in a column of their
own at the right. Marks that would overlap in a lane are stacked into rows. Every mark is a
``<g class="mark">`` with the filter's data attributes (facets.filter_attributes) and a
``<title>`` shown on hover.
"""
from __future__ import annotations

import datetime as dt
from html import escape
from typing import NamedTuple

from .facets import event_people, filter_attributes
from .palette import event_colour

WIDTH, LEFT, RIGHT, UNDATED = 960, 110, 20, 70   # px: the chart, lane labels, margin, undated column
ROW, LANE_PAD, AXIS = 16, 10, 34                 # px: a row of marks, a lane's padding, the axis band
DOT, MIN_BAR = 6, 6                              # px: a day's dot radius, a month's narrowest bar


class Span(NamedTuple):
    first: dt.date
    last: dt.date
    day: bool   # dated to the day


def date_span(value: str | None) -> Span | None:
    """The days an ISO date at its granularity covers: 2022 -> the year, 2022-01 -> January."""
    if not value:
        return None
    try:
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return Span(day, day, True)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return Span(first, following - dt.timedelta(days=1), False)
        if len(parts) == 1:
            return Span(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), False)
    except ValueError:
        pass
    return None


class _Scale:
    """Days to x pixels over the dated events' range, padded a little each side."""

    def __init__(self, spans: list[Span]):
        first = min(span.first for span in spans)
        last = max(span.last for span in spans)
        pad = max(2, (last - first).days // 30)
        self.first, self.last = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
        self.x0, self.x1 = LEFT, WIDTH - RIGHT - UNDATED
        self.per_day = (self.x1 - self.x0) / max(1, (self.last - self.first).days + 1)

    def x(self, day: dt.date) -> float:
        return self.x0 + (day - self.first).days * self.per_day

    def extent(self, span: Span) -> tuple[float, float]:
        """The mark's left and right edges."""
        if span.day:
            middle = self.x(span.first) + self.per_day / 2
            return middle - DOT, middle + DOT
        left, right = self.x(span.first), self.x(span.last) + self.per_day
        return left, max(right, left + MIN_BAR)


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: years, quarters, months or days, whichever gives at most a dozen."""
    days = (last - first).days
    if days > 3 * 365:
        step = next(n for n in (1, 2, 5, 10, 20, 50, 100, 1000) if days / 365 / n <= 12)
        return [(dt.date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1) if y % step == 0]
    if days > 75:
        step = next(n for n in (1, 2, 3, 6) if days / 30 / n <= 12)
        months = range(first.year * 12 + first.month, last.year * 12 + last.month + 1)
        return [(dt.date(m // 12, m % 12 + 1, 1), f"{m // 12}-{m % 12 + 1:02d}") for m in months
                if (m % 12) % step == 0]
    step = next(n for n in (1, 2, 7, 14) if days / n <= 12)
    return [(first + dt.timedelta(days=n), (first + dt.timedelta(days=n)).isoformat())
            for n in range(1, days + 1) if n % step == 0]


def _rows(extents: list[tuple[float, float]]) -> list[int]:
    """A row for each mark so that no two in a row overlap (greedy by left edge)."""
    ends: list[float] = []    # each row's right edge so far
    rows = [0] * len(extents)
    for index in sorted(range(len(extents)), key=lambda i: extents[i]):
        left, right = extents[index]
        row = next((r for r, end in enumerate(ends) if end + 2 <= left), len(ends))
        if row == len(ends):
            ends.append(right)
        ends[row] = right
        rows[index] = row
    return rows


def mark_title(event) -> str:
    """What hovering a mark says."""
    how = ", ".join(part for part in (event.mode, event.status) if part)
    people = ", ".join(name for _, name in event_people(event)) or "no named participant"
    where = f" in {event.location}" if event.location else ""
    reports = len(event.sources)
    return (f"{event.date or 'undated'} · {event.type.replace('_', ' ')} ({how}){where} · {people} · "
            f"{reports} report{'s' if reports != 1 else ''}")


class _Mark(NamedTuple):
    event: object
    span: Span | None
    left: float
    right: float


def _lane_marks(events: list, scale: _Scale | None) -> list[_Mark]:
    marks, undated = [], 0
    for event in events:
        span = date_span(event.date)
        if span is None or scale is None:
            left = (scale.x1 if scale else LEFT) + 8 + (undated % 4) * 15
            undated += 1
            marks.append(_Mark(event, None, left, left + 2 * DOT))
        else:
            marks.append(_Mark(event, span, *scale.extent(span)))
    return marks


def _mark_svg(mark: _Mark, y: float) -> str:
    event = mark.event
    colour = event_colour(event.type)
    filled = event.status == "held"
    paint = f'fill="{colour}" stroke="{colour}"' if filled else f'fill="#fff" stroke="{colour}" stroke-width="2"'
    if event.status in ("cancelled", "refused"):
        paint += ' stroke-dasharray="3 2"'
    if mark.span is None or mark.span.day:
        shape = f'<circle cx="{(mark.left + mark.right) / 2:.1f}" cy="{y:.1f}" r="{DOT}" {paint}/>'
    else:
        shape = (f'<rect x="{mark.left:.1f}" y="{y - 4:.1f}" width="{mark.right - mark.left:.1f}" height="8" '
                 f'rx="3" {paint} fill-opacity="{0.55 if filled else 1}"/>')
    return (f'<g class="mark" {filter_attributes(event)} data-date="{escape(event.date or "")}" '
            f'data-status="{escape(event.status)}" tabindex="0"><title>{escape(mark_title(event))}</title>'
            f'{shape}</g>')


def _type_order(events: list) -> list[str]:
    from ..components.events.table import event_type_names

    known = list(event_type_names())
    present = {event.type for event in events}
    return [name for name in known if name in present] + sorted(present - set(known))


def _axis_svg(scale: _Scale | None, top: float, bottom: float) -> list[str]:
    parts = [f'<line class="axis" x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#444"/>']
    if scale is not None:
        for day, label in _ticks(scale.first, scale.last):
            x = scale.x(day)
            if x > scale.x1 - 25:   # its label would run into the undated column's
                continue
            parts.append(f'<line class="grid" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom + 4}" stroke="#ddd"/>')
            parts.append(f'<text class="tick" x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">{label}</text>')
    undated_x = (scale.x1 if scale else LEFT) + 4
    parts.append(f'<line class="grid" x1="{undated_x}" y1="{top}" x2="{undated_x}" y2="{bottom}" stroke="#bbb" '
                 'stroke-dasharray="4 3"/>')
    parts.append(f'<text class="tick" x="{undated_x + UNDATED / 2 - 4:.1f}" y="{bottom + 18}" '
                 'text-anchor="middle">undated</text>')
    return parts


def timeline_svg(events: list) -> str:
    """The SVG of the merged events (MergedEvent or alike), with lanes by type."""
    if not events:
        return (f'<svg class="timeline" width="{WIDTH}" height="40" '
                f'viewBox="0 0 {WIDTH} 40"><text x="10" y="24">No events.</text></svg>')
    events = sorted(events, key=lambda e: (e.date is None, e.date or "", e.id))   # any order: the same picture
    spans = [span for event in events if (span := date_span(event.date))]
    scale = _Scale(spans) if spans else None
    body, y = [], 8.0
    for lane, event_type in enumerate(_type_order(events)):
        marks = _lane_marks([event for event in events if event.type == event_type], scale)
        rows = _rows([(mark.left, mark.right) for mark in marks])
        height = (max(rows) + 1) * ROW + 2 * LANE_PAD
        body.append(f'<rect class="lane" x="0" y="{y:.1f}" width="{WIDTH}" height="{height}" '
                    f'fill="{"#f6f6f6" if lane % 2 == 0 else "#fff"}"/>')
        body.append(f'<text class="lane-label" x="8" y="{y + height / 2 + 4:.1f}" fill="{event_colour(event_type)}">'
                    f'{escape(event_type.replace("_", " "))}</text>')
        for mark, row in zip(marks, rows):
            body.append(_mark_svg(mark, y + LANE_PAD + row * ROW + ROW / 2))
        y += height
    body.extend(_axis_svg(scale, 8, y))
    height = y + AXIS
    return (f'<svg class="timeline" width="{WIDTH}" height="{height:.0f}" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" role="img" aria-label="timeline of the merged events">'
            + "".join(body) + "</svg>")
