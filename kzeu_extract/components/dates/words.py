"""Pack words to regex pieces for the date finder: phrase tries with flexible spaces and
apostrophes, and month-name alternations."""
from __future__ import annotations

import re
from typing import Iterable

from ...normalize.dates import DatesVocabulary

_CHAR_PATTERNS = {"'": "['’]", "’": "['’]", " ": r"\s+"}
NEVER = r"(?!x)x"


def phrases(words: Iterable[str], *, fold_case: bool = True) -> str:
    """Alternation of phrases as a trie-shaped regex (sre tries one branch per character, far
    faster than a flat alternation), with flexible spaces and apostrophes. ``fold_case``: the
    pattern is used case-insensitively, so the keys are lower-cased (and merged)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in (word.lower() if fold_case else word).replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        chars = sorted(c for c in node if c)
        branches = [(_CHAR_PATTERNS.get(c) or re.escape(c)) + emit(node[c]) for c in chars]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body   # greedy: the longest phrase first

    return emit(trie) or NEVER


def optional_words(words: Iterable[str], before: str = r"\s+") -> str:
    """``(?:\\s+(?:w1|w2))?``, or nothing without words ("10th of September")."""
    words = list(words)
    return rf"(?:{before}(?:{phrases(words)}))?" if words else ""


def month_alternation(packs: Iterable[DatesVocabulary], *, abbreviations: str) -> str:
    """Month names; abbreviations ("Jan", "févr") with an optional (or required) final dot."""
    full, short = [], []
    for vocabulary in packs:
        for entry in vocabulary.months:
            full.append(entry[0])
            # accent-less spellings of full names count as full names
            full += [n for n in entry[1:] if len(n) >= 5]
            short += [n for n in entry[1:] if len(n) < 5]
    short = [s for s in short if s.lower() not in {f.lower() for f in full}]
    dot = r"\." if abbreviations == "dot" else r"\.?"
    return rf"(?<!\w)(?:(?:{phrases(full)})(?!\w)|(?:{phrases(short)}){dot}(?![\w]))"


def names(entries: list[list[str]], *, capitalised: bool, variants: bool = False) -> str:
    """Full month or weekday names (and, with ``variants``, long accent-less spellings). Where
    names are written capitalised, only their capitalised and upper-case forms: "may" and
    "march" in lower case are other words."""
    full = [e[0] for e in entries]
    if capitalised:
        return rf"(?-i:{phrases([*full, *(n.upper() for n in full)], fold_case=False)})"
    return phrases(full + ([n for e in entries for n in e[1:] if len(n) >= 5] if variants else []))


def trigger_words(packs: Iterable[DatesVocabulary]) -> dict[str, list[str]]:
    """Trigger words by kind: month and weekday names, and the longest (last, on a tie) word
    of each relative expression ("week" for "next week", "année" for "cette année")."""
    packs = list(packs)

    def key_word(phrase: str) -> str:
        return max(reversed(re.split(r"[\s'’-]+", phrase)), key=len)

    return {
        "anaphoric": [key_word(p) for v in packs for p in v.anaphoric_days],
        "month": [n for v in packs for n in v.month_names()],
        "weekday": [n for v in packs for n in v.weekday_names()],
        "relative": [key_word(p) for v in packs for table in (v.relative_days, dict(v.relative_periods.items()))
                     for p in table],
    }
