"""Stage 1: trigger phrases of the pack, one pass over the text."""
from __future__ import annotations

from bisect import bisect_right

from ...textkit import inside
from .grammar import Grammar
from .model import Trigger


def find_triggers(grammar: Grammar, text: str, quotes: list[tuple[int, int]],
                  speakers: dict[tuple[int, int], str] | None = None) -> list[Trigger]:
    kept: list[Trigger] = []
    for m in grammar.trigger_rx.finditer(text):
        speaker = None
        if inside(quotes, m.start(), m.end()):
            # Inside a quote only the speaker's own "I will meet X" / "j'ai rencontré X" is an
            # event, the speaker's; anything else quoted is no report of ours.
            quote = quotes[bisect_right(quotes, (m.start(), 10**12)) - 1]
            speaker = (speakers or {}).get(quote)
            if not speaker or not grammar.first_person.search(text, max(quote[0], m.start() - 30), m.start()):
                continue
        event_type, entry = grammar.trigger_kinds[m.lastgroup]
        kept.append(Trigger(m.start(), m.end(), event_type, entry.mode, entry.generic, entry.needs_person_after,
                            entry.attendance, entry.caller_after, entry.needs_place_after, speaker, entry.joint))
    return kept
