"""The organizations of one text: every way of finding a candidate, then the choice and
the merge (see the package's docstring)."""
from __future__ import annotations

from ...knowledge.organizations import OrganizationStore
from ...textkit import SpanSet, fold_same_length, url_spans
from .definitions import bare_name_pattern, bare_names, definitions, introduced_names
from .grammar import Grammar
from .known import find_known, known_names
from .merge import merge, resolve
from .national import (
    blank_inserted_adjectives,
    countries_by_start,
    delegations,
    national_body,
)
from .sources import dateline_sources, menu_spans, source_domains
from .structure import structures


class OrganizationFinder:
    """One language's grammar with the knowledge of organizations and countries."""

    def __init__(self, grammar: Grammar, store: OrganizationStore, geo):
        self.grammar, self.store, self.geo = grammar, store, geo
        self.bare_patterns = {b.name: bare_name_pattern(grammar, b.name) for b in store.bare_names}
        # built with the component (so it is part of its cached state), not on the first text
        self.known_names = known_names(store)

    def find(self, text: str, places: list[dict] | None = None, folded: str | None = None) -> list[dict]:
        """Organizations in ``text``; ``places`` are kzeu_places' results (for countries)."""
        g, geo, store = self.grammar, self.geo, self.store
        places = places or []
        folded = fold_same_length(text) if folded is None else folded
        # start of a French head -> country code of the adjective blanked out
        folded, inserted = blank_inserted_adjectives(g, geo, folded)
        countries = countries_by_start(places)
        place_spans = [(m["start"], m["end"]) for p in places for m in p["mentions"]]

        def national(start, end, body_id):
            return national_body(g, geo, store, text, (start, end, body_id), countries, inserted.get(start))

        known = find_known(g, store, self.known_names, text, folded, national)
        candidates = known.candidates
        candidates += delegations(g, geo, store, text, countries)
        candidates += definitions(g, geo, text, candidates)
        candidates += introduced_names(g, geo, text, place_spans)
        candidates += dateline_sources(geo, text, candidates, place_spans + known.venues)
        candidates += structures(g, geo, store, text, folded, candidates, place_spans + known.venues)
        candidates += bare_names(g, store, self.bare_patterns, text, candidates)
        candidates += source_domains(g, geo, store, text, candidates)
        excluded = [SpanSet(url_spans(text)), SpanSet(menu_spans(text))]
        candidates = [c for c in candidates if not any(s.covers(c.start, c.end) for s in excluded)]
        found = merge(geo.name_key, text, resolve(candidates))
        for org in found:
            org["wikidata"] = store.wikidata(org["kb_id"])
        return found
