"""Text shapes the people finder looks for around names: appositions, capitalised surnames,
photo credits, patronymics."""
from __future__ import annotations

import re

from ..titles.text import LO, NAME_WORD, SPACE, UP

MONARCH_COUNTRY = re.compile(rf"{SPACE}(?:(?:of|de){SPACE}|d['\u2019])((?:{NAME_WORD})(?:{SPACE}{NAME_WORD})?)")
COMMA_BEFORE = re.compile(r"(\S)\s*,\s*$")
# the end of an apposition: punctuation, "and", or a few lowercase words before punctuation
# ("Ana Lopes, the governor of Brazil's largest state, said")
APPOSITION_END = re.compile(rf"(?:[ \u00a0]+(?:{LO}|['\u2019-])+){{0,6}}\s*(?:[,.;:()]|$|\n)|\s*(?:and\s|et\s)")
WORDS = re.compile(r"\S+")
HAS_SPACE = re.compile(r"[ \u00a0]")
INDEFINITE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Aa]n?|[Aa]nother|[Aa]ny|[Uu]ne?|[Dd]['\u2019]une?)[ \u00a0]$")
# a capitalised word inside a sentence (after another word), a preposition, then the candidate
TITLE_CASE_BEFORE = re.compile(rf"[\w,]{SPACE}({UP}{LO}+){SPACE}(?:of|on|in|for|de|du|des|pour){SPACE}$")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PATRONYMIC_WORDS = frozenset({"bin", "bint", "ibn", "ben", "ould", "binti", "bte", "bt"})
PATRONYMIC = re.compile(r"[ \u00a0](?:bin|bint|ibn|ben|ould|Bin|Ibn|Ould)[ \u00a0]")
# a Gulf name's chain of forefathers and family: "Meshal Al-Ahmad Al-Jaber Al-Sabah" (three words or more)
FAMILY_CHAIN = re.compile(r"^\S+[ \u00a0]\S+[ \u00a0].*(?<![\w-])(?:Al|El|Āl)[-\u00a0 ]\w")
CAPS = rf"{UP}{{2,14}}(?:-{UP}{{2,14}})?"
CAPS_WORD = re.compile(rf"{CAPS}(?![\w-])")
CAPS_AFTER_GIVEN = re.compile(rf"(?<![\w-])({NAME_WORD}(?:{SPACE}{NAME_WORD})?){SPACE}({CAPS})(?![\w'\u2019-])")
CAPS_BEFORE_GIVEN = re.compile(rf"(?<![\w-])({CAPS}){SPACE}({NAME_WORD})(?![\w-])")
COMMA_GAP = re.compile(r",[ \u00a0]+")
PUNCTUATION_END = re.compile(r"\s*(?:[,.;:()]|$|\n)")
NEXT_TOKEN = re.compile(r"[ \u00a0]+([\w]+)")
VENUE_NOUNS = ("Residence", "Palace", "Hotel", "Airport", "Street", "Avenue", "Square", "Park", "Plant", "Centre",
                "Center", "Stadium", "Arena", "Hall", "Museum", "Compound", "Complex", "Camp", "Pavilion", "Villa",
                "Castle", "Fort", "Monastery", "Temple", "Mosque", "Church", "Cathedral", "Bridge", "Tower",
                "Building", "Port", "Station", "Base", "Refinery", "Dam", "Mine", "Terminal", "Boulevard")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\w)|\d{1,2}:\d{2}(?!\w)")
# a photo credit, with the agency before a slash: "Photo: EPA/", "Photo by ", "Crédit photo : AFP / "
CREDIT = re.compile(r"(?<![\w-])(?:Photos?|PHOTOS?|Fotos?|FOTOS?|Pictures?|Cr[ée]dits?(?:[ \u00a0][Pp]hotos?)?|Photo[ \u00a0]credit)"
                     r"[ \u00a0]*(?::|by|par|de)[ \u00a0]*(?:[\w.&'\u2019-]{1,30}[ \u00a0]?/[ \u00a0]?)?")
CAPS_NAME = re.compile(rf"{UP}{{2,20}}(?:[ \u00a0-]{UP}{{2,20}}){{1,2}}")

MODEL_PERSON = {"PERSON", "PER"}
MODEL_BLOCKING = {"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MISC"}
ARTICLES = {"the", "le", "la", "les", "l'", "l\u2019", "a", "an", "un", "une", "this", "ce", "cette"}


APPOSITION_OPEN = re.compile(r",[ \u00a0]+(?:(?:the|The|le|la|Le|La)[ \u00a0]+|[lL]['\u2019])?")
