"""Document-level coreference of events: one occasion reported several times in an article is
one event. The assembler (assembly.py) already merges a later report into an earlier one as it
reads; what it cannot see is a re-mention read *before* the informative report ("after the visit
of the Speaker ... The Speaker, on an official visit to Armenia, met ..."), nor a headline that
names the event the body reports ("Visit of X" over "X will pay a working visit to Y on 9
November"). This pass, run once all candidates are assembled, merges such a re-mention into the
informative event:

- the re-mention is nominal: its trigger follows a determiner or possessive (``re_mention_before``
  in events.json: "the", "his", "their", "during the", "la", "sa", "leur", "ces", ...), or it
  stands in the article's title;
- both are of one type and one set of people, and the informative event is the only one;
- nothing conflicts: no two places of their own that differ (a visit to Kenya and one to Uganda;
  a city within its country is compatible: the city is kept), no two dates of their own that
  differ at their granularity (two visits a month apart), no two explicit modes; a re-mention
  reported as an earlier occasion ("his previous visit", "agreed to meet again") is not merged, and
  a re-mention naming no place is not merged into one of a tour's stops (there are several);
- the status is the same, except for a headline, which has no tense of its own: the body's
  status is kept; a headline joins only an event the article may announce (not one told as
  earlier, nor one dated far from the article's date); a headline's date that is the article's
  own date is no date of the event's;
- the informative event says at least as much (a place, a date of its own wherever the
  re-mention has one).

The merged event keeps the informative report's evidence, sentence and position (so its text is
still ``document[start:end]``): that is the decision for this pass, where the informative report
is the one the reader wants to see (the assembler, merging as it reads, keeps the first report's).
The re-mention adds only what it lacks (a date of its own, a city within the event's country,
the initiator, an explicit mode, parties)."""
from __future__ import annotations

import re
from datetime import date as _date

from ...textkit import vocabulary_pattern
from .document import DocContext
from .model import DATE_SENTENCE, Event, date_compatible
from .sides import merge_parties
from .table import EventTypeTable

_NEVER = re.compile(r"(?!x)x")
_CLOSING = re.compile(r"[.!?:;]\W*$")  # a heading line ends with none of these
_COMPILED: dict[int, tuple[object, re.Pattern]] = {}  # id -> (the vocabulary, kept alive; its pattern)
_LEAD_IN = 40  # characters read before a trigger for its determiner
_NEWS_DAYS = 45  # how far from the article's date the event a headline announces may be


def _re_mention_before(ctx: DocContext) -> re.Pattern:
    vocabulary = ctx.grammar.vocabulary
    known = _COMPILED.get(id(vocabulary))
    if known is None:
        words = vocabulary.re_mention_before
        pattern = re.compile(vocabulary_pattern(words, bounded=False), re.IGNORECASE) if words else _NEVER
        known = _COMPILED[id(vocabulary)] = (vocabulary, pattern)
    return known[1]


def _headline(ctx: DocContext, event: Event) -> bool:
    """Whether ``event`` is told in the article's title, or in a heading line of its lead (a
    whole line with no closing punctuation: "Foreign minister to visit Berlin")."""
    if event.sentence not in ctx.lead:
        return False
    if ctx.in_title(event.sentence):
        return True
    start, end = ctx.sentences[event.sentence]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", end)
    line = ctx.text[line_start:len(ctx.text) if line_end < 0 else line_end]
    return bool(line.strip()) and _CLOSING.search(line) is None and not ctx.sentence_ends_between(start, end - 1)


def _trigger_of(ctx: DocContext, event: Event):
    """The trigger of ``event``'s type in its sentence nearest a mention of one of its people."""
    start, end = ctx.sentences[event.sentence]
    triggers = [t for t in ctx.triggers if start <= t.start < end and (t.type == event.type or t.generic)]
    people = [m for m in ctx.people.within(start, end) if m.name in event.participants]
    if len(triggers) < 2 or not people:
        return triggers[0] if triggers else None
    return min(triggers, key=lambda t: min(abs(t.start - m.end) if m.end <= t.start else abs(m.start - t.end)
                                           for m in people))


def _nominal(ctx: DocContext, event: Event) -> bool:
    """Whether ``event``'s trigger follows a determiner or possessive: a reference to an event."""
    trig = _trigger_of(ctx, event)
    if trig is None:
        return False
    start = ctx.sentences[event.sentence][0]
    return bool(_re_mention_before(ctx).search(ctx.text[max(start, trig.start - _LEAD_IN):trig.start]))


def _another_occasion(ctx: DocContext, event: Event) -> bool:
    """"agreed to meet again", "their previous meeting": an occasion other than the one reported."""
    trig = _trigger_of(ctx, event)
    if trig is None:
        return False
    start, end = ctx.sentences[event.sentence]
    grammar = ctx.grammar
    return bool(grammar.again_words.match(ctx.text, trig.end, min(end, trig.end + 25))
                or grammar.other_event.search(ctx.text[max(start, trig.start - _LEAD_IN):trig.start]))


def _place_of_date(ctx: DocContext, event: Event) -> bool:
    """A place that is only the dateline's is no place of the event's own."""
    return event.location is not None and event.location != ctx.dateline


def _own_date(ctx: DocContext, event: Event) -> bool:
    """A date read in the event's sentence; not the publication date a headline carries."""
    return event.date_rank == DATE_SENTENCE and not (event.date == ctx.document_date and _headline(ctx, event))


def _conflict(ctx: DocContext, a: Event, b: Event) -> bool:
    if a.type != b.type or set(a.participants) != set(b.participants):
        return True
    if _place_of_date(ctx, a) and _place_of_date(ctx, b) and a.location != b.location and not (
            ctx.within_country(a.location, b.location) or ctx.within_country(b.location, a.location)):
        return True
    if _own_date(ctx, a) and _own_date(ctx, b) and not date_compatible(a.date, b.date):
        return True
    return a.mode_explicit and b.mode_explicit and a.mode != b.mode


def _news_of_the_day(ctx: DocContext, event: Event) -> bool:
    """Whether ``event`` may be the one a headline announces: not told as an earlier occasion
    ("had visited", "previously"), nor dated far from the article's date (a visit in 2019 is not
    the one "X to visit Kenya" announces in 2024)."""
    if ctx.grammar.earlier_tense.search(ctx.text, event.start, event.end):
        return False
    if not (ctx.document_date and _own_date(ctx, event)):
        return True
    own, today = event.date, ctx.document_date
    if len(own) < 10 or len(today) < 10:  # a month or a year: the same or the next one
        size = min(len(own), len(today), 7)
        months = lambda v: int(v[:4]) * 12 + (int(v[5:7]) if size == 7 else 0)
        return 0 <= months(own) - months(today) <= 1 or own.startswith(today[:size])
    return abs((_date.fromisoformat(own) - _date.fromisoformat(today)).days) <= _NEWS_DAYS


def _as_informative(ctx: DocContext, target: Event, mention: Event) -> bool:
    """Whether ``target`` says at least as much as ``mention``: a place and a date of its own
    wherever the mention has one (the target is the report the mention names)."""
    place = _place_of_date(ctx, target) or not _place_of_date(ctx, mention)
    return place and (_own_date(ctx, target) or not _own_date(ctx, mention))


def _absorb(ctx: DocContext, target: Event, mention: Event) -> None:
    """``target`` takes what ``mention`` says and it does not."""
    if _own_date(ctx, mention) and not _own_date(ctx, target):
        target.date, target.date_rank = mention.date, mention.date_rank
    if not _place_of_date(ctx, target) and _place_of_date(ctx, mention):
        target.location = mention.location
    elif target.location and ctx.within_country(mention.location, target.location):
        target.location = mention.location  # the city says more than its country
    target.initiator = target.initiator or mention.initiator
    if mention.mode_explicit and not target.mode_explicit:
        target.mode, target.mode_explicit = mention.mode, True
    merge_parties(target.parties, mention.parties)


def _place_of_visit_named(ctx: DocContext, table: EventTypeTable, events: list[Event]) -> None:
    """"X met Y in early May during an official visit to Z": when the visit, told again in the
    meeting's sentence, joined a visit of X reported earlier (the visit of the earlier sentence
    took its place), the meeting with no place of its own still takes that place, named in its
    sentence (the assembler gives a meeting the place of a visit of its own sentence only). Not a
    visit told in a relative clause ("X, who visited Z last year, met Y"): another occasion."""
    journeys = [e for e in events if table[e.type].journey and e.location and e.status == "held"]
    for event in events:
        if (event.location or not table[event.type].during_journey or event.status != "held"
                or not table.on_site(event.mode or table[event.type].default_mode)):
            continue
        start, end = ctx.sentences[event.sentence]
        named = {p.name for p in ctx.places.within(start, end)}
        told = [t for t in ctx.triggers if start <= t.start < end and table[t.type].journey
                and not ctx.grammar.relative_before.search(ctx.text, max(start, t.start - 25), t.start)]
        visit = next((j for j in journeys if j.sentence != event.sentence and j.location in named
                      and set(j.participants) & set(event.participants)
                      and any(t.type == j.type for t in told)), None)
        if visit is not None:
            event.location = visit.location


def merge_re_mentions(ctx: DocContext, table: EventTypeTable, events: list[Event],
                      excluded: set[int] = frozenset()) -> list[Event]:
    """``events`` less the nominal re-mentions merged into the one informative event they name.
    ``excluded``: ids of events that are never merged (earlier occasions: "his previous visit").
    A tour's stops each have a place of their own: a stop merges only with a report of that stop."""
    kept = list(events)
    for mention in sorted(events, key=lambda e: e.order):
        if (id(mention) in excluded or mention.split or not mention.participants
                or _another_occasion(ctx, mention)):
            continue
        title = _headline(ctx, mention)
        if not (title or _nominal(ctx, mention)):
            continue
        targets = [e for e in kept if e is not mention and id(e) not in excluded and not _conflict(ctx, e, mention)
                   and (e.status == mention.status if not title else _news_of_the_day(ctx, e))
                   and not _another_occasion(ctx, e)]
        if len(targets) != 1 or not _as_informative(ctx, targets[0], mention):
            continue
        _absorb(ctx, targets[0], mention)
        kept = [e for e in kept if e is not mention]
    _place_of_visit_named(ctx, table, kept)
    return kept
