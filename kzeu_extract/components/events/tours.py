"""Stage 3, tours: one journey reported with several stops is one visit per stop.

"will visit Kenya, Uganda and Rwanda", "a regional trip which has taken him to A, B and C",
"se rendra au Mali, au Niger puis au Tchad": one visit per listed destination, each with the
date the text ties to it ("A on Monday and B on Wednesday"). "arriving in Paris on 28 June,
coming from Brussels", "venant de Bruxelles": Brussels is an earlier stop of the same journey.
A place and its country ("Nairobi, Kenya") is one stop.

The assembler (assembly.py) asks ``tour_of`` for the stops of each journey candidate and adds
one visit per stop; the place of each stop is a place mention of the sentence, so that its
evidence is found in the event's sentence."""
from __future__ import annotations

import re
from typing import NamedTuple

from .model import Candidate, Event
from .scope import in_reporting_clause

# between a journey's stop and its date: a short word at most ("Timor-Leste on 31 August")
_STOP_DATE_GAP = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+)?")
# how far before a place its "coming from" cue may start
_CUE_WINDOW = 40
_compiled: dict[object, re.Pattern | None] = {}


class Stop(NamedTuple):
    place: str
    date: str | None
    earlier: bool = False  # a stop before the reported one ("coming from Brussels"): no date of its own


class Tour(NamedTuple):
    """The stops of one journey: the listed destinations, first the candidate's own, then the
    earlier stops the sentence names. ``dated``: some listed stop has a date of its own."""
    stops: list[Stop]
    dated: bool


def earlier_occasion(ctx, cand: Candidate) -> bool:
    """"May, who had earlier visited South Africa, is in Nigeria", "qui avait auparavant visité
    Madagascar": a journey told in a relative clause in an earlier tense is another occasion than
    the one the sentence reports (its date is not the report's)."""
    start = max(cand.span[0], cand.trigger.start - _CUE_WINDOW)
    relative = None
    for relative in ctx.grammar.relative_word.finditer(ctx.text, start, cand.trigger.start):
        pass
    return bool(relative and ctx.grammar.earlier_tense.search(ctx.text, relative.end(), cand.trigger.end)
                and not ctx.grammar.hard_punct.search(ctx.text, relative.end(), cand.trigger.start))


def planned_sequel(ctx, cand: Candidate, events: list[Event]) -> bool:
    """"X is scheduled to stay in A until 25 March, then visit B", "se rendra à A, puis visitera
    B": a journey joined by a next-stop word ("then", "puis") to the journey just reported in
    its sentence, an announced one, is announced too."""
    before = [t for t in ctx.triggers if t.start < cand.trigger.start
              and ctx.sentence_of(t.start) == cand.sentence and ctx.table[t.type].journey]
    if not before or not sequence_word(ctx.grammar).search(ctx.text, before[-1].end, cand.trigger.start):
        return False
    last = max((e for e in events if e.sentence == cand.sentence and ctx.table[e.type].journey),
               key=lambda e: e.order, default=None)
    return last is not None and last.status == "planned"


def sequence_word(grammar) -> re.Pattern:
    """The compiled ``next_stop_words`` of the grammar's pack ("then", "puis")."""
    key = ("sequence", id(grammar))
    if key not in _compiled:
        words = grammar.vocabulary.next_stop_words or ["(?!)"]
        _compiled[key] = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    return _compiled[key]


def tour_of(ctx, cand: Candidate) -> Tour:
    """The stops of a journey candidate (none past its own destination: an empty list)."""
    if cand.location is None:
        return Tour([], False)
    listed = listed_stops(ctx, cand.trigger.end, cand.span[1], cand.location)
    dated = any(stop.date for stop in listed)
    known = {stop.place for stop in listed} | {cand.location}
    earlier = [Stop(p, None, True) for p in earlier_stops(ctx, cand.trigger.end, cand.span[1]) if p not in known]
    if earlier and not listed:
        listed = [Stop(cand.location, cand.date)]
    return Tour(listed + earlier, dated)


def listed_stops(ctx, trig_end: int, end: int, first: str) -> list[Stop]:
    """"will then visit Qatar, the UAE and India", "se rendra au Congo, en RDC puis en Éthiopie":
    a journey's destinations listed from its first one (none: no list), each with the date the
    text ties to it ("PNG on 30 August and Timor-Leste on 31 August"), else None; one date after
    the last stop alone is the whole journey's ("a tour of A, B and C on Monday"). A city and
    its country ("Paris, France"), an apposition ("Nairobi, the capital of Kenya"), a place that
    owns a reporting clause (", Hungary's foreign ministry said") or another phrase end the list."""
    joiner = ctx.grammar.destination_joiner
    places = [p for p in ctx.places.within(trig_end, end) if not ctx.people.covering(p.start, p.end)]
    at = next((i for i, p in enumerate(places) if p.name == first), None)
    if joiner is None or at is None:
        return []
    stops, previous = [Stop(first, _stop_date(ctx, places[at].end, end))], places[at]
    for place in places[at + 1:]:
        gap = _without_dates(ctx, previous.end, place.start)
        if (not gap.strip() or not (joiner.fullmatch(gap) or _occasion_gap(ctx.grammar, gap))
                or "venue" in (place.kind, previous.kind) or in_reporting_clause(ctx, place.end)
                or ctx.within_country(place.name, previous.name) or ctx.within_country(previous.name, place.name)):
            break
        if place.name not in (s.place for s in stops):
            stops.append(Stop(place.name, _stop_date(ctx, place.end, end)))
        previous = place
    if len(stops) < 2:
        return []
    if all(stop.date is None for stop in stops[:-1]):
        stops[-1] = stops[-1]._replace(date=None)  # the journey's date, not its last stop's
    return stops


def _occasion_gap(grammar, gap: str) -> bool:
    """", Togo and the African Union summit in " (Addis Ababa), " et au sommet de l'UA à ": the
    joiner, then an occasion held at the next destination."""
    key = ("occasion", id(grammar))
    if key not in _compiled:
        v = grammar.vocabulary
        _compiled[key] = None if v.stop_occasion is None or v.destination_joiner is None else re.compile(
            "(?:" + v.destination_joiner + ")(?:" + v.stop_occasion + ")", re.IGNORECASE)
    rx = _compiled[key]
    return bool(rx and rx.fullmatch(gap))


def earlier_stops(ctx, start: int, end: int) -> list[str]:
    """"arriving in Paris on 28 June, coming from Brussels", "venant de Bruxelles": the places
    in ``[start, end)`` right after a cue of where the traveller comes from."""
    cue = _earlier_cue(ctx.grammar)
    if cue is None:
        return []
    found = []
    for place in ctx.places.within(start, end):
        if ctx.people.covering(place.start, place.end) or place.kind == "venue":
            continue
        if cue.search(ctx.text, max(start, place.start - _CUE_WINDOW), place.start) and place.name not in found:
            found.append(place.name)
    return found


def _earlier_cue(grammar) -> re.Pattern | None:
    """The compiled ``earlier_stop_before`` words of the grammar's pack (None: the rule is off)."""
    key = id(grammar)
    if key not in _compiled:
        words = grammar.vocabulary.earlier_stop_before
        _compiled[key] = None if words is None else re.compile(r"(?<!\w)(?:" + words + r")$", re.IGNORECASE)
    return _compiled[key]


def _without_dates(ctx, start: int, end: int) -> str:
    """The text of ``[start, end)`` with its dates taken out."""
    parts, at = [], start
    for date in ctx.dates.within(start, end):
        parts.append(ctx.text[at:date.start])
        at = date.end
    return " ".join(parts + [ctx.text[at:end]])


def _stop_date(ctx, start: int, end: int) -> str | None:
    """A date right after a stop: at most one short word between, no punctuation."""
    dates = ctx.dates.within(start, min(end, start + 40))
    if dates and _STOP_DATE_GAP.fullmatch(ctx.text, start, dates[0].start):
        return dates[0].name
    return None
