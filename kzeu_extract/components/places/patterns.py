"""Word lists of the places pack as regex alternations (spaces match runs of spaces/tabs)."""
from __future__ import annotations

import re

NEVER = r"(?!x)x"
CAPITALISED = r"\p{Lu}[\w'’-]*"   # a capitalised word (for the ``regex`` module)


def alternation(words, *, longest_first: bool = True, spaces: bool = True, apostrophes: bool = False) -> str:
    """``w1|w2|...`` of escaped ``words`` (longest first unless told), or a never-matching
    pattern when there are none; a space matches a run of spaces/tabs, "'" either apostrophe."""
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    escaped = []
    for word in words:
        piece = re.escape(word)
        if spaces:
            piece = piece.replace(r"\ ", r"[ \t]+")
        if apostrophes:
            piece = piece.replace("'", "['’]")
        escaped.append(piece)
    return "|".join(escaped) or NEVER
