"""Stage 2, when: a trigger's status (held or planned) and its date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...textkit import Mention
from .model import DATE_NONE, DATE_SENTENCE, Trigger, shift_day
from .scope import CLAUSE_BREAK, CLAUSE_PUNCT, COMMA_AFTER, Scope
from .table import EventType, EventTypeTable

# between the two days of a range: a dash, or one short word ("and", "et", "au", "to")
# a clause break, a period of an abbreviation ("U.S.", "M.") not counted
_OWN_CLAUSE_BREAK = re.compile(r"[,;:!?()]|(?<!(?<![^\W\d_])[^\W\d_])\.")
_OPEN_BRACKET = re.compile(r"\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_RANGE_GAP = re.compile(r"\s*[-\u2013\u2014]\s*|\s+[^\W\d_]{1,3}\s+")


def planned_before(scope: Scope, table: EventTypeTable) -> bool:
    """A planning cue before the trigger in its clause ("will meet"), or in the trigger itself."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    window_start = max(scope.sent_start, trig.start - table.windows.planned_window)
    for cue in grammar.planned_cues.finditer(text, window_start, trig.end):
        if cue.start() >= trig.start and cue.end() <= trig.end:
            continue  # the trigger itself ("rencontrera") is handled by its own cue check below
        if cue.start() < trig.start and not CLAUSE_BREAK.search(text[cue.end():trig.start]):
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
    if date and row.journey:
        date = arrival_day(scope, date, windows.context_sentences)
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


def arrival_day(scope: Scope, date: str, window: int) -> str:
    """"Au terme d'une visite ..., X a quitté Niamey le 23. Arrivé le 22 ...": a journey dated
    by its end ("at the end of his visit", "concluded his trip") is of its first day, that of
    an arrival named within a few sentences of it, up to a week before; else of its end."""
    ctx, trig = scope.ctx, scope.trig
    grammar = ctx.grammar
    if len(date) != 10 or not grammar.visit_end_before.search(ctx.text[max(scope.sent_start, trig.start - 60):trig.start]):
        return date
    here, week_before = ctx.sentence_of(trig.start), shift_day(date, -7)
    days = [d.name for start, end in ctx.sentences[max(0, here - window):here + window + 1]
            if grammar.arrival.search(ctx.text, start, end)
            for d in ctx.dates.within(start, end) if len(d.name) == 10 and week_before <= d.name < date]
    return min(days, default=date)


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
        return (first.end <= d.start and d.end <= second.start) or one_phrase(a, b) or _during_journey(ctx, first, second, d)

    def one_phrase(a: Trigger, b: Trigger) -> bool:
        # "se rendre en visite en Russie l'année prochaine": two triggers of one type a word
        # or two apart are one phrase; a date around them is both's.
        first, second = (a, b) if a.start < b.start else (b, a)
        return (a.type == b.type and len(ctx.text[first.end:second.start].split()) <= 2
                and not ctx.grammar.coordination_break.search(ctx.text, first.end, second.start))

    best, best_rank = None, None
    dateline_end = _dateline_end(scope)
    for d in ctx.dates.within(scope.sent_start, scope.sent_end):
        if (later_than and d.name <= later_than[:len(d.name)]) or bounded_date(scope, d):
            continue
        distance = _gap(d, trig)
        nearer = [other for other in scope.triggers if other is not trig and _gap(d, other) < distance]
        if any(not (shared(d, trig, other) or (_same_clause(ctx, d, trig, distance <= near)
                                               and _own_clause(ctx.text, d, trig, other))) for other in nearer):
            continue
        # a date of its own before one shared with a nearer trigger; the dateline's date
        # ("ROME, March 10 - X met Y on Thursday") only when the sentence names no other
        # and a date in another trigger's clause ("X, who arrived on Friday, met Y on Saturday")
        # only when none is the trigger's own
        dateline = d.end <= dateline_end
        if dateline and ctx.grammar.earlier_tense.search(ctx.text, dateline_end, trig.end):
            continue  # "ROME, March 10 - X had met Y": not the day of the dateline
        theirs = any(other is not trig and _in_clause_of(ctx.text, d, other, trig) and not one_phrase(trig, other)
                     for other in scope.triggers)
        rank = (dateline, theirs, bool(nearer), distance)
        if distance <= max_distance and (best_rank is None or rank < best_rank):
            best, best_rank = d, rank
    if best is None and not later_than:
        opening = _opening_date(scope)
        if opening:
            return opening, DATE_SENTENCE, 0
    return (range_start(ctx, best), DATE_SENTENCE, best_rank[3]) if best else (None, DATE_NONE, 10**9)


def _during_journey(ctx, first: Trigger, second: Trigger, d: Mention) -> bool:
    """"ready to meet A in Tbilisi during the visit of B to Georgia on 10 May", "a rencontré X
    lors de sa visite à Rome le 5 mai": an event during a journey is on the journey's date,
    named in the journey's clause after it."""
    table = ctx.table
    return (table[second.type].journey and not table[first.type].journey and second.end <= d.start
            and bool(ctx.grammar.visit_place_before.search(ctx.text[first.end:second.start]))
            and not _OWN_CLAUSE_BREAK.search(ctx.text, second.end, d.start))


def _same_clause(ctx, d: Mention, trig: Trigger, near: bool) -> bool:
    """A date near the trigger, or further on with no relative clause between them ("talks
    with the Senior Negotiator for X and Y on 12 April, that ..."; not "this visit followed
    the one he paid to Z on 16 May, during which ..."), may be the trigger's own."""
    start, end = (trig.end, d.start) if trig.end <= d.start else (d.end, trig.start)
    return near or not ctx.grammar.relative_word.search(ctx.text, start, end)


def _dateline_end(scope: Scope) -> int:
    """Where a dateline opening the trigger's sentence ends (its start without one)."""
    ctx = scope.ctx
    end = ctx.grammar.datelines.lead_in_end(ctx.text, scope.sent_start, scope.trig.start,
                                            ctx.dates.within(scope.sent_start, scope.trig.start))
    return end if end is not None else scope.sent_start


def range_start(ctx, d: Mention) -> Mention:
    """"on 4-5 May", "les 4 et 5 mai": an event dated by a range is dated by its first day (the
    day right before, joined by a dash or a short word, earlier in the same month)."""
    before = [m for m in ctx.dates.within(max(0, d.start - 12), d.start) if m.end <= d.start]
    if not before:
        return d
    first = before[-1]
    gap = ctx.text[first.end:d.start]
    if (len(first.name) == len(d.name) == 10 and first.name[:7] == d.name[:7] and first.name < d.name
            and _RANGE_GAP.fullmatch(gap)):
        return first
    return d


def bounded_date(scope: Scope, d: Mention) -> bool:
    """"stay in Riyadh until 25 March, then visit Doha", "depuis son élection le 6 mai": a date
    after "until"/"since" in its clause bounds a stay or a state; it is not the date of a
    trigger outside that phrase (only of one inside it: "since his visit on 5 May")."""
    bound = scope.ctx.grammar.date_bound
    if bound is None:
        return False
    cue = bound.search(scope.text, max(scope.sent_start, d.start - 100), d.start)
    return bool(cue) and not (cue.start() <= scope.trig.start < d.start)


def _in_clause_of(text: str, d: Mention, other: Trigger, trig: Trigger) -> bool:
    """"visited Rome on 4 May and met X in Milan on 6 May", "X, who arrived on Friday, met Y":
    the date follows another trigger in that trigger's clause, and that trigger stands
    between it and ours (or the date comes before ours): it is the other event's date first."""
    if other.end <= d.start and not CLAUSE_PUNCT.search(text, other.end, d.start):
        return trig.start >= d.end or trig.end <= other.start
    return False


def _own_clause(text: str, d: Mention, trig: Trigger, other: Trigger) -> bool:
    """"will visit Panama on 11 May, to meet X": a date in the trigger's clause, with a
    clause break between it and the nearer trigger, is the trigger's too. A date in brackets
    glossing a word of the clause ("arrivé hier soir (jeudi), X a rencontré Y") is of the
    clause: its brackets are no break."""
    start, end = _bracketed(text, d)
    brk = _OWN_CLAUSE_BREAK
    if trig.end <= start and end <= other.start:
        return not brk.search(text, trig.end, start) and bool(brk.search(text, end, other.start))
    if other.end <= start and end <= trig.start:
        return not brk.search(text, end, trig.start) and bool(brk.search(text, other.end, start))
    return False


def _bracketed(text: str, d: Mention) -> tuple[int, int]:
    """The span of a date with the brackets right around it ("(Thursday)"), else the date's."""
    if _OPEN_BRACKET.search(text[max(0, d.start - 2):d.start]) and _CLOSE_BRACKET.match(text, d.end):
        return text.rindex("(", 0, d.start), _CLOSE_BRACKET.match(text, d.end).end()
    return d.start, d.end


def _opening_date(scope: Scope) -> Mention | None:
    """"Le 18 juin, M. X, haut représentant ..., a achevé sa visite": a date opening the
    sentence before a comma dates its events with no date of their own, however long the
    subject ("On 6 October, A held talks with B, who paid an official visit")."""
    ctx, start = scope.ctx, scope.sent_start
    opening = ctx.dates.within(start, min(scope.sent_end, start + 40))[:1]
    if (opening and opening[0].end <= scope.trig.start
            and ctx.grammar.sentence_opening.match(ctx.text[start:opening[0].start])
            and COMMA_AFTER.match(ctx.text[opening[0].end:opening[0].end + 3])):
        return opening[0]
    return None
