"""Names found by their structure: a head word (Agreement, Traité, ...) with the modifiers
before it and the complement after it; a lone or generic head names nothing."""
from __future__ import annotations

import re

from ...textkit import fold
from .hits import matches_at
from .words import (
    BRACKETED_ABBREVIATION,
    content_key,
    sentence_end,
    sentence_start,
    words_in,
)

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\u201d\"\n]\s*|[\u00ab\u201c(]\s*)$")
_OPENING_QUOTE = re.compile(r"[\u00ab\u201c\"]\s*$")


class StructuralNames:
    """Mixin of the agreements component: candidates built around head words."""

    def _structural(self, text: str, organizations=(), named=(), starts: dict | None = None) -> list[dict]:
        found: list[dict] = []
        starts = self.g.hits.starts(text) if starts is None else starts
        previous_end = 0
        amending: dict = {}  # end of a protocol -> (its start, its candidate or None when a lone head)
        for head in matches_at(self.g.heads, text, starts["heads"]):
            candidate = self._head_candidate(text, head, previous_end, organizations, named, amending)
            if candidate is None:
                continue
            if candidate["amends"]:
                # Protocol (on amendments) to the Agreement on ...: one instrument
                start, protocol = amending.pop(candidate.pop("link"))
                candidate["start"] = start
                if protocol is not None:
                    found.remove(protocol)
            found.append(candidate)
            if head.group() in self.g.amending_heads:
                amending[candidate["end"]] = (candidate["start"], candidate)
            previous_end = candidate["end"]
        return found

    def _head_candidate(self, text, head, previous_end, organizations, named, amending) -> dict | None:
        start, end = head.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            return None  # inside a word
        if start < previous_end:
            return None  # inside the complement of the name before
        lowercase = text[start].islower()
        titled = False
        if lowercase and not self._lowercase_instrument(text, start):
            titled = self.g.data.title_case_names and self._titled_complement(text, end, named)
            if not titled:
                return None  # signed Bilateral agreement on Defence and Security Partnership: a title
        if self._in_longer_name(text, end) or self._office_before(text, start):
            return None
        start = self._name_start(text, head, previous_end)
        if start is None:
            return None
        if head.group() in self.g.abbreviated_heads and self.g.sector.match(text, end):
            return None  # the MOU in the trade sector: a description, not a title
        weak = head.group() in self.g.weak_heads
        if weak:
            year = self.g.year_before.search(text, max(previous_end, start - 6), start)
            if year:
                start = year.start()  # the 2030 Agenda, the 2050 Strategy for ...
        end = self._name_end(text, end)
        if start == head.start() and end == head.end():
            if head.group() in self.g.amending_heads:
                amending[end] = (start, None)
            return None  # a lone head word names nothing
        if weak and not self._weak_head_names(text, head, start, end, organizations, named):
            return None
        if self._names_nothing(text, head, start, end, lowercase and not titled):
            return None
        link = self.g.amending_link.search(text, max(0, start - 20), start) if amending else None
        amends = bool(link) and link.start() in amending
        candidate = {"start": start, "end": end, "kb_id": None, "amends": amends}
        if amends:
            candidate["link"] = link.start()
        return candidate

    def _in_longer_name(self, text: str, end: int) -> bool:
        """Collective Security Treaty Organization: the head is part of a longer name."""
        if not self.g.right_capital.match(text, end) or text[end:end + 3].strip().startswith(("\u00ab", '"')):
            return False
        following = self.g.next_word.match(text, end)
        return not following or fold(following.group(1)) not in self.g.cap_prepositions

    def _office_before(self, text: str, start: int) -> bool:
        """Head of Protocol: an office, not an instrument."""
        previous = [fold(w) for w in text[max(0, start - 30):start].split()[-2:]]
        return bool(previous) and (previous[-1] in self.g.office_words or len(previous) == 2
                                   and previous[-1] in self.g.office_links and previous[0] in self.g.office_words)

    def _name_start(self, text: str, head, previous_end: int) -> int | None:
        """Where the name starts: the capitalised modifiers before the head, if the pack
        writes names so; None when an office word cancels the name."""
        start = head.start()
        if not self.g.data.title_case_names:
            return start
        modifiers = self.g.modifiers.search(text, max(0, start - 160), start)
        if not modifiers or modifiers.end() != start:
            return start
        first = max(self._after_last_head(text, modifiers.start(), start), previous_end)
        first = self._after_modifier_break(text, first, start)
        return self._strip_leading(text, first, start)

    def _name_end(self, text: str, end: int) -> int:
        """Where the name ends: its complement, participle phrase and between-phrase."""
        head_end = end
        if self.g.data.title_case_names:
            end = self._title_complement(text, end)
            abbreviation = BRACKETED_ABBREVIATION.match(text, end)
            if abbreviation and self._title_complement(text, abbreviation.end()) > abbreviation.end():
                # Memorandum of Understanding (MoU) on Cultural Cooperation: the complement goes on
                end = self._title_complement(text, abbreviation.end())
        else:
            end = self._lowercase_tail(text, end)
        end = self._participle_end(text, end) or end  # accord instituant une commission mixte
        end = self._between_phrase(text, end)
        return self._trim_function_words(text, head_end, end)

    def _weak_head_names(self, text, head, start, end, organizations, named) -> bool:
        if any(s < end and start < e for s, e in organizations):
            return False  # United Nations Development Programme: a body, not an instrument
        # National Security Strategy, Green Deal: a policy, not an instrument
        return end != head.end() or self._weak_head_named(text, start, head.start(), named)

    def _names_nothing(self, text: str, head, start: int, end: int, plain_lowercase: bool) -> bool:
        if start == head.start() and _SENTENCE_START.search(text, max(0, start - 3), start) and not (
                end > head.end() and _OPENING_QUOTE.search(text, max(0, start - 3), start)):
            return True  # sentence-initial capital says nothing about a name (but: “Memorandum on ...”)
        surface = text[start:end]
        if content_key(surface, self.g.connectors) in self.g.generic:
            return True
        # signed an agreement on cooperation: no title
        return plain_lowercase and start == head.start() and self._generic_words(surface)

    def _after_modifier_break(self, text: str, first: int, head_start: int) -> int:
        """``Cooperation on the National Development Plan``: capitalised words before a lower-case
        ``on``/``for``/``to``/``in`` belong to another phrase."""
        for s, e, word in reversed(words_in(text, first, head_start)):
            if word in self.g.modifier_breaks and text[first + s].islower():
                return first + e
        return first

    def _trim_function_words(self, text: str, head_end: int, end: int) -> int:
        """``Memorandum of Under`` (a text cut off), ``Agreement on Trade And``: a name does not
        end on a function word."""
        words = words_in(text, head_end, end)
        while words and self.g.elision.sub("", words[-1][2]) in self.g.trailing_function_words:
            words.pop()
            end = head_end + words[-1][1] if words else head_end
        return end

    def _weak_head_named(self, text: str, start: int, head_start: int, named=()) -> bool:
        """A Plan, Strategy, Agenda, Deal or Consensus with no complement is an instrument when a
        modifier says so (Joint Action Plan, Grain Deal), a year dates it (2050 Strategy) or a
        named place stands before it (Washington Consensus)."""
        for s, e, word in words_in(text, start, head_start):
            if word in self.g.weak_modifiers or word.isdigit():
                return True
            if any(ns <= start + s < ne for ns, ne, _ in named):
                return True
        return False

    def _generic_words(self, surface: str) -> bool:
        """All words of a lower-case name generic (un accord de coopération): no title."""
        return all(w in self.g.generic_complement or len(w) < 2 for w in content_key(surface, self.g.connectors))

    def _lowercase_instrument(self, text: str, start: int) -> bool:
        """``ont signé un mémorandum d'entente``: a lower-case head after a determiner, in a
        sentence that reports the instrument's status or use (not ``préparer un accord``)."""
        determiner = self.g.lowercase_determiner
        if not determiner or not determiner.search(text, max(0, start - 12), start):
            return False
        return self._reports_status(text, start)

    def _reports_status(self, text: str, pos: int) -> bool:
        first, last = sentence_start(text, pos), sentence_end(text, pos)
        context = self.g.lowercase_context
        return bool(self.g.status_words.search(text, first, last) or context and context.search(text, first, last))

    def _after_last_head(self, text: str, start: int, end: int) -> int:
        """``Paris Agreement and the Kyoto Protocol``: modifiers start after an earlier name."""
        for s, e, word in reversed(words_in(text, start, end)):
            if word in self.g.head_words:
                return start + e
        return start

    def _strip_leading(self, text: str, start: int, head_start: int) -> int | None:
        """Drop sentence-initial and function words in front of a name (The, Under the, ...);
        a capitalised function word or verb inside (a headline: Kazakhstan And EU Sign ...)
        ends what came before it, and an office word (Head of Protocol) cancels the name."""
        words = [(m.start(), m.end(), m.group(), fold(m.group())) for m in re.finditer(r"\S+", text[start:head_start])]
        if any(key in self.g.office_words for _, _, _, key in words):
            return None
        written = self.g.party_names_written
        for i in range(len(words) - 1, -1, -1):
            s, e, word, key = words[i]
            if word in written:
                continue  # UN, US: a party, not the French article
            if word[:1].isupper() and (key in self.g.leading or key in self.g.connectors) or key.endswith("'s"):
                # a headline verb, or a possessive (President Tokayev's Declaration)
                words = words[i + 1:]
                break
        for s, e, word, key in words:
            if key not in self.g.leading and key not in self.g.connectors or word in written:
                return start + s
        return head_start
