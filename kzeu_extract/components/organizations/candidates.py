"""Candidates: one possible mention of an organization, with how it was found."""
from __future__ import annotations

from typing import NamedTuple

from ...textkit import SpanSet

# Candidate kinds, strongest first when two overlap.
KB, NATIONAL, DELEGATION, DEFINED, INTRODUCED, SOURCE_NAME, STRUCTURE = range(7)


class Candidate(NamedTuple):
    start: int
    end: int
    kind: int
    key: str                  # the body it names: merged per key
    name: str                 # its canonical name
    kb_id: str | None
    aliases: tuple = ()       # extra aliases (an abbreviation defined in the text)


def covered(candidates, extra=()) -> SpanSet:
    """The spans of ``candidates`` (and ``extra`` spans), for "is this inside one?"."""
    return SpanSet([(c.start, c.end) for c in candidates] + list(extra))
