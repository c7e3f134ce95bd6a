"""Stage 3: candidates assembled into events: new ones, later reports merged into the first,
references ("the meeting", "the two presidents", "he") resolved against the events so far."""
from __future__ import annotations

import datetime as dt
import re
from datetime import date as _date
from datetime import timedelta

from ...textkit import fold
from .document import DocContext
from .model import (
    DATE_CONTEXT,
    DATE_DOCUMENT,
    DATE_NONE,
    DATE_SENTENCE,
    Candidate,
    Event,
    date_compatible,
    dedupe,
)
from .table import EventTypeTable
from .where import other_occasion

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


class EventAssembler:
    """Turns candidates into events: new ones, repeats merged into earlier ones, references."""

    def __init__(self, ctx: DocContext, table: EventTypeTable, split_min: int):
        self.ctx = ctx
        self.table = table
        self.windows = table.windows
        self.split_min = split_min
        self.events: list[Event] = []
        self.protagonist: str | None = None
        self._counter = 0
        self._touched: tuple[int, Event] | None = None  # (sentence, event) last made or added to
        self._earlier: set[int] = set()  # ids of events reported as earlier ones ("his previous visit")

    def update_protagonist(self, sentence: int) -> None:
        """A person opening a sentence ("In turn, Charles Michel ...") is who "he" now is."""
        start, end = self.ctx.sentences[sentence]
        opener = self.ctx.sentence_subject(start, end)
        if opener:
            self.protagonist = opener.name

    def finish(self) -> None:
        """"X received Y, who is in Astana on an official visit": the visit is read after the
        meeting of its sentence, so the meeting takes its place and date only now."""
        journeys = [e for e in self.events if self.table[e.type].journey and (e.location or e.date)]
        for event in self.events if journeys else ():
            if (not self.table[event.type].during_journey or event.status != "held"
                    or not self.table.on_site(event.mode)):
                continue
            journey = next((j for j in journeys if j.sentence == event.sentence and j.status == "held"
                            and set(j.participants) & set(event.participants) and not self._other_journey(j)), None)
            if journey:
                if event.location is None or event.location == self.ctx.dateline:
                    event.location = journey.location or event.location
                if event.date is None and not self.ctx.grammar.earlier_tense.search(self.ctx.text, event.start, event.end):
                    event.date, event.date_rank = journey.date, DATE_CONTEXT
        self._date_undated()
        self._places_from_later_visits()

    def add_initiator(self, sentence: int, initiator: str) -> None:
        """"The call took place at the initiative of the Kyrgyz side": a sentence with no trigger
        of its own tells who initiated the event reported in the sentence before."""
        if self._touched and sentence - self._touched[0] == 1 and not self._touched[1].initiator:
            self._touched[1].initiator = initiator

    # --- one candidate ------------------------------------------------------------------

    def add(self, cand: Candidate) -> None:
        row = self.table[cand.type]
        # A visit, or taking part in a summit, is an event of one named person (gold README:
        # events "that involve at least one named person").
        min_people = 1 if cand.trigger.attendance else row.min_participants
        self._resolve_groups(cand)
        self._resolve_each(cand)
        if cand.pronoun is not None:  # "his first visit", "il s'est entretenu avec ..."
            antecedent = cand.pronoun or self._antecedent(cand)
            if antecedent and antecedent not in cand.counterparts:
                cand.subject = [antecedent]
        if cand.attends and self._join(cand):
            return
        participants = self._participants(cand, row)
        if participants is None:
            return
        if len(participants) < min_people:
            if cand.planned and cand.date_rank == DATE_SENTENCE and not participants:
                # "agreed to hold the next meeting of the Cooperation Council in April": a dated
                # meeting of a body; one named person alone is a multilateral event, not ours.
                self._new(cand, participants)
            elif cand.definite or participants:
                self._refer_back(cand, participants)
            return
        groups = self._groups(cand, row, participants)
        for group in groups:
            self._infer_date(cand, group)
            if not self._repeat(cand, group):
                self._new(cand, group)
                self.events[-1].split = len(groups) > 1
        if cand.subject and row.sets_protagonist:
            self.protagonist = cand.subject[0]

    def _resolve_groups(self, cand: Candidate) -> None:
        """"The two presidents also met in June": the two people of the last event."""
        if not (cand.pair or cand.group):
            return
        size_ok = (lambda n: n == 2) if cand.pair else (lambda n: n >= 2)
        last = max((e for e in self.events if size_ok(len(e.participants)) and not e.split),
                   key=lambda e: e.order, default=None)
        if last:
            cand.counterparts = list(last.participants)
        elif cand.pair:  # "X arrived at the invitation of Y. The two presidents held talks": X and Y
            host = max((e for e in self.events if len(e.participants) == 1 and e.initiator in self.ctx.people_names
                        and e.initiator not in e.participants), key=lambda e: e.order, default=None)
            if host:
                cand.counterparts = [host.initiator] + host.participants

    def _resolve_each(self, cand: Candidate) -> None:
        if not cand.each:
            return
        if not cand.subject and len(cand.counterparts) == 1:
            cand.subject, cand.counterparts = cand.counterparts, []  # the one named before the trigger
        if cand.subject and not cand.counterparts:
            # "Michel held separate bilateral talks with each leader": one meeting with each of
            # the others of the last event with several people.
            last = max((e for e in self.events if len(e.participants) > 2 and cand.subject[0] in e.participants),
                       key=lambda e: e.order, default=None)
            if last:
                cand.counterparts = [p for p in last.participants if p not in cand.subject]
                cand.bilateral = True
                if cand.location is None and self.table.on_site(cand.mode):
                    cand.location = last.location

    def _participants(self, cand: Candidate, row) -> list[str] | None:
        """Everyone of the event (None: it repeats an earlier one, whose details it took)."""
        if row.subject_only:
            return cand.subject
        if cand.subject:
            return dedupe(cand.subject + cand.counterparts)
        participants = cand.counterparts
        if cand.counterparts and self._repeat(cand, participants):
            return None
        if cand.with_object and self.protagonist and self.protagonist not in participants:
            participants = [self.protagonist] + participants
            cand.subject = [self.protagonist]
        return participants

    def _groups(self, cand: Candidate, row, participants: list[str]) -> list[list[str]]:
        """A visitor's programme lists the hosts met one by one: "during the visit, X met President
        A and Prime Minister B" are two meetings, unless one occasion ("a dinner with") or one
        group ("the two women, A and B", "together") is named."""
        counterparts = [p for p in participants if p not in cand.subject]
        touring = (cand.titled_list and not cand.single and not cand.joint and not cand.trigger.generic
                   and self._visiting(cand, cand.subject[0] if cand.subject else None))
        if (row.splits_per_counterpart and cand.subject and len(counterparts) > 1
                and (cand.bilateral or touring
                     or (len(counterparts) >= self.split_min and not cand.single))):
            return [dedupe(cand.subject + [c]) for c in counterparts]
        return [participants]

    # --- context ---------------------------------------------------------------------------

    def _visiting(self, cand: Candidate, person: str | None) -> bool:
        """Whether ``person`` is on a visit reported shortly before (or in the same sentence)."""
        if person is None or not self.table.on_site(cand.mode):
            return False
        return any(self.table[e.type].journey and person in e.participants
                   and 0 <= cand.sentence - e.sentence <= self.windows.context_sentences for e in self.events)

    def _antecedent(self, cand: Candidate) -> str | None:
        """Who "he"/"his" is when the sentence names no one before it: the subject of an event
        reported earlier in the sentence, the last visitor for a visit, else the last subject."""
        if self._touched and self._touched[0] == cand.sentence and self._touched[1].participants:
            return self._touched[1].participants[0]
        if self.table[cand.type].journey:
            for event in sorted(self.events, key=lambda e: -e.order):
                if cand.sentence - event.sentence > self.windows.context_sentences:
                    break
                if self.table[event.type].journey and event.participants:
                    return event.participants[0]
        return self.protagonist

    def _during_visit(self, cand: Candidate, group: list[str]) -> Event | None:
        """The visit, reported shortly before, by one of the meeting's people: the meeting
        happened during it (an announced meeting during an announced visit)."""
        if not self.table[cand.type].during_journey:
            return None
        for event in reversed(self.events):
            if cand.sentence - event.sentence > self.windows.context_sentences:
                break
            # A held meeting is not one of an announced visit; an announced one may be of an
            # ongoing visit ("arrived in Tashkent; he is expected to be received by X").
            if (self.table[event.type].journey and (cand.planned or event.status == "held")
                    and set(event.participants) & set(group)):
                return event
        return None

    def _infer_date(self, cand: Candidate, group: list[str]) -> None:
        visit = self._during_visit(cand, group)
        if cand.location is None and self.table.on_site(cand.mode):
            cand.location = self._place_in_context(cand, group, visit)  # "arrived in Geneva ... then met X"
        if cand.date_rank != DATE_NONE:
            return
        if visit:
            if visit.date:
                cand.date, cand.date_rank = self._visit_day(cand, visit, group), DATE_CONTEXT
            return
        if self._dated_by_lead(cand):
            cand.date, cand.date_rank = self.ctx.document_date, DATE_DOCUMENT
            return
        if cand.sentence and not cand.definite:
            self._date_from_sentence_before(cand)

    def _visit_day(self, cand: Candidate, visit: Event, group: list[str]) -> str:
        """The day of a visit a meeting during it is on: "on the second day of his visit" counts
        from the visit's first day; otherwise a visitor's programme goes on from the last day
        the text named since the visit (within a week of it: "La veille, ... En marge du sommet,
        X a rencontré Y") or the day of the last dated event reported during it ("On Tuesday he
        met A. He then met B")."""
        grammar, text, ctx = self.ctx.grammar, self.ctx.text, self.ctx
        nth = grammar.visit_day.search(text, *cand.span)
        number = grammar.visit_day_numbers.get(fold(nth.group("n"))) if nth else None
        if len(visit.date) != 10:
            return visit.date
        if number:
            return shift_day(visit.date, number - 1)
        week = (shift_day(visit.date, -7), shift_day(visit.date, 7))
        days = [(e.start, e.date) for e in self.events if e is not visit and e.sentence >= visit.sentence
                and e.status == visit.status and e.date and len(e.date) == 10 and e.date > visit.date
                and set(e.participants) & set(group) and cand.sentence - e.sentence <= self.windows.context_sentences]
        named = ctx.dates.within(ctx.sentences[visit.sentence][0], cand.span[0])
        days += [(d.start, d.name) for d in named if len(d.name) == 10 and week[0] <= d.name <= week[1]
                 and not self._bounds(d, ctx.sentences[ctx.sentence_of(d.start)][0])]
        return max(days, default=(0, visit.date))[1]

    def _date_undated(self) -> None:
        """A news article reports one day's events: a held event of its body with no date of its
        own, nor one from the visit it happened during, is of the day the lead reports ("Issue
        14": an undated body meeting inherits the lead's date). Not one reported as earlier
        ("had met", "his previous visit"), nor one of the lead itself (whose dating the lead rule
        decided)."""
        earlier = self.ctx.grammar.earlier_tense
        undated = [e for e in self.events if e.date is None and e.status == "held" and id(e) not in self._earlier
                   and not earlier.search(self.ctx.text, e.start, e.end)]
        for event in undated:
            visit = self._visit_of(event)
            if visit is not None and visit.date:
                event.date, event.date_rank = visit.date, DATE_CONTEXT  # "during the visit", dated later on
        undated = [e for e in undated if e.date is None and e.sentence not in self.ctx.lead]
        day = self._news_day() if undated else None
        for event in undated if day else ():
            event.date, event.date_rank = day, DATE_CONTEXT

    def _visit_of(self, event: Event) -> Event | None:
        """The held visit, reported shortly before, an event of one of its visitors happened during."""
        if not self.table[event.type].during_journey or not self.table.on_site(event.mode):
            return None
        return next((j for j in reversed(self.events)
                     if self.table[j.type].journey and j.status == "held" and j.date
                     and 0 <= event.sentence - j.sentence <= self.windows.context_sentences
                     and set(j.participants) & set(event.participants)), None)

    def _news_day(self) -> str | None:
        """The day the lead reports: that of its first event dated by its own words, else the
        first other day it names (within a week before the document's date, when there is one:
        not a caption's older photo), else the document's date."""
        ctx, doc_date = self.ctx, self.ctx.document_date
        doc_day = doc_date if doc_date and len(doc_date) == 10 else None
        week_before = shift_day(doc_day, -7) if doc_day else ""
        in_week = (lambda day: len(day) == 10 and (not doc_day or week_before <= day <= doc_day))
        stated = next((e.date for e in sorted(self.events, key=lambda e: e.start) if e.sentence in ctx.lead
                       and e.status == "held" and e.date_rank == DATE_SENTENCE and in_week(e.date)), None)
        if stated:
            return stated
        lead = sorted(ctx.lead)
        for d in ctx.dates.within(ctx.sentences[lead[0]][0], ctx.sentences[lead[-1]][1]) if lead else ():
            if not in_week(d.name) or d.name == doc_day:
                continue
            start, end = ctx.sentences[ctx.sentence_of(d.start)]
            if not ctx.grammar.earlier_tense.search(ctx.text, start, end) and not self._bounds(d, start):
                return d.name
        return doc_day

    def _bounds(self, d, sentence_start: int) -> bool:
        bound = self.ctx.grammar.date_bound
        return bool(bound and bound.search(self.ctx.text, max(sentence_start, d.start - 100), d.start))

    def _dated_by_lead(self, cand: Candidate) -> bool:
        """A dated press release reports the day's news in its lead. A meeting or call is one
        occasion, so held in the lead it is the document's day whatever the tense ("received",
        "had a telephone conversation", "has held"), unless a pluperfect ("had met") or
        "previous"/"last" puts it earlier, or it happened during a visit (it then shares the
        visit's date, even an unknown one). A visit lasts days: "paid a working visit" leaves
        its first day open (seed 002, dated 2022-01-19, gold date null), so only a present or
        present perfect verb, or an ongoing stay ("who is in Astana on an official visit"),
        dates it to the document."""
        if cand.sentence not in self.ctx.lead or not self.ctx.document_date or cand.planned:
            return False
        start = max(cand.span[0], cand.trigger.start - 60)
        grammar, text = self.ctx.grammar, self.ctx.text
        return (not grammar.earlier_tense.search(text, start, cand.trigger.end)
                and (bool(grammar.just_happened.search(text, start, cand.trigger.end))
                     or (self.table[cand.type].one_occasion and not cand.other)))

    def _date_from_sentence_before(self, cand: Candidate) -> None:
        """"On 12 May the minister arrived in Lima. He met President X at the palace.": a date
        of the sentence before, in the same paragraph, dates the event it leads into."""
        start, _ = self.ctx.sentences[cand.sentence]
        prev_start, prev_end = self.ctx.sentences[cand.sentence - 1]
        dates = {d.name for d in self.ctx.dates.within(prev_start, prev_end)}
        if (len(dates) == 1 and len(next(iter(dates))) == 10 and "\n" not in self.ctx.text[prev_end:start]
                and not self.ctx.grammar.earlier_tense.search(self.ctx.text, prev_start, cand.trigger.end)):
            date = dates.pop()
            doc_date = self.ctx.document_date
            if not doc_date or (date <= doc_date[:len(date)]) != cand.planned or date == doc_date:
                cand.date, cand.date_rank = date, DATE_CONTEXT

    # --- merging ---------------------------------------------------------------------------

    def _compatible(self, event: Event, cand: Candidate) -> bool:
        if event.type != cand.type and not (cand.trigger.generic and self.table[event.type].generic_reference):
            return False
        # An announced event later reported as held ("will meet X" ... "the meeting with X
        # began") is the same occasion; a held one is never a later announcement.
        if event.status != ("planned" if cand.planned else "held") and (cand.planned or not self._held_now(event, cand)):
            return False
        if cand.other and not (event.date and cand.date):
            return False  # "his previous visit" is the same as an earlier one only by its date
        # Two known dates that differ make two events, unless one is only the document's date.
        if (DATE_DOCUMENT not in (event.date_rank, cand.date_rank)
                and not date_compatible(event.date, cand.date)):
            return False
        if event.mode_explicit and cand.mode and event.mode != cand.mode:
            return False
        return not (self.table[event.type].place_distinguishes and self._other_place(event.location, cand.location))

    def _held_now(self, event: Event, cand: Candidate) -> bool:
        """A held report of an announced event: both dated alike (or the announcement not at all)."""
        return cand.type == event.type and not cand.other and date_compatible(event.date, cand.date)

    # --- places from context ----------------------------------------------------------------

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
        if visit.location and (visit.sentence == cand.sentence or not self._is_venue(visit.location)):
            return visit.location
        for event in reversed(self.events):
            if cand.sentence - event.sentence > self.windows.context_sentences:
                break
            if (self.table[event.type].journey and event.location and not self._is_venue(event.location)
                    and (cand.planned or event.status == "held") and set(event.participants) & set(group)
                    and _during(event.date, cand.date)):
                return event.location
        return None

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

    def _other_journey(self, journey: Event) -> bool:
        """"X met Y before his visit to Z": each journey trigger of the sentence is another occasion."""
        ctx = self.ctx
        mine = [t for t in ctx.triggers if self.table[t.type].journey and ctx.sentence_of(t.start) == journey.sentence]
        return bool(mine) and all(other_occasion(ctx, t) for t in mine)

    def _is_venue(self, place: str) -> bool:
        kind, _ = self.ctx.place_info.get(place, (None, None))
        return kind == "venue"

    def _other_place(self, a: str | None, b: str | None) -> bool:
        """Two places, neither a city of the other ("Malabo", "Equatorial Guinea")."""
        return bool(a and b and a != b and not self.ctx.within_country(a, b) and not self.ctx.within_country(b, a))

    def _repeat(self, cand: Candidate, group: list[str]) -> bool:
        """Whether every person of ``group`` is in an earlier, compatible event with the others
        (a later report of the same call or talks); if so those events take the new details."""
        if cand.again:  # "agreed to meet again": another occasion, whatever its date
            return False
        wanted = set(group)
        need = min(self.table[cand.type].min_participants, len(wanted))
        # Bilateral talks are not a later report of a larger meeting of the same people.
        matches = [e for e in self.events
                   if len(wanted & set(e.participants)) >= need and self._compatible(e, cand)
                   and not (cand.bilateral and len(e.participants) > len(wanted))]
        covered = set().union(*(e.participants for e in matches)) if matches else set()
        if not matches or not wanted <= covered:
            return False
        matches = self._join_parts(cand, matches)
        for event in matches:
            self._enrich(event, cand)
        return True

    def _join(self, cand: Candidate) -> bool:
        """"A, B and C attended the meeting": they join the last event of its kind reported
        shortly before, which gets no new event."""
        people = dedupe(cand.subject + cand.counterparts)
        for event in sorted(self.events, key=lambda e: -e.order):
            if cand.sentence - event.sentence > self.windows.context_sentences:
                break
            if people and not event.split and self._compatible(event, cand):
                event.participants += [p for p in people if p not in event.participants]
                self._counter += 1
                event.order = self._counter
                self._touched = (cand.sentence, event)
                return True
        return False

    def _join_parts(self, cand: Candidate, matches: list[Event]) -> list[Event]:
        """"X will meet A, as well as B" read as one meeting each, then "the meeting of X with
        A and B": one occasion named for all of them joins those parts into one event."""
        first = next((e for e in matches if e.split), None)
        parts = [e for e in matches if e.split and e.sentence == first.sentence] if first else []
        if cand.bilateral or cand.trigger.generic or len(parts) < 2 or len(cand.counterparts) < 2:
            return matches
        kept = parts[0]
        kept.participants = dedupe([p for e in parts for p in e.participants])
        kept.split = False
        self.events = [e for e in self.events if e is kept or not any(e is p for p in parts)]
        return [e for e in matches if e is kept or not any(e is p for p in parts)]

    def _refer_back(self, cand: Candidate, participants: list[str]) -> None:
        """"The virtual meeting was held on the initiative of ...": details for the last event."""
        # "after the meeting": the whole meeting rather than one of its bilateral parts.
        for event in sorted(self.events, key=lambda e: (e.split, -e.order)):
            if self._compatible(event, cand) and set(participants) <= set(event.participants):
                if not cand.date_near or event.date:  # a date elsewhere in the sentence is not this event's
                    cand.date, cand.date_rank = None, DATE_NONE
                self._enrich(event, cand)
                return

    def _enrich(self, event: Event, cand: Candidate) -> None:
        if cand.mode and not event.mode_explicit and not self.table[event.type].own_mode:
            event.mode, event.mode_explicit = cand.mode, True
        if not cand.planned and event.status == "planned":
            event.status = "held"
        if cand.initiator and not event.initiator:
            event.initiator = cand.initiator
        if cand.date and cand.date_rank > event.date_rank:
            event.date, event.date_rank = cand.date, cand.date_rank
        if cand.location and (not event.location or self.ctx.within_country(cand.location, event.location)):
            event.location = cand.location  # the city says more than its country
        self._counter += 1
        event.order = self._counter
        self._touched = (cand.sentence, event)

    def _new(self, cand: Candidate, participants: list[str]) -> None:
        self._new_event(cand, participants)
        if cand.other:
            self._earlier.add(id(self.events[-1]))

    def _new_event(self, cand: Candidate, participants: list[str]) -> None:
        location = cand.location
        if (location is None and self.table.on_site(cand.mode) and self.table[cand.type].dateline_place
                and not cand.planned):
            location = self.ctx.dateline
        self._counter += 1
        self.events.append(Event(
            type=cand.type, participants=list(participants), start=cand.span[0], end=cand.span[1],
            mode=cand.mode, mode_explicit=cand.mode is not None, status="planned" if cand.planned else "held",
            date=cand.date, date_rank=cand.date_rank, initiator=cand.initiator, location=location,
            sentence=cand.sentence, order=self._counter))
        self._touched = (cand.sentence, self.events[-1])


def shift_day(day: str, days: int) -> str:
    """``YYYY-MM-DD`` moved by ``days`` days."""
    return (_date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
