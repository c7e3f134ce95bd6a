"""Pure helpers for person names and titles: surname, spelling similarity, title clean-up."""
from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, ValidationError

from ..textkit import fold


# Lowercase or capitalised particles that belong to the surname ("Le Drian", "von der Leyen").
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos",
                               "das", "du", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "zu"})

# case-sensitive on purpose: "UN Secretary-General" does not start with the article "un"
_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ll]es?|[Ll]a|[Uu]ne?)\s+|^[Ll]['’]\s*")
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


# one pinyin syllable (initial + final), loosely: "xi", "jin", "ping", "zhuang", "yi"
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]{1,3})(?:ng|n|r)?){1,3}")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FamilyNameFirst(_Strict):
    chinese: list[str]
    korean: list[str]


class ModelLabels(_Strict):
    person: list[str]
    blocking: list[str]


class PersonNames(_Strict):
    """The shape of ``data/person_names.json`` (see its ``_doc``)."""
    family_name_first: FamilyNameFirst
    patronymic_links: list[str]
    capitalised_patronymic_links: list[str]
    model_labels: ModelLabels
    not_initials: list[str] = []
    long_initials: list[str] = []


@lru_cache(maxsize=1)
def person_names() -> PersonNames:
    """``data/person_names.json``, checked (an error names the file, key path and entry)."""
    from ..data import load_data
    from ..langpacks import describe_validation_error
    try:
        return PersonNames.model_validate(load_data("person_names"))
    except ValidationError as exc:
        raise describe_validation_error("person_names.json", exc) from None


@lru_cache(maxsize=1)
def _family_first_names() -> tuple[frozenset, frozenset]:
    lists = person_names().family_name_first
    return frozenset(lists.chinese), frozenset(lists.korean)


@lru_cache(maxsize=8192)
def family_name_first(name: str) -> bool:
    """Is this a Chinese or Korean name written family name first ("Wang Yi", "Ban Ki-moon")?"""
    words = name.split()
    if len(words) != 2:
        return False
    chinese, korean = _family_first_names()
    family, given = words
    if family in chinese and given[:1].isupper() and _PINYIN.fullmatch(given.lower()):
        return True
    return family in korean and bool(_KOREAN_GIVEN.fullmatch(given))


def surname(name: str) -> str:
    """The family-name part of a full name: the last word with the particles before it, or
    the first word of a name written family name first ("Wang Yi" -> "Wang")."""
    words = name.split()
    if len(words) <= 1:
        return name
    if family_name_first(name):
        return words[0]
    i = len(words) - 1
    while i > 1 and fold(words[i - 1]) in SURNAME_PARTICLES:
        i -= 1
    return " ".join(words[i:])


def given_name(name: str) -> str:
    words = name.split()
    if len(words) > 1 and family_name_first(name):
        return words[-1]
    return words[0] if len(words) > 1 else ""


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returns limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar_surnames(a: str, b: str) -> bool:
    """Same surname up to case/accents, or one typo/transliteration in a long one
    ("Thijis"/"Thijs", "Tokaev"/"Tokayev")."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    return min(len(fa), len(fb)) >= 5 and edit_distance(fa, fb, 1) <= 1


def same_person_names(a: str, b: str) -> bool:
    """Two full names for one person: same given name (folded) and similar surnames."""
    ga, gb = given_name(a), given_name(b)
    if not ga or not gb or fold(ga) != fold(gb):
        return False
    return similar_surnames(surname(a), surname(b))


def clean_title(text: str) -> str:
    """A title as written, normalised: no leading article, no trailing possessive, straight
    apostrophes, single spaces ("the Kazakh president’s" -> "Kazakh president")."""
    text = " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())
    text = _LEADING_ARTICLE.sub("", text)
    text = _TRAILING_POSSESSIVE.sub("", text)
    return text.strip(" ,")
