"""Where names stand in a text as whole words, for many names in one pass.

``occurrences`` finds what ``re.finditer(rf"(?<![\\w#@]){re.escape(name)}(?!\\w)", text)``
finds for each name (not after a letter, digit, "_", "#" or "@"; not before a letter, digit
or "_"). A text defining hundreds of abbreviations made one scan of the whole text per
abbreviation; with more than a few names, the text's words are read once instead and each
looked up among the names that start with it."""
from __future__ import annotations

import re
from collections.abc import Iterable

_FEW = 4                       # up to this many names: one scan each (quicker for so few)
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def _scan(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w#@]){re.escape(name)}(?!\w)", text)]


def occurrences(text: str, names: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """name -> the (start, end) of each of its whole-word occurrences, in text order."""
    names = list(dict.fromkeys(names))
    found: dict[str, list[tuple[int, int]]] = {}
    by_first_word: dict[str, list[str]] = {}
    for name in names:
        first = _WORD.match(name)
        if len(names) <= _FEW or first is None:
            found[name] = _scan(text, name)
        else:   # an occurrence's first word is the whole word of the text where it starts
            by_first_word.setdefault(first.group(), []).append(name)
    if not by_first_word:
        return found
    hits: dict[str, list[tuple[int, int]]] = {name: [] for group in by_first_word.values() for name in group}
    initials = "".join(sorted({word[0] for word in by_first_word}))
    for word in re.finditer(rf"(?<![\w#@])(?=[{re.escape(initials)}])\w+", text):
        for name in by_first_word.get(word.group(), ()):
            start = word.start()
            end = start + len(name)
            if text.startswith(name, start) and not _WORD_CHAR.match(text, end):
                hits[name].append((start, end))
    for name, spans in hits.items():
        kept, last_end = [], -1
        for start, end in spans:   # one name twice, overlapping: a scan keeps the first
            if start >= last_end:
                kept.append((start, end))
                last_end = end
        found[name] = kept
    return {name: found[name] for name in names}
