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

Sides: the visitor's parties are guests and the destination the host; the subject of a
reception verb ("received", "a reçu") is the host and its object the guest; otherwise null.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ...spans import read_items
from ...textkit import Mention, evidence
from .document import DocContext
from .model import Candidate, Event, date_compatible
from .parties import governed
from .scope import Scope

_CLAUSE_PUNCT = re.compile(r"[;:.!?()]")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_TITLE_GAP = re.compile(r"^[\s,]*$")
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


class PartyReader:
    """The parties of each candidate of one Doc."""

    def __init__(self, ctx: DocContext, doc: Doc, geo):
        self.ctx = ctx
        self.geo = geo
        self.org_ids = {o["name"]: o.get("kb_id") for o in read_items(doc, "organizations") if o.get("name")}
        # (start, end, holder, country) of each office mention with a country
        self.offices = sorted((m["start"], m["end"], o.get("holder"), o["country"])
                              for o in read_items(doc, "offices") if o.get("country") and o.get("holder")
                              for m in o.get("mentions", []))

    # --- one candidate ---------------------------------------------------------------------

    def of_candidate(self, scope: Scope, cand: Candidate, journey: bool) -> list[Party]:
        ctx, trig = self.ctx, scope.trig
        text = ctx.text
        reception = bool(ctx.grammar.reception_verb.search(text[trig.start:trig.end]))
        subject_side = GUEST if journey else HOST if reception else None
        object_side = GUEST if reception and not journey else None
        found: list[Party] = []
        clause_start = self._clause_start(scope)
        merge_parties(found, self._named_before(scope, clause_start, subject_side))
        merge_parties(found, self._adjectival(clause_start, trig.start, subject_side))
        merge_parties(found, self._people(scope, cand.subject, subject_side))
        merge_parties(found, self._people(scope, cand.counterparts, object_side))
        merge_parties(found, self._named_after(scope, None if journey else object_side))  # a destination: host, below
        merge_parties(found, self._adjectival(trig.end, scope.after_end, GUEST if journey else object_side))
        if journey:
            merge_parties(found, self._destination(scope, cand.location, found))
        return found

    def _clause_start(self, scope: Scope) -> int:
        """Where the trigger's clause opens before it: after the last clause mark or report verb."""
        ctx, trig = self.ctx, scope.trig
        start = scope.before_start
        for m in _CLAUSE_PUNCT.finditer(ctx.text, start, trig.start):
            start = m.end()
        for m in ctx.grammar.reporter_after.finditer(ctx.text, start, trig.start):
            start = m.end()
        return start

    def _named_before(self, scope: Scope, start: int, side: str | None) -> list[Party]:
        """"Egypt and Jordan held consultations": countries and bodies before the trigger."""
        ctx = self.ctx
        found = []
        for m in self._mentions(start, scope.trig.start):
            if not governed(ctx.grammar, ctx.text, m, start):
                found.append(self._party(m, side))
        return found

    def _named_after(self, scope: Scope, side: str | None) -> list[Party]:
        """"talks with Jordan", "between the EU and ASEAN"; not "in Geneva", "on WTO reform"."""
        ctx, grammar = self.ctx, self.ctx.grammar
        previous, blocked, found = scope.trig.end, False, []
        for m in self._mentions(scope.trig.end, scope.after_end, people=True):
            reopened = [r.end() for r in grammar.party_reopeners.finditer(ctx.text, previous, m.start)]
            blockers = [b.end() for b in grammar.party_blockers.finditer(ctx.text, previous, m.start)]
            if reopened or blockers:  # the last word of the gap decides
                blocked = max(blockers, default=-1) > max(reopened, default=-1)
            previous = m.end
            if not blocked and m.kind != "person":
                found.append(self._party(m, side))
        return found

    def _mentions(self, start: int, end: int, people: bool = False) -> list[Mention]:
        """Country places and organizations in ``[start, end)`` (and people, as kind "person")."""
        ctx = self.ctx
        found = [m for m in ctx.places.within(start, end) if m.kind == "country"]
        found += [Mention(m.start, m.end, m.name, "organization") for m in ctx.organizations.within(start, end)]
        if people:
            found += [Mention(m.start, m.end, m.name, "person") for m in ctx.people.within(start, end)]
        return sorted(found, key=lambda m: (m.start, -m.end))

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

    def _adjectival(self, start: int, end: int, side: str | None) -> list[Party]:
        """"the Kenyan and Ugandan delegations", "une délégation russe"."""
        grammar, text = self.ctx.grammar, self.ctx.text
        found = []
        if start >= end:
            return found
        for pattern in grammar.party_nouns:
            for m in pattern.finditer(text, start, end):
                for word in _WORD.finditer(text, m.start("adj"), m.end("adj")):
                    code = self.geo.adjective_to_code(word.group())
                    if code:
                        found.append(self._country(code, word.start(), word.end(), side))
        return found

    def _people(self, scope: Scope, names: list[str], side: str | None) -> list[Party]:
        """The country each participant represents when the title next to the name says it."""
        found = []
        wanted = set(names)
        for m in self.ctx.people.within(scope.sent_start, scope.sent_end):
            if m.name in wanted:
                party = self._office_country(m, side) or self._adjective_before(scope, m, side)
                if party:
                    found.append(party)
                    wanted.discard(m.name)
        return found

    def _office_country(self, m: Mention, side: str | None) -> Party | None:
        text = self.ctx.text
        for start, end, holder, code in self.offices:
            if holder != m.name:
                continue
            before = end <= m.start and _TITLE_GAP.match(text[end:m.start]) and m.start - end < 4
            after = m.end <= start and _TITLE_GAP.match(text[m.end:start]) and start - m.end < 4
            if before or after:
                word = self._country_word(start, end, code)
                return self._country(code, *(word or (start, end)), side, m.name)
        return None

    def _country_word(self, start: int, end: int, code: str) -> tuple[int, int] | None:
        """The words of an office's text that name its country ("Egyptian", "South Africa")."""
        for place in self.ctx.places.within(start, end):
            if self.ctx.place_info.get(place.name, (None, None))[1] == code:
                return place.start, place.end
        for w in _WORD.finditer(self.ctx.text, start, end):
            if self.geo.adjective_to_code(w.group()) == code:
                return w.start(), w.end()
        return None

    def _adjective_before(self, scope: Scope, m: Mention, side: str | None) -> Party | None:
        """"his Jordanian counterpart Ayman Safadi": a country adjective among the few words
        right before the name, in its clause."""
        text = self.ctx.text
        words = list(_WORD.finditer(text, max(scope.sent_start, m.start - 40), m.start))[-3:]
        if words and re.search(r"[,;:.()]", text[words[0].start():m.start]):
            words = []
        for w in words:
            code = self.geo.adjective_to_code(w.group())
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


# --- events of parties alone ---------------------------------------------------------------

def party_event(cand: Candidate, parties: list[Party], journey: bool, order: int) -> Event | None:
    """"Egypt and Jordan held consultations", "a Russian delegation visited Nairobi": an event
    no named person takes part in, reported for its parties: two of them, or a visiting one."""
    if journey and not any(p.side == GUEST for p in parties):
        return None
    if not journey and len(parties) < 2:
        return None
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
