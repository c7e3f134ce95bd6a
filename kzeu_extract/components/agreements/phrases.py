"""Phrases that extend a name in any case: a participle and its object (``establishing a
Joint Commission``), a purpose (``to expand cooperation in energy``) and a between-phrase
(``between the diplomatic academies of the two countries``)."""
from __future__ import annotations

from ...textkit import fold


class Phrases:
    """Mixin of the agreements component: phrase ends."""

    def _phrase_end(self, text: str, pos: int, list_prepositions=None) -> int:
        """The words of a complement (``a Joint Commission for Co-operation``, ``une Commission
        mixte de coopération entre les deux parties``, ``strategic cooperation in energy``), any
        case, articles and connectors inside: up to punctuation, a clause word, another head or
        (in a list) the next subject's preposition; never ending on a connector."""
        g = self.g
        last_good = pos
        for _ in range(2 * self.max_name_words):
            m = g.word.match(text, pos)
            if not m:
                break
            key = fold(m.group(1))
            if key in g.phrase_stop or key in g.head_words:
                break
            nxt = g.word.match(text, m.end())
            if self._phrase_stops_at(text, key, m, nxt, list_prepositions):
                break
            pos = m.end()
            if key not in g.connectors and key not in g.phrase_articles:
                last_good = pos
        return last_good

    def _phrase_stops_at(self, text: str, key: str, m, nxt, list_prepositions) -> bool:
        g = self.g
        nxt_key = fold(nxt.group(1)) if nxt else ""
        if key in g.coordinators and (
                not nxt or nxt_key in g.phrase_stop
                or nxt_key in g.leading and g.data.coordinator_before_leading_word_ends
                or list_prepositions and self._list_preposition(text, m.end(), list_prepositions) is not None):
            return True  # ... and the parties agreed; ..., et à la coopération: the next subject
        kept = g.kept_unless_followed.get(key)
        # en 1979; but: en matière de, en Asie
        return kept is not None and not (nxt_key in kept or nxt and nxt.group(1)[:1].isupper())

    def _participle_end(self, text: str, pos: int) -> int | None:
        """``establishing a Joint Commission ...``, ``instituant une Commission mixte ...``: a
        participle naming what the instrument does, and its object; None when none follows."""
        m = self.g.participle.match(text, pos)
        if not m:
            return None
        end = self._phrase_end(text, m.end(1))
        return end if end > m.end() else None

    def _purpose_end(self, text: str, pos: int) -> int | None:
        """``... between Russia and Turkmenistan to expand strategic cooperation in energy``: the
        purpose (a purpose marker and a verb with its object)."""
        m = self.g.purpose.match(text, pos)
        if not m:
            return None
        verb = m.group(1)
        key = fold(verb)
        if key in self.g.purpose_stop or key in self.g.complement_stop or key in self.g.leading \
                or self.knowledge.geo.country_code(verb):
            return None
        end = self._phrase_end(text, m.end())
        return end if end > m.end() else None

    def _between_phrase(self, text: str, end: int) -> int:
        """``... on cooperation between the diplomatic academies of the two countries``,
        ``accord entre le gouvernement de A et le gouvernement de B sur ...``: the between-phrase
        belongs to the name when a complement follows it or when its parties are common
        nouns; named parties alone (``between Kazakhstan and Kyrgyzstan``) stay outside."""
        between = self.g.between_word.match(text, end)
        if not between:
            return end
        parties = self._between_parties(text, between.end())
        if parties is None:
            return end
        last_good, first_word, second_word, qualified = parties
        # instituant une Commission mixte ..., to expand strategic cooperation in ...
        extended = self._participle_end(text, last_good)
        if extended is None and self.g.data.title_case_names and first_word[:1].isupper():
            extended = self._purpose_end(text, last_good)
        if extended is not None:
            return extended
        if self.g.between_complement.match(text, last_good):
            if self.g.data.title_case_names:
                tail = self._title_tail(text, last_good)
                new_end = self._description(text, tail[1] if tail else last_good)
            else:
                new_end = self._lowercase_tail(text, last_good)
            if new_end > last_good:
                return new_end
        if first_word[:1].islower() and (fold(first_word) not in self.g.between_numbers or qualified
                                         and second_word[:1].isalpha()
                                         and second_word not in self.g.between_party_nouns):
            return last_good  # entre les deux ministères des Affaires étrangères; not: between the two ministries
        return end

    def _between_parties(self, text: str, pos: int):
        """The words of a between-phrase from ``pos``: (end of its last content word, its first
        word, its second content word folded, whether a number word is qualified by an
        of-phrase); None when it holds no content word."""
        g = self.g
        last_good, first_word, second_word, qualified, of_seen = None, None, None, False, False
        for _ in range(2 * self.max_name_words + 6):  # the parties' full titles can be long
            m = g.word.match(text, pos)
            if not m:
                break
            word = m.group(1)
            key = fold(word)
            if key in g.party_phrase_stop or key in g.head_words or last_good is not None and g.participle.match(text, pos):
                break
            pos = m.end()
            if key not in g.connectors and key not in g.between_skip:
                last_good = pos
                # the two ministries of health, les deux ministères des Affaires étrangères
                qualified = qualified or second_word is not None and (of_seen or key[:2] in g.between_of_elisions)
                if first_word is None:
                    first_word = g.elision.sub("", word)
                elif second_word is None:
                    second_word = fold(g.elision.sub("", word))
            elif second_word is not None and key in g.between_of:
                of_seen = True
        return None if last_good is None else (last_good, first_word, second_word, qualified)
