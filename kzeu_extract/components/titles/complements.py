"""The noun phrase of a title complement, and where it stops and a name begins."""
from __future__ import annotations

from typing import Optional

from ...textkit import fold
from .phrase import TitlePhrase
from .text import ALL_CAPS_RE, COUNTRY_WORDS_RE, MAX_NOUN_PHRASE_WORDS, POSSESSIVE_COUNTRY, SPACE_RE


class ComplementRules:
    """The complement half of ``TitleGrammar``."""

    def _noun_phrase(self, text, np_start, phrase: TitlePhrase, spans, nested: int, is_to: bool = False,
                     after_conjunction: bool = False):
        """The noun phrase of a complement (and any name run into it); return its end or None.
        ``after_conjunction``: it follows "and"/"et", so it may open with "the", "du", "des"."""
        span = spans.get(np_start)
        styled = self._styled_complement(text, np_start, phrase, nested)
        if styled is not None:
            return styled
        if not after_conjunction:
            np_start = self._possessive_country(text, np_start, phrase)
        country_end = None if is_to else self._country_at(text, np_start)
        if country_end:   # "de la République populaire de Chine Wang Yi": the country name, then any name
            phrase.country = phrase.country or self.country_code(text[np_start:country_end])
            phrase.qualified = True
            if not nested and phrase.name is None and SPACE_RE.match(text, country_end):
                phrase.name = self.name_at(text, country_end + 1)
            return country_end
        words = self._np_words(text, np_start, after_conjunction)
        if not words:
            return None
        k = self._split_point(text, words, span, nested)
        comp_words = words[:k]
        if not comp_words:
            return None
        comp = text[comp_words[0][1]:comp_words[-1][2]]
        if is_to:   # "Ambassador ... to Kazakhstan": the destination, not the office's country
            kind = span[1] if span else None
            return comp_words[-1][2] if self.country_code(comp) or self.is_org(comp, kind) else None
        kind = span[1] if span and span[0] <= comp_words[-1][2] else None
        self._qualify(phrase, comp, span, kind)
        if k < len(words) and not nested:
            name = self.name_at(text, words[k][1])
            if name:
                phrase.name = name
        return comp_words[-1][2]

    def _styled_complement(self, text, np_start, phrase: TitlePhrase, nested: int) -> Optional[int]:
        """"Director of the Office of His Majesty Jafar Hassan": the style names the ruler
        served (the complement); the name follows it. Returns the complement's end or None."""
        style = self.honorific.match(text, np_start)
        if not style or not self.wording.third_person_style.match(style.group()):
            return None
        style_end = np_start + len(style.group().rstrip())
        phrase.subject, phrase.qualified = phrase.subject or text[np_start:style_end], True
        if not nested and phrase.name is None:
            phrase.name = self.name_at(text, style.end())
        return style_end

    def _possessive_country(self, text, np_start, phrase: TitlePhrase) -> int:
        """"President of Germany's Bundestag", "chairman of Japan's Liberal Democratic Party":
        the country qualifies the title; the noun phrase starts after it."""
        possessive = POSSESSIVE_COUNTRY.match(text, np_start)
        if possessive and self.country_code(possessive.group(1)) and self.np_word.match(text, possessive.end()):
            phrase.country = phrase.country or self.country_code(possessive.group(1))
            phrase.qualified = True
            return possessive.end()
        return np_start

    def _np_words(self, text, np_start, after_conjunction: bool) -> list[tuple[str, int, int]]:
        """(word, start, end) of the noun phrase's words: capitalised words and allowed
        lowercase ones, up to a form of address, a preposition or an article that opens
        something else."""
        words = []
        after_and = opening = after_conjunction
        p = np_start
        while len(words) < MAX_NOUN_PHRASE_WORDS:
            w = self.np_word.match(text, p)
            if not w or words and self.honorific.match(text, p):
                break   # "Minister of Finance Dr Rui Gomes": a form of address opens the name
            word = w.group().rstrip(".")
            if word[:1].islower() and not (fold(word) in self.complement_words or self.country_code(word)):
                break
            step = self._np_word_step(text, word, w.end(), words, opening, after_and)
            if step is None:
                break
            opening, after_and = step
            words.append((word, w.start(), w.start() + len(word)))
            if not SPACE_RE.match(text, w.start() + len(word)):
                break
            p = w.start() + len(word) + 1
        return words

    def _np_word_step(self, text, word, end, words, opening: bool, after_and: bool):
        """Is ``word`` part of the noun phrase? None if it ends it, else the new (opening,
        after_and) state: "and" before more of the phrase opens a second noun phrase, whose
        function words ("the", "du", "des") belong to it."""
        folded = fold(word)
        if folded in self.wording.conjunctions and words and self._continues_np(text, end):
            return True, True   # "for Europe and Foreign Affairs": one complement
        if opening and folded in self.wording.conjunct_openers:
            return opening, after_and   # "et la politique de sécurité", "de l'Europe et des affaires étrangères"
        if folded in self.wording.genitive and after_and and words[-1][0][:1].islower():
            return opening, after_and   # "... et la politique de sécurité"
        if folded in self.wording.complement_breaks:
            return None
        return False, after_and

    def _qualify(self, phrase: TitlePhrase, comp: str, span, kind) -> None:
        """What the complement's noun phrase makes of the title: a country, an organisation,
        the country's own office ("le président de la République"), or a subject."""
        code = self.country_code(self.wording.republic_of.sub("", comp)) or self.country_code(comp)
        if code:
            phrase.country = phrase.country or code
            phrase.qualified = True
        elif self.is_org(comp, kind):
            phrase.organization = phrase.organization or (span[2] if kind else comp)
            phrase.qualified = True
        elif comp in self.wording.republic_words:
            phrase.complete = True   # "le président de la République": the country's own president
        else:
            phrase.subject = phrase.subject or comp
            phrase.qualified = True

    def _country_word_at(self, text: str, pos: int) -> bool:
        word = self.np_word.match(text, pos)
        return bool(word) and bool(self.country_code(word.group()))

    def _country_at(self, text: str, pos: int) -> Optional[int]:
        """End of the longest country name of two or more words starting at ``pos`` that
        contains lowercase words ("République populaire de Chine", "Republic of Korea"), if any."""
        words = list(COUNTRY_WORDS_RE.finditer(text, pos, pos + 60))
        if len(words) < 2 or words[0].start() != pos or not any(w.group()[:1].islower() for w in words[1:4]):
            return None
        for w in reversed(words[1:6]):
            if self.country_code(text[pos:w.end()]):
                return w.end()
        return None

    def _continues_np(self, text: str, pos: int) -> bool:
        """After "and": a capitalised word that starts neither a title nor a name."""
        nxt = self.np_word.match(text, pos + 1) if SPACE_RE.match(text, pos) else None
        if nxt and fold(nxt.group()) in self.wording.conjunct_openers:
            # "and the ...", "et des affaires étrangères", "et de la Francophonie"
            for _ in range(2):
                nxt = self.np_word.match(text, nxt.end() + 1) if SPACE_RE.match(text, nxt.end()) else None
                if not nxt or fold(nxt.group()) not in self.wording.conjunct_openers:
                    break
            return bool(nxt) and not self.head.match(text, nxt.start()) and (
                fold(nxt.group()) in self.complement_words or nxt.group()[:1].isupper() and nxt.group() in self.non_name)
        return bool(nxt) and nxt.group()[:1].isupper() and nxt.group() in self.non_name \
            and not self.head.match(text, pos + 1)

    def _split_point(self, text, words, span, nested) -> int:
        """How many words of a complement noun phrase belong to it (the rest is a name)."""
        n = len(words)
        end = words[-1][2]
        if not nested and n >= 2 and text[end:end + 1] == "," and self._name_follows(text, end + 1) \
                and self.is_name_word(words[-1][0], True) and not self.is_name_word(words[-2][0], True):
            return n   # "for Budget and National Planning, Zainab Ahmed": the name is after the comma
        if span:
            covered = sum(1 for _, s, e in words if e <= span[0])
            if covered and (covered == n or self.valid_name([w for w, _, _ in words[covered:]], True)):
                return covered
        for j in range(min(n, 4), 0, -1):   # a country name at the start: "Kazakhstan Mukhtar ..."
            comp = text[words[0][1]:words[j - 1][2]]
            if self.country_code(comp) or fold(comp) in self.kb_org_aliases:
                if j == n or self.valid_name([w for w, _, _ in words[j:]], True) \
                        or not nested and self.head.match(text, words[j][1]):
                    return j   # (a title stacked after it: "Ambassador to Kuwait Prince Sultan ...")
        last_fixed = 0
        for i, (w, _, _) in enumerate(words):
            if w in self.non_name or w[:1].islower() or ALL_CAPS_RE.fullmatch(w) or fold(w) in self.complement_words:
                last_fixed = i + 1
        if last_fixed:
            rest = [w for w, _, _ in words[last_fixed:]]
            fixed = words[last_fixed - 1][0]
            # one capitalised word after a capitalised portfolio noun is its adjective, not a
            # surname: "de l'Enseignement Technique" (but "Minister of Finance Gomes")
            adjective = len(rest) == 1 and fixed[:1].isupper() and fixed not in self.non_name \
                and not ALL_CAPS_RE.fullmatch(fixed)
            if not rest or not adjective and self.valid_name(rest, True):
                return last_fixed
            return n
        if n >= 3 and not nested:
            tail = 3 if words[-2][0] in self.particles else 2
            if self.valid_name([w for w, _, _ in words[-tail:]], False):
                return n - tail
        return n
