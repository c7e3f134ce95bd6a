"""Named buildings and sites (kind "venue"): "State House", "Al Salam Royal Palace",
"Great Hall of the People", "palais de l'Élysée", "aéroport international Diori Hamani", and
official residences named bare ("l'Élysée")."""
from __future__ import annotations

import re

from ...textkit import fold_same_length, words_after_boundary
from ...textkit.scan import Vocabulary, first_word, matches_at
from ...textkit.unicode_classes import compile_pattern
from .patterns import CAPITALISED, NEVER, alternation
from .schema import VenueWords


class Venues:
    def __init__(self, words: VenueWords, residences, title_words: set[str], name_key):
        self._name_key = name_key
        self._residences = residences
        self._lead = set(words.lead_words)
        self._with_of = set(words.heads_with_of)
        self._chambers = {head: f" {words.of_word} " for head in words.chamber_heads if words.of_word}
        self._title_words = title_words - set(words.not_title_words)
        self._head = compile_pattern(self._heads_after(words.heads_after))
        self._before = compile_pattern(r"(?:%s[ \t]+){1,4}$" % CAPITALISED)
        self._of = compile_pattern(self._of_phrase(words))
        self._linked = compile_pattern(self._heads_before(words))
        # Where a head may stand: its first word, from the shared word scan (None: a head
        # that starts with no letter, looked for by its regex over the whole text).
        self._head_words = _first_words(words.heads_after)
        self._before_words = _first_words(words.heads_before)
        self._vocabulary = Vocabulary((self._head_words or set()) | (self._before_words or set()))

    @staticmethod
    def _heads_after(heads: list[str]) -> str:
        if not heads:
            return NEVER
        escaped = alternation(heads).split("|")
        return r"%s(?![\w-])" % words_after_boundary(r"\w-", escaped)

    @staticmethod
    def _of_phrase(words: VenueWords) -> str:
        if not words.of_word:
            return NEVER
        article = rf"(?:{re.escape(words.of_article)}[ \t]+)?" if words.of_article else ""
        return r"[ \t]+%s[ \t]+%s%s(?:[ \t]+%s){0,2}" % (re.escape(words.of_word), article, _CAP, _CAP)

    @staticmethod
    def _heads_before(words: VenueWords) -> str:
        if not words.heads_before:
            return NEVER
        heads = words_after_boundary(r"\w-", [x for w in words.heads_before
                                              for x in (re.escape(w[0].upper()) + re.escape(w[1:]),
                                                        re.escape(w))])
        links = "|".join(alternation([w], apostrophes=True) for w in words.linking_words)
        return (r"%s(?:[ \t]+(?:%s))?[ \t]+(?:%s)?%s(?:[ \t]+%s){0,3}"
                % (heads, alternation(words.before_adjectives), links or NEVER, _CAP, _CAP))

    def _value(self, name: str) -> tuple:
        return (f"venue:{self._name_key(name)}", "venue", name, None, False)

    def finditer(self, text: str, folded: str):
        hits = self._vocabulary.hits(folded)
        yield from self._named_before_head(text, matches_at(self._head, text, hits, self._head_words))
        for m in matches_at(self._linked, text, hits, self._before_words):
            yield m.start(), m.end(), self._value(m.group())
        for start, end, _ in self._residences.finditer(text, folded):
            yield start, end, self._value(text[start:end])

    def _named_before_head(self, text: str, heads):
        for m in heads:
            start, end = m.start(), m.end()
            chamber = self._chambers.get(m.group())
            if chamber and text.startswith(chamber, end):
                continue   # "House of Commons": a chamber
            start, words = self._lead_words(text, start)
            of = self._of.match(text, end) if m.group() in self._with_of else None
            if of:
                end = of.end()
            if not words and not of or any(w.casefold() in self._title_words for w in words):
                continue
            yield start, end, self._value(text[start:end])

    def _lead_words(self, text: str, head: int) -> tuple[int, list[str]]:
        """Start of the capitalised words before the head (function words dropped) and them."""
        before = self._before.search(text, max(0, head - 60), head)
        if not before:
            return head, []
        words = text[before.start():head].split()
        while words and words[0] in self._lead:
            words.pop(0)
        start = head - len(" ".join(words)) - 1 if words else head
        if words and text[start:head].split() != words:
            return head, []   # tabs or double spaces: keep it simple, no lead words
        return start, words


_CAP = CAPITALISED


def _first_words(heads: list[str]) -> set[str] | None:
    words = {first_word(fold_same_length(head)) for head in heads}
    return None if None in words else words

