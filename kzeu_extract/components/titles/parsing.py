"""Parsing one title phrase around a head: qualifiers before it, adjectives and complements after it."""
from __future__ import annotations

import re
from typing import Optional

from ...normalize.names import clean_title
from ...textkit import fold
from .phrase import TitlePhrase
from .text import (
    ABBREVIATION_RE,
    MAX_NESTED_TITLES,
    MAX_TITLE_STEPS,
    SENTENCE_END_WORD,
    SHOUTED_RE,
    TIME_BEFORE,
    WORDS_RE,
    form_key,
)
from .upstream import ORG, PLACE


class PhraseRules:
    """The phrase half of ``TitleGrammar``."""

    def subject_keys_for(self, keys: set, subject: str) -> set:
        """Keys a portfolio adds to a title ("Minister" of "Foreign Affairs" is a foreign minister)."""
        folded = fold(subject)
        return {key for head, key, forms in self.subject_keys if head in keys and any(f in folded for f in forms)}

    def exact_abbreviation(self, text: str, match) -> bool:
        """A case-sensitive head ("PM") written exactly as in the vocabulary (after any
        modifiers: "Acting PM"), and not a time of day ("9:40 PM")."""
        head = self.modifier.sub("", match.group())
        if head not in self.case_sensitive_forms and match.group() not in self.case_sensitive_forms:
            return False
        return not TIME_BEFORE.search(text, max(0, match.start() - 3), match.start())

    def head_info_for(self, head_text: str) -> dict:
        """Vocabulary entry of a matched head, with or without its modifiers ("Deputy ...")."""
        return (self.head_info.get(form_key(head_text))
                or self.head_info.get(form_key(self.modifier.sub("", head_text)))
                or self.head_info.get(form_key(self._portfolio_lead_start.sub("", head_text)))
                or self.plural_info.get(form_key(head_text), ({},))[0])

    def coordinated_portfolio_keys(self, head_text: str) -> set:
        """The keys of each portfolio coordinated before one head: "Foreign Affairs and Trade
        Minister" is a foreign minister and a trade minister."""
        lead = self._portfolio_lead_start.match(head_text)
        if not lead:
            return set()
        return {self.portfolio_prefixes[w.group()] for w in self._portfolio_word.finditer(lead.group())
                if w.group() in self.portfolio_prefixes}

    def is_org(self, phrase: str, span_kind: Optional[str]) -> bool:
        if span_kind == ORG:
            return True
        words = phrase.split()
        if not words:
            return False
        if fold(phrase) in self.kb_org_aliases:
            return True
        if len(words) == 1 and ABBREVIATION_RE.fullmatch(phrase):
            return True   # abbreviation: EU, UN, OSCE, NATO
        return words[-1] in self.institution

    def parse(self, text: str, match: re.Match, spans: dict[int, tuple[int, str, str]],
              nested: int = 0, left_qualifier: bool = True) -> TitlePhrase:
        """Parse the title phrase around a head match. ``spans``: start -> (end, kind, name)
        of organisation/place mentions found upstream; ``nested``: how deep inside other
        titles' complements this one is (0: a title of its own)."""
        start, end = match.span()
        if not nested:
            self._steps_left = MAX_TITLE_STEPS   # shared by the titles nested in this one
        head_text = match.group()
        info = self.head_info_for(head_text)
        phrase = TitlePhrase(start=start, end=end, text="", keys={info.get("key", "title")},
                             families={info.get("family", "title")}, complete=bool(info.get("complete")),
                             capitalised=head_text[:1].isupper(), office=info.get("office", True),
                             needs_full_name=bool(info.get("needs_full_name")))
        phrase.keys |= self.coordinated_portfolio_keys(head_text)
        if not nested and left_qualifier:
            self._left_qualifier(text, phrase, spans)
        pos = self._post_adjectives(text, end, phrase)
        phrase.end = self._complements(text, pos, end, phrase, spans, bool(info.get("takes_to")), nested)
        if phrase.subject:
            phrase.keys |= self.subject_keys_for(phrase.keys, phrase.subject)
        if phrase.name is None and not nested:
            self._name_after(text, phrase)
        phrase.text = clean_title(text[phrase.start:phrase.end])
        return phrase

    def _post_adjectives(self, text: str, pos: int, phrase: TitlePhrase) -> int:
        """Adjectives after the head: its own ("le président sortant", "le conseiller
        fédéral"), a country's ("le président kazakh") or an organisation's; returns their end."""
        own = self.post_adjectives.match(text, pos)
        if own:
            pos = own.end()
        adj = self.post_adjective.match(text, pos)
        if adj and self.country_code(adj.group(1)):
            phrase.country = phrase.country or self.country_code(adj.group(1))
            phrase.qualified = True
            pos = adj.end()
        elif adj and adj.group(1) in self.org_adjectives:
            phrase.organization = phrase.organization or self.org_adjectives[adj.group(1)]
            phrase.qualified = True
            pos = adj.end()
        own = self.post_adjectives.match(text, pos) if not own else None   # "le président américain sortant"
        return own.end() if own else pos

    def _complements(self, text, pos, head_end, phrase: TitlePhrase, spans, takes_to: bool, nested: int) -> int:
        """The complements after the head, and any titles coordinated with it; their end."""
        while self._steps_left > 0:
            self._steps_left -= 1
            step = self._complement(text, pos, phrase, spans, takes_to, nested)
            if step is None:
                step, takes_to = self._after_complements(text, pos, head_end, phrase, spans, takes_to, nested)
                if step is None:
                    return pos
            pos = step
        return pos

    def _after_complements(self, text, pos, head_end, phrase: TitlePhrase, spans, takes_to, nested):
        """Where no complement starts at ``pos``: a second portfolio after "and", a bracket,
        or a second title ("Deputy Prime Minister and Foreign Minister"). Returns (the new
        end or None, takes_to)."""
        conj = self.conjunction.match(text, pos)
        nxt = self.head.match(text, conj.end()) if conj else None
        if conj and not nxt and phrase.name is None:
            step = self._coordinated_portfolio(text, conj.end(), phrase, spans, takes_to, nested)
            if step is not None:
                return step, takes_to
            if self._continues_np(text, conj.end() - 1):
                # "Minister of Foreign Affairs and Trade Péter Szijjártó", "... et du Commerce extérieur"
                return self._noun_phrase(text, conj.end(), phrase, spans, nested, after_conjunction=True), takes_to
        paren = self.wording.title_paren.match(text, pos) if not conj and phrase.name is None and pos > head_end else None
        if paren:   # "Minister of State of Foreign Affairs (Americas)", "... and Trade (MFAT)"
            return paren.end(), takes_to
        if not nxt or self.head_info_for(nxt.group()).get("office", True) is False and phrase.office:
            return None, takes_to   # "the Amir and Prince Faisal": an office, then a rank before another person
        phrase.splits.append((pos, nxt.start()))   # "Deputy Prime Minister and Foreign Minister"
        nxt_info = self.head_info_for(nxt.group())
        phrase.keys.add(nxt_info.get("key", "title"))
        phrase.families.add(nxt_info.get("family", "title"))
        return nxt.end(), takes_to or bool(nxt_info.get("takes_to"))

    def _coordinated_portfolio(self, text, conj_end, phrase: TitlePhrase, spans, takes_to, nested) -> Optional[int]:
        """A second portfolio with its own preposition: "à la Coopération et à la
        Francophonie", "du Logement et de l'Habitat durable"; its end or None."""
        again = self.complement.match(text, conj_end - 1)
        if again and not self._country_word_at(text, again.end()) and not self.head.match(text, again.end()) \
                and not spans.get(again.end(), (0, ""))[1] == PLACE:
            return self._complement(text, conj_end - 1, phrase, spans, takes_to, nested)
        return None

    def _left_qualifier(self, text: str, phrase: TitlePhrase, spans) -> None:
        """A country, an organisation or a subnational unit written before the head ("Kazakh
        Foreign Minister", "European Council President", "Lagos State Governor"), and the
        article before it all."""
        m = self.left_run.search(text, max(0, phrase.start - 60), phrase.start)
        if m and m.end() == phrase.start:
            words = self._qualifier_words(m)
            if words:
                run_end = m.end(1)
                chosen = self._upstream_qualifier(text, words, run_end, spans) \
                    or self._known_qualifier(text, words, run_end)
                if chosen is None and self._territorial(words):
                    start = words[-2][1]   # "Central Province Governor", "Lagos State Governor"
                    phrase.start, phrase.subject, phrase.qualified = start, text[start:run_end], True
                    return
                if chosen:
                    self._apply_qualifier(phrase, words, chosen)
                elif m.group(2):
                    return   # "Tokayev's spokesperson": a person's possessive, no article to look for
        art = self.article_before.search(text, max(0, phrase.start - 24), phrase.start)
        if art:
            phrase.article_start = art.start("art")

    def _qualifier_words(self, m) -> list[tuple[str, int]]:
        """(word, start) of a capitalised run before a head, from the last sentence start
        inside it ("... in Afghanistan. Prime Minister X"; "U.S." ends none), without a
        leading "of"."""
        words = [(w.group(), m.start(1) + w.start()) for w in WORDS_RE.finditer(m.group(1))]
        ends = [i for i, (w, _) in enumerate(words) if SENTENCE_END_WORD.fullmatch(w)]
        if ends:
            words = words[ends[-1] + 1:]
        while words and words[0][0] in self.wording.qualifier_inner:
            words = words[1:]
        return words

    def _upstream_qualifier(self, text, words, run_end, spans):
        """An organisation or place found upstream that ends right before the title wins:
        (start, country code, organisation) or None."""
        for _, start in words:
            span = spans.get(start)
            if span and span[0] == run_end and span[1] in (ORG, PLACE) \
                    and not SHOUTED_RE.fullmatch(text[start:run_end]):
                return (start, None, span[2]) if span[1] == ORG else (start, self.country_code(span[2] or ""), None)
        return None

    def _known_qualifier(self, text, words, run_end):
        """The shortest country or organisation ending at the head: "Tokayev Meets European
        Council President" is qualified by "European Council", not by the whole run;
        (start, country code, organisation) or None."""
        for i in range(len(words) - 1, -1, -1):
            start = words[i][1]
            candidate = text[start:run_end]
            if SHOUTED_RE.fullmatch(candidate):
                continue   # a shouted dateline word ("KAZINFORM"), not a qualifier
            code = self.country_code(candidate)
            if code:
                # the longest name of the same country: "People's Republic of China President"
                longer = next((w[1] for w in words[:i] if self.country_code(text[w[1]:run_end]) == code), None)
                return (longer if longer is not None else start, code, None)
            if self.is_org(candidate, None) and not (candidate in self.non_name and i == len(words) - 1):
                return (start, None, candidate)
        return None

    def _territorial(self, words) -> bool:
        """A subnational unit: "Central Province", "Lagos State" before the head."""
        return len(words) >= 2 and words[-1][0] in self.territorial \
            and words[-2][0] not in self.title_words and words[-2][0] not in self.wording.qualifier_inner

    def _apply_qualifier(self, phrase: TitlePhrase, words, chosen) -> None:
        start, code, organization = chosen
        before = [w for w in words if w[1] < start]
        if before and code is None and self.country_code(before[-1][0]):   # "Kazakh Foreign Ministry"
            code = self.country_code(before[-1][0])
            start = before[-1][1]
        phrase.start = start
        phrase.country = code or phrase.country
        phrase.organization = organization or phrase.organization
        phrase.qualified = bool(code or organization) or phrase.qualified

    def _complement(self, text, pos, phrase: TitlePhrase, spans, takes_to: bool, nested: int) -> Optional[int]:
        """Consume one complement at ``pos``; return the new end or None."""
        m = self.complement.match(text, pos)
        if not m:
            return None
        prep = fold(m.group("prep") or m.group("dprep") or "")
        np_start = m.end()
        if prep in self.wording.posting:
            # French "à"/"au"/"aux": before a country or place, where the holder is posted or
            # goes ("ambassadeur au Kazakhstan", "le président français au Kazakhstan"); before
            # a portfolio, the office itself ("secrétaire d'État aux Affaires européennes",
            # "haut-commissaire aux droits de l'homme", "ministre délégué à la Francophonie")
            # (only offices that have portfolios: "le métropolite de France à la cathédrale" is where)
            span = spans.get(np_start)
            is_to = self._country_word_at(text, np_start) or bool(span and span[1] == PLACE) \
                or not phrase.families & self.roles.portfolio_families
        else:
            is_to = prep in self.wording.destination
        if is_to and not takes_to:
            return None
        inner = self.head.match(text, np_start)
        if inner and nested >= MAX_NESTED_TITLES:
            return None   # "President of President of ...": the chain ends here
        if inner:   # nested title: "Adviser to the President of the European Council"
            sub = self.parse(text, inner, spans, nested=nested + 1)
            if sub.organization and not phrase.organization:
                phrase.organization = sub.organization
            return sub.end
        return self._noun_phrase(text, np_start, phrase, spans, nested, is_to)
