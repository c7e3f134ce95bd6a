"""Vocabulary to pattern: the one way data-file words become regular expressions."""
from __future__ import annotations

import re
from typing import Iterable

# Letter classes for the ``regex`` module (any script: Latin, Cyrillic, Greek, ...).
UPPER_LETTER = r"\p{Lu}"
LOWER_LETTER = r"\p{Ll}"


def vocabulary_pattern(fragment: str, *, bounded: bool = True) -> str:
    """A data-file fragment as a regex: " ?" = optional white space, " " = white space,
    "'" = either apostrophe; ``bounded`` adds word boundaries around it. Fragments are
    regex syntax otherwise (data files may use classes and groups)."""
    rx = fragment.replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", "['\u2019]")
    return rf"(?<!\w)(?:{rx})(?!\w)" if bounded else rx


def compile_vocabulary(fragments: Iterable[str], *, bounded: bool = True, flags: int = re.I) -> re.Pattern:
    """One regex (case-insensitive by default) matching any of ``fragments``; longer
    fragments are tried first so the longest wording wins. Bounded, the word-start
    look-behind stands once in front of the alternatives: the same matches, but a scan
    skips the positions inside a word at once instead of trying every alternative there."""
    ordered = sorted(set(fragments), key=lambda f: (-len(f), f))
    if not ordered:
        return re.compile(r"(?!x)x")
    if not bounded:
        return re.compile("|".join(f"(?:{vocabulary_pattern(f, bounded=False)})" for f in ordered), flags)
    return re.compile(r"(?<!\w)(?:" + "|".join(rf"(?:{vocabulary_pattern(f, bounded=False)})(?!\w)"
                                                for f in ordered) + ")", flags)


SEPARATOR = " "   # in trie keys: stands for a run of spaces/hyphens
TRIE_SEPARATOR = r"[\s\-]+"


def trie_pattern(keys: Iterable[str], separator: str = TRIE_SEPARATOR) -> str:
    """One trie-shaped regex for many literal keys (a space in a key matches ``separator``);
    the longest key wins, shorter ones are the fall-back."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict) -> str:
        ends_here = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            piece = separator if char == SEPARATOR else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return emit(trie)


def words_after_boundary(not_before: str, alternatives: list[str]) -> str:
    """``(?<![not_before])(?:w1|w2|...)`` for words ``alternatives`` (regex-escaped, each
    starting with one plain character), written so that a regex search can skip to the
    words' first letters: the look-behind moves after the first character
    (``w(?<![not_before].)ord``). Same matches, several times quicker on long texts."""
    branches = []
    for word in alternatives:
        head = word[:2] if word.startswith("\\") else word[:1]
        branches.append(f"{head}(?<![{not_before}].){word[len(head):]}")
    return "(?:" + "|".join(branches) + ")"
