"""Stage 2, where: the place of a trigger's event."""
from __future__ import annotations

import re
from itertools import pairwise

from .parties import Parties
from .scope import CLAUSE_BREAK, CLAUSE_PUNCT, COMMA_AFTER, Scope, in_reporting_clause
from .table import EventType, EventTypeTable

_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
_OPENING_GAP = re.compile(r"\s*,\s*$")
# a word or two after a place, in its clause (where a reporting verb may stand), past a clitic
# glued to the place ("Mexico's government said")
# between a place and a person: up to four words, no punctuation ("U.S. Middle East envoy ")
_TITLE_BEFORE_NAME = re.compile(r"(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,4}[ \t]+")
# between a place and the trigger after it: a comma, at most two words ("in Washington DC met")
# between an opening place and the subject: a title of up to three words ("le ministre")
_TITLE_GAP = re.compile(r"(?:\s+[^\W\d_][\w.'\u2019-]*){0,3}\s+$")
# between a journey's stop and its date: a short word at most ("Timor-Leste on 31 August")
_SHORT_GAP = re.compile(r"\s*,?(?:\s*[^\W\d_][\w.'\u2019-]*){0,2}\s*,?\s*$")


def attach_place(scope: Scope, row: EventType, mode: str | None, parties: Parties, table: EventTypeTable) -> str | None:
    if scope.ctx.grammar.earlier_occasions_after.match(scope.ctx.text, scope.trig.end):
        return None  # "have met before, including at the G20 in Rome": other occasions' places
    if row.place_is_destination:
        location = (_destination(scope, parties, table.windows.visit_location_window)
                    or _destination_of_journey_before(scope, parties, table) or _anaphoric_destination(scope))
        _visitor_from_abroad(scope, parties, location)
        return location
    if table.on_site(mode):
        # "Brussels: During his visit to Rwanda, X met Y": the journey of the sentence places
        # the meeting before the dateline opening it does
        return _venue(scope) or _journey_place(scope, table) or _opening_dateline(scope)
    # "X on Thursday interrupted an event in Bogota to take a call from Y": a call held at a
    # distance is where its subject is, when the subject's own clause says so
    return _subject_clause_place(scope)


def _journey_place(scope: Scope, table: EventTypeTable) -> str | None:
    """"will travel to Dili, where she will meet X", "talks with X when he travels to Beijing":
    a meeting with no place of its own is at the destination of a journey of its sentence,
    one before it or one after it in its clause ("met X before flying to Y" is not)."""
    ctx, trig = scope.ctx, scope.trig
    journeys = sorted((t for t in scope.triggers if t is not trig and table[t.type].journey),
                      key=lambda t: abs(t.start - trig.start))
    for other in journeys:
        if (other.start > trig.start and ctx.grammar.coordination_break.search(ctx.text, trig.end, other.start)
                and not ctx.grammar.during_journey_before.search(ctx.text, max(trig.end, other.start - 40), other.start)):
            continue  # "met X, and then flew to Y"; "met A, B and C, during a visit to Y" is of the visit
        if other_occasion(ctx, other) or earlier_relative(ctx, other):
            continue  # "met X before his visit to Y", "received X, who had earlier visited Y"
        place = place_between(ctx, other.end, min(scope.sent_end, other.end + table.windows.visit_location_window),
                              require_city=False)
        if place:
            return place
    return None


def earlier_relative(ctx, journey) -> bool:
    """"X, who had earlier visited Qatar", "qui avait auparavant visité": a journey told in a
    relative clause in an earlier tense is another, earlier occasion."""
    start = max(0, journey.start - 30)
    relative = None
    for relative in ctx.grammar.relative_word.finditer(ctx.text, start, journey.start):
        pass
    return (relative is not None and not CLAUSE_PUNCT.search(ctx.text, relative.end(), journey.start)
            and bool(ctx.grammar.earlier_tense.search(ctx.text, relative.end(), journey.end)))


def other_occasion(ctx, journey) -> bool:
    """"before his visit to Y", "avant sa visite": the journey is another occasion than its sentence's meeting."""
    return bool(ctx.grammar.other_occasion_before.search(ctx.text, max(0, journey.start - 30), journey.start))


def _destination(scope: Scope, parties: Parties, window: int) -> str | None:
    """The place follows the trigger or the visitor named after it ("visit of X to Brussels")."""
    ctx, trig, after = scope.ctx, scope.trig, parties.after
    from_ = after[0].end if after and parties.subject == [after[0].name] else trig.end
    # the window bounds where the destination starts ("se rendrait dans quelques jours à Washington")
    location = place_between(ctx, from_, _destination_end(scope), require_city=False, starts_before=from_ + window)
    if location is None and from_ != trig.end:  # "Arrivé au Liban jeudi, X a rencontré"
        location = place_between(ctx, trig.end, scope.after_end, require_city=False, starts_before=trig.end + window)
    if location is None:  # "who is in Astana on an official visit"
        place = ctx.places.last_before(trig.start, floor=max(scope.sent_start, trig.start - 40))
        if place and ctx.grammar.visit_place_before.match(ctx.text, place.end, trig.start):
            location = place.name
    return _town_of_venue(ctx, location, trig.end, scope.sent_end)


def _destination_of_journey_before(scope: Scope, parties: Parties, table: EventTypeTable) -> str | None:
    """"Y will visit Armenia, days after the visit of X": a journey with no place of its own,
    of a visitor named after it, that the sentence sets after or before another journey ("after
    the visit of", "avant la visite de") is to that journey's destination. "after his visit"
    (no visitor named after it) is the same visitor's other journey, elsewhere."""
    ctx, trig, after = scope.ctx, scope.trig, parties.after
    if not (after and parties.subject == [after[0].name] and other_occasion(ctx, trig)):
        return None
    window = table.windows.visit_location_window
    for other in reversed(scope.triggers[:scope.index]):
        if not table[other.type].journey or other_occasion(ctx, other):
            continue
        place = place_between(ctx, other.end, trig.start, require_city=False, starts_before=other.end + window)
        if place:
            return place
    return None


def _visitor_from_abroad(scope: Scope, parties: Parties, location: str | None) -> None:
    """"X met the American adviser Y before her visit to the United States": nobody visits their
    own country. A visitor not named after the trigger, who holds an office of the destination's
    country, gives the visit to the person nearest before them in the sentence who holds none
    (``parties.subject`` is changed in place)."""
    ctx = scope.ctx
    code = ctx.place_info.get(location, (None, None))[1] if location else None
    if not code or len(parties.subject) != 1 or (parties.after and parties.subject == [parties.after[0].name]):
        return
    if code not in ctx.holder_countries.get(parties.subject[0], ()):
        return
    visitor = parties.subject[0]
    for m in reversed(ctx.people.within(scope.sent_start, scope.trig.start)):
        if m.name != visitor and code not in ctx.holder_countries.get(m.name, ()):
            parties.subject = [m.name]
            return


def _anaphoric_destination(scope: Scope) -> str | None:
    """"Hakala, envoy for Central Asia, will visit the region", "his sixth visit to the country":
    a phrase right after the trigger stands for the place of its kind named in the sentence or
    the one before, when only one is (after "a tour of Morocco, Algeria and Tunisia", "the
    country" is any of them: no place)."""
    ctx, trig = scope.ctx, scope.trig
    kind = next((k for rx, k in ctx.grammar.place_anaphora if rx.match(ctx.text, trig.end)), None)
    if kind is None:
        return None
    floor = ctx.sentences[max(0, scope.sentence - 1)][0]
    named = {p.name for p in ctx.places.within(floor, trig.start) if p.kind == kind}
    return named.pop() if len(named) == 1 else None


def _destination_end(scope: Scope) -> int:
    """Where a journey's destination may end: its object's end, or past a journey trigger right
    after it ("se rendre en visite en Russie": the visit is the journey's own, its place too)."""
    following = scope.triggers[scope.index + 1] if scope.index + 1 < len(scope.triggers) else None
    if (following is not None and scope.ctx.table[following.type].journey and following.start - scope.trig.end <= 12
            and not CLAUSE_PUNCT.search(scope.text, scope.trig.end, following.start)):
        return scope.sent_end
    return scope.after_end


def _town_of_venue(ctx, location: str | None, start: int, end: int) -> str | None:
    """"visiting envoy X in Presidential House in Cairo": a visit is to the town of the venue
    named right after it ("in Cairo", ", Cairo"), not to the venue."""
    places = ctx.places.within(start, end)
    for venue, town in pairwise(places):
        if venue.name == location and venue.kind == "venue":
            gap = ctx.text[venue.end:town.start]
            if (town.kind != "venue" and len(gap) <= 15 and not CLAUSE_BREAK.search(gap.replace(",", " ", 1))
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
    return location or _subject_clause_place(scope) or _opening_place(scope) or _bracketed_place(scope)


def _subject_clause_place(scope: Scope) -> str | None:
    """"X on 12 April in Washington met with Y", "X, in Oslo, held talks with Y": a town or venue
    after a place preposition between the subject and the trigger, in their clause."""
    ctx, trig = scope.ctx, scope.trig
    if not scope.before:
        return None
    subject_end = scope.before[-1].end
    if ctx.grammar.relative_word.search(ctx.text, subject_end, trig.start):
        return None  # "X, who studied in Lima, met Y"
    for place in reversed(ctx.places.within(subject_end, trig.start)):
        gap = ctx.text[place.end:trig.start]
        if (place.kind in ctx.table.place_kinds.towns and not ctx.people.covering(place.start, place.end)
                and ctx.grammar.meeting_place_prep.search(ctx.text, max(subject_end, place.start - 25), place.start)
                and _SHORT_GAP.match(gap)):
            return place.name
        break
    return None


def _bracketed_place(scope: Scope) -> str | None:
    """"Entretien de A avec B (Paris, 12 mars 2025)": a place and a date in brackets after
    the trigger, as a dateline, are the event's."""
    ctx = scope.ctx
    for place in ctx.places.within(scope.trig.end, scope.sent_end):
        comma = COMMA_AFTER.match(ctx.text, place.end)
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
        prep = ctx.grammar.meeting_place_prep.search(ctx.text, start, place.start)
        if prep and _opens_sentence(ctx, start, prep.start()) and (
                COMMA_AFTER.match(ctx.text, place.end) or _subject_follows(scope, place.end)):
            return place.name
    return None


def _opening_dateline(scope: Scope) -> str | None:
    """"Nairobi: President X received ...": a place opening the sentence before a colon is a
    dateline of its own."""
    ctx, start = scope.ctx, scope.sent_start
    for place in ctx.places.within(start, min(scope.trig.start, start + 60))[:1]:
        if (not ctx.people.covering(place.start, place.end) and _opens_sentence(ctx, start, place.start)
                and _COLON_AFTER.match(ctx.text, place.end)):
            return place.name
    return None


def _subject_follows(scope: Scope, end: int) -> bool:
    """"On 7 May, in Oslo President X held talks": the subject right after the place, no comma."""
    people = scope.ctx.people.within(end, scope.trig.start)
    return bool(people) and bool(_TITLE_GAP.match(scope.ctx.text, end, people[0].start))


def _opens_sentence(ctx, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is nothing, or an opening date and its comma ("On 7 May, in Oslo ...")."""
    dates = ctx.dates.within(start, end)
    if dates:
        return bool(ctx.grammar.sentence_opening.match(ctx.text[start:dates[0].start])
                    and _OPENING_GAP.match(ctx.text[dates[-1].end:end]))
    return not ctx.text[start:end].strip(" \t\n\"'\u201c\u00ab")


def place_between(ctx, start: int, end: int, *, require_city: bool, starts_before: int | None = None) -> str | None:
    """The place of an event named in ``[start, end)``. For a visit: the first place right
    after the trigger or after a preposition ("visit to Brussels"). For a meeting (``require_city``):
    a city or venue after "in"/"at"/"à" ("at State House, Nairobi", "à l'Élysée"), past the
    commas of the object list ("met X, the Ambassador, at State House"); a country only when
    no city or venue is named ("met X in Kenya"), and never one in a title ("ambassador to Kenya").
    ``starts_before``: the place must start before it (it may end past it)."""
    text, grammar = ctx.text, ctx.grammar
    fallback = None
    for place in ctx.places.within(start, end):
        if starts_before is not None and place.start >= starts_before:
            break
        if ctx.people.covering(place.start, place.end):
            continue  # "the President of the Republic of Kazakhstan" names no location
        lead_in = text[start:place.start]
        if not require_city:
            if CLAUSE_PUNCT.search(lead_in):
                break
            if grammar.location_preps.search(text, max(0, place.start - 25), place.start):
                return place.name
            if not lead_in.strip() and not _names_a_person(ctx, place.end):
                return place.name
            continue
        if (grammar.hard_punct.search(lead_in) or ctx.sentence_ends_between(start, place.start)
                or in_reporting_clause(ctx, place.end)):
            break
        if not (grammar.meeting_place_prep.search(lead_in[-45:])
                or place.kind == "venue" and grammar.part_of_venue.search(lead_in[-60:])):
            continue  # "in the Camelias Patio of La Moneda Palace": a part of the venue
        if place.kind in ctx.table.place_kinds.towns:
            return place.name
        if fallback is None and place.kind in ctx.table.place_kinds.countries and not _past_object(ctx, start, place.start):
            fallback = place.name
    return fallback


def _names_a_person(ctx, end: int) -> bool:
    """"visiting U.S. Middle East envoy George Mitchell": a place a few words before a person, with
    no punctuation, is part of the visitor's title, not the visit's destination."""
    people = ctx.people.within(end, end + 60)
    return bool(people) and bool(_TITLE_BEFORE_NAME.fullmatch(ctx.text, end, people[0].start))



def _past_object(ctx, start: int, end: int) -> bool:
    """Whether a comma stands past the trigger's object (its last person) before ``end``: "held
    talks, both stressing their work in the Pacific": a country or region there is another clause's."""
    people = ctx.people.within(start, end)
    return "," in ctx.text[people[-1].end if people else start:end]
