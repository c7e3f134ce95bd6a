"""The text shapes the title grammar and the people finder share: letter classes, the shape
of a name word and of initials, vocabulary forms as patterns and keys."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...textkit import fold

# Latin (with the extended blocks: "Đ", and Vietnamese "ễ", "ấ" in Latin Extended Additional),
# Greek and Cyrillic letters
LETTER_RANGES = (range(0x41, 0x530), range(0x1E00, 0x1F00))
UPPER = "".join(chr(c) for r in LETTER_RANGES for c in r if chr(c).isupper())
LOWER = "".join(chr(c) for r in LETTER_RANGES for c in r if chr(c).islower())
UP = f"[{UPPER}]"
LO = f"[{LOWER}]"
APOS = "['\u2019]"
# One word of a person's name: "Tokayev", "Kassym-Jomart", "O'Brien", "McDonald", "Ki-moon".
# (a lowercase syllable after an apostrophe: "Hu'akavemeiliku"; not "Tokayev's" or "Qur'an")
# (an Arabic article glued by a hyphen: "al-Thani", "el-Sisi")
NAME_WORD = rf"(?:[ae]l-)?{UP}{LO}+(?:{UP}{LO}+)?(?:{APOS}(?:{UP}{LO}+|{LO}{{3,}}))?(?:-{UP}?{LO}+)*"
# initials: "S.", "S.M.", "G. L.", "Ts." and one glued to the surname: "Ts.Elbegdorj"
INITIAL = rf"{UP}{LO}?\.(?:{UP}\.){{0,2}}(?:{NAME_WORD})?"
SPACE = "[ \u00a0]"
NAME_WORD_RE = re.compile(f"{NAME_WORD}|{INITIAL}")
ABBREVIATION_RE = re.compile(rf"{UP}{{2,6}}")   # EU, UN, OSCE, NATO
SHOUTED_RE = re.compile(rf"{UP}{{7,}}")         # KAZINFORM
ALL_CAPS_RE = re.compile(rf"{UP}{{2,}}")
SPACE_RE = re.compile(SPACE)
WORDS_RE = re.compile(r"\S+")
# function words that may open the second noun phrase of "X and/et Y" in a complement
CONJUNCT_OPENERS = frozenset({"the", "of", "la", "le", "les", "de", "des", "du"})
COUNTRY_WORDS_RE = re.compile(rf"[\w-]+(?:{APOS}[\w-]+)?(?=[ \u00a0]|[,.;:)]|$)")
# after a plural title: an optional group complement the title grammar leaves ("of the two
# countries", "des deux pays"), then ":" or "," or nothing before the first name
LIST_OPENER = re.compile(rf"(?:{SPACE}(?:of|from|de|des|du){SPACE}(?:(?:the|les|la){SPACE})?(?:{LO}+{SPACE}){{0,2}}{LO}+)?\s*[:,]?\s+")
LIST_SEPARATOR = re.compile(r",?\s+(?:and|et)\s+|,\s+")
MEMBER_COUNTRY = re.compile(rf"{SPACE}(?:(?:of|de|du|d{APOS})(?:{SPACE}(?:the|la|l{APOS}))?{SPACE}?(?P<c>[\w'\u2019-]+(?:{SPACE}[\w'\u2019-]+){{0,2}})|\((?P<p>[^()]{{2,40}})\))")
# a list member's own portfolio in brackets: "(Foreign Affairs)", "(Economy, Development and Tourism)"
MEMBER_PORTFOLIO = re.compile(rf"{SPACE}?\(({UP}{LO}[^()\n\d;:]{{1,58}})\)")
NEXT_COUNTRY = re.compile(rf"(?:,?{SPACE}(?:and|et){SPACE}|,{SPACE})(?:(?:of|de|du|des){SPACE}?)?(?:(?:the|la|le|les){SPACE}|l{APOS})?")
COMMA = re.compile(rf",{SPACE}+")
DAY_OR_YEAR = re.compile(r"[ \u00a0,]*(?:\d|of\b)")
SENTENCE_END_WORD = re.compile(r"[^.]{3,}\.")
# a parenthesis closing a title's complement: an abbreviation, a region, a gloss ("(the Parliament)")
TITLE_PAREN = re.compile(rf"{SPACE}?\((?:the{SPACE}|la{SPACE}|le{SPACE}|les{SPACE}|l{APOS})?{UP}[^()\n,;\d]{{0,38}}\)")
BRACKETED_GIVEN = re.compile(rf"\[({NAME_WORD})\]{SPACE}({NAME_WORD})(?![\w-])")
PORTFOLIO_FAMILIES = frozenset({"minister", "representative", "commissioner", "adviser", "secretary"})
THIRD_PERSON_STYLE = re.compile(r"(?:His|Her|Their|Sa|Son|Leurs)[ \u00a0]")
REPUBLIC_OF = re.compile(r"^(?:Republic|République)\s+(?:of|de|du)\s+")


# initials written without full stops before a surname: "S Jaishankar", "MM Imrul Kayes"
BARE_INITIALS_RE = re.compile(rf"{UP}{{1,2}}")
# "son of"/"daughter of" in Arabic and Malay names: "Faisal bin Farhan", "Sultan bin Saad"
PATRONYMIC_LINKS = frozenset({"bin", "bint", "ibn", "binti"})
PATRONYMIC_AFTER = re.compile(r"[ \u00a0](?:bin|bint|ibn|binti)[ \u00a0]")
# a country's possessive opening a complement: "of Germany's Bundestag", "of New Zealand's"
POSSESSIVE_COUNTRY = re.compile(rf"({UP}{LO}+(?:{SPACE}{UP}{LO}+){{0,2}}){APOS}s{SPACE}(?={UP})")
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
