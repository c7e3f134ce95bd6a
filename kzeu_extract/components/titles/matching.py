"""Title heads as found: phrase-matcher hits and joined heads shaped like the ``re.Match``
``TitleGrammar.parse`` expects, and small tests on title phrases."""
from __future__ import annotations

from dataclasses import dataclass

from ...textkit import fold
from .phrase import TitlePhrase

FR_FEMININE_END = ("ion", "té", "ure", "ence", "ance", "ie", "ise", "ice", "ense", "ine", "ette", "ité", "ude")


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



def with_portfolio(title: str, portfolio: str, language: str) -> str:
    """A title and a portfolio given apart ("Ministers A (Energy)") as one title: "Minister
    of Energy", "ministre de l'Énergie", "ministre des Mines", "ministre du Commerce"."""
    if language != "fr":
        return f"{title} of {portfolio}"
    first = portfolio.split()[0]
    if first[-1:] in "sx":
        link = "des "
    elif fold(first[:1]) in "aeiouh":
        link = "de l'"
    elif fold(first).endswith(tuple(fold(e) for e in FR_FEMININE_END)):
        link = "de la "
    else:
        link = "du "
    return f"{title} {link}{portfolio}"



def same_office_kind(a: TitlePhrase, b: TitlePhrase) -> bool:
    """Two titles of one office kind, stacked before one name: "le Président de la République,
    Chef de l'Etat, SEM X" (a president and a head of state)."""
    heads = {"head_of_state", "president"}
    return bool(a.families & b.families - {"title"}) or bool(a.families & heads and b.families & heads)

