"""Stage 2's one sentence context: a trigger, its sentence, and the people named before it
and in its object (up to the next trigger or the end of its clause)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...textkit import Mention
from .document import DocContext
from .model import Trigger

# Clause marks the stage-2 readers (when.py, where.py, parties.py) share.
COMMA_AFTER = re.compile(r"\s*,")           # a comma right after a mention
CLAUSE_PUNCT = re.compile(r"[,;:.!?()]")     # any punctuation that ends a clause
CLAUSE_BREAK = re.compile(r"[,;.]")          # a comma, semicolon or full stop


@dataclass
class Scope:
    ctx: DocContext
    sentence: int
    triggers: list[Trigger]
    index: int
    sent_start: int
    sent_end: int
    before_start: int   # the previous trigger's end, or the sentence's start
    after_end: int      # where the object list ends
    before_next: int    # the next trigger's start, or the sentence's end
    before: list[Mention]
    after: list[Mention]

    @property
    def trig(self) -> Trigger:
        return self.triggers[self.index]

    @property
    def text(self) -> str:
        return self.ctx.text

    @property
    def lead_in(self) -> str:
        return self.text[max(self.sent_start, self.trig.start - 30):self.trig.start]


def _object_end(ctx: DocContext, trig: Trigger, after_end: int) -> int:
    grammar = ctx.grammar
    stop = grammar.clause_stop.search(ctx.text, trig.end, after_end)
    if stop and stop.group() == ":" and not ctx.people.within(trig.end, stop.start()):
        # "with the Ministers of Foreign Affairs of Central Asia: X of Kazakhstan, Y of ...":
        # a colon after a role with no name yet introduces the list of those people.
        stop = grammar.clause_stop.search(ctx.text, stop.end(), after_end)
    while stop and stop.group() == ";" and _list_goes_on(ctx, stop.end(), after_end):
        # "met with the President of Haiti, A; the President of Guyana, B; and ...": a
        # semicolon between titled names separates the items of one list, not two clauses.
        stop = grammar.clause_stop.search(ctx.text, stop.end(), after_end)
    return stop.start() if stop else after_end


def _list_goes_on(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the text after a semicolon is one more "title, Name" item of a list: a person
    named after nothing but title words ("and the Foreign Minister of Haiti, ")."""
    segment_end = ctx.text.find(";", start, end)
    segment_end = end if segment_end < 0 else segment_end
    people = ctx.people.within(start, segment_end)
    return bool(people) and bool(ctx.grammar.title_words.match(ctx.text[start:people[0].start].replace(",", " ")))


def _reports(ctx: DocContext, trig: Trigger, m: Mention) -> bool:
    """"..., Akorda's press secretary X said": X reports the event, takes no part in it."""
    grammar, text = ctx.grammar, ctx.text
    return bool((grammar.reporter_after.match(text, m.end) and "," in text[trig.end:m.start])
                or grammar.reporter_before.search(text, max(trig.end, m.start - 80), m.start))


def _has_guest(ctx: DocContext, trig: Trigger, after: list[Mention]) -> bool:
    """"received X" is an event only with a person X close after it ("received a letter" is none)."""
    grammar, text = ctx.grammar, ctx.text
    return bool(after) and not (after[0].start - trig.end > 80 or grammar.hard_stop.search(text, trig.end, after[0].start)
                                or ctx.sentence_ends_between(trig.end, after[0].start)
                                or grammar.not_a_guest.search(text, trig.end, after[0].start))


def _appeal(ctx: DocContext, trig: Trigger, after: list[Mention], end: int) -> bool:
    """"called on X to release the prisoners": an appeal to X, no courtesy call on X."""
    grammar, text = ctx.grammar, ctx.text
    if not grammar.appeal_trigger.fullmatch(text, trig.start, trig.end):
        return False
    people = ctx.people.within(trig.end, end) or after
    return any(grammar.appeal_after.match(text, m.end) for m in people)


def scope_of(ctx: DocContext, sentence: int, triggers: list[Trigger], index: int) -> Scope | None:
    """The context of ``triggers[index]``; None when a verb that needs a person after it has none."""
    sent_start, sent_end = ctx.sentences[sentence]
    trig = triggers[index]
    before_start = triggers[index - 1].end if index else sent_start
    before_next = triggers[index + 1].start if index + 1 < len(triggers) else sent_end
    after_end = _object_end(ctx, trig, before_next)
    before = ctx.people.within(before_start, trig.start)
    after = [m for m in ctx.people.within(trig.end, after_end) if not _reports(ctx, trig, m)]
    if trig.needs_person_after and (not _has_guest(ctx, trig, after) or _appeal(ctx, trig, after, before_next)):
        return None
    return Scope(ctx, sentence, triggers, index, sent_start, sent_end, before_start, after_end, before_next,
                 before, after)


# "..., the foreign ministry in Warsaw has said": what may stand between a place and the speech
# verb of its reporting clause (a possessive 's, a word or two)
_REPORT_GAP = re.compile(r"(?:['\u2019]\w+)?(?:\s+[^\W\d_][\w'\u2019-]*){0,2}")
_SPACE = re.compile(r"\s")


def in_reporting_clause(ctx, end: int) -> bool:
    """"..., the foreign ministry in Warsaw has said": a speech verb, a word or two after the
    place in its clause, makes the place the reporter's, not the event's."""
    gap = _REPORT_GAP.match(ctx.text, end)
    return any(ctx.grammar.reporter_after.match(ctx.text, m.start()) for m in _SPACE.finditer(ctx.text, end, gap.end() + 1))
