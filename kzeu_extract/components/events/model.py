"""What the three stages pass on: triggers (stage 1), candidates (stage 2: one trigger with
its arguments attached) and events (stage 3: candidates assembled and merged)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _date
from datetime import timedelta
from typing import NamedTuple

from ...textkit import evidence
from .table import EventTypeTable

# How sure a date is: from the sentence itself beats one inferred from context.
DATE_NONE, DATE_DOCUMENT, DATE_CONTEXT, DATE_SENTENCE = range(4)


class Trigger(NamedTuple):
    start: int
    end: int
    type: str
    mode: str | None
    generic: bool
    needs_person_after: bool
    attendance: bool = False
    caller_after: bool = False  # "received a phone call from X": X called, X initiated
    needs_place_after: bool = False  # "left for X", "arrived in X": a visit only with a place X
    speaker: str | None = None  # inside a quote: "I will meet X", said the speaker
    joint: bool = False  # "A and B signed ...", "held a joint press conference": a meeting of two or more named people


@dataclass
class Event:
    type: str
    participants: list[str]
    start: int
    end: int
    mode: str | None = None
    mode_explicit: bool = False
    status: str = "held"
    date: str | None = None
    date_rank: int = DATE_NONE
    initiator: str | None = None
    location: str | None = None
    sentence: int = 0
    order: int = 0
    split: bool = False  # one of the per-counterpart meetings of a "bilateral talks with A, B" list
    parties: list = field(default_factory=list)  # sides.Party: the countries and bodies taking part

    def record(self, text: str, table: EventTypeTable) -> dict:
        mode = self.mode or table[self.type].default_mode
        return {"type": self.type, "mode": mode, "status": self.status, "date": self.date,
                "participants": list(self.participants), "initiator": self.initiator,
                "location": self.location,
                "parties": [p.record(text, self.initiator) for p in self.parties],
                **evidence(text, self.start, self.end)}


@dataclass
class Candidate:
    """What one trigger says, before it becomes a new event or adds to an earlier one."""
    trigger: Trigger
    type: str
    subject: list[str]
    counterparts: list[str]
    with_object: bool
    pronoun: str | None
    other: bool
    pair: bool
    definite: bool
    planned: bool
    mode: str | None
    date: str | None
    date_rank: int
    date_near: bool
    location: str | None
    initiator: str | None
    bilateral: bool
    sentence: int
    span: tuple[int, int]
    single: bool = False
    group: bool = False
    each: bool = False
    again: bool = False
    titled_list: bool = False  # every counterpart has a title of its own ("President A and Minister B")
    joint: bool = False  # the list is one group ("the two women, A and B", "together with")
    attends: bool = False  # "X attended the meeting": X joins the event already reported
    participants: list[str] = field(default_factory=list)


def dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def date_compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def shift_day(day: str, days: int) -> str:
    """``YYYY-MM-DD`` moved by ``days`` days."""
    return (_date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
