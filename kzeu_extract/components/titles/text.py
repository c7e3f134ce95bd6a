"""The text shapes the title grammar and the people finder share: letter classes, the shape
of a name word and of initials, vocabulary forms as patterns and keys."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...textkit import LOWER_LETTER, UPPER_LETTER, fold
from ...textkit.unicode_classes import compile_pattern

# letters of any script (Latin with its extended blocks, Greek, Cyrillic, ...): patterns
# that use them are compiled with the ``regex`` module
UP = UPPER_LETTER
LO = LOWER_LETTER
APOS = "['\u2019]"
# One word of a person's name: "Tokayev", "Kassym-Jomart", "O'Brien", "McDonald", "Ki-moon".
# (a lowercase syllable after an apostrophe: "Hu'akavemeiliku"; not "Tokayev's" or "Qur'an")
# (an Arabic article glued by a hyphen: "al-Thani", "el-Sisi")
NAME_WORD = rf"(?:[ae]l-)?{UP}{LO}+(?:{UP}{LO}+)?(?:{APOS}(?:{UP}{LO}+|{LO}{{3,}}))?(?:-{UP}?{LO}+)*"
# initials: "S.", "S.M.", "G. L.", "Ts." and one glued to the surname: "Ts.Elbegdorj"
INITIAL = rf"{UP}{LO}?\.(?:{UP}\.){{0,2}}(?:{NAME_WORD})?"
SPACE = "[ \u00a0]"
# the most words a person's name is written with ("Sheikh Mohammed bin Rashid Al Maktoum" has 6)
MAX_NAME_WORDS = 12
# the most titles nested in one another's complements ("Adviser to the Chief of Staff of the
# President of the Republic": 2 nested); a deeper chain is no title phrase of its own, and
# its parse stops there (no recursion as deep as the text)
MAX_NESTED_TITLES = 6
# the most complements and coordinated titles one title phrase takes, those of the titles
# nested in it included ("Deputy Prime Minister and Minister of Foreign Affairs and Trade of
# the Republic of X" takes 4), and the most words of one complement's noun phrase: past them
# the phrase ends, so each head costs a bounded look
MAX_TITLE_STEPS = 12
MAX_NOUN_PHRASE_WORDS = 16
NAME_WORD_RE = compile_pattern(f"{NAME_WORD}|{INITIAL}")
ABBREVIATION_RE = compile_pattern(rf"{UP}{{2,6}}")   # EU, UN, OSCE, NATO
SHOUTED_RE = compile_pattern(rf"{UP}{{7,}}")         # KAZINFORM
ALL_CAPS_RE = compile_pattern(rf"{UP}{{2,}}")
SPACE_RE = re.compile(SPACE)
WORDS_RE = re.compile(r"\S+")
COUNTRY_WORDS_RE = re.compile(rf"[\w-]+(?:{APOS}[\w-]+)?(?=[ \u00a0]|[,.;:)]|$)")
# a list member's own portfolio in brackets: "(Foreign Affairs)", "(Economy, Development and Tourism)"
MEMBER_PORTFOLIO = compile_pattern(rf"{SPACE}?\(({UP}{LO}[^()\n\d;:]{{1,58}})\)")
COMMA = re.compile(rf",{SPACE}+")
SENTENCE_END_WORD = re.compile(r"[^.]{3,}\.")
BRACKETED_GIVEN = compile_pattern(rf"\[({NAME_WORD})\]{SPACE}({NAME_WORD})(?![\w-])")
# initials written without full stops before a surname: "S Jaishankar", "MM Imrul Kayes"
BARE_INITIALS_RE = compile_pattern(rf"{UP}{{1,2}}")
# a country's possessive opening a complement: "of Germany's Bundestag", "of New Zealand's"
POSSESSIVE_COUNTRY = compile_pattern(rf"({UP}{LO}+(?:{SPACE}{UP}{LO}+){{0,2}}){APOS}s{SPACE}(?={UP})")
TIME_BEFORE = re.compile(r"\d[ \u00a0]?$")


def cut_off(text: str, end: int) -> bool:
    """Does the text stop right after the word ending at ``end``, with no closing punctuation
    and not even a line end (a truncated text whose last word may be cut)?"""
    return end == len(text) and text[end - 1:end].isalpha()

def plural_form(form: str, prepositions: set[str]) -> tuple[Optional[str], int]:
    """The plural of a title form and the index of its pluralised word: the word before the
    first preposition ("Ministers of Foreign Affairs", "chefs de l'État") or the last word
    ("Foreign Ministers"); None for forms that do not take a plain -s."""
    words = form.split(" ")
    index = next((i - 1 for i, w in enumerate(words) if i and (fold(w) in prepositions or fold(w).startswith("d'"))),
                 len(words) - 1)
    if words[index][-1:] in "sxz" or not words[index][-1:].isalpha():
        return None, index
    words[index] += "s"
    return " ".join(words), index

@lru_cache(maxsize=8192)
def form_key(form: str) -> str:
    return re.sub(r"[\s\u00a0-]+", " ", fold(form))

def form_pattern(form: str) -> str:
    """Regex for a vocabulary form: any apostrophe, hyphen or space between words."""
    parts = []
    for ch in form:
        if ch in "'\u2019":
            parts.append(APOS)
        elif ch in " -":
            parts.append(r"[ \u00a0-]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)

def particle_re(particles: set[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
