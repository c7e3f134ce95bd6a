"""A trigger's status beyond held and planned: "refused to meet", "declined an invitation to
visit", "the visit was called off", "a annulé sa visite" (cancelled, refused), and
"postponed" / "la visite a été reportée", which keeps the event planned: a postponed
occasion is still to come, it has not happened.

A cue stands right before the trigger (at most a few words between, no clause mark) or right
after its noun phrase; a negation right before a cue undoes it ("did not refuse to meet")."""
from __future__ import annotations

import re

from .scope import Scope

_CLAUSE_MARK = re.compile(r"[,;:.!?()]")
_HARD_MARK = re.compile(r"[;:.!?()]")
_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")
_MAX_WORDS_BEFORE = 3
_MAX_WORDS_AFTER = 12
_WINDOW = 80
PLANNED = "planned"


def status_cue(scope: Scope) -> str | None:
    """"cancelled", "refused" or "planned" (postponed) when the text says so, else None."""
    grammar, text, trig = scope.ctx.grammar, scope.text, scope.trig
    start = max(scope.before_start, trig.start - _WINDOW)
    for status, patterns in grammar.status_before.items():
        for pattern in patterns:
            for cue in pattern.finditer(text, start, trig.end):
                if cue.start() >= trig.start or cue.end() > trig.end:
                    continue
                gap = text[cue.end():trig.start]  # empty when the cue ends inside the trigger ("to meet")
                if (len(_WORDS.findall(gap)) <= _MAX_WORDS_BEFORE and not _CLAUSE_MARK.search(gap)
                        and not _negated(scope, cue.start())):
                    return status
    for status, patterns in grammar.status_after.items():
        for pattern in patterns:
            cue = pattern.search(text, trig.end, scope.before_next)
            if cue and cue.start() - trig.end <= _WINDOW:
                gap = text[trig.end:cue.start()]
                if (len(_WORDS.findall(gap)) <= _MAX_WORDS_AFTER and not _HARD_MARK.search(gap)
                        and not _negated(scope, cue.start())):
                    return status
    return None


def _negated(scope: Scope, at: int) -> bool:
    text = scope.text
    return bool(scope.ctx.grammar.status_negation.search(text[max(scope.sent_start, at - 15):at]))
