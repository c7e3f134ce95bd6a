"""Stage 2, who takes part: the subject (the person before a trigger, with those joined to it
by "and") and the counterparts (the people of its object), as the type's ``subject_travels`` says:
the visitor of a visit, or the parties of a meeting or call."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...textkit import Mention, vocabulary_pattern
from .grammar import Grammar
from .scope import CLAUSE_PUNCT, Scope
from .table import EventType
from .tours import sequence_word



@dataclass
class Parties:
    subject: list[str]
    counterparts: list[str]
    with_object: bool
    resolve_pronoun: bool   # the subject is "he"/"who": the one the sentence is about
    before: list[Mention]
    after: list[Mention]
    same_journey: bool = False  # a second word, with no visitor, for the journey just reported


def governed(grammar: Grammar, text: str, m: Mention, floor: int = 0) -> bool:
    """Whether a preposition stands right before ``m`` ("At the invitation of X")."""
    return bool(grammar.preposition_before.search(text[max(floor, m.start - 12):m.start]))


def chain(grammar: Grammar, text: str, before: list[Mention]) -> list[str]:
    """The person nearest before a trigger and those joined to it by "and" / ","; not one
    governed by a preposition ("At the invitation of X, Y arrived")."""
    found = [before[-1]]
    for m in reversed(before[:-1]):
        if not grammar.chain_gap.match(text[m.end:found[-1].start]) or governed(grammar, text, m):
            break
        found.append(m)
    return [m.name for m in reversed(found)]


def joint_chain(grammar: Grammar, text: str, before: list[Mention]) -> list[str]:
    """"President A and Prime Minister B signed": the people joined by "and", titles between."""
    found = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.end:found[-1].start]
        if not (grammar.chain_gap.match(gap) or grammar.joint_gap.match(gap)) or governed(grammar, text, m):
            break
        found.append(m)
    return [m.name for m in reversed(found)]


def attach_parties(scope: Scope, row: EventType, initiator: str | None) -> Parties | None:
    """Who takes part in the event of ``scope``; None when a joint act has no two people."""
    parties = Parties([], [], False, False, scope.before, scope.after)
    if row.subject_travels:
        _traveller(scope, parties, initiator)
    elif parties.after:
        _object_parties(scope, parties)
    else:
        parties.counterparts = [m.name for m in parties.before]
    if scope.trig.joint and not _joint(scope, parties):
        return None
    if scope.trig.speaker and not parties.before and not parties.subject:
        parties.subject = [scope.trig.speaker]  # "I will meet X," said Y: Y meets X
        if row.speaker_is_only_party:
            parties.after = []
    return parties


def _object_parties(scope: Scope, parties: Parties) -> None:
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    after = parties.after
    between = grammar.between.search(text, trig.end, after[0].start)
    if between:
        parties.before = []  # "X recalled the talks between A and B": A and B are everyone
    elif parties.before and parties.before[-1] not in _free(scope, parties.before):
        # "X began a visit at the invitation of Y and called on Z", "A a partagé avec le
        # président B les discussions qu'il a eues avec C": B, governed by a preposition, is no
        # subject; the free person before it, or the sentence's subject, is.
        parties.before = _free(scope, parties.before) or _opener(scope)
    elif not parties.before:
        # "X, who is on a visit to Y, held talks with Z": the subject opens the sentence.
        parties.before = _opener(scope)
    parties.subject = chain(grammar, text, parties.before) if parties.before else []
    if (not parties.subject and scope.index and not between
            and not CLAUSE_PUNCT.search(text, scope.triggers[scope.index - 1].end, trig.start)):
        # "He will go to the Assembly to meet its Speaker X": the subject of the journey
        # or event just before in the sentence, joined without a clause break, meets X.
        parties.resolve_pronoun = True
    parties.counterparts = [m.name for m in after]
    parties.with_object = bool(grammar.with_.search(text, trig.end, after[0].start))
    if not parties.subject and not scope.text[scope.sent_start:trig.start].strip(" \t\n\"'\u201c\u00ab"):
        _participle_subject(scope, parties)


def _participle_subject(scope: Scope, parties: Parties) -> None:
    """"Welcoming X to Lima, Minister Y stressed ...": a participle opening the sentence has
    the main clause's subject, the person first named after the comma that ends its object."""
    text, ctx = scope.text, scope.ctx
    comma = text.find(",", parties.after[-1].end, scope.sent_end)
    if comma < 0:
        return
    subject = ctx.people.within(comma, scope.sent_end)[:1]
    if not subject:
        return
    gap = text[comma + 1:subject[0].start]
    for role in ctx.roles.within(comma, subject[0].start):  # "la ministre X": the office's words
        gap = gap.replace(text[role.start:role.end], " ")
    if ctx.grammar.title_words.match(gap.replace(",", " ")):
        parties.subject = [subject[0].name]
        parties.counterparts = [n for n in parties.counterparts if n != subject[0].name]


def _free(scope: Scope, before: list[Mention]) -> list[Mention]:
    """The people of ``before`` not governed by a preposition ("of X", "to his counterpart X",
    "at the invitation of Minister X": the title, then the name)."""
    grammar, text = scope.ctx.grammar, scope.text
    return [m for m in before if not governed(grammar, text, m)
            and not grammar.governed_title.search(text, max(scope.sent_start, m.start - 50), m.start)
            and not _governed_title(scope, m)]


def _title_start(scope: Scope, m: Mention) -> int:
    """Where ``m`` begins with the office named right before it ("Minister X"), or ``m.start``."""
    roles = [r for r in scope.ctx.roles.within(max(scope.sent_start, m.start - 80), m.start)
             if not scope.text[r.end:m.start].strip()]
    return roles[-1].start if roles else m.start


def _governed_title(scope: Scope, m: Mention) -> bool:
    """Whether an office named right before ``m`` is governed by a preposition ("of Minister X")."""
    start = _title_start(scope, m)
    before = scope.text[max(scope.sent_start, start - 16):start]
    grammar = scope.ctx.grammar
    return start < m.start and bool(grammar.preposition_before.search(before) or grammar.governed_role.search(before))


def _invited(scope: Scope, m: Mention) -> bool:
    """"reaffirmed the invitation to X to visit": X is invited, the visitor."""
    start = _title_start(scope, m)
    return bool(scope.ctx.grammar.invitee_before.search(scope.text[max(scope.sent_start, start - 60):start]))


def _opener(scope: Scope) -> list[Mention]:
    """The person opening the sentence, unless a preposition governs it."""
    grammar, text = scope.ctx.grammar, scope.text
    return [m for m in scope.ctx.people.within(scope.sent_start, scope.trig.start)[:1]
            if not governed(grammar, text, m, scope.sent_start)]


def _joint(scope: Scope, parties: Parties) -> bool:
    """A signing or a joint press conference is a meeting only of the people who share it:
    "A and B signed", "A signed ... with B"; not "A signed a decree", nor "signed by A"."""
    grammar, after = scope.ctx.grammar, parties.after
    if after and parties.before and parties.with_object:
        parties.subject = joint_chain(grammar, scope.text, parties.before)  # "A and B signed ... with C"
    elif not after and parties.before:
        parties.subject = joint_chain(grammar, scope.text, parties.before)
        parties.counterparts = []
    elif len(after) >= 2 and not parties.subject and grammar.between.search(scope.text, scope.trig.end, after[0].start):
        # "a joint press conference held in Doha between A and B": A and B share it
        parties.subject, parties.counterparts = [m.name for m in after], []
    elif after and parties.before and not parties.with_object and len(joint_chain(grammar, scope.text, parties.before)) >= 2:
        # "A and B discuss ... during a joint press conference at X (Photo by C)": C is no party
        parties.subject, parties.counterparts = joint_chain(grammar, scope.text, parties.before), []
    return len(parties.subject) >= 2 or bool(parties.subject and parties.with_object)


def _companions(scope: Scope) -> list[Mention]:
    """"accompanied by X, head of ..., and Y", "en compagnie de son épouse X": who travels with
    the visitor (the first person after the cue, and those joined to it by "and")."""
    grammar, text, ctx = scope.ctx.grammar, scope.text, scope.ctx
    found: list[Mention] = []
    for cue in grammar.companion_cue.finditer(text, scope.sent_start, scope.sent_end):
        people = ctx.people.within(cue.end(), scope.sent_end)
        if not people or people[0].start - cue.end() > 60 or grammar.hard_stop.search(text, cue.end(), people[0].start):
            continue
        found.append(people[0])
        for m in people[1:]:
            gap = text[found[-1].end:m.start]
            if len(gap) > 120 or not grammar.conjunction.search(gap) or grammar.hard_stop.search(gap):
                break
            found.append(m)
    return found


def _traveller(scope: Scope, parties: Parties, initiator: str | None) -> None:
    """The visitor and those who travel with the visitor ("accompanied by X": X joins the visit
    but is never its only visitor)."""
    companions = _companions(scope)
    if companions:
        parties.before = [m for m in parties.before if m not in companions]
        parties.after = [m for m in parties.after if m not in companions]
    _visitor(scope, parties, initiator)
    if (not parties.subject and not parties.resolve_pronoun and scope.index
            and scope.triggers[scope.index - 1].type == scope.trig.type
            and not scope.ctx.grammar.pronouns.search(scope.text, scope.before_start, scope.trig.end)):
        # "X est attendu à Malabo dans le cadre d'une visite de travail, à l'invitation de Y":
        # a second word for the journey just reported in the sentence, by the same visitor
        # (not "a trip which has taken him to A, B and C": its pronoun names the traveller;
        # "stay in A until 25 March, then visit B": a next stop, by the same traveller).
        parties.resolve_pronoun = True
        parties.same_journey = not _next_stop(scope)
    elif not parties.subject and scope.ctx.grammar.pronouns.search(scope.text, scope.trig.start, scope.trig.end):
        parties.resolve_pronoun = True  # "a tour which took her to A and B": "her" travels
    if parties.subject:
        parties.subject += [m.name for m in companions if m.name not in parties.subject]


def _next_stop(scope: Scope) -> bool:
    """Whether a next-stop word ("then", "puis") stands between the journey trigger before
    this one and this one: "stay in A until 25 March, then visit B" is a next stop."""
    return bool(sequence_word(scope.ctx.grammar).search(scope.text, scope.triggers[scope.index - 1].end, scope.trig.start))


_ROLE_SUBJECT: dict[str, re.Pattern] = {}


def _role_subject(scope: Scope, before: list[Mention]) -> bool:
    """"On Wednesday, Australia's top diplomat will travel to X", "on the first day of the
    diplomat's tour": an office right before the trigger, after the last person named (not an
    apposition of that person: "X, the minister, will travel"), stands for the traveller."""
    words = scope.ctx.grammar.vocabulary.role_subject_before
    if not words:
        return False
    rx = _ROLE_SUBJECT.get(words) or _ROLE_SUBJECT.setdefault(words, re.compile("(?:" + words + ")$", re.IGNORECASE))
    start = max(scope.sent_start, scope.trig.start - 80, before[-1].end if before else 0)
    found = rx.search(scope.text, start, scope.trig.start)
    return bool(found) and not (before and scope.text[before[-1].end:found.start()].strip().startswith(","))


def _visitor(scope: Scope, parties: Parties, initiator: str | None) -> None:
    """The visitor: named after the trigger ("visit of X", "his visiting counterpart, X"), the
    sentence's subject ("X said he would travel"), the people before it, or the person after it;
    for a role standing for someone ("the diplomat's tour"), the sentence's subject or, when the
    sentence names no one before it, the visitor or person the text is about (assembly.py)."""
    before, after = parties.before, parties.after
    if after and _visitor_after(scope, after[0]):
        parties.subject = [after[0].name]
    elif _role_subject(scope, before):
        # the subject of its own sentence ("X and Y agreed ... on the first day of the
        # diplomat's tour"), else the one the text is about
        opener = scope.ctx.sentence_subject(scope.sent_start, scope.trig.start)
        if opener or before:
            parties.subject = [opener.name if opener else before[0].name]
        else:
            parties.resolve_pronoun = True
    elif before and scope.ctx.grammar.subject_pronoun.search(scope.text, before[-1].end, scope.trig.start):
        # "X said he would talk with Y when he travels to Z": "he" is X, the sentence's
        # subject, not Y, the person named last.
        opener = scope.ctx.sentence_subject(scope.sent_start, before[-1].start)
        if opener:
            parties.subject = [opener.name]
        else:
            parties.resolve_pronoun = True
    elif not before and scope.ctx.grammar.relative_before.search(
            scope.text, max(scope.sent_start, scope.trig.start - 25), scope.trig.start):
        # "The Chinese general, who arrived in Bangkok on Friday, attended ... with the King":
        # the visitor is the one the relative clause is about, not the person after it.
        parties.resolve_pronoun = True
    elif before and scope.index and not _free(scope, before) and not _own_clause(scope, before[-1]):
        # "X held talks with Y in Accra during an official visit to Ghana": everyone before is
        # governed ("with Y"); the visitor is the subject of the event the sentence reported first
        # (not "with Y, who is visiting Z": the relative clause is Y's).
        parties.resolve_pronoun = True
    elif before:
        parties.subject = _visitor_before(scope, before)
    elif after and not _inviter_after(scope, after[0], initiator):
        # not "une visite de travail, à l'invitation de son homologue, X": X invites
        parties.subject = [after[0].name]


def _own_clause(scope: Scope, m: Mention) -> bool:
    """"with Y, who is visiting Z" (a relative clause of Y's), "of Y's working visit" (Y owns it)."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    owner = grammar.vocabulary.possessor_after
    return bool(grammar.relative_before.search(text, max(m.end, trig.start - 25), trig.start)
                or owner and re.search(vocabulary_pattern(owner, bounded=False), text[m.end:trig.start], re.I))


def _inviter_after(scope: Scope, first: Mention, initiator: str | None) -> bool:
    """Whether ``first``, after the trigger, is named in an "at the invitation of" phrase."""
    grammar, text = scope.ctx.grammar, scope.text
    if initiator == first.name and grammar.initiator_cue.search(text, scope.trig.end, first.start):
        return True
    return any(rx.search(text, scope.trig.end, first.start) for rx in grammar.initiator_patterns)


def _visitor_after(scope: Scope, first: Mention) -> bool:
    """"visit of X"; "X and his visiting Australian counterpart, Y, met": Y is the visitor."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    gap = text[trig.end:first.start]
    if (grammar.visit_agent_before.search(gap) or _agent_before_title(grammar, gap)
            or grammar.visit_agent_before.search(text, trig.end, _title_start(scope, first))):
        return True
    return bool(grammar.visiting_adjective.search(text, max(scope.sent_start, trig.start - 12), trig.start)
                and text[trig.start:trig.end].lower() == grammar.vocabulary.visiting_word
                and len(gap) < 50 and not grammar.not_an_apposition.search(gap))


def _agent_before_title(grammar: Grammar, gap: str) -> bool:
    """"la visite de Mme X", "the visit of Senate Speaker X": the agent's preposition, then
    title words (abbreviations too: "M.") before the name."""
    if len(gap) > 60:
        return False
    return any(grammar.visit_agent_before.search(gap[:cut.end()])
               and grammar.title_words.match(gap[cut.end():].replace(".", ""))
               for cut in re.finditer(r"\s+", gap) if cut.end() < len(gap))


def _visitor_before(scope: Scope, before: list[Mention]) -> list[str]:
    """"accepted the invitation of X to visit", "was invited by X to visit": X invites.
    "a déclaré X au président Y lors de sa visite": Y, governed by "au", is no visitor."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    if _invited(scope, before[-1]):
        return [before[-1].name]
    subject = chain(grammar, text, _free(scope, before) or before)
    if (grammar.possessive_before.search(text, max(scope.sent_start, trig.start - 30), trig.start)
            and grammar.subject_resumes.search(text, before[-1].end, trig.start)):
        # "The Head of State greeted President X and recalled his state visit to Y":
        # after a second verb of the subject, "his" is the subject's, not X's
        # (but "thanked X for his visit" is X's).
        opener = scope.ctx.sentence_subject(scope.sent_start, before[-1].start)
        if opener:
            subject = [opener.name]
    return subject
