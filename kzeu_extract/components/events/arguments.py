"""Stage 2, the other arguments of one trigger: mode, status (held or planned), date, place,
initiator, and the words that make it a reference to people or events named before."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...textkit import Mention
from .model import DATE_NONE, DATE_SENTENCE, Trigger
from .parties import Parties
from .scope import Scope
from .table import EventType, EventTypeTable

_COMMA_AFTER = re.compile(r"\s*,")
_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
_CLAUSE_PUNCT = re.compile(r"[,;:.!?()]")
_CLAUSE_BREAK = re.compile(r"[,;.]")
_OPENING_GAP = re.compile(r"\s*,\s*$")


def attach_mode(scope: Scope, table: EventTypeTable) -> tuple[str, str | None]:
    """(event type, mode): mode words stand next to the trigger or in its object ("talks
    with X via video link"); a type's own mode ("phone") makes the event of that type."""
    trig, text, windows = scope.trig, scope.text, table.windows
    window = text[max(scope.sent_start, trig.start - windows.mode_window):
                  max(scope.after_end, min(scope.sent_end, trig.end + windows.mode_window))]
    mode = trig.mode or next((m for m, rx in scope.ctx.grammar.mode_words.items() if rx.search(window)), None)
    by_mode = table.type_of_mode(mode)
    if by_mode:
        return by_mode, mode
    return trig.type, table[trig.type].own_mode or mode


@dataclass
class References:
    pronoun: str | None     # the antecedent of "he"/"his" ("" = the last sentence subject)
    pair: bool              # "the two presidents": the two people of the last event
    definite: bool          # "the meeting": an event already reported
    group: bool             # "the leaders agreed to meet again": everyone of the last event
    other: bool             # "the previous meeting": another, earlier event


def attach_references(scope: Scope, parties: Parties) -> References:
    grammar, text, trig, ctx = scope.ctx.grammar, scope.text, scope.trig, scope.ctx
    before, after = parties.before, parties.after
    pair = not before and not after and bool(grammar.pair_words.search(text, scope.before_start, trig.start))
    pronoun = None
    if parties.resolve_pronoun:
        pronoun = ""
    elif not before and not parties.subject and grammar.pronouns.search(text, scope.before_start, trig.start):
        # "he" is the person named earlier in the sentence, else the last sentence subject ("").
        antecedent = ctx.people.last_before(trig.start, floor=scope.sent_start)
        pronoun = antecedent.name if antecedent else ""
    lead_in = scope.lead_in
    other = grammar.other_event.search(lead_in) is not None
    determiner = grammar.definite_before.search(lead_in)
    group_match = (None if before or after or pair
                   else grammar.group_subject.search(text, max(scope.before_start, trig.start - 80), trig.start))
    group = bool(group_match) and (  # "Les dirigeants se rencontreront": the article is the group's
        not determiner or trig.start - len(lead_in) + determiner.start() <= group_match.start())
    return References(pronoun, pair, bool(determiner) and not other, group, other)


def planned_before(scope: Scope, table: EventTypeTable) -> bool:
    """A planning cue before the trigger in its clause ("will meet"), or in the trigger itself."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    window_start = max(scope.sent_start, trig.start - table.windows.planned_window)
    for cue in grammar.planned_cues.finditer(text, window_start, trig.end):
        if cue.start() >= trig.start and cue.end() <= trig.end:
            continue  # the trigger itself ("rencontrera") is handled by its own cue check below
        if cue.start() < trig.start and not _CLAUSE_BREAK.search(text[cue.end():trig.start]):
            return True
    return bool(grammar.planned_cues.search(text, trig.start, trig.end))  # "se rencontreront"


@dataclass
class When:
    planned: bool
    date: str | None
    rank: int
    distance: int


def attach_status_and_date(scope: Scope, row: EventType, table: EventTypeTable) -> When:
    ctx = scope.ctx
    planned = planned_before(scope, table)
    windows = table.windows
    mention, rank, distance = sentence_date(scope, windows.max_date_distance, windows.near_date_distance)
    if planned and mention and ctx.document_date and mention.name <= ctx.document_date[:len(mention.name)]:
        # "X today announced that he will meet Y ... on 9 August": the day of the announcement
        # is not that of the event announced; a later date of the sentence is.
        later = sentence_date(scope, scope.sent_end - scope.sent_start, windows.near_date_distance,
                              later_than=ctx.document_date)
        if later[0]:
            mention, rank, distance = later
    date = mention.name if mention else None
    if (planned and date and ctx.document_date and mention.kind == "relative" and len(date) == 7
            and date < ctx.document_date[:7]):
        # "will meet again in November" in an April article: a month with no year of its own
        # in an announcement is the next one of that name, not the last.
        date = f"{int(date[:4]) + 1}{date[4:]}"
    if date and ctx.document_date:
        past = date < ctx.document_date[:len(date)]
        future = date > ctx.document_date[:len(date)]
        planned = (planned and not past) or future
        if planned and date == ctx.document_date and row.starts_on_report_day:
            planned = False  # "est attendu ce jour à Malabo", "arrives today": the visit starts on the day reported
    return When(planned, date, rank, distance)


def _gap(d: Mention, t: Trigger) -> int:
    return t.start - d.end if d.end <= t.start else max(0, d.start - t.end)


def sentence_date(scope: Scope, max_distance: int, near: int,
                  later_than: str | None = None) -> tuple[Mention | None, int, int]:
    """The date nearest the trigger in its sentence, unless another trigger is nearer to it
    (with ``later_than``: the nearest of those after that day)."""
    ctx, trig = scope.ctx, scope.trig

    def shared(d: Mention, a: Trigger, b: Trigger) -> bool:
        # "his state visit to Ankara in May 2022 and his talks with X": a date between two
        # triggers joined without a clause break is both's.
        first, second = (a, b) if a.start < b.start else (b, a)
        return (first.end <= d.start and d.end <= second.start
                and not ctx.grammar.coordination_break.search(ctx.text, first.end, second.start))

    best, best_rank = None, None
    for d in ctx.dates.within(scope.sent_start, scope.sent_end):
        if later_than and d.name <= later_than[:len(d.name)]:
            continue
        distance = _gap(d, trig)
        nearer = [other for other in scope.triggers if other is not trig and _gap(d, other) < distance]
        if any(not (shared(d, trig, other) or (distance <= near and _own_clause(ctx.text, d, trig, other))) for other in nearer):
            continue
        rank = (bool(nearer), distance)  # a date of its own before one shared with a nearer trigger
        if distance <= max_distance and (best_rank is None or rank < best_rank):
            best, best_rank = d, rank
    if best is None and not later_than:
        opening = _opening_date(scope)
        if opening:
            return opening, DATE_SENTENCE, 0
    return (best, DATE_SENTENCE, best_rank[1]) if best else (None, DATE_NONE, 10**9)


def _own_clause(text: str, d: Mention, trig: Trigger, other: Trigger) -> bool:
    """"will visit Panama on 11 May, to meet X": a date in the trigger's clause, with a
    clause break between it and the nearer trigger, is the trigger's too."""
    if trig.end <= d.start and d.end <= other.start:
        return not _CLAUSE_PUNCT.search(text, trig.end, d.start) and bool(_CLAUSE_PUNCT.search(text, d.end, other.start))
    if other.end <= d.start and d.end <= trig.start:
        return not _CLAUSE_PUNCT.search(text, d.end, trig.start) and bool(_CLAUSE_PUNCT.search(text, other.end, d.start))
    return False


def _opening_date(scope: Scope) -> Mention | None:
    """"Le 18 juin, M. X, haut représentant ..., a achevé sa visite": a date opening the
    sentence before a comma dates its events with no date of their own, however long the
    subject ("On 6 October, A held talks with B, who paid an official visit")."""
    ctx, start = scope.ctx, scope.sent_start
    opening = ctx.dates.within(start, min(scope.sent_end, start + 40))[:1]
    if (opening and opening[0].end <= scope.trig.start
            and ctx.grammar.sentence_opening.match(ctx.text[start:opening[0].start])
            and _COMMA_AFTER.match(ctx.text[opening[0].end:opening[0].end + 3])):
        return opening[0]
    return None


def attach_place(scope: Scope, row: EventType, mode: str | None, parties: Parties, table: EventTypeTable) -> str | None:
    if row.place_is_destination:
        return _destination(scope, parties, table.windows.visit_location_window)
    if table.on_site(mode):
        return _venue(scope) or _journey_place(scope, table)
    return None


def _journey_place(scope: Scope, table: EventTypeTable) -> str | None:
    """"will travel to Dili, where she will meet X", "talks with X when he travels to Beijing":
    a meeting with no place of its own is at the destination of a journey of its sentence,
    one before it or one after it in its clause ("met X before flying to Y" is not)."""
    ctx, trig = scope.ctx, scope.trig
    journeys = sorted((t for t in scope.triggers if t is not trig and table[t.type].journey),
                      key=lambda t: abs(t.start - trig.start))
    for other in journeys:
        if other.start > trig.start and ctx.grammar.coordination_break.search(ctx.text, trig.end, other.start):
            continue
        place = place_between(ctx, other.end, min(scope.sent_end, other.end + table.windows.visit_location_window),
                              require_city=False)
        if place:
            return place
    return None


def _destination(scope: Scope, parties: Parties, window: int) -> str | None:
    """The place follows the trigger or the visitor named after it ("visit of X to Brussels")."""
    ctx, trig, after = scope.ctx, scope.trig, parties.after
    from_ = after[0].end if after and parties.subject == [after[0].name] else trig.end
    location = place_between(ctx, from_, min(scope.after_end, from_ + window), require_city=False)
    if location is None and from_ != trig.end:  # "Arrivé au Liban jeudi, X a rencontré"
        location = place_between(ctx, trig.end, min(scope.after_end, trig.end + window), require_city=False)
    if location is None:  # "who is in Astana on an official visit"
        place = ctx.places.last_before(trig.start, floor=max(scope.sent_start, trig.start - 40))
        if place and ctx.grammar.visit_place_before.match(ctx.text, place.end, trig.start):
            location = place.name
    return _town_of_venue(ctx, location, trig.end, scope.sent_end)


def _town_of_venue(ctx, location: str | None, start: int, end: int) -> str | None:
    """"visiting envoy X in Presidential House in Cairo": a visit is to the town of the venue
    named right after it ("in Cairo", ", Cairo"), not to the venue."""
    places = ctx.places.within(start, end)
    for venue, town in zip(places, places[1:]):
        if venue.name == location and venue.kind == "venue":
            gap = ctx.text[venue.end:town.start]
            if (town.kind != "venue" and len(gap) <= 15 and not _CLAUSE_BREAK.search(gap.replace(",", " ", 1))
                    and (not gap.strip(", ") or ctx.grammar.meeting_place_prep.search(gap))):
                return town.name
            break
    return location


def _venue(scope: Scope) -> str | None:
    ctx, trig = scope.ctx, scope.trig
    location = place_between(ctx, trig.end, scope.after_end, require_city=True)
    if location is None:  # "talks between A and B, held near Washington"
        for place in ctx.places.within(trig.end, scope.before_next):
            if ctx.grammar.held_at.search(ctx.text, max(trig.end, place.start - 30), place.start):
                return place.name
    return location or _opening_place(scope) or _bracketed_place(scope)


def _bracketed_place(scope: Scope) -> str | None:
    """"Entretien de A avec B (Paris, 12 mars 2025)": a place and a date in brackets after
    the trigger, as a dateline, are the event's."""
    ctx = scope.ctx
    for place in ctx.places.within(scope.trig.end, scope.sent_end):
        comma = _COMMA_AFTER.match(ctx.text, place.end)
        if not comma or not ctx.text[max(0, place.start - 3):place.start].rstrip().endswith("("):
            continue
        dates = ctx.dates.within(comma.end(), comma.end() + 40)
        if dates and not ctx.text[comma.end():dates[0].start].strip():
            return place.name
    return None


def _opening_place(scope: Scope) -> str | None:
    """"In Bishkek, the minister held talks with ...", "À Dakar, il a rencontré ...": a place
    after a preposition opening the sentence, before a comma, is where its events happen."""
    ctx, start = scope.ctx, scope.sent_start
    for place in ctx.places.within(start, min(scope.trig.start, start + 60))[:1]:
        if ctx.people.covering(place.start, place.end):
            return None
        if _opens_sentence(ctx, start, place.start) and _COLON_AFTER.match(ctx.text, place.end):
            return place.name  # "Nairobi: President X received ...": a dateline of its own
        prep = ctx.grammar.meeting_place_prep.search(ctx.text, start, place.start)
        if prep and _opens_sentence(ctx, start, prep.start()) and _COMMA_AFTER.match(ctx.text, place.end):
            return place.name
    return None


def _opens_sentence(ctx, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is nothing, or an opening date and its comma ("On 7 May, in Oslo ...")."""
    dates = ctx.dates.within(start, end)
    if dates:
        return bool(ctx.grammar.sentence_opening.match(ctx.text[start:dates[0].start])
                    and _OPENING_GAP.match(ctx.text[dates[-1].end:end]))
    return not ctx.text[start:end].strip(" \t\n\"'\u201c\u00ab")


def place_between(ctx, start: int, end: int, *, require_city: bool) -> str | None:
    """The place of an event named in ``[start, end)``. For a visit: the first place right
    after the trigger or after a preposition ("visit to Brussels"). For a meeting (``require_city``):
    a city or venue after "in"/"at"/"à" ("at State House, Nairobi", "à l'Élysée"), past the
    commas of the object list ("met X, the Ambassador, at State House"); a country only when
    no city or venue is named ("met X in Kenya"), and never one in a title ("ambassador to Kenya")."""
    text, grammar = ctx.text, ctx.grammar
    fallback = None
    for place in ctx.places.within(start, end):
        if ctx.people.covering(place.start, place.end):
            continue  # "the President of the Republic of Kazakhstan" names no location
        lead_in = text[start:place.start]
        if not require_city:
            if _CLAUSE_PUNCT.search(lead_in):
                break
            if grammar.location_preps.search(text, max(0, place.start - 25), place.start) or not lead_in.strip():
                return place.name
            continue
        if grammar.hard_punct.search(lead_in) or ctx.sentence_ends_between(start, place.start):
            break
        if not grammar.meeting_place_prep.search(lead_in[-45:]):
            continue
        if place.kind in ctx.table.place_kinds.towns:
            return place.name
        if fallback is None and place.kind in ctx.table.place_kinds.countries:
            fallback = place.name
    return fallback
