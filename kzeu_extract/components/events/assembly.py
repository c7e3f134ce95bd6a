"""Stage 3: candidates assembled into events: new ones, later reports merged into the first,
references ("the meeting", "the two presidents", "he") resolved against the events so far."""
from __future__ import annotations

from dataclasses import replace

from .context_dates import DateInference
from .context_places import PlaceInference
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
from .tours import earlier_occasion, planned_sequel, tour_of


class EventAssembler(DateInference, PlaceInference):
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
        self.earlier: set[int] = set()  # ids of events reported as earlier ones ("his previous visit")
        # ids of a tour's stops that the text gives no day: no date is inferred for them, but
        # unlike earlier occasions a headline naming the same stop still joins them (remention.py)
        self.undated_stops: set[int] = set()
        self._others: set[int] = set()  # ids of the events told as another occasion ("who had earlier visited X")
        self.first_stops: dict[int, str] = {}  # id of a listed journey's later stop -> its first stop
        self.tour_stops: set[int] = set()  # ids of the visits to the listed destinations of one journey (tours.py)

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
        self._places_of_same_day()
        self._places_of_presence()

    def add_initiator(self, sentence: int, initiator: str) -> None:
        """"The call took place at the initiative of the Kyrgyz side": a sentence with no trigger
        of its own tells who initiated the event reported in the sentence before."""
        if self._touched and sentence - self._touched[0] == 1 and not self._touched[1].initiator:
            self._touched[1].initiator = initiator

    # --- one candidate ------------------------------------------------------------------

    def add(self, cand: Candidate) -> None:
        """One candidate; a journey with several stops (tours.py) is one visit per stop, an
        earlier stop ("coming from B") before it. Stops the text gives no day ("a trip which
        has taken him to A, B and C") take none from the context either: a tour spans days."""
        journey = self.table[cand.type].journey
        if journey and earlier_occasion(self.ctx, cand):
            cand.other = True
        if journey and not cand.planned and planned_sequel(self.ctx, cand, self.events):
            cand.planned = True
        tour = tour_of(self.ctx, cand) if journey else None
        if not tour or not tour.stops:
            self._add_one(cand)
            return
        if tour.dated:
            cand.date = tour.stops[0].date  # "PNG on 30 August and Timor-Leste on 31 August"
        first, rank = tour.stops[0], cand.date_rank
        for stop in sorted(tour.stops, key=lambda s: not s.earlier):
            one = cand if stop is first else replace(
                cand, location=stop.place, date=stop.date, subject=list(cand.subject),
                counterparts=list(cand.counterparts), participants=[])
            undated = rank == DATE_NONE and not one.date and (stop.earlier or not tour.dated)
            if undated:
                one.date_rank = DATE_CONTEXT  # no date, and none to infer
            known = {id(e) for e in self.events}
            self._add_one(one)
            new = [e for e in self.events if id(e) not in known]
            self.undated_stops.update(id(e) for e in new if undated)
            if sum(not s.earlier for s in tour.stops) > 1:
                self.tour_stops.update(id(e) for e in new)
            if stop is not first:
                self.first_stops.update((id(e), first.place) for e in new)

    def _add_one(self, cand: Candidate) -> None:
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

    def _compatible(self, event: Event, cand: Candidate) -> bool:
        if event.type != cand.type and not (cand.trigger.generic and self.table[event.type].generic_reference):
            return False
        # An announced event later reported as held ("will meet X" ... "the meeting with X
        # began") is the same occasion; a held one is never a later announcement.
        if event.status != ("planned" if cand.planned else "held") and (cand.planned or not self._held_now(event, cand)):
            return False
        if cand.other and not (event.date and cand.date):
            return False  # "his previous visit" is the same as an earlier one only by its date
        if id(event) in self._others and not (event.date and cand.date):
            return False  # "May, who had earlier visited South Africa, ... the visit": not that one
        if cand.location is None and id(event) in self.tour_stops and cand.sentence != event.sentence:
            return False  # "a trip to A, B and C ... when he visited the country on Thursday": which stop?
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
            self.earlier.add(id(self.events[-1]))
            self._others.add(id(self.events[-1]))

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
