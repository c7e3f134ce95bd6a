"""Looking around a number: the words right before it, the sentence and the line it is in,
and the spans already taken by other figures or dates."""
from __future__ import annotations

import bisect
import re
import re._casefix
from collections.abc import Iterable
from functools import lru_cache

from ...textkit.unicode_classes import compile_pattern

# a sentence starts here: after end punctuation, a colon, a quote or a bracket
SENTENCE_START = re.compile(r"(?:^|[.!?\u201d\"\n:;]\s*|[\u00ab\u201c(]\s*)$")
# a capitalised word right before a number names it (Windows 10)
LABEL = compile_pattern(r"(?<![\w'])(\p{Lu}[\w-]*)\s+$")
CAPITALISED = compile_pattern(r"(?<![\w-])\p{Lu}[\w-]+")
_SENTENCE_END = compile_pattern(r"[.!?](?=\s+[\p{Lu}\"\u201c\u00ab])|\n")
_WORD = re.compile(r"[^\W\d_][\w']*")
# Letters where ``str.lower()`` is not the simple case mapping a case-insensitive ``re``
# pattern compares with (İ lowers to two characters, a final Σ to ς), or that ``re`` also
# equates with other letters (ſ with s, K with k): with none in a text, ``(?i:word)`` matches
# there exactly where ``word.lower()`` stands in ``text.lower()``.
_TRAP_LETTERS = "\u0130\u03a3" + "".join(
    chr(c) for key, extra in re._casefix._EXTRA_CASES.items() for c in (key, *extra) if c > 127)
_CASE_TRAP = re.compile(f"[{re.escape(_TRAP_LETTERS)}]")
# How far the chunk of a number (the text between spaces around it) is looked at each way:
# searching a 10k-character run without a space for every number in it was quadratic.
CHUNK_REACH = 200


@lru_cache(maxsize=65536)
def word_key(text: str) -> str:
    """Look-up key of a word of the vocabulary: case-folded, one apostrophe, single spaces.
    Accents stay (the kit's ``fold`` drops them, and été/ete are different words here)."""
    return " ".join(text.casefold().replace("\u2019", "'").split())


def lowered_exactly(text: str) -> str | None:
    """``text.lower()`` when a word found there is found by a case-insensitive pattern at
    the same offset, else None (see _CASE_TRAPS)."""
    if not text.isascii() and _CASE_TRAP.search(text):
        return None
    return text.lower()


def may_hold_any(lowered: str | None, words: Iterable[str]) -> bool:
    """False only when no word of ``words`` (a case-insensitive alternation's words, a space
    in them matching any white space) can match in the text ``lowered`` comes from."""
    if lowered is None:
        return True
    for word in words:
        part = word.split(" ", 1)[0].lower()
        if not part or _CASE_TRAP.search(part) or part in lowered:
            return True
    return False


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around [start, end), found from punctuation and line breaks (at most
    ``reach`` characters each way)."""
    left = max(0, start - reach)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return begin, after.start() if after else min(len(text), end + reach)


def is_furniture(text: str, figure: dict, furniture_units: set[str]) -> bool:
    """'7785 views', '15 comments' alone on a line: a page counter, not a fact."""
    if figure["kind"] != "count":
        return False
    last = word_key(figure["unit"] or "").split()[-1:]
    if last != [w for w in last if w in furniture_units]:
        return False
    line_start = text.rfind("\n", 0, figure["start"]) + 1
    line_end = text.find("\n", figure["end"])
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:figure["start"]] + " " + text[figure["end"]:line_end]
    return all(word_key(w) in furniture_units for w in _WORD.findall(rest))


class Before:
    """The text right before a number: what is glued to it (``$``, ``(``) and the two words
    before that, found with a few C-level string searches."""
    __slots__ = ("chunk_start", "glued", "word1", "word2")

    def __init__(self, text: str, start: int):
        reach = max(0, start - CHUNK_REACH)
        space = max(text.rfind(" ", reach, start), text.rfind("\n", reach, start), text.rfind("\u00a0", reach, start))
        if space < 0 and reach > 0:  # no break within reach: a run (1-1-1-...), no words before
            self.chunk_start, self.glued, self.word1, self.word2 = reach, text[reach:start], "", ""
            return
        self.chunk_start = space + 1
        self.glued = text[space + 1:start]
        words = text[max(0, space - 40):max(space, 0)].split()
        self.word1 = words[-1] if words else ""
        self.word2 = words[-2] if len(words) > 1 else ""

    def may_end_with(self, triggers: set, lower: bool = False, strip: str = "", words: int = 1) -> bool:
        candidates = [self.glued] if self.glued else []
        candidates += [self.word1, self.word2][:words] if not self.glued or words > 1 else []
        for word in candidates:
            word = word.lstrip(strip) if strip else word
            if (word_key(word) if lower else word) in triggers:
                return True
        return False

    def ends_with_apostrophe(self) -> bool:
        """d'environ, l'equivalent: a qualifier glued by an elision."""
        return bool(self.glued) and self.glued[-1:] in "'\u2019"


class Intervals:
    """Sorted, merged [start, end) spans with a fast overlap test."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start
