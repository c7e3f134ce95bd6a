"""Stage 1: trigger phrases of the pack, one pass over the text."""
from __future__ import annotations

from bisect import bisect_right

from ...textkit import Mentions, inside
from .grammar import Grammar
from .model import Trigger


# How far before a quoted trigger the person it reports on may be named inside the quote.
_QUOTED_SUBJECT_WINDOW = 250


def _third_person(grammar: Grammar, text: str, quote: tuple[int, int], start: int, people: Mentions | None) -> bool:
    """«Le président X a eu ce vendredi un entretien téléphonique avec Y»: a quoted communiqué
    reports X's event (a person named in the quote before the trigger, no "I"/"we" between)."""
    if people is None:
        return False
    named = people.within(max(quote[0], start - _QUOTED_SUBJECT_WINDOW), start)
    return bool(named) and not grammar.first_person_word.search(text, quote[0], start)


def find_triggers(grammar: Grammar, text: str, quotes: list[tuple[int, int]],
                  speakers: dict[tuple[int, int], str] | None = None, people: Mentions | None = None) -> list[Trigger]:
    kept: list[Trigger] = []
    for m in grammar.trigger_rx.finditer(text):
        speaker = None
        if inside(quotes, m.start(), m.end()):
            # Inside a quote only the speaker's own "I will meet X" / "j'ai rencontré X" is an
            # event, the speaker's, or a quoted report of a third person's; anything else
            # quoted is no report of ours.
            quote = quotes[bisect_right(quotes, (m.start(), 10**12)) - 1]
            speaker = (speakers or {}).get(quote)
            if not speaker or not grammar.first_person.search(text, max(quote[0], m.start() - 30), m.start()):
                speaker = None
                if not _third_person(grammar, text, quote, m.start(), people):
                    continue
        event_type, entry = grammar.trigger_kinds[m.lastgroup]
        kept.append(Trigger(m.start(), m.end(), event_type, entry.mode, entry.generic, entry.needs_person_after,
                            entry.attendance, entry.caller_after, entry.needs_place_after, speaker, entry.joint))
    return kept
