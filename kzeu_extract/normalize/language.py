"""Guess a text's language from its most frequent function words.

Uses spaCy's own stop-word lists (well kept, already installed) rather than a list of
our own: each stop word votes for the candidate languages that list it, its vote split
between them (so "le", French and Italian, counts half for each).
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from functools import lru_cache

CANDIDATES = ("en", "fr", "de", "es", "it", "pt", "nl")
PREFERRED = ("en", "fr")
MIN_VOTES_FOR_OTHERS = 8.0
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list for ``lang``, loaded from its own module file: importing
    ``spacy.lang.fr.stop_words`` the usual way would run ``spacy.lang.fr``'s __init__, which
    compiles the French tokenizer exceptions (seconds at start-up) for nothing."""
    spec = importlib.util.find_spec("spacy.lang")
    path = Path(spec.submodule_search_locations[0]) / lang / "stop_words.py"
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace["STOP_WORDS"]


@lru_cache(maxsize=1)
def _stop_word_votes() -> dict[str, tuple[tuple[str, ...], float]]:
    """word -> (languages listing it, weight of its vote for each)."""
    langs_of: dict[str, list[str]] = {}
    for lang in CANDIDATES:
        for word in stop_words(lang):
            if len(word) > 1:
                langs_of.setdefault(word, []).append(lang)
    return {word: (tuple(langs), 1.0 / len(langs)) for word, langs in langs_of.items()}


def detect_language(text: str, default: str = "en", sample: int = 20000) -> tuple[str, float]:
    """(language code, confidence 0..1). Falls back to ``default`` when nothing is known."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return default, 0.0
    counts = {lang: 0.0 for lang in CANDIDATES}
    votes = _stop_word_votes()
    for word in words:
        # French elisions ("l'union", "d'euros") count as their article.
        if "'" in word or "’" in word:
            head = re.split("['’]", word)[0] + "'"
            if head in ("l'", "d'", "qu'", "n'", "s'", "j'", "c'"):
                counts["fr"] += 1
                continue
        if word in votes:
            langs, weight = votes[word]
            for lang in langs:
                counts[lang] += weight
    total = sum(counts.values())
    # Too little evidence to tell, say, Dutch from English ("Tokayev met Michel in Brussels"):
    # short texts choose between the languages we have rules for.
    pool = CANDIDATES if total >= MIN_VOTES_FOR_OTHERS else PREFERRED
    best = max(pool, key=counts.get)
    if counts[best] == 0:
        return default, 0.0
    return best, counts[best] / total
