"""Stage 2 put together: one trigger's arguments attached into a Candidate."""
from __future__ import annotations

import re
from typing import NamedTuple

from ...textkit import Mention
from .arguments import attach_mode, attach_references
from .initiator import InitiatorFinder
from .model import Candidate, dedupe
from .parties import Parties, attach_parties
from .scope import Scope
from .table import EventTypeTable
from .when import attach_status_and_date
from .where import attach_place

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _titled(scope: Scope, after: list[Mention]) -> bool:
    """Whether each person of the object list has a title or role of its own, before the
    name ("Prime Minister A") or as an apposition ("A, mayor of Paris"), not a bare name."""
    grammar, text = scope.ctx.grammar, scope.text
    previous = scope.trig.end
    for m in after:
        words = _WORD.findall(text, previous, m.start)
        untitled = not any(w.lower() not in grammar.list_fillers for w in words) and text[m.start:m.start + 1].isupper()
        # no title before the name: an apposition after it may still give one
        if untitled and not grammar.apposition.match(text[m.end:m.end + 40]):
            return False
        previous = m.end
    return True


class ListReading(NamedTuple):
    """How the object list reads (see Candidate)."""
    each: bool
    again: bool
    titled_list: bool
    joint: bool
    bilateral: bool
    single: bool


def _lists(scope: Scope, after: list[Mention]) -> ListReading:
    """How the object list reads: one group, each one, a titled programme, again."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    return ListReading(
        each=bool(grammar.each_other.search(text, trig.end, scope.after_end)),
        again=bool(grammar.again_words.match(text, trig.end, min(scope.sent_end, trig.end + 25))),
        titled_list=len(after) > 1 and _titled(scope, after),
        joint=bool(after) and bool(grammar.joint_list.search(text, max(scope.sent_start, trig.start - 40),
                                                               after[0].start)),
        # "bilateral talks" (each counterpart met separately), not "talks on bilateral relations".
        bilateral=bool(grammar.bilateral.search(text, max(scope.sent_start, trig.start - 20), trig.end)),
        # "held a video conference with A, B and C": one occasion named in the singular is one
        # event for all of them, however long the list.
        single=bool(grammar.single_occasion_before.search(scope.lead_in)),
    )


def _across_visiting(scope: Scope, parties: Parties) -> None:
    """"A and his visiting counterpart, B, met": the adjective 'visiting' (a visit trigger of its
    own) does not cut the subject; A, joined by "and" before it, meets B too."""
    grammar, text, triggers = scope.ctx.grammar, scope.text, scope.triggers
    if scope.index == 0 or parties.after or len(parties.before) != 1:
        return
    previous = triggers[scope.index - 1]
    if (text[previous.start:previous.end].lower() != (grammar.vocabulary.visiting_word or "").lower()
            or not grammar.visiting_adjective.search(text, max(scope.sent_start, previous.start - 12), previous.start)):
        return
    earlier = scope.ctx.people.within(scope.sent_start, previous.start)
    if earlier and grammar.joint_gap.match(text[earlier[-1].end:previous.start]):
        parties.counterparts = [earlier[-1].name] + [n for n in parties.counterparts if n != earlier[-1].name]


def _role_object(scope: Scope, row, parties: Parties) -> bool:
    """"X met the Minister of Defence", "des rencontres avec le président du Sénat": the object
    names an office and no one holding it; the meeting is one of X with an unnamed official."""
    if row.min_participants < 2 or row.subject_travels or scope.trig.joint or parties.after:
        return False
    if len(dedupe(parties.subject + parties.counterparts)) > 1:
        return False
    ctx, trig = scope.ctx, scope.trig
    roles = ctx.roles.within(trig.end, min(scope.after_end, trig.end + ctx.table.windows.role_object_window))
    return bool(roles) and not (ctx.grammar.hard_stop.search(scope.text, trig.end, roles[0].start)
                                or ctx.grammar.object_preposition.search(scope.text, trig.end, roles[0].start)
                                or ctx.sentence_ends_between(trig.end, roles[0].start))


def make_candidate(scope: Scope, table: EventTypeTable, initiators: InitiatorFinder,
                   initiator: str | None) -> Candidate | None:
    event_type, mode = attach_mode(scope, table)
    row = table[event_type]
    if row.journey and scope.ctx.grammar.plural_reference.search(scope.lead_in):
        return None  # "both these visits", "ces deux visites": journeys already reported
    parties: Parties | None = attach_parties(scope, row, initiator)
    if parties is None:
        return None
    if not row.subject_travels:
        _across_visiting(scope, parties)
    refs = attach_references(scope, parties)
    when = attach_status_and_date(scope, row, table)
    location = attach_place(scope, row, mode, parties, table)
    if scope.trig.needs_place_after and location is None:
        return None  # "left for good", "the time left for talks": no journey
    if parties.same_journey and location is not None:
        return None  # "arrived in Astana, first stop of a tour of Central Asia": another, wider journey
    initiator = initiators.of_trigger(scope, parties, when.planned, initiator)
    lists = _lists(scope, parties.after)
    trig = scope.trig._replace(attendance=True) if _role_object(scope, row, parties) else scope.trig
    return Candidate(
        trigger=trig, type=event_type, subject=dedupe(parties.subject),
        counterparts=dedupe(parties.counterparts), with_object=parties.with_object, pronoun=refs.pronoun,
        other=refs.other, pair=refs.pair, definite=refs.definite, group=refs.group, planned=when.planned, mode=mode,
        date=when.date, date_rank=when.rank, date_near=when.distance <= table.windows.near_date_distance,
        location=location, initiator=initiator, sentence=scope.sentence, span=(scope.sent_start, scope.sent_end),
        bilateral=lists.bilateral, single=lists.single, each=lists.each, again=lists.again,
        titled_list=lists.titled_list, joint=lists.joint,
        attends=refs.definite and not parties.with_object and bool(scope.ctx.grammar.attending_before.search(
            scope.text, max(scope.sent_start, scope.trig.start - 50), scope.trig.start)))
