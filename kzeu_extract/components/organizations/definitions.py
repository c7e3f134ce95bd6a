"""Names the text itself introduces: "Full Name (ABBR)" (the abbreviation then names the
body wherever it stands alone), "the company Air Astana" (a company noun before a name),
and a known body's bare short name ("the Commission") in a text about its family."""
from __future__ import annotations

import re

from ...textkit import UPPER_LETTER, SpanSet
from ...textkit.unicode_classes import compile_pattern
from .candidates import DEFINED, INTRODUCED, Candidate, covered
from .grammar import Grammar
from .occurrences import occurrences

_WORD = compile_pattern(r"\S+")
_CHAIN_REACH = 400  # characters: far longer than any full name


def _spells(abbreviation: str, initials: list[str]) -> bool:
    """Letters of the abbreviation appear in order among the words' initials."""
    letters = iter(initials)
    return all(any(c == i for i in letters) for c in abbreviation if c.isupper())


def _last_chain(g: Grammar, text: str, end: int) -> tuple[int, int] | None:
    """The capitalised chain that ends exactly at ``end``, within its line and the
    ``_CHAIN_REACH`` characters before it (reading the whole line for each definition was
    quadratic on a long line)."""
    reach = max(0, end - _CHAIN_REACH)
    line_start = max(text.rfind("\n", reach, end) + 1, reach)
    for match in g.capital_chain.finditer(text, line_start, end):
        if match.end() == end:
            return match.start(), match.end()
    return None


def _trim_to_initials(text: str, chain: tuple[int, int], abbreviation: str):
    """The shortest tail of the chain whose capitalised words' initials spell the
    abbreviation ("... Centre and the | Caspian Pipeline Consortium (CPC)")."""
    start, end = chain
    words = list(_WORD.finditer(text, start, end))
    for i in range(len(words) - 1, -1, -1):
        initials = [w.group()[0] for w in words[i:] if w.group()[0].isupper()]
        if words[i].group()[0] == abbreviation[0] and _spells(abbreviation, initials):
            return words[i].start(), text[words[i].start():end]
    return start, None


def _new_definitions(g: Grammar, geo, text: str, candidates) -> tuple[list[Candidate], dict[str, str]]:
    """Candidates for the full names defined in the text, and abbreviation -> key."""
    found, definitions = [], {}
    by_end = {c.end: c for c in candidates}
    for match in g.definition.finditer(text):
        abbreviation = match.group(1)
        known = by_end.get(match.start())
        if known:
            definitions[abbreviation] = known.key
            continue
        chain = _last_chain(g, text, match.start())
        if not chain:
            continue
        start, name = _trim_to_initials(text, chain, abbreviation)
        if name and any(w in g.words.heads for w in name.split()):
            key = geo.name_key(name)
            found.append(Candidate(start, start + len(name), DEFINED, key, name, None, (abbreviation,)))
            definitions[abbreviation] = key
    return found, definitions


def definitions(g: Grammar, geo, text: str, candidates) -> list[Candidate]:
    """'Full Name (ABBR)': candidates for the new full names and for every bare use of the
    abbreviations."""
    found, defined = _new_definitions(g, geo, text, candidates)
    first: dict[str, Candidate] = {}
    for c in candidates + found:
        first.setdefault(c.key, c)
    spans = occurrences(text, defined)
    for abbreviation, key in defined.items():
        for start, end in spans[abbreviation]:
            found.append(Candidate(start, end, DEFINED, key, first[key].name, first[key].kb_id))
    return found


def introduced_names(g: Grammar, geo, text: str, place_spans) -> list[Candidate]:
    """'sa coentreprise KATCO', 'the company Air Astana': the name, and its later bare uses."""
    places = SpanSet(place_spans)
    names = {}
    for match in g.introduced.finditer(text):
        start, end = match.span(1)
        if places.covers(start, end) or match.group(1).split()[0] in g.words.determiners:
            continue  # "the group Kazakhstan leads": a place names no company
        names.setdefault(match.group(1), geo.name_key(match.group(1)))
    found = []
    spans = occurrences(text, names)
    for name, key in names.items():
        for start, end in spans[name]:
            found.append(Candidate(start, end, INTRODUCED, key, name, None))
    return found


def bare_name_pattern(g: Grammar, name: str) -> re.Pattern:
    """"the Commission", "la Commission", not "the Commission on ..." or "Commission X"."""
    return compile_pattern(rf"{g.bare_name_before}({re.escape(name)})"
                      rf"(?![ \t]*[-–]?[ \t]*(?:{UPPER_LETTER}|{g.bare_name_not_before}))(?![\w-])")


def bare_names(g: Grammar, store, patterns: dict, text: str, candidates) -> list[Candidate]:
    """A body's bare short name alone ("High Representative ..., Vice-President of the
    Commission") in a text naming one of its context bodies; ``patterns``: name -> regex."""
    found = []
    ids = {c.kb_id for c in candidates}
    taken = None
    for bare in store.bare_names:
        if not ids & set(bare.context):
            continue
        if taken is None:   # (the candidates are the same for every bare name)
            taken = covered(candidates)
        entry = store.entries[bare.id]
        for match in patterns[bare.name].finditer(text):
            start, end = match.span(1)
            if not taken.covers(start, end):
                found.append(Candidate(start, end, DEFINED, bare.id, entry.name, bare.id))
    return found
