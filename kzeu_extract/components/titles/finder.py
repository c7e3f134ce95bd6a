"""Finding the title phrases of a text: head matches, stacked titles, plural titles before
lists of people."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...normalize.names import clean_title
from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern
from .grammar import TitleGrammar
from .matching import Hit, Joined, same_office_kind, with_portfolio
from .phrase import TitlePhrase
from .text import LO, NAME_WORD, SPACE, form_key
from .upstream import hashtag, inside

# the phrase matcher's labels
HEADS, PLURALS = "TITLE_HEADS", "TITLE_PLURALS"
STACKED_GAP = re.compile(r"[ \u00a0]{1,2}")
POST_NOMINAL_BEFORE = compile_pattern(rf"{LO}[ \u00a0]$")
NEXT_LOWER = compile_pattern(rf"[ \u00a0]+({LO}[\w'\u2019-]*)")


def add_forms(matcher: PhraseMatcher, nlp: Language, label: str, forms) -> None:
    """Vocabulary forms for a case-insensitive token matcher, with both apostrophe shapes."""
    variants = {v for f in forms for v in (f, f.replace("'", "\u2019"), f.replace("\u2019", "'"))}
    matcher.add(label, [nlp.make_doc(v) for v in sorted(variants)])


class PhraseHit:
    """One phrase-matcher hit: tokens ``start:end``, characters ``start_char:end_char``, and
    its ``text`` (read when asked): what a Span would say, without making one per hit."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char")

    def __init__(self, doc: Doc, start: int, end: int):
        self.doc, self.start, self.end = doc, start, end
        last = doc[end - 1]
        self.start_char, self.end_char = doc[start].idx, last.idx + len(last)

    @property
    def text(self) -> str:
        return self.doc[self.start:self.end].text


def _longest_first(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's ``filter_spans`` on (start, end) token pairs: the longest (then first) of
    overlapping hits, in text order."""
    kept, seen = [], set()
    for start, end in sorted(found, key=lambda hit: (hit[1] - hit[0], -hit[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def phrase_hits(matcher: PhraseMatcher, labels: dict, doc: Doc) -> dict[str, list[PhraseHit]]:
    """A phrase matcher's hits by label, longest non-overlapping ones in text order."""
    grouped: dict[str, list] = {label: [] for label in labels.values()}
    for match_id, start, end in matcher(doc):
        grouped[labels[match_id]].append((start, end))
    return {label: [PhraseHit(doc, start, end) for start, end in _longest_first(found)]
            for label, found in grouped.items()}


class TitleFinder:
    """The title phrases of a text, parsed by ``grammar`` around the heads a token matcher finds."""

    def __init__(self, grammar: TitleGrammar, nlp: Language, portfolio_link):
        self.grammar = grammar
        self.portfolio_link = portfolio_link
        # Token-level phrase matchers (lowercase) find candidate titles fast; the title
        # grammar then parses around each hit with anchored regexes.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, vocabulary in ((HEADS, grammar.head_forms), (PLURALS, grammar.plural_forms)):
            add_forms(self.matcher, nlp, label, vocabulary)
        self._labels = {nlp.vocab.strings[label]: label for label in (HEADS, PLURALS)}
        particles = "|".join(re.escape(p) for p in sorted(grammar.particles, key=len, reverse=True))
        self.name_before_particle = compile_pattern(rf"({NAME_WORD}){SPACE}(?:(?:{particles}){SPACE})+$")
        self.next_word = compile_pattern(rf"{SPACE}({NAME_WORD})")

    def find(self, doc: Doc, text: str, spans, blocked) -> list[TitlePhrase]:
        """Every title phrase of ``text`` (``spans``/``blocked``: see ``upstream_mentions``)."""
        return self._titles(doc, text, spans, blocked, phrase_hits(self.matcher, self._labels, doc))

    def _head_matches(self, text: str, hits):
        """Regex matches of title heads (with any modifiers) at the phrase matcher's hits."""
        for span in hits[HEADS]:
            start = span.start_char
            before = self.grammar.modifiers_before.search(text, max(0, start - 40), start)
            for begin in ((before.start(), start) if before else (start,)):
                match = self.grammar.head.match(text, begin)
                if match and match.end() >= span.end_char:
                    lead = self.grammar.portfolio_lead.search(text, max(0, match.start() - 60), match.start()) \
                        if begin == start and self.grammar.head_info_for(match.group()).get("portfolio_before_head") else None
                    if lead:   # "Economy and Finance Minister": portfolios coordinated before the head
                        match = Joined(text, lead.start(), match.end())
                    yield match
                    break

    def _titles(self, doc: Doc, text: str, spans, blocked, hits) -> list[TitlePhrase]:
        titles, consumed = [], 0
        for match in self._head_matches(text, hits):
            if match.start() < consumed or hashtag(text, match.start()):
                continue
            if self.grammar.given_name_at(text, match):
                continue   # "Prince Sultan bin Saad": a given name, not the title "Sultan"
            before = self.name_before_particle.search(text, max(0, match.start() - 40), match.start()) \
                if text[match.start()].isupper() else None
            if before and before.group(1) not in self.grammar.non_name:
                continue   # "Bruno Le Maire": a surname; a lowercase "visite d'Etat du président" is a title
            if inside(blocked, match.start(), match.end(), strictly=True):
                continue   # "Office of the President" is an organisation
            info = self.grammar.head_info_for(match.group())
            if info.get("capitalised_only") and not self._capitalised_head(text, match):
                continue   # "Premier Li Keqiang", not "le premier pays"
            if info.get("capital_letter_only") and not match.group()[:1].isupper():
                continue   # "le Souverain monégasque", not "un État souverain"
            if info.get("also_given_name") and self._name_follows_directly(text, match.end()):
                continue   # "Amir Hamzah Osman" is a given name; "Amir Sheikh Tamim", "the Amir of Qatar" a title
            if info.get("case_sensitive") and not self.grammar.exact_abbreviation(text, match):
                continue   # "PM Kishida", not "9:40 pm" nor "9:40 PM"
            if match.group() in self.grammar.post_nominals and POST_NOMINAL_BEFORE.search(text, max(0, match.start() - 3), match.start()):
                # "James Kariuki MP": the post-nominal letters of the name before it
                phrase = TitlePhrase(start=match.start(), end=match.end(), text=match.group(), keys={info.get("key", "title")},
                                     families={info.get("family", "title")})
                phrase.post_nominal = True   # (a field of TitlePhrase)
                titles.append(phrase)
                consumed = match.end()
                continue
            phrase = self.grammar.parse(text, match, spans)
            if titles and phrase.start < titles[-1].end <= match.start():
                # "Ambassador to Kuwait Prince X": the word before this title ends the one before
                phrase = self.grammar.parse(text, match, spans, left_qualifier=False)
            if phrase.needs_full_name and (phrase.name is None or " " not in phrase.name.text):
                continue   # "General Assembly": a rank only before a full name
            consumed = phrase.name.end if phrase.name else phrase.end
            titles.append(phrase)
        for a, b in zip(titles, titles[1:]):
            # stacked titles: "Custodian of the Two Holy Mosques King Salman", "Major General Paul Symon",
            # "président du Comité Al-Qods, S.M. le Roi Mohammed VI" (a style between them)
            if a.name is None and b.name is not None and not getattr(a, "post_nominal", False) and (
                    STACKED_GAP.fullmatch(text, a.end, b.mention_start)
                    or self._styled_gap(text, a.end, b.mention_start)
                    or text[a.end:b.mention_start] in (", ", ",\u00a0") and same_office_kind(a, b, self.grammar.roles.same_office_families)):
                a.name = b.name
        return titles + self._listed_titles(text, spans, hits)

    def _listed_titles(self, text: str, spans, hits) -> list[TitlePhrase]:
        """A plural title followed by a list of people gives each of them the singular title,
        with the country each one is "of": "the Ministers of Foreign Affairs of Central Asia:
        A of Kazakhstan, B of the Kyrgyz Republic and C" / "the foreign ministers, A and B"."""
        found, consumed = [], 0
        for span in hits[PLURALS]:
            if span.start_char < consumed:
                continue   # inside the phrase of the plural title before (as heads are in ``_titles``)
            hit = Hit(span.start_char, span.end_char, span.text)
            phrase = self.grammar.parse(text, hit, spans)
            consumed = phrase.end
            # "the Foreign Ministers of Estonia and Latvia, A and B": one country each, in order
            countries, end = self.grammar.more_countries(text, phrase.end) if phrase.country else ([], phrase.end)
            members = self.grammar.list_members(text, end)
            if not members and phrase.country and not countries:
                members = self.grammar.interleaved_members(text, phrase.end, phrase.country)
            if not members:
                continue
            members = [m if len(m) == 3 else (m[0], m[1], None) for m in members]
            if countries and len(members) == len(countries) + 1:
                members = [(name, own or country, portfolio) for (name, own, portfolio), country
                           in zip(members, [phrase.country] + countries)]
            info, index = self.grammar.plural_info[form_key(span.text)]
            words = span.text.split(" ")
            words[index] = words[index][:-1]
            singular = clean_title(text[phrase.start:hit.start] + " ".join(words))
            for name, country, portfolio in members:
                member = replace(phrase, text=singular, keys=set(phrase.keys), families=set(phrase.families),
                                 name=name, country=country or phrase.country,
                                 subject=None if country else phrase.subject)
                if portfolio and not phrase.subject and not phrase.organization and not phrase.splits:
                    # "Ministers A (Foreign Affairs)": A is "Minister of Foreign Affairs"
                    member.subject = " ".join(text[portfolio[0]:portfolio[1]].split())
                    member.text = with_portfolio(singular, member.subject, self.portfolio_link)
                    member.qualified = True
                    member.keys |= self.grammar.subject_keys_for(member.keys, member.subject)
                found.append(member)
        return found

    def _name_follows_directly(self, text: str, end: int) -> bool:
        nxt = self.next_word.match(text, end)
        return bool(nxt) and nxt.group(1) not in self.grammar.non_name and nxt.group(1) not in self.grammar.particles

    def _capitalised_head(self, text: str, match) -> bool:
        """A capitalised head not followed by a lowercase word other than a preposition."""
        if not match.group()[:1].isupper():
            return False
        nxt = NEXT_LOWER.match(text, match.end())
        return nxt is None or fold(nxt.group(1)) in self.grammar.prepositions_for_plural

    def _styled_gap(self, text: str, start: int, end: int) -> bool:
        """", S.M. " / ", His Majesty " between a title and the next titled name."""
        gap = text[start:end]
        if not gap.startswith(",") or len(gap) > 30:
            return False
        rest = gap[1:].strip()
        return bool(rest) and (rest in self.grammar.honorific_forms or rest in self.grammar.style_abbreviations)
