"""Tense cues of one pack: does a sentence speak of the future or the past around a
weekday ("will meet on Thursday", "se rendra jeudi", "met on Thursday", "a reçu mardi")?"""
from __future__ import annotations

import re

from ...normalize.dates import DatesVocabulary
from ...textkit.unicode_classes import compile_pattern   # possessive: regex on Python 3.10
from .words import phrases

_SENTENCE_LOOKBACK = 300   # characters searched back for a future-tense cue
_LEAD_WORDS = 12           # the lead sentence: the first line of at least this many words
# a line with a visible character; tried at line starts only (unanchored, a long blank line
# was scanned again from each of its characters: quadratic)
_LEAD_LINE = compile_pattern(r"^[^\S\n]*+\S[^\n]*", re.MULTILINE)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
# a lower-case first letter, whatever the pattern's flags: a verb, not a capitalised name
_LOWER_INITIAL = r"(?-i:[a-z\u00df-\u00f6\u00f8-\u00ff\u0153\u00e6])"


def _future_cue(own: DatesVocabulary) -> re.Pattern:
    cue = rf"(?<!\w)(?:{phrases(own.future_cues)})(?!\w)"
    if own.future_endings:   # a future-tense verb ending ("se rendra"), never a name's ("Amara")
        not_after = "".join(f"(?<!{re.escape(c)})" for c in own.future_endings_not_after)
        cue += rf"|(?<!\w){_LOWER_INITIAL}\w*\w{not_after}(?:{phrases(own.future_endings)})\b"
    return re.compile(cue, re.IGNORECASE)


def _past_cue(own: DatesVocabulary) -> re.Pattern:
    """The past tense: a past form or a regular ending ("met", "hosted"); or an auxiliary,
    an optional adverb or pronoun, then a past participle ("a reçu", "s'est entretenu");
    or an imperfect ending ("recevait")."""
    endings = phrases(own.past_endings)
    if own.past_cues_need_participle:
        cue = rf"(?<!\w)(?:{phrases(own.past_cues)})\s+(?:\w+\s+)?\w{{2,}}(?:{endings})\b"
    else:
        cue = rf"(?<!\w)(?:{phrases(own.past_cues)})(?!\w)|(?<!\w)\w{{2,}}(?:{endings})\b"
    if own.imperfect_endings:
        cue += rf"|(?<!\w)\w{{2,}}(?:{'|'.join(map(re.escape, own.imperfect_endings))})\b"
    return re.compile(cue, re.IGNORECASE)


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - _SENTENCE_LOOKBACK)
    return max(lo, max(text.rfind(c, lo, start) for c in ".!?\n") + 1)


def _sentence_end(text: str, end: int) -> int:
    stops = [i for i in (text.find(c, end, end + _SENTENCE_LOOKBACK) for c in ".!?\n") if i >= 0]
    return min(stops, default=min(len(text), end + _SENTENCE_LOOKBACK))


class TenseCues:
    def __init__(self, own: DatesVocabulary):
        self.future = _future_cue(own)
        self.past = _past_cue(own)
        # "On Wednesday, ...", "Jeudi, ...": a weekday opening its sentence
        self.opening = re.compile(rf"\s*(?:(?i:{'|'.join(map(re.escape, own.date_prepositions))})\s+)?"
                                  if own.date_prepositions else r"\s*")

    def future_before(self, text: str, start: int) -> bool:
        """Does the sentence speak of the future before ``start`` ("will meet on Thursday",
        "se rendra jeudi")?"""
        return self.future.search(text, _sentence_start(text, start), start) is not None

    def future_right_after(self, text: str, end: int) -> bool:
        """Does a future verb follow the weekday at once ("the meeting on Thursday will be...",
        "la réunion de jeudi devrait...")?"""
        m = self.future.search(text, end, min(len(text), end + 30))
        return m is not None and not text[end:m.start()].strip(" \t,")

    def future_after_opening(self, text: str, start: int, end: int) -> bool:
        """Does a weekday opening its sentence ("On Wednesday, the minister will travel...",
        "Jeudi, le ministre se rendra...") govern a future verb later in the sentence?"""
        opened = max(text.rfind(c, max(0, start - _SENTENCE_LOOKBACK), start) for c in ".!?\n") + 1
        if not self.opening.fullmatch(text, opened, start):
            return False
        return self.future.search(text, end, _sentence_end(text, end)) is not None

    def past_in_sentence(self, text: str, start: int, end: int) -> bool:
        """Is the sentence of ``text[start:end]`` in a past tense ("met on Thursday", "a reçu mardi")?"""
        return self.past.search(text, _sentence_start(text, start), _sentence_end(text, end)) is not None

    def announces(self, text: str) -> bool:
        """Is the text an announcement: its lead sentence (the first sentence of the first line
        of at least _LEAD_WORDS words) speaks of the future before any past verb ("X will visit
        Berlin this week, the ministry has said", "X se rendra à Paris", "X est attendu à Rome")?"""
        for m in _LEAD_LINE.finditer(text):
            if len(m.group().split()) < _LEAD_WORDS:
                continue
            stop = _SENTENCE_STOP.search(text, m.start(), m.end())
            future = self.future.search(text, m.start(), stop.start() if stop else m.end())
            if future is None:
                return False
            return self.past.search(text, m.start(), future.start()) is None
        return False
