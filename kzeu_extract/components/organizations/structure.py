"""Organizations found by structure: a run of capitalised words (a chain) holding a head word
("Ministry", "Bank", "Council", "Agence" ...), cut after a person's title ("President of the
European Council" -> "European Council") and before a following name."""
from __future__ import annotations

from ...textkit import SpanSet
from ...textkit.unicode_classes import compile_pattern
from .candidates import KB, STRUCTURE, Candidate
from .chain import Chain, organizations_in_chain
from .grammar import Grammar

_WORD_SEPARATORS = compile_pattern(r"[\s\-]+")


def _is_generic(g: Grammar, name: str) -> bool:
    """All words besides the heads are generic ("Media Center", "Latest News")."""
    words = [w for w in _WORD_SEPARATORS.split(name) if w and w[0].isupper() and w not in g.words.heads]
    return bool(words) and all(w in g.words.generic for w in words)


def _capitalise_lowercase_heads(g: Grammar, text: str) -> str:
    """"ministère des Affaires étrangères": lower-case heads read as capitalised ones."""
    chars = None
    for match in g.lowercase_heads.finditer(text):
        chars = chars or list(text)
        chars[match.start()] = chars[match.start()].upper()
    return "".join(chars) if chars else text


def structures(g: Grammar, geo, store, text: str, folded: str, candidates, place_spans) -> list[Candidate]:
    # Heads inside known bodies or places ("Soviet Union") head nothing new.
    known = SpanSet([(c.start, c.end) for c in candidates if c.kind == KB] + list(place_spans))
    kb_starts = frozenset(c.start for c in candidates if c.kind == KB)
    place_ends = frozenset(e for _, e in place_spans)
    not_organizations = {geo.name_key(n) for n in store.not_organizations}
    found = []
    for match in g.name_chain.finditer(_capitalise_lowercase_heads(g, text)):
        if not g.has_head.search(match.group()):
            continue  # most chains are a lone name or a title
        tokens = [(m.start() + match.start(), m.end() + match.start(), m.group())
                  for m in g.token.finditer(match.group())]
        chain = Chain(g.words, tokens, [folded[t[0]:t[1]] for t in tokens], known, place_ends, kb_starts,
                      bool(g.title_before.search(text, max(0, match.start() - 40), match.start())))
        for start, end in organizations_in_chain(chain):
            name = text[start:end]
            if geo.name_key(name) in not_organizations or _is_generic(g, name):
                continue
            found.append(Candidate(start, end, STRUCTURE, geo.name_key(name), name, None))
    return found
