"""Pickling ``re`` patterns with their compiled program, so that loading one does not compile it.

``pickle`` stores a ``re.Pattern`` as its source and flags and compiles it again when
loading: for a large pattern (spaCy's French token-match pattern: 1.45 MB of source, 3 s)
that is most of the cost a cache is meant to save. The program ``re`` compiles a pattern to
is a list of integers that ``_sre.compile`` turns back into the same pattern object, so it
is stored beside the source. The program belongs to one interpreter build: it is loaded only
by the same Python (version, build and ``_sre`` magic number), any other compiles the source
as plain pickle would. The stored program is checked against the pattern when written (a
pattern equals another only with the same source, flags and program).
"""
from __future__ import annotations

import _sre
import io
import pickle
import re
import sys

try:   # Python 3.11+
    from re import _compiler as _sre_compile
    from re import _parser as _sre_parse
except ImportError:   # Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# The programs of one interpreter build are loaded only by the same build.
INTERPRETER = (sys.implementation.cache_tag, sys.version, _sre.MAGIC, _sre.CODESIZE)


def program(pattern: re.Pattern) -> tuple | None:
    """What ``_sre.compile`` needs to make ``pattern`` again, or None when it cannot be had."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        code = [int(op) for op in _sre_compile._code(parsed, pattern.flags)]   # opcodes are int subclasses
        state = parsed.state
        index_group = [None] * state.groups
        for name, index in state.groupdict.items():
            index_group[index] = name
        made = (INTERPRETER, pattern.pattern, pattern.flags | state.flags, code, state.groups - 1,
                dict(state.groupdict), tuple(index_group))
        if restore(*made) == pattern:   # same source, flags and program
            return made
    except Exception:   # another interpreter's internals: the pattern pickles as source
        pass
    return None


def restore(interpreter: tuple, source: str | bytes, flags: int, code: list[int], groups: int,
            group_index: dict, index_group: tuple) -> re.Pattern:
    """The pattern from its program (same interpreter), else compiled from its source."""
    if interpreter == INTERPRETER:
        return _sre.compile(source, flags, code, groups, group_index, index_group)
    return re.compile(source, flags)


class Pickler(pickle.Pickler):
    """A pickler that stores every ``re.Pattern`` with its compiled program."""

    def reducer_override(self, obj):
        if type(obj) is re.Pattern:
            made = program(obj)
            if made is not None:
                return restore, made
        return NotImplemented


def dumps(value) -> bytes:
    out = io.BytesIO()
    Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()
