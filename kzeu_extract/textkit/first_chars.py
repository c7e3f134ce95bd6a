"""The characters a regex match can start with, read from the pattern's parse.

Put as a look-ahead in front of one alternative of a large alternation
(``(?=[vV])visit...``), it lets the engine drop that alternative at the first character
instead of walking its inner branches: the same matches, found sooner. Anything the parse
does not make plain (a class by category, a negation, a back-reference, a flag change inside)
gives None: no look-ahead, never a wrong one.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _sre
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())
_ZERO_WIDTH = {_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT}


class _Unknown(Exception):
    """A piece of pattern whose first characters are not plain."""


def first_characters(pattern: str, flags: int = 0) -> list[str] | None:
    """Class items (``a``, ``x-z``, escaped) that together hold the first character of
    every non-empty match of ``pattern`` compiled with ``flags``; None when not known or any."""
    try:
        items, nullable = _first(_parse.parse(pattern, flags).data)
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    return None if nullable or not items else items


def character_class(items: list[str]) -> str:
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _first(sequence) -> tuple[list[str], bool]:
    """(first-character items, whether the sequence can match the empty string)."""
    items: list[str] = []
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item's characters come first
        if op is _sre.LITERAL:
            return items + [re.escape(chr(av))], False
        if op is _sre.IN:
            return items + _class_items(av), False
        found, nullable = _inner(op, av)
        items += found
        if not nullable:
            return items, False
    return items, True


def _inner(op, av) -> tuple[list[str], bool]:
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _Unknown(op)
        return _first(sub.data)
    if op is _sre.BRANCH:
        items, nullable = [], False
        for alternative in av[1]:
            found, empty = _first(alternative.data)
            items += found
            nullable = nullable or empty
        return items, nullable
    if op in _REPEATS:
        low, _high, sub = av
        found, empty = _first(sub.data)
        return found, empty or low == 0
    if getattr(_sre, "ATOMIC_GROUP", None) is op:
        return _first(av.data)
    raise _Unknown(op)


def _class_items(av) -> list[str]:
    items = []
    for op, value in av:
        if op is _sre.LITERAL:
            items.append(re.escape(chr(value)))
        elif op is _sre.RANGE:
            items.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        else:
            raise _Unknown(op)   # a category (\w), a negation, ...
    return items
