"""Guess a text's language from its most frequent function words.

Uses spaCy's own stop-word lists (well kept, already installed) rather than a list of
our own: each stop word votes for the candidate languages that list it, its vote split
between them (so "le", French and Italian, counts half for each).

The candidates are every language pack found (``langpacks.available_languages()``), each
with the cues of its ``detection.json`` (which spaCy stop-word list votes for it, which
elided words count as its own), plus the languages without a pack listed in the neutral
``data/languages.json`` (recognised so that a record says what the text is written in).
No language is named here.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..data import load_data
from ..langpacks import (
    available_languages,
    describe_validation_error,
    language_pack,
    register_schema,
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_APOSTROPHE = re.compile("['’]")


class DetectionCues(BaseModel):
    """``data/lang/<code>/detection.json``: what votes for the pack."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field("", alias="_doc")
    spacy_stop_words: Optional[str] = Field(
        None, description="the spaCy language whose stop-word list votes for this pack")
    elisions: list[str] = Field(default_factory=list,
                                description="elided heads with their apostrophe, one vote each")


register_schema("detection", DetectionCues)


class LanguageChoices(BaseModel):
    """``data/languages.json``: neutral choices about languages."""
    model_config = ConfigDict(extra="forbid")
    fallback_language: str
    other_languages: list[str] = Field(default_factory=list)
    min_votes_for_others: float = 8.0
    sample_characters: int = 20000


@lru_cache(maxsize=1)
def language_choices() -> LanguageChoices:
    try:
        return LanguageChoices.model_validate(load_data("languages"))
    except ValidationError as exc:
        raise describe_validation_error("languages.json", exc) from None


def fallback_language() -> str:
    """The pack used when a text's language has none (``data/languages.json``), or the first
    pack found when that one is not installed."""
    packs = available_languages()
    wanted = language_choices().fallback_language
    return wanted if wanted in packs or not packs else next(iter(packs))


def stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list for ``lang`` (empty when spaCy has none), loaded from its own
    module file: importing ``spacy.lang.<lang>.stop_words`` the usual way would run the
    language's __init__, which compiles its tokenizer exceptions (seconds at start-up) for nothing."""
    spec = importlib.util.find_spec("spacy.lang")
    path = Path(spec.submodule_search_locations[0]) / lang / "stop_words.py"
    if not path.is_file():
        return set()
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace["STOP_WORDS"]


class Candidate(NamedTuple):
    code: str
    stop_words_of: Optional[str]
    elisions: tuple[str, ...] = ()


def candidates() -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    """(the languages with a pack, the others detection knows), in search-path order."""
    packs = []
    for code in available_languages():
        cues = language_pack(code).concern("detection")
        packs.append(Candidate(code, cues.spacy_stop_words, tuple(cues.elisions)))
    known = {c.code for c in packs}
    others = tuple(Candidate(code, code) for code in language_choices().other_languages if code not in known)
    return tuple(packs), others


@lru_cache(maxsize=8)
def _stop_word_votes(pool: tuple[Candidate, ...]) -> dict[str, tuple[tuple[str, ...], float]]:
    """word -> (languages listing it, weight of its vote for each)."""
    langs_of: dict[str, list[str]] = {}
    for candidate in pool:
        for word in stop_words(candidate.stop_words_of) if candidate.stop_words_of else ():
            if len(word) > 1:
                langs_of.setdefault(word, []).append(candidate.code)
    return {word: (tuple(langs), 1.0 / len(langs)) for word, langs in langs_of.items()}


@lru_cache(maxsize=8)
def _elision_votes(pool: tuple[Candidate, ...]) -> dict[str, tuple[tuple[str, ...], float]]:
    langs_of: dict[str, list[str]] = {}
    for candidate in pool:
        for head in candidate.elisions:
            langs_of.setdefault(head, []).append(candidate.code)
    return {head: (tuple(langs), 1.0 / len(langs)) for head, langs in langs_of.items()}


def _count_votes(words: list[str], pool: tuple[Candidate, ...]) -> dict[str, float]:
    counts = {c.code: 0.0 for c in pool}
    votes, elisions = _stop_word_votes(pool), _elision_votes(pool)
    for word in words:
        # elisions ("l'union", "d'euros") count as their article
        if elisions and _APOSTROPHE.search(word):
            head = _APOSTROPHE.split(word)[0] + "'"
            if head in elisions:
                langs, weight = elisions[head]
                for lang in langs:
                    counts[lang] += weight
                continue
        if word in votes:
            langs, weight = votes[word]
            for lang in langs:
                counts[lang] += weight
    return counts


def detect_language(text: str, default: str | None = None, sample: int | None = None) -> tuple[str, float]:
    """(language code, confidence 0..1). Falls back to ``default`` (or the fallback
    language of ``data/languages.json``) when nothing is known."""
    choices = language_choices()
    default = default or fallback_language()
    sample = choices.sample_characters if sample is None else sample
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return default, 0.0
    packs, others = candidates()
    counts = _count_votes(words, packs + others)
    total = sum(counts.values())
    # Too little evidence to tell, say, Dutch from English ("Tokayev met Michel in Brussels"):
    # short texts choose between the languages we have packs for.
    pool = [c.code for c in (packs + others if total >= choices.min_votes_for_others else packs)]
    best = max(pool, key=counts.get) if pool else default
    if not pool or counts[best] == 0:
        return default, 0.0
    return best, counts[best] / total
