"""Stage 2, on whose initiative: "at the invitation of X", "hosted by X", "the Kyrgyz side",
the caller of "received a call from X", the host of "X hosted talks", the inviter of an
announced visit."""
from __future__ import annotations

import re

from ...textkit import fold
from .document import DocContext
from .parties import Parties
from .scope import Scope
from .table import EventTypeTable

_APPOSITION_COMMA = re.compile(r"\s*,\s*")
_GROUP = "initiator"


class InitiatorFinder:
    def __init__(self, knowledge, table: EventTypeTable):
        self.knowledge = knowledge
        self.table = table

    def in_sentence(self, ctx: DocContext, start: int, end: int) -> tuple[str | None, int]:
        """Who initiated an event of the sentence ``[start, end)``, and where that is said."""
        for regex in ctx.grammar.initiator_patterns:
            m = regex.search(ctx.text, start, end)
            if m:
                who = self._named(ctx, m, end)
                if who:
                    return who, m.start()
        return None, -1

    def _named(self, ctx: DocContext, m: re.Match, end: int) -> str | None:
        who_start, who_end = m.span(_GROUP)
        people = ctx.people.covering(who_start, who_end)
        if people:
            return people[0].name
        # "at the invitation of the Foreign Minister of X, A": the title, then its holder.
        apposed = ctx.people.within(who_end, min(end, who_end + 60))[:1]
        if apposed and _APPOSITION_COMMA.fullmatch(ctx.text[who_end:apposed[0].start]):
            return apposed[0].name
        for side in ctx.grammar.side_patterns:
            s = side.search(m.group(_GROUP))
            name = self._side_name(ctx, s.group("adj")) if s else None
            if name:
                return name
        for mentions in (ctx.organizations, ctx.places):
            found = mentions.covering(who_start, who_end)
            if found:
                return found[0].name
        return None

    def _side_name(self, ctx: DocContext, adjective: str) -> str | None:
        sides = ctx.grammar.sides
        geo = self.knowledge.geo
        key = fold(adjective)
        if key in sides:
            return sides[key]
        code = geo.adjective_to_code(adjective) or geo.country_code(adjective)
        return geo.country_name(code) if code else None

    def of_trigger(self, scope: Scope, parties: Parties, planned: bool, initiator: str | None) -> str | None:
        """The initiator the sentence gave, else the caller, the host or the inviter."""
        trig, after, grammar = scope.trig, parties.after, scope.ctx.grammar
        if after and not initiator and (trig.caller_after or grammar.received_by.match(scope.text, trig.start)):
            initiator = after[0].name  # "received a call from X", "was received by X"
        if not initiator and parties.subject and grammar.own_initiative.search(scope.text, scope.sent_start, scope.sent_end):
            initiator = parties.subject[0]  # "A a eu, à son initiative, un entretien avec B"
        if not initiator:
            initiator = self._host_or_inviter(scope, parties.subject, planned)
        return initiator

    def _host_or_inviter(self, scope: Scope, subject: list[str], planned: bool) -> str | None:
        """"X hosted a trilateral meeting": X; "X invited Y to pay a visit": X (planned only)."""
        ctx, trig = scope.ctx, scope.trig
        grammar = ctx.grammar
        if (self.table[trig.type].host_initiates and subject
                and (grammar.host_before.search(scope.lead_in) or grammar.host_verb.match(ctx.text, trig.start))):
            return subject[0]  # "X hosted a meeting", "A hosted B", "A a accueilli B": the host initiates
        if planned:
            invite = None
            for invite in grammar.inviter_verb.finditer(ctx.text, scope.sent_start, trig.start):
                pass
            if invite:
                inviter = ctx.people.last_before(invite.start(), floor=scope.sent_start)
                if inviter and inviter.name not in subject:
                    return inviter.name
        return None
