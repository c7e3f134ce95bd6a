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
COMMA_GAP = re.compile(r",[ \u00a0]+")
PUNCTUATION_END = re.compile(r"\s*(?:[,.;:()]|$|\n)")
NEXT_TOKEN = re.compile(r"[ \u00a0]+([\w]+)")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\w)|\d{1,2}:\d{2}(?!\w)")
CAPS_NAME = compile_pattern(rf"{UP}{{2,20}}(?:[ \u00a0-]{UP}{{2,20}}){{1,2}}")
