"""Spans of organization names in one chain of capitalised words (often none).

A name is a head word ("Bank") with the capitalised words before it, from after the last
connector or title word ("President of the | European Council"), and the words after it: more
heads and lower-case adjectives ("Banque nationale"), then "of/for/de ..." up to what starts
something else ("and the ...", a person's name, a known body)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...textkit import SpanSet
from .grammar import Words


@dataclass
class Chain:
    words: Words
    tokens: list[tuple[int, int, str]]   # (start, end, text as written)
    folded: list[str]                     # each token's folded text
    known: SpanSet                        # known bodies and places: their heads head nothing
    place_ends: frozenset
    kb_starts: frozenset
    title_before: bool                    # a portfolio title stands right before the chain

    def text(self, i: int) -> str:
        return self.tokens[i][2]


def organizations_in_chain(c: Chain) -> Iterator[tuple[int, int]]:
    w = c.words
    # A head inside a known name ("Union" of "European Union") heads nothing new.
    heads = [i for i, t in enumerate(c.tokens) if t[2] in w.heads and not c.known.covers(t[0], t[1])]
    done = 0
    for first in heads:
        if first < done:
            continue
        begin, after_title = _begin(c, done, first)
        stop = done = _stop(c, first, begin, after_title)
        if begin == first and c.text(first) in w.instrument_heads:
            continue  # "Program of Economic Cooperation": an instrument (kzeu_agreements)
        span = c.tokens[begin:stop]
        if len(span) >= 2 and not all(t[2] in w.heads for t in span):
            yield span[0][0], span[-1][1]


def _begin(c: Chain, done: int, first: int) -> tuple[int, bool]:
    """Where the name before head ``first`` starts: after the last connector, title word or
    possessive ("President of the | European Council", "Georgia's | Security Council"), past
    determiners; and whether a portfolio title stands before it."""
    w = c.words
    begin = done
    after_title = c.title_before and done == 0
    for i in range(done, first):
        if c.folded[i] in w.connectors or c.text(i) in w.titles or c.folded[i].endswith("'s"):
            begin = i + 1
            after_title = after_title or c.text(i) in w.portfolio_titles
    while begin < first and (c.text(begin) in w.determiners or c.folded[begin] in w.connectors):
        begin += 1
    return begin, after_title


def _stop(c: Chain, first: int, begin: int, after_title: bool) -> int:
    """Where the name of head ``first`` ends."""
    w = c.words
    stop = first + 1
    while stop < len(c.tokens) and c.folded[stop] not in w.connectors and \
            (c.text(stop) in w.heads or c.text(stop)[:1].islower()):
        stop += 1  # more heads, French adjectives ("Banque nationale")
    if w.one_word_after_head and stop == first + 1 and _one_word_after(c, stop):
        stop += 1
    if after_title and stop < len(c.tokens) and c.folded[stop] in w.portfolio_words:
        pass  # "Representative of the Union | for Foreign Affairs ...": the title's portfolio
    elif stop < len(c.tokens) and c.folded[stop] in w.continuations:
        stop = _continuation(c, first, begin, stop)
    while stop > first + 1 and (c.folded[stop - 1] in w.connectors or c.folded[stop - 1] in "-"):
        stop -= 1
    return stop


def _one_word_after(c: Chain, stop: int) -> bool:
    """Names going on after the head with one word ("Institut Pasteur", "Comité Al-Qods"),
    not two ("Parlement | Nabih Berri" is the speaker's name)."""
    w = c.words
    if stop >= len(c.tokens):
        return False
    following = c.text(stop + 1) if stop + 1 < len(c.tokens) else ""
    word = c.text(stop)
    return (c.folded[stop] not in w.connectors and word[:1].isupper() and word not in w.titles
            and word not in w.determiners and not following[:1].isupper()
            and not c.known.covers(c.tokens[stop][0], c.tokens[stop][1]))


def _continuation(c: Chain, first: int, begin: int, stop: int) -> int:
    """"of Foreign Affairs of X", up to "and the ..." that starts something else."""
    w = c.words
    n = len(c.tokens)
    while stop < n and not _another_begins(c, stop):
        if c.tokens[stop][0] in c.kb_starts and stop > first + 1 and c.folded[stop - 1] in w.connectors:
            break  # "Trade and Development Board | of the | UNCTAD": a known body starts
        if c.folded[stop] in w.conjunctions and _person_after(c, stop + 1):
            break  # "Région Île de France | et Lalatiana Rakotondrazafy"
        stop += 1
        if c.tokens[stop - 1][1] in c.place_ends and stop < n and c.folded[stop] not in w.connectors:
            break  # "... of Kazakhstan | Mukhtar Tileuberdi": a name follows
        if _ends_honorific(c, begin, stop):
            break  # "Office of His Majesty | Jafar Hassan": the holder's name follows
    return stop


def _another_begins(c: Chain, i: int) -> bool:
    """"and the Xyz", "et l'Xyz": another name starts at token ``i``."""
    w = c.words
    return (c.folded[i] in w.conjunctions and i + 2 < len(c.tokens)
            and (c.folded[i + 1] in w.folded_determiners or c.folded[i + 1] in w.elided_determiners)
            and c.text(i + 2)[:1].isupper())


def _person_after(c: Chain, i: int) -> bool:
    """Two capitalised words that are neither heads nor title words: a name, not a body's."""
    w = c.words
    pair = c.tokens[i:i + 2]
    return len(pair) == 2 and all(t[2][:1].isupper() and t[2] not in w.heads and t[2] not in w.titles
                                  and t[2] not in w.determiners for t in pair)


def _ends_honorific(c: Chain, begin: int, stop: int) -> bool:
    words = tuple(t[2] for t in c.tokens[begin:stop])
    return any(words[-len(h):] == h for h in c.words.honorifics if len(words) >= len(h))
