"""Small text helpers of the agreements rules: word alternations, name keys, sentence
bounds, plural endings, and the overlap rule between candidates."""
from __future__ import annotations

import re

from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern

SP = r"[^\S\n]+"
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_SENTENCE_SPAN = 800  # a longer run without a full stop is no sentence: keeps the cost linear
_NAME_WORD_BREAK = re.compile(r"[\s\-'\u2019]+")


def alternation(words) -> str:
    """Words as a regex alternation, longest first; a space matches any run of spaces."""
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP) for w in words)


def head_alternation(words) -> str:
    """Heads; a compound one also when the text breaks it at the hyphen (``accord- cadre``)."""
    return alternation(words).replace(r"\-", r"-[^\S\n]?")


def content_key(name: str, connectors) -> frozenset:
    """Words of a name that are not connectors: ``X Agreement`` and ``Agreement on X`` share it."""
    words = _NAME_WORD_BREAK.split(fold(name))
    return frozenset(w for w in words if w and w not in connectors)


def words_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the words of ``text[start:end]``, offsets relative to start."""
    return [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\S+", text[start:end])]


def sentence_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + _SENTENCE_SPAN)
    m = _SENTENCE_END.search(text, pos, limit)
    return m.start() if m else limit


def sentence_start(text: str, pos: int) -> int:
    first = max(0, pos - _SENTENCE_SPAN)
    cut = max(text.rfind(". ", first, pos), text.rfind("\n", first, pos))
    return cut + 1 if cut >= 0 else first


def singular(word: str, rules) -> str:
    """``accords-cadres`` -> ``accord-cadre`` by the pack's plural rules
    ((ending, drop, add, min_length), the first that fits each part)."""
    out = []
    for part in word.split("-"):
        low = part.lower()
        for ending, drop, add, min_length in rules:
            if low.endswith(ending) and len(low) >= min_length:
                part = part[:len(part) - drop] + add
                break
        out.append(part)
    return "-".join(out)


def as_written(form: str) -> bool:
    """Match this knowledge-base form case-sensitively: one word, or holding an all-capital word."""
    words = form.split()
    return len(words) == 1 or any(len(w) > 1 and w.isupper() for w in words)


def drop_overlaps(found: list[dict]) -> list[dict]:
    """Keep the longest of overlapping candidates; a knowledge-base hit inside a structural
    name gives that name its id."""
    found.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
    kept: list[dict] = []
    for m in found:
        if kept and m["start"] < kept[-1]["end"]:
            if m["kb_id"] and not kept[-1]["kb_id"] and not kept[-1].get("amends"):
                kept[-1]["kb_id"] = m["kb_id"]
            if m.get("parties") and not kept[-1].get("parties") and m["end"] == kept[-1]["end"]:
                kept[-1]["parties"] = m["parties"]  # le traité d'amitié syro-libanais: the pair's parties
            continue
        kept.append(dict(m))
    return kept


BRACKETED_ABBREVIATION = compile_pattern(r"\s*\((\p{Lu}\p{L}{1,9})\)")
ACRONYM = compile_pattern(r"\p{Lu}(?<![\w-]\p{Lu})\p{Lu}{2,7}(?![\w-])")  # first letter first: fast scan
YEARS = re.compile(r"(?:1[89]|2[01])\d\d(?:[-\u2013](?:1[89]|2[01])?\d\d)?")
