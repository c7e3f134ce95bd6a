"""Compiling patterns: letter classes of any script, at the speed of the standard ``re``.

Patterns are written with the ``regex`` module's letter properties where they need
capitals or letters of any script (``\\p{Lu}`` capital, ``\\p{Ll}`` lower-case, ``\\p{L}``
letter): Latin, Cyrillic, Greek, ... ``compile_pattern`` compiles a pattern holding such a
property with ``regex`` and every other pattern with ``re``, which matches two to three times
quicker on ours (measured on the real-article corpus; spelling the properties out as ``re``
classes was tried too: compiling the ~650-range classes cost more start-up than it saved).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

_PROPERTY = re.compile(r"\\[pP]\{")


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, flags: int = 0):
    """``pattern`` compiled with ``regex`` if it uses a ``\\p{...}`` property (or a feature
    only ``regex`` has, such as a look-behind of varying width), else with ``re``. Either way
    the result has ``search``/``match``/``fullmatch``/``finditer``/``sub``."""
    if not _PROPERTY.search(pattern):
        try:
            return re.compile(pattern, flags)
        except re.error:
            pass
    return regex.compile(pattern, flags)
