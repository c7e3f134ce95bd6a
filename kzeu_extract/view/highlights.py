"""Each document's items highlighted in its text with spaCy's displaCy.

The text is rendered in displaCy's "ent" style: people, organizations, places, offices,
dates, figures and agreements, each mark carrying its knowledge-base ids in a ``title``
(shown on hover) and ``data-kb``. Marks cannot overlap in that style, so where two items
overlap ("President of the European Council" holds "European Council") the longer one is
marked and names the ones it holds in its title. Each event's sentence is rendered in the
"span" style, where spans may overlap: its participants, parties, date, place and
initiator inside it, with their ids beside the labels.

A record does not carry its document's text: without it (records read from a file whose
documents are gone) only the sentences the events cite are shown, highlighted alike.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from html import escape
from typing import NamedTuple

from spacy.displacy.render import EntityRenderer, SpanRenderer

from ..records import DocumentRecord, Event
from .palette import ENTITY_LABELS, EVENT_ARGUMENT_LABELS, displacy_colours

# displaCy's entity template (spacy.displacy.templates.TPL_ENT) with the hover title and the
# ids as attributes ({title}, {kb} and {kind} come from each span's "params"); its fixed
# styles are in the page's stylesheet (mark.entity), once, not on each of thousands of marks.
_ENT_TEMPLATE = ('<mark class="entity" data-label="{label}" data-kind="{kind}" data-kb="{kb}" title="{title}" '
                 'style="background: {bg}">{text}<span class="entity-label">{label}</span></mark>')


# displaCy's span templates (TPL_SPAN, TPL_SPAN_SLICE, TPL_SPAN_START) likewise: the fixed
# styles in the stylesheet (.spans .token, .slice, .start), the computed ones kept here.
_SPAN_TEMPLATES = {
    "span": '<span class="token" style="height: {total_height}px">{text}{span_slices}{span_starts}</span> ',
    "slice": '<span class="slice" style="background: {bg}; top: {top_offset}px"></span>',
    "start": '<span class="slice start" style="background: {bg}; top: {top_offset}px">'
             '<span class="start-label" style="background: {bg}">{label}{kb_link}</span></span>',
}


class Highlight(NamedTuple):
    start: int
    end: int
    label: str
    kind: str          # the record section: people, places, ...
    title: str         # plain text, escaped when rendered
    kb: str            # the knowledge-base id(s), plain text


# --- what each section's items say on hover -------------------------------------------------

def _join(*parts) -> str:
    """The parts that say something (not None, False or empty; 0 does), joined."""
    return " · ".join(str(part) for part in parts if part is not None and part is not False and part not in ("", []))


def _person(item) -> tuple[str, str]:
    return _join(item.name, "person", item.kb_id and f"kb: {item.kb_id}", item.wikidata and f"Wikidata {item.wikidata}",
                 item.country, ", ".join(item.offices)), item.kb_id or ""


def _organization(item) -> tuple[str, str]:
    return _join(item.name, "organization", item.kb_id and f"kb: {item.kb_id}",
                 item.wikidata and f"Wikidata {item.wikidata}"), item.kb_id or ""


def _place(item) -> tuple[str, str]:
    geonames = f"GeoNames {item.geonames_id}" if item.geonames_id is not None else None
    return _join(item.name, item.kind or "place", item.country, geonames,
                 item.wikidata and f"Wikidata {item.wikidata}"), str(item.geonames_id or "")


def _office(item) -> tuple[str, str]:
    return _join(item.title, "office", item.kb_id and f"kb: {item.kb_id}", item.holder and f"held by {item.holder}",
                 item.country), item.kb_id or ""


def _date(item) -> tuple[str, str]:
    return _join(item.value or "unresolved date", item.granularity, item.relative and "relative"), ""


def _figure(item) -> tuple[str, str]:
    amount = item.value if item.value is not None else _join(item.min, item.max)
    return _join(item.kind, amount, item.unit, item.currency, item.approximate and "approximate", item.qualifier), ""


def _agreement(item) -> tuple[str, str]:
    return _join(item.name, "agreement", item.kb_id and f"kb: {item.kb_id}", ", ".join(item.parties)), item.kb_id or ""


_DESCRIBE: dict[str, Callable] = {"people": _person, "organizations": _organization, "places": _place,
                                  "offices": _office, "dates": _date, "figures": _figure, "agreements": _agreement}
_MENTIONED = {"dates", "figures"}   # items that are their own mention


def record_highlights(record: DocumentRecord) -> list[Highlight]:
    """Every mention of every highlighted item in the record, in no particular order."""
    found = []
    for section, describe in _DESCRIBE.items():
        label = ENTITY_LABELS[section].name
        for item in getattr(record, section):
            title, kb = describe(item)
            mentions = [item] if section in _MENTIONED else item.mentions
            found.extend(Highlight(m.start, m.end, label, section, title, kb) for m in mentions if m.end > m.start)
    return found


def non_overlapping(highlights: Iterable[Highlight]) -> list[Highlight]:
    """The longest highlights first, each kept where it overlaps none kept before; a kept
    one's title names what it holds. In text order."""
    order = list(ENTITY_LABELS)
    ranked = sorted(set(highlights), key=lambda h: (h.start - h.end, order.index(h.kind), h.start, h.title))
    starts: list[int] = []
    kept: list[Highlight] = []   # aligned with starts, in text order
    held: dict[int, list[str]] = {}
    for highlight in ranked:
        at = bisect.bisect_right(starts, highlight.start)
        before = kept[at - 1] if at else None
        if before is not None and before.end > highlight.start:
            held.setdefault(id(before), []).append(f"{highlight.label}: {highlight.title}")
            continue
        if at < len(kept) and kept[at].start < highlight.end:  # a longer one starts inside this one
            held.setdefault(id(kept[at]), []).append(f"{highlight.label}: {highlight.title}")
            continue
        starts.insert(at, highlight.start)
        kept.insert(at, highlight)
    return [h._replace(title=_join(h.title, *held.get(id(h), []))) if id(h) in held else h for h in kept]


# --- rendering -------------------------------------------------------------------------------

@functools.cache
def _renderer(style: str):
    """displaCy's renderer for "ent" or "span", made once: ``displacy.render(..., manual=True)``
    makes one per call, and each looks the colour registry up (its entry points) again,
    2.7 ms a call, most of a report's time; rendering is the same."""
    if style == "ent":
        return EntityRenderer({"colors": displacy_colours(), "template": _ENT_TEMPLATE})
    return SpanRenderer({"colors": displacy_colours(), "template": _SPAN_TEMPLATES})


def _escaped(text: str) -> str:
    return escape(text, quote=True)


def render_text(text: str, offset: int, highlights: list[Highlight]) -> str:
    """displaCy's "ent" rendering of ``text`` (which starts at ``offset`` in its document)
    with the highlights that lie wholly inside it."""
    end = offset + len(text)
    ents = [{"start": h.start - offset, "end": h.end - offset, "label": h.label,
             "params": {"title": _escaped(h.title), "kb": _escaped(h.kb), "kind": h.kind}}
            for h in highlights if offset <= h.start and h.end <= end]
    ents.sort(key=lambda ent: (ent["start"], ent["end"]))
    return _renderer("ent").render([{"text": text, "ents": ents, "title": None}]).strip()


def text_segments(record: DocumentRecord, text: str | None) -> list[tuple[int, str]]:
    """What of the document can be shown: its whole text, else the sentences its events cite."""
    if text is not None:
        return [(0, text)]
    return [(sentence.start, sentence.text) for sentence in record.sentences]


# --- events -----------------------------------------------------------------------------------

class _Arg(NamedTuple):
    start: int
    end: int
    label: str
    kb: str


def _event_arguments(event: Event, record: DocumentRecord) -> list[_Arg]:
    """The event's arguments that lie in its sentence, as spans over the document."""
    labels = EVENT_ARGUMENT_LABELS
    people = {person.id: person for person in record.people if person.id}
    args = []
    for person_id in event.participant_ids:
        person = people.get(person_id)
        for mention in person.mentions if person else ():
            args.append(_Arg(mention.start, mention.end, labels["participant"].name, person.kb_id or ""))
    for party in event.parties:
        args.append(_Arg(party.start, party.end, labels["party"].name, party.country or party.organization or ""))
    for role in ("date", "location", "initiator"):
        mention = getattr(event.evidence, role)
        if mention is not None:
            args.append(_Arg(mention.start, mention.end, labels[role].name, ""))
    return [arg for arg in args if event.start <= arg.start < arg.end <= event.end]


def _tokens(text: str, cuts: set[int]) -> tuple[list[str], list[int]]:
    """The words of ``text`` (split at whitespace), also cut at every offset in ``cuts``,
    and where each starts."""
    ordered = sorted(cuts)
    tokens, starts = [], []
    for word in re.finditer(r"\S+", text):
        left, right = word.span()
        inside = ordered[bisect.bisect_right(ordered, left):bisect.bisect_left(ordered, right)]
        for piece_start, piece_end in itertools.pairwise([left, *inside, right]):
            tokens.append(text[piece_start:piece_end])
            starts.append(piece_start)
    return tokens, starts


def render_event_sentence(event: Event, record: DocumentRecord) -> str:
    """displaCy's "span" rendering of the event's sentence with its arguments."""
    args = _event_arguments(event, record)
    relative = [(arg.start - event.start, arg.end - event.start, arg) for arg in args]
    tokens, starts = _tokens(event.text, {edge for start, end, _ in relative for edge in (start, end)})
    spans = []
    for start, end, arg in relative:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if first < last:
            span = {"start_token": first, "end_token": last, "label": arg.label}
            if arg.kb:
                span.update(kb_id=_escaped(arg.kb), kb_url="#")
            spans.append(span)
    return _renderer("span").render([{"text": event.text, "tokens": tokens, "spans": spans, "title": None}]).strip()
