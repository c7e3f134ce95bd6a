"""Guess a text's language from its most frequent function words.

Uses spaCy's own stop-word lists (well kept, already installed) rather than a list of
our own: each language scores the share of words that are stop words of that language
and of no other candidate language.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

CANDIDATES = ("en", "fr", "de", "es", "it", "pt", "nl")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def _distinctive_stop_words() -> dict[str, frozenset[str]]:
    lists = {lang: importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
             for lang in CANDIDATES}
    result = {}
    for lang, words in lists.items():
        others = set().union(*(w for other, w in lists.items() if other != lang))
        result[lang] = frozenset(w for w in words if w not in others and len(w) > 1)
    return result


def detect_language(text: str, default: str = "en", sample: int = 20000) -> tuple[str, float]:
    """(language code, confidence 0..1). Falls back to ``default`` when nothing is known."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return default, 0.0
    counts = {lang: 0 for lang in CANDIDATES}
    stops = _distinctive_stop_words()
    for word in words:
        # French elisions ("l'union", "d'euros") count as their article.
        if "'" in word or "’" in word:
            head = re.split("['’]", word)[0] + "'"
            if head in ("l'", "d'", "qu'", "n'", "s'", "j'", "c'"):
                counts["fr"] += 1
                continue
        for lang, words_of_lang in stops.items():
            if word in words_of_lang:
                counts[lang] += 1
    best = max(counts, key=counts.get)
    total = sum(counts.values())
    if counts[best] == 0:
        return default, 0.0
    return best, counts[best] / total
