"""The shared vocabulary scan: one Aho-Corasick pass per text finds every word that starts a
name of any registered vocabulary (places, organisation names, residences, cities, venue heads,
knowledge-base names, ...); each vocabulary then reads only its own hits.

A *word* is a maximal run of letters and digits (``[^\\W_]+``) of the folded text
(``fold_same_length``: lower case, no accents, same offsets as the original). The scan sees
the folded text with every other character written as a space, padded with a space at each
end, and looks for `` word `` for every registered word: so it finds whole words only, at their
offsets in the original text, and nothing else.

Interface (a new vocabulary is data, not code):

- ``Vocabulary(words)``: registers ``words`` (folded words, e.g. ``first_word(name_to_key(n))``
  for each name) in the shared scan; ``vocabulary.hits(folded)`` is the list of
  ``(start, word)`` of the text's words that are in ``words``, left to right.
- ``first_word(key)``: the word a key starts with, or None when it starts with something else
  (such keys cannot be found by the scan: their owner looks for them another way).
- ``word_hits(folded)``: the hits of every registered word.
- ``matches_at(regex, text, hits, words)``: what ``regex.finditer(text)`` finds, tried only
  at the hits of ``words`` (the words its matches start with): a component keeps its own
  rule (the regex, with its case and context) and lets the scan say where to try it.

A component adding a vocabulary writes its words in data, makes one ``Vocabulary`` of their
first words when it compiles, and reads ``vocabulary.hits(folded_text(doc))`` per Doc.

The text of one Doc is scanned once whoever asks: the hits of the last few folded texts are
kept (the same string object, as ``folded_text(doc)`` hands to every component). Registering a
vocabulary rebuilds the automaton at the next scan; the automaton of a set of words is kept in
the on-disk cache (``kzeu_extract.cache``), keyed by the words. Vocabularies that are no longer
used drop out of the next build. Not thread-safe (one pipeline per process).
"""
from __future__ import annotations

import re
import sys
import unicodedata
import weakref
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick
import numpy as np

from ..cache import cached, content_key

_WORD = re.compile(r"[^\W_]+")
_NOT_WORD = re.compile(r"[\W_]")
# ASCII texts (most folded English texts) are written for the scan with bytes.translate.
_ASCII_SPACES = bytes(32 if _NOT_WORD.match(chr(i)) else i for i in range(128)) + bytes(range(128, 256))


def first_word(key: str) -> str | None:
    """The word ``key`` starts with ("washington" for "washington, d.c."), None if it starts
    with no letter or digit."""
    match = _WORD.match(key)
    return match.group() if match else None


def scan_text(folded: str) -> str:
    """``folded`` as the scan reads it: every character that is no letter or digit written as
    a space, one space added at each end (so a hit's start is its offset + 1)."""
    if folded.isascii():
        return " " + folded.encode("ascii").translate(_ASCII_SPACES).decode("ascii") + " "
    # other texts as arrays of code points, looked up in a table of the letters and digits
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:   # beyond the table (emoji, ...): the regex
        return " " + _NOT_WORD.sub(" ", folded) + " "
    spaced = np.where(_letters_and_digits()[codes], codes, np.uint32(32)).astype(np.uint32)
    return " " + spaced.tobytes().decode("utf-32-le", "surrogatepass") + " "


@lru_cache(maxsize=1)
def _letters_and_digits():
    """For each code point below U+10000: is it a letter or digit (``[^\\W_]``)? (What ``re``
    says depends on the Python's Unicode data: the key of the cached table.)"""
    def build():
        every = "".join(map(chr, range(0x10000)))
        marked = _NOT_WORD.sub("\0", every).encode("utf-32-le", "surrogatepass")
        return np.frombuffer(marked, dtype=np.uint32) != 0

    return cached("letters_and_digits", content_key(sys.version, unicodedata.unidata_version), build)


class Vocabulary:
    """Words one user of the scan wants to hear about; ``hits(folded)``: where they stand."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w and _WORD.fullmatch(w))
        _REGISTRY.add(self)

    def __setstate__(self, state):   # unpickled (from a cache): registered again
        self.__dict__.update(state)
        _REGISTRY.add(self)

    def hits(self, folded: str) -> list[tuple[int, str]]:
        words = self.words
        return [hit for hit in word_hits(folded) if hit[1] in words]


class _Registry:
    def __init__(self):
        self._vocabularies: weakref.WeakSet[Vocabulary] = weakref.WeakSet()
        self._built_words: frozenset[str] = frozenset()
        self._changed = False
        self._automaton = None
        self._last: list[tuple[str, list]] = []

    def add(self, vocabulary: Vocabulary) -> None:
        self._vocabularies.add(vocabulary)
        if not vocabulary.words <= self._built_words:
            self._changed = True

    def automaton(self):
        """The automaton of every live vocabulary's words (rebuilt after a new vocabulary)."""
        if self._changed:
            words = frozenset().union(*(v.words for v in list(self._vocabularies)))
            self._built_words = words
            self._automaton = _automaton(words) if words else None
            self._changed = False
            self._last = []
        return self._automaton

    def hits(self, folded: str) -> list[tuple[int, str]]:
        automaton = self.automaton()
        for text, hits in self._last:
            if text is folded:
                return hits
        if automaton is None:
            return []
        hits = [(end - size, word) for end, (word, size) in automaton.iter(scan_text(folded))]
        # a few texts are kept: a component looking up a word alone between two others
        # reading the document does not cost the document a second scan
        self._last = [(folded, hits)] + self._last[:_TEXTS_KEPT - 1]
        return hits


_TEXTS_KEPT = 4


def matches_at(regex: re.Pattern, text: str, hits: list[tuple[int, str]], words: set[str] | None):
    """The matches of ``regex.finditer(text)``, tried only at the ``hits`` whose word is in
    ``words`` (every match must start with one of them, as a whole word of the folded text);
    the whole text is searched when ``words`` is None."""
    if words is None:
        yield from regex.finditer(text)
        return
    reach = 0
    for start, word in hits:
        if start >= reach and word in words:
            match = regex.match(text, start)
            if match:
                reach = match.end()
                yield match


def _automaton(words: frozenset[str]):
    ordered = sorted(words)

    def build():
        automaton = ahocorasick.Automaton()
        for word in ordered:
            # value: the word, and how far the hit's end in the scan text is from the
            # word's start in the text (the scan text starts with one more space)
            automaton.add_word(f" {word} ", (word, len(word) + 1))
        automaton.make_automaton()
        return automaton

    return cached("word_scan", content_key("\n".join(ordered), _library_version()), build)


def _library_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("pyahocorasick")
    except PackageNotFoundError:
        return ahocorasick.__file__ or ""


_REGISTRY = _Registry()


def word_hits(folded: str) -> list[tuple[int, str]]:
    """(start, word) of every registered word in ``folded``, left to right (kept for the
    next caller asking about the same string)."""
    return _REGISTRY.hits(folded)
