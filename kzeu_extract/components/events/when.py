"""Stage 2, when: a trigger's status (held or planned) and its date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...textkit import Mention
from .model import DATE_NONE, DATE_SENTENCE, Trigger
from .scope import Scope
from .table import EventType, EventTypeTable

_COMMA_AFTER = re.compile(r"\s*,")
_CLAUSE_PUNCT = re.compile(r"[,;:.!?()]")
_CLAUSE_BREAK = re.compile(r"[,;.]")


def planned_before(scope: Scope, table: EventTypeTable) -> bool:
    """A planning cue before the trigger in its clause ("will meet"), or in the trigger itself."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    window_start = max(scope.sent_start, trig.start - table.windows.planned_window)
    for cue in grammar.planned_cues.finditer(text, window_start, trig.end):
        if cue.start() >= trig.start and cue.end() <= trig.end:
            continue  # the trigger itself ("rencontrera") is handled by its own cue check below
        if cue.start() < trig.start and not _CLAUSE_BREAK.search(text[cue.end():trig.start]):
            return True
    return bool(grammar.planned_cues.search(text, trig.start, trig.end))  # "se rencontreront"


@dataclass
class When:
    planned: bool
    date: str | None
    rank: int
    distance: int


def attach_status_and_date(scope: Scope, row: EventType, table: EventTypeTable) -> When:
    ctx = scope.ctx
    planned = planned_before(scope, table)
    windows = table.windows
    mention, rank, distance = sentence_date(scope, windows.max_date_distance, windows.near_date_distance)
    if planned and mention and ctx.document_date and mention.name <= ctx.document_date[:len(mention.name)]:
        # "X today announced that he will meet Y ... on 9 August": the day of the announcement
        # is not that of the event announced; a later date of the sentence is.
        later = sentence_date(scope, scope.sent_end - scope.sent_start, windows.near_date_distance,
                              later_than=ctx.document_date)
        if later[0]:
            mention, rank, distance = later
    date = mention.name if mention else None
    if (planned and date and ctx.document_date and mention.kind == "relative" and len(date) == 7
            and date < ctx.document_date[:7]):
        # "will meet again in November" in an April article: a month with no year of its own
        # in an announcement is the next one of that name, not the last.
        date = f"{int(date[:4]) + 1}{date[4:]}"
    if date and ctx.document_date:
        past = date < ctx.document_date[:len(date)]
        future = date > ctx.document_date[:len(date)]
        planned = (planned and not past) or future
        if planned and date == ctx.document_date and row.starts_on_report_day:
            planned = False  # "est attendu ce jour à Malabo", "arrives today": the visit starts on the day reported
    return When(planned, date, rank, distance)


def _gap(d: Mention, t: Trigger) -> int:
    return t.start - d.end if d.end <= t.start else max(0, d.start - t.end)


def sentence_date(scope: Scope, max_distance: int, near: int,
                  later_than: str | None = None) -> tuple[Mention | None, int, int]:
    """The date nearest the trigger in its sentence, unless another trigger is nearer to it
    (with ``later_than``: the nearest of those after that day)."""
    ctx, trig = scope.ctx, scope.trig

    def shared(d: Mention, a: Trigger, b: Trigger) -> bool:
        # "his state visit to Ankara in May 2022 and his talks with X": a date between two
        # triggers joined without a clause break is both's.
        first, second = (a, b) if a.start < b.start else (b, a)
        if ctx.grammar.coordination_break.search(ctx.text, first.end, second.start):
            return False
        # "se rendre en visite en Russie l'année prochaine": two triggers of one type a word
        # or two apart are one phrase; a date around them is both's.
        return (first.end <= d.start and d.end <= second.start) or (
            a.type == b.type and len(ctx.text[first.end:second.start].split()) <= 2)

    best, best_rank = None, None
    for d in ctx.dates.within(scope.sent_start, scope.sent_end):
        if (later_than and d.name <= later_than[:len(d.name)]) or bounded_date(scope, d):
            continue
        distance = _gap(d, trig)
        nearer = [other for other in scope.triggers if other is not trig and _gap(d, other) < distance]
        if any(not (shared(d, trig, other) or (distance <= near and _own_clause(ctx.text, d, trig, other))) for other in nearer):
            continue
        rank = (bool(nearer), distance)  # a date of its own before one shared with a nearer trigger
        if distance <= max_distance and (best_rank is None or rank < best_rank):
            best, best_rank = d, rank
    if best is None and not later_than:
        opening = _opening_date(scope)
        if opening:
            return opening, DATE_SENTENCE, 0
    return (best, DATE_SENTENCE, best_rank[1]) if best else (None, DATE_NONE, 10**9)


def bounded_date(scope: Scope, d: Mention) -> bool:
    """"stay in Riyadh until 25 March, then visit Doha", "depuis son élection le 6 mai": a date
    after "until"/"since" in its clause bounds a stay or a state; it is not the date of a
    trigger outside that phrase (only of one inside it: "since his visit on 5 May")."""
    bound = scope.ctx.grammar.date_bound
    if bound is None:
        return False
    cue = bound.search(scope.text, max(scope.sent_start, d.start - 100), d.start)
    return bool(cue) and not (cue.start() <= scope.trig.start < d.start)


def _own_clause(text: str, d: Mention, trig: Trigger, other: Trigger) -> bool:
    """"will visit Panama on 11 May, to meet X": a date in the trigger's clause, with a
    clause break between it and the nearer trigger, is the trigger's too."""
    if trig.end <= d.start and d.end <= other.start:
        return not _CLAUSE_PUNCT.search(text, trig.end, d.start) and bool(_CLAUSE_PUNCT.search(text, d.end, other.start))
    if other.end <= d.start and d.end <= trig.start:
        return not _CLAUSE_PUNCT.search(text, d.end, trig.start) and bool(_CLAUSE_PUNCT.search(text, other.end, d.start))
    return False


def _opening_date(scope: Scope) -> Mention | None:
    """"Le 18 juin, M. X, haut représentant ..., a achevé sa visite": a date opening the
    sentence before a comma dates its events with no date of their own, however long the
    subject ("On 6 October, A held talks with B, who paid an official visit")."""
    ctx, start = scope.ctx, scope.sent_start
    opening = ctx.dates.within(start, min(scope.sent_end, start + 40))[:1]
    if (opening and opening[0].end <= scope.trig.start
            and ctx.grammar.sentence_opening.match(ctx.text[start:opening[0].start])
            and _COMMA_AFTER.match(ctx.text[opening[0].end:opening[0].end + 3])):
        return opening[0]
    return None
