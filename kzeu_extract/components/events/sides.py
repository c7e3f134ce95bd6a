"""The parties of an event: the countries and organizations that take part in it, beside the
people of ``participants`` ("Egypt and Jordan held consultations", "the EU and ASEAN held a
ministerial meeting", "a Russian delegation", "Egyptian Foreign Minister X met ...").

Where a party comes from, in one trigger's clause (the scope of scope.py):
- a country or organization named before the trigger, in its clause and not governed by a
  preposition ("Egypt and Jordan held", not "In Egypt, X met Y");
- one named after it, unless a place or topic word stands between ("met in Geneva",
  "discussed WTO reform"; "with"/"between" reopen the list);
- country adjectives before or after a noun of a state's representatives ("the Kenyan and
  Ugandan delegations", "une délégation russe");
- the country a participant represents when the text says it: a country word in the title
  next to the name ("Egyptian Foreign Minister X", "X, Foreign Minister of Kenya", "his
  Jordanian counterpart X");
- a visit's destination: its country is the host (a city's country too).
The place where a meeting or call happens is never a party by itself (a country after "in");
only a visit's destination is, as its host.

Sides: the visitor's parties are guests and the destination the host; the subject of an
active reception verb in person ("received", "a reçu"; not "was received", not a call) is the
host and its object the guest; otherwise null.

An event no named person takes part in is reported for its parties alone when two of them are
named together (the subject "A and B", or "between A and B"; not "negotiations with A and B",
whose other side is unnamed), or a visiting one; it is not reported again when an event of
named people of its type already has all its parties ("Japan-Sri Lanka Summit Meeting").
A reference back by a trigger with fewer people than its type needs ("X also held
conversations with counterparts from A and B") adds no parties to the earlier event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from ...spans import read_items
from ...textkit import Mention, Mentions, evidence
from .document import DocContext
from .model import Candidate, Event, date_compatible
from .parties import governed
from .scope import Scope

_CLAUSE_OPEN = re.compile(r"[;:.!?()\[\]]|\s[-\u2013\u2014]+\s")
_SUBJECT_WORDS = 4  # at most this many words between a party and the trigger it is the subject of
_LIST_WORDS = 2
_OBJECT_STOP = re.compile(r"[;:()\[\]\u00ab\u00bb\u201c\u201d\"]")  # at most this many words (an article, a title word) besides the joiner in a list
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_ABBREVIATION = re.compile(r"^[^\W\d_a-z]{2,3}$")  # "US", "UK": capitals only
_TITLE_GAP = re.compile(r"^[\s,]*(?:[^\W\d_]{1,4}\.?\s+)?$")  # ", ", ", M. ", " Hon. "
HOST, GUEST = "host", "guest"


@dataclass
class Party:
    name: str
    kind: str  # "country" | "organization"
    country: str | None
    organization: str | None
    start: int
    end: int
    side: str | None = None
    person: str | None = None  # the participant whose title names this country
    paired: bool = False  # named with the other parties: a subject ("A and B met") or after "between"

    def record(self, text: str, initiator: str | None) -> dict:
        return {"name": self.name, "kind": self.kind, "country": self.country, "organization": self.organization,
                "side": self.side, "initiator": bool(initiator) and initiator in (self.name, self.person),
                **evidence(text, self.start, self.end)}


def merge_parties(into: list[Party], new: list[Party]) -> None:
    """Add ``new`` to ``into``: one party per name, the first evidence kept, sides filled."""
    by_name = {p.name: p for p in into}
    for party in new:
        known = by_name.get(party.name)
        if known is None:
            into.append(party)
            by_name[party.name] = party
        else:
            known.side = known.side or party.side
            known.person = known.person or party.person
            known.paired = known.paired or party.paired


class PartyReader:
    """The parties of each candidate of one Doc."""

    def __init__(self, ctx: DocContext, doc: Doc, geo):
        self.ctx = ctx
        self.geo = geo
        self.org_ids = {o["name"]: o.get("kb_id") for o in read_items(doc, "organizations") if o.get("name")}
        offices = read_items(doc, "offices")
        # (start, end, holder, country) of each office mention of a named holder
        self.offices = sorted((m["start"], m["end"], o.get("holder"), o.get("country"))
                              for o in offices if o.get("holder") for m in o.get("mentions", []))
        # every office mention: a country or body inside one is part of a person's title
        self.titles = Mentions(Mention(m["start"], m["end"], "", None) for o in offices for m in o.get("mentions", []))

    # --- one candidate ---------------------------------------------------------------------

    def of_candidate(self, scope: Scope, cand: Candidate, journey: bool, on_site: bool = True) -> list[Party]:
        """``journey``: a visit (its visitor the guest, its destination the host); ``on_site``: held
        in person, where "received" makes a host and a guest (not "received a phone call")."""
        ctx, trig = self.ctx, scope.trig
        reception = on_site and bool(ctx.grammar.reception_verb.search(ctx.text, trig.start, trig.end))
        subject_side = GUEST if journey else HOST if reception else None
        object_side = GUEST if reception and not journey else None
        found: list[Party] = []
        merge_parties(found, self._before(scope, self._clause_start(scope), subject_side))
        merge_parties(found, self._people(scope, cand.subject, subject_side))
        merge_parties(found, self._people(scope, cand.counterparts, object_side))
        merge_parties(found, self._after(scope, journey, object_side))
        if journey:
            merge_parties(found, self._destination(scope, cand.location, found))
        return found

    def _clause_start(self, scope: Scope) -> int:
        """Where the trigger's clause opens before it: after the last clause mark, dash or report verb."""
        ctx, trig = self.ctx, scope.trig
        start = scope.before_start
        for m in _CLAUSE_OPEN.finditer(ctx.text, start, trig.start):
            start = m.end()
        for m in ctx.grammar.reporter_after.finditer(ctx.text, start, trig.start):
            start = m.end()
        return start

    def _items(self, start: int, end: int, side: str | None, named_side: str | None = None) -> list[_Item]:
        """Countries and bodies named in ``[start, end)`` (not inside a person's name or title,
        nor the source of a report) and the country adjectives of "the Kenyan delegation"."""
        ctx, grammar, text = self.ctx, self.ctx.grammar, self.ctx.text
        items = []
        named = [m for m in ctx.places.within(start, end) if m.kind == "country"]
        named += [Mention(m.start, m.end, m.name, "organization") for m in ctx.organizations.within(start, end)]
        for m in named:
            reporter = grammar.reporter_after.search(text, m.end, min(end, m.end + 30))
            if (ctx.people.covering(m.start, m.end) or self.titles.covering(m.start, m.end)
                    or (reporter and not re.search(r"[,;:.]", text[m.end:reporter.start()]))):
                continue
            items.append(_Item(m.start, m.end, self._party(m, named_side or side), False))
        for pattern in grammar.party_nouns:
            for m in pattern.finditer(text, start, end):
                for word in _WORD.finditer(text, m.start("adj"), m.end("adj")):
                    code = self.geo.adjective_to_code(word.group())
                    if code:
                        items.append(_Item(word.start(), word.end(),
                                           self._country(code, word.start(), word.end(), side), True))
        return sorted(items, key=lambda i: (i.start, -i.end))

    def _before(self, scope: Scope, start: int, side: str | None) -> list[Party]:
        """"Egypt and Jordan held consultations", "A Russian delegation visited": the countries
        and bodies ending a few words before the trigger, and those listed with them."""
        grammar, text = self.ctx.grammar, self.ctx.text
        found, edge = [], scope.trig.start
        for item in reversed(self._items(start, scope.trig.start, side)):
            gap = text[item.end:edge]
            words = len(_WORD.findall(gap))
            if found:
                joined = item.adjective or (words <= _LIST_WORDS and grammar.party_joiner.search(gap))
                ok = joined or (item.end <= found[-1].start and not gap.strip())
            else:
                ok = (words <= _SUBJECT_WORDS and not re.search(r"[,;:]", gap)
                      and not grammar.party_blockers.search(gap))
            if not ok or governed(grammar, text, Mention(item.start, item.end, "", None), start) \
                    or grammar.location_preps.search(text, max(start, item.start - 20), item.start):
                break
            item.party.paired = True
            found.append(item.party)
            edge = item.start
        return found[::-1]

    def _after(self, scope: Scope, journey: bool, side: str | None) -> list[Party]:
        """"talks with Jordan", "between the EU and ASEAN", "visited Qatar and India"; not
        "in Geneva", "discussed WTO reform": named after the trigger, a country or body is a
        party only after "with"/"between" (a journey's destinations: after nothing), and none
        after a place or topic word; "the Kenyan delegation" unless after such a word."""
        grammar, text = self.ctx.grammar, self.ctx.text
        found, previous, state = [], scope.trig.end, None
        stop = _OBJECT_STOP.search(text, scope.trig.end, scope.after_end)
        end = stop.start() if stop else scope.after_end
        items = self._items(scope.trig.end, end, GUEST if journey else side, HOST if journey else side)
        people = [_Item(m.start, m.end, None, False) for m in self.ctx.people.within(scope.trig.end, end)]
        for item in sorted(items + people, key=lambda i: (i.start, -i.end)):
            state = _marker(grammar, text, previous, item.start, state)
            previous = max(previous, item.end)
            if item.party is None:
                continue
            destination = journey and state is None and item.party.kind == "country"  # "visited Qatar and India"
            if state == "open" or destination or (item.adjective and state is None):
                if journey and not destination and not item.adjective:
                    item.party.side = None  # "visited Paris with Egypt's delegation": no host
                item.party.paired = bool(grammar.between.search(text, scope.trig.end, item.start))
                found.append(item.party)
        return found

    def _party(self, m: Mention, side: str | None) -> Party:
        if m.kind == "organization":
            return Party(m.name, "organization", None, self.org_ids.get(m.name), m.start, m.end, side)
        _, code = self.ctx.place_info.get(m.name, (None, None))
        return Party(m.name, "country", code, None, m.start, m.end, side)

    def _country(self, code: str, start: int, end: int, side: str | None, person: str | None = None) -> Party:
        """A country named by an adjective or a city: under its place record's name if the text names it."""
        name = next((n for n, (kind, c) in self.ctx.place_info.items() if kind == "country" and c == code),
                    None) or self.geo.country_name(code)
        return Party(name, "country", code, None, start, end, side, person)

    def _people(self, scope: Scope, names: list[str], side: str | None) -> list[Party]:
        """The country (or known body) each participant represents when the title next to the name says it."""
        found = []
        wanted = set(names)
        for m in self.ctx.people.within(scope.sent_start, scope.sent_end):
            if m.name in wanted:
                parties = self._office_parties(m, side)
                if not parties:
                    parties = [p for p in [self._adjective_before(scope, m, side)] if p]
                if parties:
                    found += parties
                    wanted.discard(m.name)
        return found

    def _office_parties(self, m: Mention, side: str | None) -> list[Party]:
        text = self.ctx.text
        for start, end, holder, code in self.offices:
            if holder != m.name:
                continue
            before = end <= m.start and _TITLE_GAP.match(text[end:m.start]) and m.start - end < 10
            after = m.end <= start and _TITLE_GAP.match(text[m.end:start]) and start - m.end < 10
            if before or after or (start < m.end and m.start < end):  # or the name is the role ("Kenya's minister")
                found = [Party(o.name, "organization", None, self.org_ids[o.name], o.start, o.end, side, m.name)
                         for o in self.ctx.organizations.within(start, end) if self.org_ids.get(o.name)]
                if code:
                    word = self._country_word(start, end, code)
                    found.insert(0, self._country(code, *(word or (start, end)), side, m.name))
                return found
        return []

    def _country_word(self, start: int, end: int, code: str) -> tuple[int, int] | None:
        """The words of an office's text that name its country ("Egyptian", "South Africa")."""
        for place in self.ctx.places.within(start, end):
            if self.ctx.place_info.get(place.name, (None, None))[1] == code:
                return place.start, place.end
        words = list(_WORD.finditer(self.ctx.text, start, end))
        for size in (2, 1):  # "South Korean", "Egyptian"
            for first, last in zip(words, words[size - 1:]):
                if self.geo.adjective_to_code(self.ctx.text[first.start():last.end()]) == code:
                    return first.start(), last.end()
        return None

    def _adjective_before(self, scope: Scope, m: Mention, side: str | None) -> Party | None:
        """"his Jordanian counterpart Ayman Safadi", "his visiting Australian counterpart, Julie
        Bishop", "US counterpart Barack Obama": a country adjective (or a country's capitals
        abbreviation) among the few words right before the name, in its clause."""
        text = self.ctx.text
        words = list(_WORD.finditer(text, max(scope.sent_start, m.start - 40), m.start))[-3:]
        if words and (re.search(r"[,;:.()]", text[words[0].start():words[-1].end()])
                      or not _TITLE_GAP.match(text[words[-1].end():m.start])):
            words = []
        for w in words:
            word = w.group()
            code = self.geo.adjective_to_code(word) or (self.geo.country_code(word) if _ABBREVIATION.match(word) else None)
            if code:
                return self._country(code, w.start(), w.end(), side, m.name)
        return None

    def _destination(self, scope: Scope, location: str | None, found: list[Party]) -> list[Party]:
        """A visit's host: the country of its destination, named in the clause."""
        if not location:
            return []
        kind, code = self.ctx.place_info.get(location, (None, None))
        if not code or any(p.country == code and p.side == GUEST for p in found):
            return []
        mention = next((m for m in self.ctx.places.within(scope.trig.end, scope.sent_end) if m.name == location),
                       None)
        if mention is None:
            return []
        if kind == "country":
            return [Party(location, "country", code, None, mention.start, mention.end, HOST)]
        return [self._country(code, mention.start, mention.end, HOST)]


class _Item(NamedTuple):
    start: int
    end: int
    party: Party | None  # None: a person, only a boundary
    adjective: bool


def _marker(grammar, text: str, start: int, end: int, state: str | None) -> str | None:
    """The list state after the gap ``[start, end)``: "open" after "with"/"between" (a few words
    at most before the next name), "blocked" after a place or topic word; the last one wins."""
    blocker = max((b.end() for b in grammar.party_blockers.finditer(text, start, end)), default=-1)
    opener = max((o.end() for o in grammar.party_reopeners.finditer(text, start, end)
                  if len(_WORD.findall(text, o.end(), end)) <= _LIST_WORDS + 1), default=-1)
    if opener > blocker:
        return "open"
    if blocker >= 0:
        return "blocked"
    return state


# --- events of parties alone ---------------------------------------------------------------

def party_event(cand: Candidate, parties: list[Party], journey: bool, order: int) -> Event | None:
    """"Egypt and Jordan held consultations", "a Russian delegation visited Nairobi": an event
    no named person takes part in, reported for its parties: two of them, or a visiting one."""
    if journey and not any(p.side == GUEST for p in parties):
        return None
    if not journey and (len(parties) < 2 or not any(p.paired for p in parties)):
        return None  # "negotiations with A and B": with someone unnamed, not between A and B
    # No participants: the people named (fewer than the type needs) stay in their parties' evidence.
    return Event(type=cand.type, participants=[], start=cand.span[0],
                 end=cand.span[1], mode=cand.mode, mode_explicit=cand.mode is not None,
                 status="planned" if cand.planned else "held", date=cand.date, date_rank=cand.date_rank,
                 initiator=cand.initiator, location=cand.location, sentence=cand.sentence, order=order,
                 parties=list(parties))


def add_party_event(events: list[Event], new: Event) -> None:
    """A later report of the same parties' event adds to it: same type and status, dates alike."""
    names = {p.name for p in new.parties}
    for event in events:
        if (event.type == new.type and event.status == new.status and date_compatible(event.date, new.date)
                and len(names & {p.name for p in event.parties}) >= min(2, len(names))):
            merge_parties(event.parties, new.parties)
            event.date = event.date or new.date
            event.location = event.location or new.location
            event.initiator = event.initiator or new.initiator
            return
    events.append(new)


def reported_elsewhere(party_event_: Event, events: list[Event]) -> bool:
    """"Japan-Sri Lanka Summit Meeting" over "Mr. Abe held a summit meeting with Mr. Wickremesinghe,
    Prime Minister of Sri Lanka": an event of parties alone whose parties all take part in an
    event of named people of its type, dated alike, is that event."""
    names = {p.name for p in party_event_.parties}
    return any(e.type == party_event_.type and e.participants and date_compatible(e.date, party_event_.date)
               and names <= {p.name for p in e.parties} for e in events)
