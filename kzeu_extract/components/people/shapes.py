"""Text shapes the people finder looks for around names (language-neutral; the shapes made
of a language's words are built by ``titles.wording`` from the pack)."""
from __future__ import annotations

import re

from ...textkit.unicode_classes import compile_pattern
from ..titles.text import NAME_WORD, SPACE, UP

COMMA_BEFORE = re.compile(r"(\S)\s*,\s*$")
WORDS = re.compile(r"\S+")
HAS_SPACE = re.compile(r"[ \u00a0]")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# a Gulf name's chain of forefathers and family: "Meshal Al-Ahmad Al-Jaber Al-Sabah" (three words or more)
FAMILY_CHAIN = re.compile(r"^\S+[ \u00a0]\S+[ \u00a0].*(?<![\w-])(?:Al|El|Āl)[-\u00a0 ]\w")
CAPS = rf"{UP}{{2,14}}(?:-{UP}{{2,14}})?"
CAPS_WORD = compile_pattern(rf"{CAPS}(?![\w-])")
CAPS_AFTER_GIVEN = compile_pattern(rf"(?<![\w-])({NAME_WORD}(?:{SPACE}{NAME_WORD})?){SPACE}({CAPS})(?![\w'\u2019-])")
CAPS_BEFORE_GIVEN = compile_pattern(rf"(?<![\w-])({CAPS}){SPACE}({NAME_WORD})(?![\w-])")
# the word right before a position, after one space
WORDS_BEFORE = compile_pattern(rf"({NAME_WORD}){SPACE}$")
# a line of one capital, a full stop and a capitalised word: a lettered heading ("B.Objectives")
HEADING_LINE = compile_pattern(rf"[ \t]*{UP}\.{NAME_WORD}[ \t:.]*")
COMMA_GAP = re.compile(r",[ \u00a0]+")
PUNCTUATION_END = re.compile(r"\s*(?:[,.;:()]|$|\n)")
NEXT_TOKEN = re.compile(r"[ \u00a0]+([\w]+)")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\w)|\d{1,2}:\d{2}(?!\w)")
CAPS_NAME = compile_pattern(rf"{UP}{{2,20}}(?:[ \u00a0-]{UP}{{2,20}}){{1,2}}")
# a word in capitals after a space: where a match of CAPS_AFTER_GIVEN can end
CAPS_AFTER_SPACE = compile_pattern(rf"{SPACE}({CAPS})(?![\w'\u2019-])")
_NEAR = 256   # characters: looking this far back for the two words before a word in capitals


def caps_after_given(text: str) -> list:
    """The matches of ``CAPS_AFTER_GIVEN.finditer(text)``, read only from the two words before
    each word in capitals (the whole-text scan tried a name at every word). A match is one
    or two name words, a space, the capitals: it starts after the third space back, and
    after the previous word in capitals (no name word holds one)."""
    found, bound = [], 0
    for caps in CAPS_AFTER_SPACE.finditer(text):
        end = caps.end(1)
        low = max(bound, caps.start() - _NEAR)
        back = caps.start()
        for _ in range(2):   # the space before the word two words back, if within reach
            back = max(text.rfind(" ", low, back), text.rfind("\u00a0", low, back))
            if back < 0:
                break
        start = back + 1 if back >= 0 else bound   # (else from the bound: exact, if slower)
        match = CAPS_AFTER_GIVEN.search(text, start, end + 1 if end < len(text) else end)
        if match is not None and match.end() == end:
            found.append(match)
        bound = end
    return found
