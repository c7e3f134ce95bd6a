"""Names in the title grammar: what a name word is, where a valid name starts and ends."""
from __future__ import annotations

import re
from typing import Optional

from ...textkit import fold
from .phrase import NameSpan, TitlePhrase
from .text import (
    BARE_INITIALS_RE,
    BRACKETED_GIVEN,
    NAME_WORD_RE,
    SPACE_RE,
    WORDS_RE,
    cut_off,
)


class NameRules:
    """The name half of ``TitleGrammar`` (uses its compiled vocabulary)."""

    def is_name_word(self, word: str, first: bool) -> bool:
        if word in self.particles and not first:
            return True
        if word in self.regnal and not first:
            return True   # "Mohammed VI", "Abdullah II"
        if word in self.non_name or word.lower() in self.stop and first:
            return False
        if first and BARE_INITIALS_RE.fullmatch(word):
            return not self.country_code(word) and fold(word) not in self.kb_org_aliases
        return bool(NAME_WORD_RE.fullmatch(word))

    def patronymic_given(self, word: str, following: str) -> bool:
        """A title word that is a given name before "bin"/"ibn"/"bint" (son/daughter of):
        "Sultan bin Saad", "Amir bin Khalid"."""
        return following in self.wording.patronymic_links and word in self.title_words and bool(NAME_WORD_RE.fullmatch(word)) \
            and word.lower() not in self.stop

    def given_name_at(self, text: str, match) -> bool:
        """Is a title head a given name, followed by "bin"/"ibn" ("Sultan bin Saad")?"""
        return " " not in match.group() and bool(self.wording.patronymic_after.match(text, match.end())) \
            and match.group()[:1].isupper()

    def valid_name(self, words: list[str], allow_single: bool) -> bool:
        """Words that can form a person's name on their own (structure only, no look-up)."""
        if not words or (len(words) == 1 and not allow_single):
            return False
        if words[-1] in self.particles or words[-1].endswith("."):
            return False
        if BARE_INITIALS_RE.fullmatch(words[-1]) and words[-1] not in self.regnal:
            return False   # initials are followed by a surname
        full = [w for w in words if w not in self.regnal and not w.endswith(".") and not BARE_INITIALS_RE.fullmatch(w)]
        initials = len(full) < len(words) - sum(1 for w in words if w in self.regnal)
        if not full or not allow_single and len(full) < 2 and not initials:
            return False   # "Phase II" alone is no name; "King Mohammed VI", "S. Jaishankar" are
        if not all(self.is_name_word(w, i == 0) or (i and i == len(words) - 1 and w in self.month_surnames)
                   or i == 0 and len(words) > 2 and self.patronymic_given(w, words[1])
                   for i, w in enumerate(words)):
            return False
        if any(w.lower() in self.stop and w not in self.particles and not (i and w in self.month_surnames)
               for i, w in enumerate(words)):
            return False
        if any(w in self.fr_head_words and words[i - 1] in ("le", "la") for i, w in enumerate(words) if i):
            return False
        joined = " ".join(words)
        if self.country_code(joined) is not None:
            return False
        # a given name that is also a country's name in some language is a given name when a
        # lowercase particle and a surname follow it: "Dominique de Villepin", "Jordan da Silva"
        first_ok = len(words) >= 3 and words[1][:1].islower() and words[1] in self.particles
        return not any(self.country_code(w) for i, w in enumerate(words) if i or not first_ok)

    def name_at(self, text: str, pos: int, allow_single: bool = True) -> Optional[NameSpan]:
        """A valid name starting exactly at ``pos`` (the longest valid prefix of the run)."""
        m = self.name_run.match(text, pos)
        if not m:
            return None
        good = []
        words = list(WORDS_RE.finditer(m.group()))
        for i, w in enumerate(words):
            if i == 0 and len(words) > 1 and self.patronymic_given(w.group(), words[1].group()):
                good.append((w.group(), pos + w.start(), pos + w.end()))   # "Prince Sultan bin Saad"
                continue
            if not self.is_name_word(w.group(), i == 0):
                if i and w.group() in self.month_surnames and good[-1][0] not in self.particles \
                        and not self.wording.day_or_year.match(text, pos + w.end()):
                    good.append((w.group(), pos + w.start(), pos + w.end()))   # "Theresa May"
                break
            good.append((w.group(), pos + w.start(), pos + w.end()))
        if good and cut_off(text, good[-1][2]):
            good.pop()   # "... le Président Emmanue": a text cut in the middle of a word
        while good and (good[-1][0] in self.particles or good[-1][0].endswith(".")
                        or len(good) > 2 and good[-1][0].lower() in self.stop):
            good.pop()   # (a headline run on: "Former President, John Mahama My victory ...")
        for i in range(len(good) - 2, 1, -1):
            if good[i][0] in self.particles and self.country_code(text[good[i + 1][1]:good[-1][2]]):
                good = good[:i]   # "le prince Nikola II de Monténégro": the country after the name
                break
        if not self.valid_name([w for w, _, _ in good], allow_single):
            return None
        return NameSpan(good[0][1], good[-1][2], text[good[0][1]:good[-1][2]])

    def with_name_part(self, text: str, honorific: Optional[re.Match], name: NameSpan) -> NameSpan:
        """"Sheikh Hasina": an honorific that is part of the name of a person named by one word."""
        if honorific is None or " " in name.text:
            return name
        words = list(WORDS_RE.finditer(text, honorific.start(), honorific.end()))
        if words and words[-1].group() in self.name_part_honorifics:
            start = words[-1].start()
            return NameSpan(start, name.end, text[start:name.end])
        return name

    def _name_follows(self, text: str, pos: int) -> bool:
        while SPACE_RE.match(text, pos):
            pos += 1
        for opener in (self.name_prefix, self.honorific):
            m = opener.match(text, pos)
            if m:
                pos = m.end()
        return self.name_at(text, pos, allow_single=False) is not None

    def _name_after(self, text: str, phrase: TitlePhrase) -> None:
        pos = phrase.end
        if text[pos:pos + 1] == ",":
            pos += 1
            phrase.name_after_comma = True
        if not SPACE_RE.match(text, pos):
            return
        while SPACE_RE.match(text, pos):
            pos += 1
        prefix = self.name_prefix.match(text, pos)    # "..., retired Babagana Monguno"
        if prefix and phrase.name_after_comma:
            pos = prefix.end()
        bracketed = BRACKETED_GIVEN.match(text, pos)
        if bracketed and self.is_name_word(bracketed.group(2), False):
            # "le président américain [Barack] Obama": a given name an editor added
            phrase.name = NameSpan(bracketed.start(), bracketed.end(), bracketed.group())
            return
        honorific = self.honorific.match(text, pos)   # "son homologue, M. Karim Aliev"
        if honorific:
            pos = honorific.end()
        name = self.name_at(text, pos, allow_single=not phrase.name_after_comma and not phrase.needs_full_name)
        if name:
            phrase.name = self.with_name_part(text, honorific, name)
        else:
            phrase.name_after_comma = False
