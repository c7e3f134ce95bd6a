"""Stage 2, the other arguments of one trigger: mode, and the words that make it a reference
to people or events named before. Status and date are in when.py, the place in where.py."""
from __future__ import annotations

from dataclasses import dataclass

from .parties import Parties
from .scope import Scope
from .table import EventTypeTable


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
