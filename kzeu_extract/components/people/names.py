"""Names in the text: after titles and honorifics, knowledge-base spellings, capitalised runs, appositions."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ...normalize.names import clean_title
from ...textkit import fold
from ..titles import TitlePhrase
from ..titles.text import cut_off
from ..titles.upstream import hashtag, inside
from .helpers import after_article, after_place_preposition, name_span
from .initials import INITIALLED_NAME, INITIALS_BEFORE, letters, spaced, valid_initials
from .model import Mention
from .shapes import (
    CAPS_BEFORE_GIVEN,
    CAPS_NAME,
    CAPS_WORD,
    COMMA_BEFORE,
    COMMA_GAP,
    DATE_OR_TIME,
    HAS_SPACE,
    NEXT_TOKEN,
    PUNCTUATION_END,
    WORDS,
    WORDS_BEFORE,
    HEADING_LINE,
    caps_after_given,
)


class MentionCollector:
    """Mentions found so far; a new one is kept only if it overlaps none of them (nor a title)."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []

    def add(self, start, end, kind, title=None, kb_id=None) -> Optional[Mention]:
        if inside(self.taken, start, end):
            return None
        m = Mention(start, end, self.text[start:end], kind, title, kb_id)
        self.mentions.append(m)
        bisect.insort(self.taken, (start, end))
        return m

    def at(self, start: int, end: int) -> Optional[Mention]:
        return next((m for m in self.mentions if m.start == start and m.end == end), None)


class NameFinding:
    """Names in the text: after titles and honorifics, knowledge-base spellings, capitalised runs, appositions."""

    def _named_mentions(self, doc, text, titles, spans, blocked, hits) -> list[Mention]:
        found = MentionCollector(text)
        for phrase in titles:
            bisect.insort(found.taken, (phrase.start, phrase.end))
        self._titled_names(text, titles, found)
        self._initialled_names(text, blocked, found)
        honorifics = list(self.grammar.honorific.finditer(text))   # (read by both below)
        self._capitalised_surnames(text, blocked, found.add, honorifics)
        self._honorific_names(text, found, honorifics)
        self._credit_names(text, found)
        self._knowledge_base_names(text, hits, blocked, found)
        # a statistical model's non-person entities only veto bare names: rules win on overlap
        # (doc.ents walks every token: read it once, and only when a model set entities)
        ents = list(doc.ents) if self.use_model_entities and doc.has_annotation("ENT_IOB") else []
        model_blocked = sorted(blocked + [(e.start_char, e.end_char) for e in ents if e.label_ in self.wording.model_blocking])
        for m in self.grammar.name_run.finditer(text):
            if m.end() - m.start() < 4 or not HAS_SPACE.search(m.group()):
                continue   # one word: no full name in it (most runs are a sentence's first word)
            for start, end in self._bare_chunks(text, m):
                if not inside(model_blocked, start, end) and not hashtag(text, start):
                    found.add(start, end, "name")
        for ent in ents:
            if ent.label_ in self.wording.model_person:
                name = self.grammar.name_at(text, ent.start_char, allow_single=True)
                if name and name.end <= ent.end_char:
                    found.add(name.start, name.end, "name" if " " in spaced(name.text) else "short")
        self._appositions(text, titles, found.mentions)
        self._post_nominals(text, titles, found.mentions)
        self._initials_before(text, found)
        return found.mentions

    def _initials(self, initials: str, text: str = "", surname: str = "") -> str:
        def given_written(letter: str) -> bool:   # "Marguerite Okonjo" in the text of "M.Okonjo"
            return bool(surname) and re.search(rf"(?<![\w.]){re.escape(letter)}\w+[ \u00a0]+{re.escape(surname)}(?![\w-])",
                                               text) is not None
        return valid_initials(initials, self.country_code, self.grammar.kb_org_aliases, self.grammar.honorific_forms,
                              given_written)

    def _initialled_names(self, text: str, blocked, found: "MentionCollector") -> None:
        """"J.Zarif", "Ts.Elbegdorj", "G.L.Peiris": initials glued to a surname name a person
        (the initials kept in the mention); "Dr.Smith": an honorific glued to the name."""
        for m in INITIALLED_NAME.finditer(text):
            if m.group(2) or not self._name_word(m.group(3), False) or m.group(3) in self.grammar.title_words \
                    or self.country_code(m.group(3)) or inside(blocked, m.start(), m.end()) \
                    or fold(m.group(3)) in self.grammar.kb_org_aliases or self._part_of_a_name(text, m.end()):
                continue
            if HEADING_LINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())):
                continue   # "A.Background", "B.Objectives": a lettered heading, no name
            before = WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before and self._name_word(before.group(1), True) and before.group(1) not in self._title_context:
                continue   # "George W.Bush": the given name before is found with the rest
            kind = self._initials(m.group(1), text, m.group(3))
            if kind == "initial":
                found.add(m.start(), m.end(), "name")
            elif kind == "honorific":
                mention = found.add(m.start(3), m.end(), "short")
                if mention:
                    mention.honorific = True

    def _initials_before(self, text: str, found: "MentionCollector") -> None:
        """"A.-K. Kramp-Karrenbauer", "R.-M. Lindqvist": initials joined by a hyphen before
        those a name was found with, or several before a surname found alone (their last one
        read as the honorific "M."); the mention starts at the first."""
        for m in found.mentions:
            if m.kind == "role" or text[m.start - 1:m.start] not in ("-", ".", " ") or not m.text[:1].isupper():
                continue
            before = INITIALS_BEFORE.search(text, max(0, m.start - 16), m.start)
            if before is None or self._initials(before.group(1).rstrip("-")) != "initial" \
                    or before.group(2) and len(letters(before.group(1))) < 2:
                continue   # (one initial and a space: "S. Jaishankar" is found whole, "Plan B. Smith" is no name)
            if any(o is not m and o.start < m.start and o.end > before.start() for o in found.mentions):
                continue
            m.start = before.start()
            m.text = text[m.start:m.end]
            m.kind = "name"

    def _titled_names(self, text: str, titles: list[TitlePhrase], found: "MentionCollector") -> None:
        """The names the title phrases introduce (several titles stacked before one name)."""
        for phrase in titles:
            if not phrase.name:
                continue
            start, end = phrase.name.start, phrase.name.end
            if phrase.keys & self.grammar.roles.ruler_keys:     # "King Philippe of Belgium"
                end += self._monarch_country(text, phrase, end)
            kind = "name" if len(spaced(text[start:end]).split()) > 1 else "short"
            if found.add(start, end, kind, phrase) is None:
                same = found.at(start, end)
                if same is not None:
                    same.extra_titles.append(phrase)

    def _monarch_country(self, text: str, phrase: TitlePhrase, end: int) -> int:
        """"King Philippe of Belgium": the country after a royal's name (its length, or 0)."""
        tail = self.wording.monarch_country.match(text[end:end + 40])
        if not tail or not self.country_code(tail.group(1)):
            return 0
        phrase.country = phrase.country or self.country_code(tail.group(1))
        if phrase.keys & self.grammar.roles.rank_keys and not phrase.office:
            # "la princesse Elia d'Albanie": a prince of a country holds that title
            phrase.office = True
            phrase.text = clean_title(text[phrase.start:phrase.end] + tail.group().replace("\u2019", "'"))
        return tail.end()

    def _honorific_names(self, text: str, found: "MentionCollector", honorifics: list) -> None:
        for m in honorifics:
            name = self.grammar.name_at(text, m.end(), allow_single=True)
            if name:
                name = self.grammar.with_name_part(text, m, name)
                mention = found.add(name.start, name.end, "name" if " " in spaced(name.text) else "short")
                if mention:
                    mention.honorific = True

    def _credit_names(self, text: str, found: "MentionCollector") -> None:
        """A photo credit names its photographer: "Photo: EPA/OLIVIER HOSLET", "Photo by Ana Lima"."""
        for m in self.wording.credit.finditer(text):
            name = self.grammar.name_at(text, m.end(), allow_single=False)
            if name is not None:
                found.add(name.start, name.end, "name")
                continue
            caps = CAPS_NAME.match(text, m.end())
            if caps:
                end = caps.end()
                if end < len(text) and text[end].islower():
                    end -= 1   # "HOSLETPolish": the next word glued to the credit
                words = text[caps.start():end].split()
                if len(words[-1]) >= 2 and not any(w in self.grammar.non_name or self.country_code(w)
                                                   or fold(w) in self.grammar.kb_org_aliases for w in words):
                    found.add(caps.start(), end, "name")

    def _knowledge_base_names(self, text: str, hits, blocked, found: "MentionCollector") -> None:
        for span in hits["KB"]:
            start, end, form = span.start_char, span.end_char, span.text
            if hashtag(text, start) or not form[:1].isupper():
                continue
            full = self.kb.person_by_name(form)
            entry = full or self.kb.person_by_short(form)
            if entry is None or self._part_of_a_name(text, end) or (not full and inside(blocked, start, end)):
                continue   # "Nazarbayev University" is an organisation
            if found.add(start, end, "name" if full and " " in form else "short", kb_id=entry.id) is None:
                for existing in found.mentions:   # already found by structure: keep the id
                    if existing.start == start and existing.end == end:
                        existing.kb_id = entry.id

    def _post_nominals(self, text: str, titles: list[TitlePhrase], mentions: list[Mention]) -> None:
        """"the Hon. Rufina Peter MP": the letters after a name are an office of that person."""
        ends = {m.end: m for m in mentions}
        for phrase in titles:
            if not phrase.post_nominal:
                continue
            person = ends.get(phrase.start - 1)
            if person is None:
                continue
            phrase.name = name_span(person)
            if person.title is None:
                person.title = phrase
            else:
                person.extra_titles.append(phrase)

    def _capitalised_surnames(self, text: str, blocked, add, honorifics: list) -> None:
        """Surnames written in capitals, the French and East Asian style: "Jacques CHIRAC",
        "Yin GAO", "BAN Ki-moon", "Mme RICE". The capitalised word must be no abbreviation the
        text or the knowledge base knows (an organisation, a country) and the line no shouted one."""
        def caps_ok(start, end) -> bool:
            word = text[start:end]
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            lowered = sum(1 for c in line if c.islower())
            if len(word) < 3 and line.strip() != text[line_start:end].strip():
                return False   # a two-letter surname only as a signature line of its own ("Bamba KI")
            return (word not in self.grammar.non_name and not self.country_code(word)
                    and fold(word) not in self.grammar.kb_org_aliases and not inside(blocked, start, end)
                    and lowered >= 2 and not cut_off(text, end))
        for m in caps_after_given(text):
            given = m.group(1).split()
            if all(self._name_word(w, i == 0) and not self.country_code(w) for i, w in enumerate(given)) \
                    and caps_ok(m.start(2), m.end(2)) \
                    and not inside(blocked, m.start(1), m.end(1)):
                add(m.start(), m.end(), "name")
        for m in CAPS_BEFORE_GIVEN.finditer(text):
            if self._name_word(m.group(2), False) and m.group(2) not in self.grammar.non_name \
                    and "-" in m.group(2) and caps_ok(m.start(1), m.end(1)):
                add(m.start(), m.end(), "name")   # "BAN Ki-moon": a hyphenated given name after it
        for h in honorifics:
            m = CAPS_WORD.match(text, h.end())
            if m and caps_ok(m.start(), m.end()):
                found = add(m.start(), m.end(), "short")
                if found:
                    found.honorific = True

    def _appositions(self, text: str, titles: list[TitlePhrase], mentions: list[Mention]) -> None:
        """"Jan Peeters, CEO of Proximus," : a title set off by commas right after a name, also
        of a person titled before the name ("Crown Prince X, the prime minister of Y,") and one
        title after another ("X, High Representative for ..., Vice-President of the Commission")."""
        ends = {m.end: m for m in mentions}
        starts = {m.start: m for m in mentions}
        title_starts = {t.mention_start for t in titles}
        for phrase in titles:
            # "A, Ambassadeur de France, B, Ministre de ...": a list of names each with its title
            # after it; the name after the comma has a title of its own
            if phrase.name is None or not phrase.name_after_comma:
                continue
            after_name = starts.get(phrase.name.start)
            gap = COMMA_GAP.match(text, phrase.name.end)
            if after_name is None or after_name.title is not phrase or not gap or gap.end() not in title_starts:
                continue
            before = COMMA_BEFORE.search(text[max(0, phrase.mention_start - 4):phrase.mention_start])
            person = ends.get(max(0, phrase.mention_start - 4) + before.end(1)) if before else None
            if person is not None and person.title is None:   # (a list that starts with a name)
                after_name.title = None
                phrase.name = None
        for phrase in titles:
            if phrase.name is not None or phrase.post_nominal:
                continue
            before = COMMA_BEFORE.search(text[max(0, phrase.mention_start - 4):phrase.mention_start])
            after = self.wording.apposition_end.match(text, phrase.end, phrase.end + 80)
            if not before or not after:
                continue
            name_end = max(0, phrase.mention_start - 4) + before.end(1)
            person = ends.get(name_end)
            if person is None:
                continue
            if person.title is not None and not (phrase.qualified and PUNCTUATION_END.match(text, phrase.end, phrase.end + 80)):
                # "Serge X, le Premier ministre et le Président": a list; "... Marco Bellini, the
                # Minister discussed": the sentence's subject, not his second title
                continue
            if person.title is None:
                person.title = phrase
            elif phrase not in person.extra_titles and person.title is not phrase:
                person.extra_titles.append(phrase)
            phrase.name = name_span(person)
            ends[phrase.end] = person   # a further apposition after this one

    def _part_of_a_name(self, text: str, end: int) -> bool:
        """Is the word ending at ``end`` followed by a capitalised word of an institution's name?"""
        nxt = self.next_word.match(text, end)
        return bool(nxt) and nxt.group(1) in self.grammar.non_name and nxt.group(1) not in self.grammar.title_words

    def _bare_chunks(self, text: str, run: re.Match):
        """Stretches of a capitalised run that have the shape of a full name."""
        chunk: list[tuple[str, int, int]] = []
        words = [(w.group(), run.start() + w.start(), run.start() + w.end()) for w in WORDS.finditer(run.group())]
        # a name inside a longer capitalised run must not follow or precede a content word
        # ("Trans-Caspian International Transport Route", "Smith Foundation")
        preceded_by_content = False
        if words and cut_off(text, words[-1][2]):
            words = words[:-1]   # a text cut in the middle of its last word
        for word in words + [("", -1, -1)]:
            if word[1] >= 0 and self._name_word(word[0], not chunk) and not self.grammar.country_code(word[0]):
                chunk.append(word)
                continue
            if chunk and word[0] in self.grammar.month_surnames and not self.wording.day_or_year.match(text, word[2]):
                chunk.append(word)   # "Theresa May"
                continue
            while chunk and chunk[-1][0] in self.grammar.particles:
                chunk.pop()
            followed_by_content = word[1] >= 0 and word[0].lower() not in self.grammar.stop
            for k in (3, 2):   # a demonym of several words before a name: "Sri Lankan Mahinda Rajapaksa"
                if len(chunk) > k and self.country_code(" ".join(w for w, _, _ in chunk[:k])):
                    chunk = chunk[k:]
                    break
            chunk = self._without_leading_noun(chunk)
            if chunk and self._names_a_thing(text, chunk[-1][2]):
                chunk = []   # "the Ninh Thuan 2 plant", "his official Ikh Tenger residence": a named place
            if len(chunk) >= 2 and self._valid_name(tuple(w for w, _, _ in chunk), False) \
                    and not after_article(text, chunk[0][1], self.wording) and not preceded_by_content \
                    and not (after_place_preposition(text, chunk[0][1], self.wording.place_prepositions) and not self._title_follows(text, chunk[-1][2])) \
                    and not followed_by_content and not self._inside_title_case_phrase(text, chunk[0][1]):
                yield chunk[0][1], chunk[-1][2]
            chunk = []
            if word[1] >= 0 and word[0].lower() not in self.grammar.stop and word[0] not in self._title_context:
                preceded_by_content = True
            elif word[0][:1].islower() and word[0] in self.grammar.particles:
                preceded_by_content = False   # "Déclaration de Claire Duval": "de" ends the noun's run

    def _title_follows(self, text: str, end: int) -> bool:
        """", secrétaire général du Parti" / ", the President of X": a title in apposition."""
        gap = self.wording.apposition_open.match(text, end)
        return bool(gap) and bool(self.grammar.head.match(text, gap.end()))

    def _names_a_thing(self, text: str, end: int) -> bool:
        """Is a capitalised run followed by a number or by a lowercase venue noun ("residence",
        "palace", "airport")? Then it names a place or a facility, not a person."""
        nxt = NEXT_TOKEN.match(text, end)
        if not nxt:
            return False
        word = nxt.group(1)
        if word[:1].isdigit() and DATE_OR_TIME.match(text, nxt.start(1)):
            return False   # a byline: "Anna Nowak 12.12.2018 08:00"
        return word[:1].isdigit() or word[:1].islower() and word.capitalize() in self._venue_words

    def _without_leading_noun(self, chunk: list) -> list:
        """"Entretien de Jean Dupont", "Visite de Jean Dupont": a word, a particle, then a full
        name is a noun and its complement ("Charles de Gaulle" has only one word after "de")."""
        i = 1
        while i < len(chunk) and chunk[i][0] in self.grammar.particles:
            i += 1
        rest = chunk[i:]
        if i > 1 and len(rest) >= 2 and chunk[1][0][:1].islower() \
                and self._valid_name(tuple(w for w, _, _ in rest), False):
            return rest
        return chunk

    def _inside_title_case_phrase(self, text: str, start: int) -> bool:
        """"in the Field of Raw Materials", "a Programme for Green Energy": inside a sentence,
        capitalised words after a capitalised common word and a preposition belong to that
        name, not to a person (a headline "Statement of Anna Berg" starts the line)."""
        before = self.wording.title_case_before.search(text, max(0, start - 40), start)
        return bool(before) and before.group(1) not in self._title_context and not self.country_code(before.group(1))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
