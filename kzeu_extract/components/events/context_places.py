"""Stage 3, places from context: the place of an event whose clause names none, from the event
just before of the same people, the visit it is part of, or a visit reported after it.
A mixin of EventAssembler (assembly.py): it reads the assembler's events and context."""
from __future__ import annotations

import datetime as dt
import re

from .model import DATE_SENTENCE, Candidate, Event, date_compatible
from .where import earlier_relative, other_occasion

_WORD_START = re.compile(r"(?<=\s)\w")
# how long after a visit's date a meeting of its visitor may still be of it
_VISIT_DAYS = 14


def _during(visit: str | None, date: str | None) -> bool:
    """Whether an event dated ``date`` may be of a visit dated ``visit`` (either unknown: it may)."""
    if not visit or not date:
        return True
    if len(visit) == len(date) == 10:
        days = (dt.date.fromisoformat(date) - dt.date.fromisoformat(visit)).days
        return 0 <= days <= _VISIT_DAYS
    return date_compatible(visit, date)


class PlaceInference:
    """The place methods of EventAssembler (self.ctx, self.events, self.table)."""
    def _place_in_context(self, cand: Candidate, group: list[str], visit: Event | None) -> str | None:
        """The place of an event that names none: "X also met Y" is at X's event just reported
        ("met A at State House. X also held talks with B"); else the destination of the visit
        it happened during ("arrived in Geneva ... then met X": in Geneva)."""
        if not self.table[cand.type].during_journey:
            return None
        if self._same_occasion(cand):
            place = self._last_place_of(cand, group)
            # "also met X at the headquarters of ...": a place of its own, if not one we know,
            # is not the venue of the event before (its town still holds)
            if place and not (self._is_venue(place) and self._own_place_phrase(cand)):
                return place
        return self._visit_place(cand, group, visit) if visit else None

    def _own_place_phrase(self, cand: Candidate) -> bool:
        """Whether a place preposition follows the trigger in its sentence ("at the ministry")."""
        text, grammar = self.ctx.text, self.ctx.grammar
        for word in _WORD_START.finditer(text, cand.trigger.end, cand.span[1]):
            if grammar.meeting_place_prep.search(text, max(cand.trigger.end, word.start() - 25), word.start()):
                return True
        return False

    def _same_occasion(self, cand: Candidate) -> bool:
        """"also met", "will also meet", "a également rencontré": one more event of a programme."""
        start = max(cand.span[0], cand.trigger.start - 30)
        return bool(self.ctx.grammar.same_occasion.search(self.ctx.text, start, cand.trigger.end))

    def _last_place_of(self, cand: Candidate, group: list[str]) -> str | None:
        """The place of the last on-site event, shortly before, of the subject (or the group)."""
        people = set(cand.subject[:1] or group)
        for event in sorted(self.events, key=lambda e: -e.order):
            if cand.sentence - event.sentence > self.windows.context_sentences:
                break
            if (event.location and people & set(event.participants) and self.table.on_site(event.mode)
                    and not self.table[event.type].journey):
                return event.location
        return None

    def _visit_place(self, cand: Candidate, group: list[str], visit: Event) -> str | None:
        """The visit's destination; a stop of it with no place ("went on to the National
        Assembly") or at a venue reported in an earlier sentence ("went to the Hotel de Lassay
        for talks with A") is not the place of later events: the journey's destination is."""
        if not _during(visit.date, cand.date) or self._other_journey(visit):
            return None  # "the visit ... in 2019 followed his visit in 2018, when he met X"
        # a later meeting with no place of its own is at a listed journey's first stop
        location = visit.location if visit.sentence == cand.sentence else self.first_stops.get(id(visit), visit.location)
        if location and (visit.sentence == cand.sentence or not self._is_venue(location)):
            return self._city_of_country(location)
        for event in reversed(self.events):
            if cand.sentence - event.sentence > self.windows.context_sentences:
                break
            if (self.table[event.type].journey and event.location and not self._is_venue(event.location)
                    and (cand.planned or event.status == "held") and set(event.participants) & set(group)
                    and _during(event.date, cand.date)):
                return self._city_of_country(event.location)
        return None

    def _city_of_country(self, place: str) -> str:
        """A meeting during a visit to a country is in the visit's city, where the text names one:
        "Arrivé à Paris ... sa visite en France ... un entretien avec X" is in Paris. The city is
        the one town of that country the text names after a place preposition ("à Paris", "in
        Lagos"); with none, or several ("in Lagos ... in Abuja"), the country stays."""
        ctx = self.ctx
        kind, _ = ctx.place_info.get(place, (None, None))
        if kind not in self.table.place_kinds.countries:
            return place
        towns = {m.name for m in ctx.places.items
                 if m.kind in self.table.place_kinds.towns and ctx.within_country(m.name, place)
                 and not ctx.people.covering(m.start, m.end)
                 and ctx.grammar.location_preps.search(ctx.text, max(0, m.start - 25), m.start)}
        return towns.pop() if len(towns) == 1 else place

    def _places_from_later_visits(self) -> None:
        """"Hasina received her Sri Lankan counterpart X on Saturday. X arrived in Dhaka on Friday on
        a two-day visit.": a held meeting with no place, of a visitor whose visit of those days
        is reported just after it, took place at the visit's destination."""
        for event in self.events:
            if (event.location is not None or event.status != "held" or not self.table[event.type].during_journey
                    or not self.table.on_site(event.mode)):
                continue
            visit = next((j for j in self.events if self.table[j.type].journey and j.status == "held" and j.location
                          and 0 < j.sentence - event.sentence <= self.windows.context_sentences
                          and set(j.participants) & set(event.participants) and _during(j.date, event.date)
                          and not self._is_venue(j.location) and not self._other_journey(j)), None)
            if visit:
                event.location = visit.location

    def _places_of_same_day(self) -> None:
        """"A joint press conference held on Monday in Doha between A and B. Earlier on Monday,
        the Emir received B.": a held in-person event with no place, dated in its own sentence,
        is in the one town where an event of one of its people on that very day (dated in its
        own sentence too) was held, reported shortly before or after it."""
        for event in self.events:
            if (event.location is not None or not self._dated_on_site(event)
                    or not self.table[event.type].during_journey):
                continue
            towns = {other.location for other in self.events
                     if other is not event and self._dated_on_site(other) and other.date == event.date
                     and abs(other.sentence - event.sentence) <= self.windows.context_sentences
                     and set(other.participants) & set(event.participants) and other.location
                     and self._is_town(other.location)}
            if len(towns) == 1:
                event.location = towns.pop()

    def _places_of_presence(self) -> None:
        """"X met Y on Friday. ... Y, who is currently in Beijing to prepare the visit, said": a
        held in-person meeting with no place is where one of its people is said to be now, in a
        sentence shortly before or after it (one place only); a visit, where its visitor is said
        to be in its own sentence ("X is in Tokyo for a three-day visit")."""
        stays = self._present_stays()
        for event in self.events:
            journey = self.table[event.type].journey  # "X is in Tokyo for a visit": its own sentence only
            if (event.location is not None or event.status != "held" or not self.table.on_site(event.mode)
                    or not (journey or self.table[event.type].during_journey)):
                continue
            window = 0 if journey else self.windows.context_sentences
            places = {place for who, sentence, place in stays if who in event.participants
                      and abs(sentence - event.sentence) <= window}
            if len(places) == 1:
                event.location = places.pop()

    def _present_stays(self) -> list[tuple[str, int, str]]:
        """(person, sentence, place) of each "X, who is now in Z" of the text."""
        ctx, cue = self.ctx, self.ctx.grammar.presence_after
        stays = []
        for mention in ctx.people.items if cue is not None else ():
            stay = cue.match(ctx.text, mention.end)
            places = ctx.places.within(stay.end(), stay.end() + 60) if stay else []
            if places and places[0].start == stay.end() and not ctx.people.covering(places[0].start, places[0].end):
                stays.append((mention.name, ctx.sentence_of(mention.start), places[0].name))
        return stays

    def _dated_on_site(self, event: Event) -> bool:
        """A held in-person event dated to a day by its own sentence."""
        return (event.status == "held" and self.table.on_site(event.mode) and event.date_rank == DATE_SENTENCE
                and event.date is not None and len(event.date) == 10)

    def _is_town(self, place: str) -> bool:
        kind, _ = self.ctx.place_info.get(place, (None, None))
        return kind in self.table.place_kinds.towns and kind != "venue"

    def _other_journey(self, journey: Event) -> bool:
        """"X met Y before his visit to Z", "received Y, who had earlier visited Z": each journey
        trigger of the sentence is another occasion."""
        ctx = self.ctx
        mine = [t for t in ctx.triggers if self.table[t.type].journey and ctx.sentence_of(t.start) == journey.sentence]
        return bool(mine) and all(other_occasion(ctx, t) or earlier_relative(ctx, t) for t in mine)

    def _is_venue(self, place: str) -> bool:
        kind, _ = self.ctx.place_info.get(place, (None, None))
        return kind == "venue"

    def _other_place(self, a: str | None, b: str | None) -> bool:
        """Two places, neither a city of the other ("Malabo", "Equatorial Guinea")."""
        return bool(a and b and a != b and not self.ctx.within_country(a, b) and not self.ctx.within_country(b, a))
