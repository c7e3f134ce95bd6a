"""kzeu_quotes: direct quotes ("...", “...”, «...») and who said them.

The speaker is the person named next to a speech verb right after the closing mark
(`,” the Head of State said.`) or right before the opening one (`Tokayev said: “...`);
a pronoun (`he said`, `a-t-il déclaré`) stands for the last person named before the quote.
Role mentions are already resolved to people by kzeu_people. Quoted names and terms
(«Kazakhstan – European Union») are too short to be quotes and are left out.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..data import load_data
from ..extensions import doc_text, items
from ..knowledge.geo import adjective_to_code
from ..normalize.text import fold, mention
from .events_support import Mentions, compile_any, named_mentions, pattern

_WORD = re.compile(r"\w+")
# The first person of a sentence, after at most a dateline and a title ("BRUSSELS, 5 March 2025 -
# European Commission President X"), is its subject.
_SUBJECT_LEAD_IN = re.compile(r"\W*(?:[\w'\u2019-]+[\s,.\u2013\u2014-]+){0,8}$")
# Not the full stop of an honorific or initial: `», a déclaré M. Macron lors de ...`.
_SENTENCE_END = re.compile(r"(?<![\s(][A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMM)(?<!\bMrs)(?<!\bMme)[.!?](?=\s)")
# Only the rest of the attributing sentence between two quotes: `,” said X. “...`.
_CONTINUATION_GAP = re.compile(r"[^\n.!?]*[.!?]?[ \t\u00a0]*")


class QuoteExtractor:
    def __init__(self, *, min_words: int | None = None):
        cfg = load_data("quotes")
        self.min_words = min_words or cfg["min_words"]
        self.window = cfg["window"]
        alternatives = []
        for opening, closing in cfg["pairs"]:
            o, c = re.escape(opening), re.escape(closing)
            # Straight quotes open and close alike: keep them within one paragraph.
            body = rf"[^{o}{c}\n]" if opening == closing else rf"[^{o}{c}]"
            alternatives.append(rf"{o}(?P<q{len(alternatives)}>{body}{{1,{cfg['max_chars']}}}){c}")
        self.quote_rx = re.compile("|".join(alternatives))
        self.speech = compile_any(cfg["speech_verbs"])
        self.pronoun = compile_any(cfg["pronouns"])
        roles = "|".join(pattern(r, bounded=False) for r in sorted(cfg["role_nouns"], key=len, reverse=True))
        # "the Russian minister" / "le ministre kazakh": a title with a nationality adjective.
        self.role_with_adjective = re.compile(
            rf"(?<!\w)(?:the|le|la|l')\s*(?:(?P<before>[\w-]+)\s+)?(?P<role>{roles})(?:\s+(?P<after>[\w-]+))?(?!\w)", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._records = items(doc, "people")
        people = Mentions(named_mentions(self._records))
        quotes = []
        previous = None  # (close position, speaker) of the last quote kept
        for m in self.quote_rx.finditer(text):
            group = next(g for g in m.groupdict() if m.group(g) is not None)
            start, end = m.span(group)
            if len(_WORD.findall(text, start, end)) < self.min_words:
                continue
            speaker = self.speaker(text, m.start(), m.end(), people)
            if speaker is None and previous and previous[1]:
                # `“...,” said X. “We want ...”`: a quote with no attribution of its own that goes on
                # right after the attributing sentence of the one before is the same speaker's.
                gap = _CONTINUATION_GAP.match(text, previous[0], m.start())
                if gap and gap.end() == m.start() and not people.within(previous[0], m.start())[1:]:
                    speaker = previous[1]
            previous = (m.end(), speaker)
            quotes.append({"speaker": speaker, **mention(text, start, end)})
        write_items(doc, "quotes", quotes)
        return doc

    def speaker(self, text: str, open_at: int, close_at: int, people: Mentions) -> str | None:
        after_end = text.find("\n", close_at)
        after_end = min(close_at + self.window, after_end if after_end != -1 else len(text))
        sentence_end = _SENTENCE_END.search(text, close_at + 1, after_end)
        if sentence_end:  # `,” the Head of State said. Viktor Orbán will ...`: stop at "said."
            after_end = sentence_end.start()
        after = self._attributed(text, close_at, after_end, people, open_at)
        if after is not None:
            return after or None
        line_start = text.rfind("\n", 0, open_at) + 1
        before_start = max(line_start, open_at - self.window)
        sentence_break = max(text.rfind(". ", before_start, open_at), text.rfind("! ", before_start, open_at))
        if sentence_break != -1:
            before_start = sentence_break + 1
        before = self._attributed(text, before_start, open_at, people, open_at)
        return before or None

    def _attributed(self, text: str, start: int, end: int, people: Mentions, open_at: int) -> str | None:
        """The speaker named around a speech verb in ``text[start:end]``: a name, "" when a verb
        is there but no one can be named, None when there is no speech verb."""
        verb = self.speech.search(text, start, end)
        if not verb:
            return None
        named = people.within(start, end)
        if named:
            return min(named, key=lambda m: abs(m.start - verb.start())).name
        if self.pronoun.search(text, start, end):
            antecedent = self._subject_before(text, open_at, people)
            return antecedent.name if antecedent else ""
        return self._role_speaker(text, start, end) or ""

    @staticmethod
    def _subject_before(text: str, position: int, people: Mentions):
        """Who "he"/"she" is: the last person before ``position`` who opens a sentence (its
        subject: "X met Y. ... she said" is X), else the last person named."""
        floor = max(0, position - 2000)
        last = people.last_before(position, floor=floor)
        candidate = last
        while candidate is not None:
            sentence_start = max(text.rfind(". ", floor, candidate.start), text.rfind("\n", floor, candidate.start)) + 1
            if (_SUBJECT_LEAD_IN.match(text, sentence_start, candidate.start)
                    and not people.within(sentence_start, candidate.start)):
                return candidate
            candidate = people.last_before(candidate.start, floor=floor)
        return last

    def _role_speaker(self, text: str, start: int, end: int) -> str | None:
        """`the Russian minister said`: the one person of that country holding that title."""
        for m in self.role_with_adjective.finditer(text, start, end):
            role = fold(m.group("role"))
            for adjective in (m.group("before"), m.group("after")):
                code = adjective_to_code(adjective) if adjective else None
                if not code:
                    continue
                found = {p["name"] for p in self._records
                         if p.get("country") == code and any(role in fold(o) for o in p.get("offices") or [])}
                if len(found) == 1:
                    return found.pop()
        return None


@kzeu_factory("kzeu_quotes", default_config={"min_words": None},
              assigns=["doc.spans", "doc._.kzeu_quotes"],
              requires=["doc._.kzeu_people"])
def make_quotes(nlp: Language, name: str, *, min_words: int | None):
    return QuoteExtractor(min_words=min_words)
