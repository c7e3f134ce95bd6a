"""Title heads as found: phrase-matcher hits and joined heads shaped like the ``re.Match``
``TitleGrammar.parse`` expects, and small tests on title phrases."""
from __future__ import annotations

from dataclasses import dataclass

from ...textkit import fold
from .phrase import TitlePhrase


@dataclass
class Hit:
    """A title head found by a phrase matcher, shaped like the ``re.Match`` parse() expects."""
    start: int
    end: int
    text: str

    def span(self):
        return self.start, self.end

    def group(self):
        return self.text



class Joined:
    """A title head with words before it that the head regex does not cover, shaped like the
    ``re.Match`` parse() expects."""

    def __init__(self, text: str, start: int, end: int):
        self._start, self._end, self._text = start, end, text[start:end]

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return self._start, self._end

    def group(self):
        return self._text



def with_portfolio(title: str, portfolio: str, link) -> str:
    """A title and a portfolio given apart ("Ministers A (Energy)") as one title, joined by
    the pack's ``portfolio_link``: "Minister of Energy", "ministre de l'Énergie", "ministre
    des Mines", "ministre du Commerce"."""
    if not link.plural_endings:
        return f"{title}{link.default}{portfolio}"
    first = portfolio.split()[0]
    if first[-1:] in link.plural_endings:
        joiner = link.plural
    elif fold(first[:1]) in link.vowel_initials:
        joiner = link.before_vowel
    elif fold(first).endswith(tuple(fold(e) for e in link.feminine_endings)):
        joiner = link.feminine
    else:
        joiner = link.default
    return f"{title}{joiner}{portfolio}"


def same_office_kind(a: TitlePhrase, b: TitlePhrase, mixed: frozenset) -> bool:
    """Two titles of one office kind, stacked before one name: "le Président de la République,
    Chef de l'Etat, SEM X" (a president and a head of state: families of ``mixed``)."""
    return bool(a.families & b.families - {"title"}) or bool(a.families & mixed and b.families & mixed)

