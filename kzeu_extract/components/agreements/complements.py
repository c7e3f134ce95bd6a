"""The complement after a head: a Title Case one (``of Friendship, Cooperation and Mutual
Assistance``) and a lower-case description (``on visa facilitation``) where the pack writes
names in Title Case; a lower-case tail (``de partenariat et de coopération renforcé``)
where it writes them in lower case."""
from __future__ import annotations

import re

from ...textkit import fold
from .words import YEARS, sentence_end, words_in

_AFTER_PHRASE = "\u2026"  # the word before is a whole multi-word preposition (dans le domaine)
_WORD = re.compile(r"[\w'\u2019-]+")


class Complements:
    """Mixin of the agreements component: where a name's complement ends."""

    def _title_tail(self, text: str, pos: int) -> tuple[int, int] | None:
        """The Title Case complement after a head; a comma belongs to it only in a list
        closed by ``and``."""
        m = self.g.title_tail.match(text, pos)
        if not m:
            return None
        end = m.end()
        while True:
            comma = text.rfind(",", m.start(), end)
            if comma < 0 or self.g.title_list_closer.search(text[comma:end]):
                return m.start(), end
            end = comma

    def _title_complement(self, text: str, end: int) -> int:
        tail = self._title_tail(text, end)
        if tail:
            end = self._before_next_head(text, *tail)
        return self._description(text, end)

    def _titled_complement(self, text: str, end: int, named=()) -> bool:
        """``agreement on Defence and Security Partnership``: a lower-case head whose complement
        is in Title Case (two capitalised words or more, not just named places or bodies, nor
        starting with a country) is a title, whatever the sentence says."""
        tail = self._title_tail(text, end)
        if not tail:
            return False
        words = [(end + m.start(), end + m.end(), m.group()) for m in _WORD.finditer(text[end:tail[1]])]
        capitals = [(s, e, w) for s, e, w in words if w[:1].isupper() and fold(w) not in self.g.connectors]
        if len(capitals) < 2 or self.knowledge.geo.country_code(capitals[0][2]):
            return False
        return not all(any(ns <= s and e <= ne for ns, ne, _ in named) for s, e, _ in capitals)

    def _before_next_head(self, text: str, start: int, end: int) -> int:
        """``Roadmap for Trade and Investment and the Astana Declaration``: the complement
        ends before the connectors that lead to another name."""
        words = words_in(text, start, end)
        for i, (s, e, word) in enumerate(words):
            if word in self.g.head_words:
                j = i
                while j > 0 and words[j - 1][2] not in self.g.connectors:
                    j -= 1
                while j > 0 and words[j - 1][2] in self.g.connectors:
                    j -= 1
                return start + words[j - 1][1] if j > 0 else start
        return end

    def _description(self, text: str, end: int) -> int:
        """``Agreement on visa facilitation``, ``Memorandum of Understanding on cooperation in
        tourism``: a lower-case complement after a capitalised head, up to a verb, a clause
        word or punctuation; trailing connectors are not part of the name."""
        prep = self.g.description_prep.match(text, end)
        if not prep:
            return end
        last_good, pos = end, prep.end()
        word_re, stop = self.g.description_word, self.g.complement_stop
        for _ in range(self.max_name_words):
            m = word_re.match(text, pos)
            if not m:
                break
            key = fold(m.group(1))
            if key in self.g.range_words and text[pos - 1:pos].isdigit():
                nxt = word_re.match(text, m.end())
                if nxt and nxt.group(1).isdigit():
                    pos = last_good = nxt.end()  # for the years 2010 to 2015
                    continue
            if key in stop or key in self.g.head_words:
                break
            if key in self.g.description_coordinators:  # education and science; not: ... and the parties agreed
                nxt = word_re.match(text, m.end())
                if not nxt or fold(nxt.group(1)) in stop or fold(nxt.group(1)) in self.g.leading:
                    break
            pos = m.end()
            if key not in self.g.connectors and key not in self.g.indefinite_articles:
                last_good = pos
        return last_good

    def _lowercase_complement_follows(self, text: str, end: int) -> bool:
        """A preposition right after the head, or after one or two adjectives
        (``Déclaration conjointe sur ...``)."""
        pos = end
        for _ in range(3):
            if self.g.prepositions.match(text, pos):
                return True
            m = self.g.word.match(text, pos)
            if not m or not m.group(1)[:1].islower() or fold(m.group(1)) in self.g.complement_stop:
                return False
            pos = m.end()
        return False

    def _list_comma(self, text: str, pos: int) -> bool:
        """A comma inside a lower-case title lists complements closed by a coordinator:
        ``, de ...`` with ``et`` later in the sentence."""
        m = self.g.list_comma.match(text[pos:pos + 8])
        closer = self.g.list_comma_closer
        return bool(m) and closer is not None and \
            closer.search(text[pos:sentence_end(text, pos)][:120]) is not None

    def _lowercase_tail(self, text: str, end: int) -> int:
        """``de partenariat et de coopération renforcé``: lower-case words after a head,
        capitalised ones only after a preposition or article (``de Paris``, ``l'Union``)."""
        if not self._lowercase_complement_follows(text, end):
            return end
        last_good, prev, pos, n = end, None, end, 0
        prev_capital = infinitive = False
        while n < self.max_name_words:
            phrase = self.g.name_phrase.match(text, pos)
            if phrase:  # dans le domaine (de ...)
                pos, prev, n = phrase.end(), _AFTER_PHRASE, n + 1
                continue
            m = self.g.word.match(text, pos)
            if not m and prev and self._list_comma(text, pos):
                pos += 1  # d'amitié, de coopération et d'assistance mutuelle
                continue
            if not m or not self._tail_keeps(m, prev, prev_capital, infinitive, text):
                break
            word = m.group(1)
            key, bare = fold(word), self.g.elision.sub("", word)
            pos = m.end()
            infinitive = (word != bare or prev in self.g.infinitive_after) and bare.islower() \
                and bare.endswith(self.g.infinitive_endings)
            prev_capital = bare[:1].isupper()
            prev = key if word == bare else key[:2]
            n += 1
            if key not in self.g.connectors or word != bare:
                last_good = pos
        return last_good

    def _tail_keeps(self, m, prev, prev_capital: bool, infinitive: bool, text: str) -> bool:
        """Does the word ``m`` go on a lower-case tail?"""
        word = m.group(1)
        key, bare = fold(word), self.g.elision.sub("", word)
        nxt = self.g.word.match(text, m.end())
        nxt_key = fold(nxt.group(1)) if nxt else ""
        if self._kept_anyway(key, prev, nxt, nxt_key, infinitive):
            return True
        if key in self.g.complement_stop:
            return False
        if key in self.g.head_words and not (word[:1].isupper() and (prev in self.g.connectors or prev_capital)):
            return False  # another instrument; but: sur le Plan Nord, à la Convention de ...
        if bare[:1].isupper() and not (prev in self.g.connectors or word != bare or prev_capital):
            return False  # a capital not after a preposition (or a capital) starts something else
        # but: pour 2025-2027, à l'horizon 2030 (not: l'accord du 14 avril)
        return bool(bare[:1].isalpha() or YEARS.fullmatch(bare))

    def _kept_anyway(self, key: str, prev, nxt, nxt_key: str, infinitive: bool) -> bool:
        """Words kept whatever the stop words say: an article after a preposition (sur la
        non-prolifération), a second complement (partenariat et de coopération), ``en`` before
        ``matière`` or a capital, the object of an infinitive (d'établir un dialogue)."""
        if any(key in words and prev in after for words, after in self.g.kept_after):
            return True
        if self._coordinated_complement(key, nxt_key):
            return True
        kept = self.g.kept_unless_followed.get(key)
        if kept is not None and (nxt_key in kept or (nxt and nxt.group(1)[:1].isupper())):
            return True
        return infinitive and key in self.g.infinitive_objects

    def _coordinated_complement(self, key: str, nxt_key: str) -> bool:
        rule = self.g.data.coordinated_complement
        if rule is None or key != rule.coordinator:
            return False
        stop = self.g.complement_stop
        return (nxt_key in rule.next_words or nxt_key[:2] in rule.next_elisions) and nxt_key not in stop \
            and self.g.elision.sub("", nxt_key) not in stop
