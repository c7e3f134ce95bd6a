"""Folding: the one look-up key for words and names, and an offset-preserving fold of texts."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_STRAIGHTEN = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-",
               "\u00a0": " ", "\u202f": " "}
_QUOTES = str.maketrans(_STRAIGHTEN)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and space-insensitive key for look-ups ("Tokaïev" -> "tokaiev")."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower() if len(char.lower()) == 1 else char


# Length-preserving fold of every character up to U+02FF plus typographic quotes and dashes.
FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x300) if _fold_char(chr(i)) != chr(i)}
FOLD_TABLE.update({ord(c): r for c, r in _STRAIGHTEN.items()})


def fold_same_length(text: str) -> str:
    """Folded copy of ``text`` with the same length, so offsets carry over."""
    return text.translate(FOLD_TABLE)


_FOLDED_KEY = "kzeu:folded"


def folded_text(doc) -> str:
    """``fold_same_length`` of the Doc's text, made once per Doc and kept in ``user_data``
    (places, organizations and others all search the same folded copy)."""
    folded = doc.user_data.get(_FOLDED_KEY)
    if folded is None:
        text = doc.user_data.get("kzeu:text")
        folded = doc.user_data[_FOLDED_KEY] = fold_same_length(doc.text if text is None else text)
    return folded
