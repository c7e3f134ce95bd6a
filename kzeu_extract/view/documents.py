"""The report's documents section: each document's text highlighted, and its events."""
from __future__ import annotations

from html import escape

from ..records import DocumentRecord, Event
from .highlights import non_overlapping, record_highlights, render_event_sentence, render_text, text_segments
from .palette import ENTITY_LABELS, EVENT_ARGUMENT_LABELS, event_colour


def anchor(prefix: str, value: str) -> str:
    """An element id from an item id (ids are [-\\w]; anything else is replaced)."""
    return prefix + "".join(c if c.isalnum() or c in "-_" else "_" for c in value)


def legend_html() -> str:
    """What the colours of the highlights mean."""
    items = [f'<li><mark class="swatch" style="background: {label.colour}">{label.name}</mark> {escape(label.meaning)}</li>'
             for label in ENTITY_LABELS.values()]
    arguments = [f'<li><span class="bar" style="background: {label.colour}"></span>{label.name}: '
                 f'{escape(label.meaning)}</li>' for label in EVENT_ARGUMENT_LABELS.values()]
    return ('<div class="legend"><p>In the text (hover a mark for its knowledge-base ids):</p><ul>' + "".join(items)
            + '</ul><p>Each event\'s sentence is underlined in the text in its type\'s colour (hover it for the '
              'event) and drawn again below the text with its arguments (ids beside the labels):</p><ul>'
            + "".join(arguments) + "</ul></div>")


def _summary_text(event: Event) -> str:
    parts = [event.type.replace("_", " "), event.mode, event.status, event.date or "undated",
             event.location and f"in {event.location}", event.initiator and f"initiated by {event.initiator}"]
    return " · ".join(part for part in parts if part)


def _event_summary(event: Event) -> str:
    return escape(_summary_text(event))


def _outside_evidence(event: Event) -> str:
    """Evidence the sentence does not hold (the date from the sentence before, say)."""
    notes = []
    for role in ("date", "location", "initiator"):
        mention = getattr(event.evidence, role)
        if mention is not None and not (event.start <= mention.start and mention.end <= event.end):
            notes.append(f'{role}: “{escape(mention.text)}” (characters {mention.start}–{mention.end})')
    return f'<p class="evidence-elsewhere">Evidence outside the sentence: {"; ".join(notes)}</p>' if notes else ""


def _event_ranges(record: DocumentRecord) -> list[tuple[int, int, list[Event]]]:
    """The stretches of text events cite (their sentences), overlapping ones joined, in order."""
    ranges: list[tuple[int, int, list[Event]]] = []
    for event in sorted(record.events, key=lambda e: (e.start, e.end)):
        if ranges and event.start < ranges[-1][1]:
            start, end, events = ranges[-1]
            ranges[-1] = (start, max(end, event.end), [*events, event])
        elif event.end > event.start:
            ranges.append((event.start, event.end, [event]))
    return ranges


def _marked_text(segment: str, offset: int, highlights: list, ranges: list) -> str:
    """A stretch of the document rendered by displaCy, each event's sentence in it
    underlined in the event's colour, the events named on hover."""
    pieces, cursor, end = [], offset, offset + len(segment)
    for start, stop, events in ranges:
        if start < cursor or stop > end:
            continue
        if start > cursor:
            pieces.append(render_text(segment[cursor - offset:start - offset], cursor, highlights))
        title = " | ".join(f"{_summary_text(event)}: {', '.join(event.participants)}" for event in events)
        pieces.append(f'<span class="event-sentence" style="border-bottom-color: {event_colour(events[0].type)}" '
                      f'title="{escape(title, quote=True)}">'
                      f'{render_text(segment[start - offset:stop - offset], start, highlights)}</span>')
        cursor = stop
    if cursor < end or not pieces:
        pieces.append(render_text(segment[cursor - offset:], cursor, highlights))
    return "".join(pieces)


def _event_html(event: Event, record: DocumentRecord, merged_of: dict[str, str]) -> str:
    merged = merged_of.get(event.id or "")
    link = (f' · merged as <a href="#{anchor("merged-", merged)}">{escape(merged)}</a>' if merged else "")
    people = ", ".join(escape(name) for name in event.participants) or "no named participant"
    return (f'<div class="event" id="{anchor("event-", event.id or "")}" style="border-left-color: '
            f'{event_colour(event.type)}"><p class="event-head"><strong>{_event_summary(event)}</strong> · {people}'
            f'{link}</p>{render_event_sentence(event, record)}{_outside_evidence(event)}</div>')


def document_html(record: DocumentRecord, text: str | None, merged_of: dict[str, str]) -> str:
    """One document: its name and facts, its text with the highlights, its events.
    ``merged_of``: the merged event id of each event id."""
    name = record.source.path or "<stdin>"
    facts = [record.language, record.document_date and f"dated {record.document_date}",
             f"{record.source.characters} characters", f"sha256 {record.source.sha256[:12]}…"]
    head = (f'<h3>{escape(name)}</h3><p class="meta">{" · ".join(escape(f) for f in facts if f)}</p>'
            + (f'<p class="doc-title">{escape(record.title)}</p>' if record.title else ""))
    highlights = non_overlapping(record_highlights(record))
    segments = text_segments(record, text)
    ranges = _event_ranges(record)
    body = "".join(_marked_text(segment, offset, highlights, ranges) for offset, segment in segments)
    if text is None:
        body = ('<p class="note">The document\'s text was not found (records read from a file, the document '
                'gone or changed): only the sentences its events cite are shown.</p>' + body)
    events = "".join(_event_html(event, record, merged_of) for event in record.events)
    events_part = f'<h4>Events ({len(record.events)})</h4>{events}' if record.events else "<h4>No events</h4>"
    return (f'<section class="document" id="{anchor("doc-", record.source.sha256[:12])}" lang="'
            f'{escape(record.language)}">{head}<div class="text">{body}</div>{events_part}</section>')
