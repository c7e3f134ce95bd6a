"""Which currency a shared form names: ``$``, ``dollars``, ``rupees``, ``francs`` take the
currency of the country the context names (see ``currency_families`` in data/figures.json):
the sentence's places and nationality adjectives, else the document's other explicit
figures of that family, else (not for the dollar) the document's places, else the default."""
from __future__ import annotations

from .context import CAPITALISED, sentence_bounds
from .grammar import FiguresGrammar
from .schema import CurrencyFamily


def _country_mentions(places: list[dict]) -> list[tuple[int, int, str]]:
    return sorted((m["start"], m["end"], place.get("country")) for place in places
                  for m in place.get("mentions", []) if place.get("country"))


def _from_sentence(family: CurrencyFamily, named: set, adjectives: set) -> set:
    by_country = family.by_country
    if family.context == "adjectives":
        # the dollar: a demonym (Australian) decides, unless the sentence names the US
        us = {c for c in named | adjectives if by_country.get(c) == family.default}
        return {by_country[c] for c in (us or adjectives) if c in by_country}
    return {by_country[c] for c in named | adjectives if c in by_country}


def _most_named(family: CurrencyFamily, mentions) -> set:
    """The currency of the country the document names most (if one is named most)."""
    counts: dict = {}
    for _, _, code in mentions:
        if code in family.by_country:
            currency = family.by_country[code]
            counts[currency] = counts.get(currency, 0) + 1
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    return {best[0][0]} if best and (len(best) == 1 or best[0][1] > best[1][1]) else set()


def resolve_currencies(text: str, figures: list[dict], places: list[dict], g: FiguresGrammar, geo) -> None:
    """Set the currency of every figure read with a family form (marked ``_family``)."""
    pending = [f for f in figures if f.get("_family")]
    if not pending:
        return
    explicit = {f["currency"] for f in figures if f["kind"] == "money" and not f.get("_family")}
    mentions = _country_mentions(places)
    for figure in pending:
        family = g.families[figure.pop("_family")]
        start, end = sentence_bounds(text, figure["start"], figure["end"])
        named = {code for s, e, code in mentions if s >= start and e <= end}
        adjectives = {geo.adjective_to_code(w) for w in CAPITALISED.findall(text, start, end)} - {None}
        candidates = _from_sentence(family, named, adjectives)
        if len(candidates) != 1:
            candidates = (explicit & set(family.by_country.values())) - {family.default}
        if len(candidates) != 1 and family.context != "adjectives":
            candidates = _most_named(family, mentions)
        figure["currency"] = next(iter(candidates)) if len(candidates) == 1 else family.default
