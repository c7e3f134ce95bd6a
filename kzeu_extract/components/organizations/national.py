"""National bodies qualified by a country ("Kazakh MFA", "Ministry of Foreign Affairs of
Belgium", "Kazakhstan's Foreign Ministry", "ministère kazakh des Affaires étrangères") and EU
delegations to a country ("délégation de l'UE au Kazakhstan")."""
from __future__ import annotations

from .candidates import DELEGATION, NATIONAL, Candidate
from .grammar import Grammar


def countries_by_start(places) -> dict[int, tuple[int, str]]:
    """Start of each country mention -> (its end, the country's code)."""
    return {m["start"]: (m["end"], p["country"]) for p in places
            if p.get("kind") == "country" and p.get("country") for m in p["mentions"]}


def blank_inserted_adjectives(g: Grammar, geo, folded: str) -> tuple[str, dict[int, str]]:
    """The folded text with country adjectives inside names blanked out ("ministère kazakh
    des ..." reads as "ministère des ..."), and start of the head -> the adjective's country."""
    inserted = {}
    for match in g.inserted_adjective.finditer(folded):
        code = geo.adjective_to_code(match.group(1))
        if code:
            inserted[match.start()] = code
            a, b = match.span(1)
            folded = folded[:a] + " " * (b - a) + folded[b:]
    return folded, inserted


def _qualifier(g: Grammar, geo, text: str, start: int, end: int, countries: dict):
    """The country next to a national body, with the span grown to include it:
    "... of (the Republic of) X", "X's ...", "Kazakh ...", French "... kazakh"."""
    match = g.country_after.match(text, end)
    if match and match.end() in countries:
        return start, countries[match.end()][0], countries[match.end()][1]
    before = g.country_before.search(text, max(0, start - 40), start)
    if before and before.group(1)[:1].isupper() and geo.country_code(before.group(1)):
        return before.start(), end, geo.country_code(before.group(1))
    adjective = g.adjective_after.match(text, end)
    if adjective and geo.adjective_to_code(adjective.group(1)):
        return start, adjective.end(), geo.adjective_to_code(adjective.group(1))
    return start, end, None


def national_body(g: Grammar, geo, store, text: str, match: tuple[int, int, str], countries: dict,
                  code: str | None = None) -> Candidate | None:
    start, end, body_id = match
    body = store.national_bodies[body_id]
    if not code:
        start, end, code = _qualifier(g, geo, text, start, end, countries)
    if code:
        key = f"{body.id}:{code}"
        return Candidate(start, end, NATIONAL, key, store.national_name(body, geo.country_name(code)), key)
    if body.qualified_only:
        return None
    return Candidate(start, end, NATIONAL, body.id, body.name, body.id)


def delegations(g: Grammar, geo, store, text: str, countries: dict) -> list[Candidate]:
    """"EU Delegation to Kazakhstan": the Delegation of the European Union to that country."""
    names = store.eu_delegation
    found = []
    if not any(word in text for word in g.words.delegation_words):
        return found
    for match in g.delegation.finditer(text):
        if match.end() in countries:
            end, code = countries[match.end()]
            country = geo.country_name(code)
            aliases = tuple(a.format(country=country) for a in names.aliases)
            key = f"{names.id}:{code}"
            found.append(Candidate(match.start(), end, DELEGATION, key, names.name.format(country=country), key, aliases))
    return found
