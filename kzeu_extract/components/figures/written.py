"""Numbers spelt out in words (``two hundred and fifty``, ``vingt-et-un``): runs of number
words found from the tokens, parsed by text2num in the pack's ``text2num_language``."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc
from text_to_num import text2num

from ...normalize.numbers import WrittenNumber, find_written_numbers
from .context import SENTENCE_START, Before, Intervals, word_key
from .grammar import FiguresGrammar
from .nouns import counts_participants


@lru_cache(maxsize=16)
def _number_words(hints: tuple[str, ...], finals: tuple[str, ...], links: tuple[str, ...],
                  language: str) -> frozenset[str]:
    """The words that start a spelt-out number: the hints, and the hyphenated compounds a
    tokenizer may keep whole (vingt-et-un), kept if text2num reads them."""
    words = set(hints)
    parts = hints + finals
    for a in hints:
        for b in parts:
            for link in links:
                compound = f"{a}{link}{b}"
                try:
                    text2num(compound, language)
                except ValueError:
                    continue
                words.add(compound)
    return frozenset(words)


def number_word_hashes(g: FiguresGrammar, strings) -> numpy.ndarray:
    """Sorted hashes (in ``strings``) of the words that start a spelt-out number."""
    words = _number_words(tuple(g.hints), g.compound_final_words, g.compound_links, g.text2num_language)
    return numpy.array(sorted({strings.add(w) for w in words}), dtype="uint64")


def written_runs(doc: Doc, g: FiguresGrammar, hashes: numpy.ndarray) -> Iterator[tuple[int, int]]:
    """Character spans of runs of number words, found from the tokens' lower-case hashes in
    one vectorised look-up; one link word ('and', '-') may stand between two of them."""
    if not len(doc):
        return
    lower = doc.to_array([LOWER])
    # membership by binary search in the sorted hashes (faster than numpy.isin here)
    found = hashes[numpy.minimum(numpy.searchsorted(hashes, lower), len(hashes) - 1)]
    hits = numpy.nonzero(found == lower)[0]
    links, finals = g.number_link_words, g.compound_final_words
    i, n = 0, len(hits)
    while i < n:
        first = last = int(hits[i])
        i += 1
        while i < n and (int(hits[i]) == last + 1 or (int(hits[i]) == last + 2 and doc[last + 1].lower_ in links)):
            last = int(hits[i])
            i += 1
        while last + 2 < len(doc) and doc[last + 1].lower_ in links and doc[last + 2].lower_ in finals:
            last += 2  # twenty-one split by the tokenizer
        yield doc[first].idx, doc[last].idx + len(doc[last])


def _start_of(text: str, number: WrittenNumber, g: FiguresGrammar) -> int | None:
    """Where the figure of a written number starts; None when it is part of a name."""
    start = number.start
    if text[start].isupper() and not SENTENCE_START.search(text, max(0, start - 40), start):
        return None  # the Two Holy Mosques, the Group of Seven: part of a name
    if g.article_one is not None:
        article = g.article_one.search(text, max(0, start - 6), start)
        if article and text[start:number.end].casefold().startswith(g.article_one_numbers):
            return article.start(1)  # a hundred, a thousand: the article is the one
    return start


def written_figures(doc: Doc, text: str, reader, hashes, taken: Intervals) -> list[dict]:
    """Figures of the spelt-out numbers outside ``taken``; after an anaphoric determiner
    (the two sides) a count of participants is no figure."""
    g = reader.g
    figures = []
    for run_start, run_end in written_runs(doc, g, hashes):
        if taken.overlaps(run_start, run_end):
            continue
        for number in find_written_numbers(text[run_start:run_end], g.text2num_language, run_start):
            if number.ordinal or number.value < 2:
                continue
            start = _start_of(text, number, g)
            if start is None:
                continue
            context = Before(text, start)
            anaphoric = not context.glued and word_key(context.word1) in g.anaphoric
            figure = reader.complete(text, start, number.end, number.value, None, context)
            if figure and not counts_participants(figure, g, anaphoric):
                figures.append(figure)
    return figures
