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
from collections import Counter
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
    return _fallback(available_languages())


def _fallback(packs: dict) -> str:
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
    return _candidates(tuple(available_languages().items()))


@lru_cache(maxsize=8)
def _candidates(packs_found: tuple[tuple[str, object], ...]) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    """``candidates()`` for the packs found (code, folder): read once per set of packs."""
    packs = []
    for code, _folder in packs_found:
        cues = language_pack(code).concern("detection")
        packs.append(Candidate(code, cues.spacy_stop_words, tuple(cues.elisions)))
    known = {c.code for c in packs}
    others = tuple(Candidate(code, code) for code in language_choices().other_languages if code not in known)
    return tuple(packs), others


# Votes are counted in whole units: a word listed by k languages gives each 1/k of a vote,
# _UNIT/k units exactly (k <= 8 here; beyond, the share is rounded to a unit).
_UNIT = 840


@lru_cache(maxsize=8)
def _stop_word_votes(pool: tuple[Candidate, ...]) -> dict[str, tuple[tuple[str, ...], int]]:
    """word -> (languages listing it, units of its vote for each)."""
    langs_of: dict[str, list[str]] = {}
    for candidate in pool:
        for word in stop_words(candidate.stop_words_of) if candidate.stop_words_of else ():
            if len(word) > 1:
                langs_of.setdefault(word, []).append(candidate.code)
    return {word: (tuple(langs), round(_UNIT / len(langs))) for word, langs in langs_of.items()}


@lru_cache(maxsize=8)
def _elision_votes(pool: tuple[Candidate, ...]) -> dict[str, tuple[tuple[str, ...], int]]:
    langs_of: dict[str, list[str]] = {}
    for candidate in pool:
        for head in candidate.elisions:
            langs_of.setdefault(head, []).append(candidate.code)
    return {head: (tuple(langs), round(_UNIT / len(langs))) for head, langs in langs_of.items()}


def _count_votes(words: Counter, pool: tuple[Candidate, ...]) -> dict[str, int]:
    """Units of votes per language for ``words`` (lower-cased word -> times seen)."""
    counts = {c.code: 0 for c in pool}
    votes, elisions = _stop_word_votes(pool), _elision_votes(pool)
    voting = words.keys() & votes.keys()
    if elisions:
        # elisions ("l'union", "d'euros") count as their article, not as the word
        for word in [w for w in words if "'" in w or "\u2019" in w]:
            head = _APOSTROPHE.split(word)[0] + "'"
            if head in elisions:
                voting.discard(word)
                langs, weight = elisions[head]
                for lang in langs:
                    counts[lang] += weight * words[word]
    for word in voting:
        langs, weight = votes[word]
        for lang in langs:
            counts[lang] += weight * words[word]
    return counts


_PART_WORD_AT_END = re.compile(r"\S+\Z")
_PART_WORD_AT_START = re.compile(r"\A\S+")


def language_sample(text: str, size: int) -> str:
    """What detection reads of ``text``: all of it up to ``size`` characters; of a longer
    text, its first ``size // 2`` characters and as many from its middle (a long heading or
    boilerplate in another language does not decide alone), each cut at white space."""
    if len(text) <= size:
        return text
    half = size // 2
    head = text[:half]
    if not text[half].isspace():
        head = _PART_WORD_AT_END.sub("", head)
    start = max(half, (len(text) - half) // 2)
    end = min(len(text), start + half)
    middle = text[start:end]
    if not text[start - 1].isspace():
        middle = _PART_WORD_AT_START.sub("", middle)
    if end < len(text) and not text[end].isspace():
        middle = _PART_WORD_AT_END.sub("", middle)
    return head + "\n" + middle


def detect_language(text: str, default: str | None = None, sample: int | None = None) -> tuple[str, float]:
    """(language code, confidence 0..1). Falls back to ``default`` (or the fallback
    language of ``data/languages.json``) when nothing is known. Reads ``language_sample``
    of the text (``sample`` characters, default ``sample_characters`` of languages.json)."""
    choices = language_choices()
    sample = choices.sample_characters if sample is None else sample
    found = available_languages()
    key = (text, default, sample, tuple(found.items()), choices)
    if _LAST[0] == key:   # api asks twice per document (before and while extracting)
        return _LAST[1]
    answer = _detect(language_sample(text, sample), default or _fallback(found), found, choices)
    _LAST[:] = [key, answer]
    return answer


_LAST: list = [None, None]


def _detect(text: str, default: str, found: dict, choices: LanguageChoices) -> tuple[str, float]:
    words = Counter(map(str.lower, _WORD.findall(text)))
    if not words:
        return default, 0.0
    packs, others = _candidates(tuple(found.items()))
    counts = _count_votes(words, packs + others)
    total = sum(counts.values())
    # Too little evidence to tell, say, Dutch from English ("Tokayev met Michel in Brussels"):
    # short texts choose between the languages we have packs for.
    pool = [c.code for c in (packs + others if total >= choices.min_votes_for_others * _UNIT else packs)]
    best = max(pool, key=counts.get) if pool else default
    if not pool or counts[best] == 0:
        return default, 0.0
    return best, counts[best] / total
