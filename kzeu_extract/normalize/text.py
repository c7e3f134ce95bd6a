"""Small text helpers shared by components: folding for look-ups, and mention evidence."""
from __future__ import annotations

import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-",
                         "\u00a0": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and space-insensitive key for look-ups ("Tokaïev" -> "tokaiev")."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def mention(text: str, start: int, end: int) -> dict:
    """The evidence dict for ``text[start:end]``, trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"text": text[start:end], "start": start, "end": end}
