"""Initials before a surname, glued or spaced, as agencies of several regions write them:
"J.Zarif", "Ts.Elbegdorj", "Kh. Battulga", "A.-K. Kramp-Karrenbauer", "G.L.Peiris".

A name written so is the same person as its full name ("Javad Zarif": the given names start
with the initials) and as its bare surname; the initials stay in the mention's evidence.
No initials: an abbreviation (``not_initials`` of ``data/person_names.json``: "St.Petersburg",
"No.5"), a country's or an organisation's letters ("U.S.", "U.N."), an honorific ("Dr.Smith":
a title before the name, not part of it), a word ending a sentence with no space after it
("in Paris.The minister": "Paris" is too long for initials, "The" no surname), an address
("www.Example.com", "j.smith@example.org")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...normalize.names import person_names
from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern
from ..titles.text import LO, NAME_WORD, SPACE, UP

# one initial: a capital and at most two lowercase letters ("J.", "Ts.", "Kh.", "Dzh."), a full stop
INITIAL = rf"{UP}{LO}{{0,2}}\."
# one to three initials, joined by nothing or a hyphen ("G.L.", "A.-K."); then the surname,
# glued or after one space; not inside a word, an address or a domain ("www.Example.com")
INITIALLED_NAME = compile_pattern(
    rf"(?<![\w.@/#&'\u2019-])({INITIAL}(?:-?{INITIAL}){{0,2}})({SPACE}?)({NAME_WORD})(?![\w@'\u2019-]|\.{LO})")
# the initials glued to the surname right before a mention of it ("A.-" before "K. Kramp")
INITIALS_BEFORE = compile_pattern(rf"(?<![\w.@/#&'\u2019-])((?:{INITIAL}-?){{1,3}})({SPACE}?)$")
ONE_INITIAL = compile_pattern(rf"({UP}){LO}{{0,2}}\.")
GLUED = re.compile(r"(?<=\.)(?=[^\W\d_])")


@lru_cache(maxsize=1)
def not_initials() -> frozenset:
    return frozenset(person_names().not_initials)


@lru_cache(maxsize=1)
def long_initials() -> frozenset:
    return frozenset(person_names().long_initials)


@lru_cache(maxsize=8192)
def spaced(text: str) -> str:
    """A mention's text with each glued initial set apart: "Ts.Elbegdorj" -> "Ts. Elbegdorj"
    (the words the name logic reads; the evidence keeps the text as written)."""
    return GLUED.sub(" ", text) if "." in text else text


def letters(initials: str) -> list[str]:
    """The initials' capitals: "A.-K." -> ["A", "K"], "Ts." -> ["T"]."""
    return [m.group(1) for m in ONE_INITIAL.finditer(initials)]


def initials_fit(a: str, b: str) -> bool:
    """"S. Jaishankar" and "Subrahmanyam Jaishankar", "J. Zarif" and "Mohammad Javad Zarif":
    the same surname, and the initials of one are the first letters of the other's given
    names (in order; a given name may be left out)."""
    wa, wb = spaced(a).split(), spaced(b).split()
    if len(wa) < 2 or len(wb) < 2 or fold(wa[-1]) != fold(wb[-1]):
        return False
    ia, ib = _is_initials(wa[:-1]), _is_initials(wb[:-1])
    if ia == ib:
        return False
    short, long_ = (wa[:-1], wb[:-1]) if ia else (wb[:-1], wa[:-1])
    wanted = [c for w in short for c in letters(w)]
    firsts = [p[:1] for w in long_ for p in w.split("-")]
    i = 0
    for c in firsts:
        if i < len(wanted) and c == wanted[i]:
            i += 1
    return i == len(wanted) and bool(wanted)


def full_names_by_surname(forms) -> dict[str, tuple[str, ...]]:
    """Folded last word -> the ids of the knowledge base's people with a full name ending so
    (from ``KnowledgeBase.all_forms``)."""
    index: dict[str, set] = {}
    for form, person_id, full in forms:
        if full and " " in form:
            index.setdefault(fold(form.split()[-1]), set()).add(person_id)
    return {key: tuple(sorted(ids)) for key, ids in index.items()}


def initial_words(text: str) -> list[str]:
    """The words of a name that are initials ("Ts." in "Ts. Elbegdorj")."""
    return [w for w in text.split() if _is_initials([w])]


def _is_initials(words: list[str]) -> bool:
    return bool(words) and all(ONE_INITIAL.fullmatch(p) or not p for w in words for p in re.split(r"(?<=\.)-?", w))


def valid_initials(initials: str, country_code, org_aliases, honorifics, given_written=None) -> str:
    """"initial", "honorific" or "" (no initials): what the letters before a surname are.
    An honorific of one letter ("M.", Monsieur) is an initial when ``given_written(letter)``
    says the text writes the surname after a given name with that letter."""
    bare = initials.replace(".", "").replace("-", "")
    if initials in honorifics:
        if len(bare) == 1 and given_written and given_written(bare):
            return "initial"   # "Marguerite Okonjo" ... "M.Okonjo": the given name's initial
        return "honorific"   # ("M.Dupont" as "M. Dupont": the French "Monsieur", as when spaced)
    if bare in not_initials():
        return ""
    if any(len(part) > 2 and part not in long_initials() for part in re.split(r"[.-]+", initials)):
        return ""   # "in Ufa.Putin said": a word ending a sentence, not an initial
    if len(letters(initials)) > 1 and (country_code(initials) or country_code(bare) or fold(bare) in org_aliases):
        return ""   # "U.S.", "U.N.": a country's or a body's letters
    if len(bare) > 1 and len(letters(initials)) == 1 and country_code(bare):
        return ""
    return "initial"
