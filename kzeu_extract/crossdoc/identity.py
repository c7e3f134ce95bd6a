"""Who is who across documents: identity keys of people and parties.

A person is ``kb:<kb_id>`` when the knowledge base knows them (so "Tokayev", "Tokaïev" and
"Kassym-Jomart Tokayev" are one), else ``name:<folded name>`` (case, accents, punctuation
and spacing folded). A country party is ``iso:<ISO 3166-1 alpha-2>``, an organization
``org:<knowledge-base id>``, else ``orgname:<folded name>``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..knowledge.ids import public_id

_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, punctuation and runs of spaces as one space:
    "Kassym-Jomart Tokaïev" -> "kassym jomart tokaiev"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


def person_key(name: str, kb_id: str | None) -> str:
    return f"kb:{kb_id}" if kb_id else f"name:{fold(name)}"


def party_key(kind: str, name: str, country: str | None, organization: str | None) -> str:
    if kind == "country" and country:
        return f"iso:{country.upper()}"
    if organization:
        return f"org:{organization}"
    return f"orgname:{fold(name)}"


def matches_person(query: str, name: str, kb_id: str | None) -> bool:
    """Whether a --person query names this person: their kb id (either record version's form:
    "person:kassym-jomart-tokayev", "kassym_jomart_tokayev"), or every word of the query among
    the words of their name ("Tokayev", "kassym-jomart tokayev")."""
    if kb_id and query.strip().casefold() in (kb_id.casefold(), f"kb:{kb_id.casefold()}"):
        return True
    wanted_id = query.strip().removeprefix("kb:")
    looks_like_id = "_" in wanted_id or ":" in wanted_id
    if kb_id and looks_like_id and public_id("person", wanted_id) == public_id("person", kb_id):
        return True   # the id in the other record version's form (person:ana-costa / ana_costa)
    wanted = fold(query).split()
    return bool(wanted) and set(wanted) <= set(fold(name).split())
