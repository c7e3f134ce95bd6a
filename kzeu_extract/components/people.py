"""kzeu_people: people, the offices the text gives them, and role mentions resolved to them.

Writes ``doc._.kzeu_people`` (Person-shaped dicts, every mention including role mentions such
as "the Head of State") and ``doc._.kzeu_offices`` (Office-shaped dicts with holder).

How, in order:
1. title phrases (components/offices.py) and the names they introduce; a plural title before
   a list ("the foreign ministers of the two countries, A and B") gives each person the
   singular title; a counterpart ("his Uzbek counterpart X") takes the office keys of the person
   it is the counterpart of, for role resolution only: a relation is never output as an office;
   a coordinated title ("Deputy Prime Minister and Foreign Minister") is output as its offices;
2. other names: after honorifics ("M. Tokaïev"), knowledge-base spellings, capitalised runs
   that pass the name structure test, and PERSON entities of an optional statistical model;
3. one cluster per person: knowledge-base id, same folded name, or same given name with a
   near-identical surname ("Johan Thijis" = "Johan Thijs"); surname-only mentions join the
   cluster whose surname they match;
4. role mentions ("the President of Kazakhstan", "the Minister") join, in text order, the
   person whose titles or knowledge-base offices fit, preferring the most recent one; a
   qualified role nobody in the text fits resolves through the knowledge base on the
   document date ("the President of the European Council" in 2023 -> Charles Michel).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from spacy.attrs import IDX, SENT_START
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..extensions import doc_text, items
from ..knowledge.geo import country_code
from ..knowledge.people import KnowledgeBase, PersonEntry, knowledge_base
from ..normalize.names import clean_title, same_person_names, similar_surnames, surname
from ..normalize.text import fold
from .offices import DAY_OR_YEAR, LO, _cut_off, NAME_WORD, SPACE, UP, TitleGrammar, TitlePhrase, _form_key, _form_pattern

_fold = lru_cache(maxsize=65536)(fold)
_MONARCH_COUNTRY = re.compile(rf"{SPACE}(?:(?:of|de){SPACE}|d['\u2019])((?:{NAME_WORD})(?:{SPACE}{NAME_WORD})?)")
_COMMA_BEFORE = re.compile(r"(\S)\s*,\s*$")
# the end of an apposition: punctuation, "and", or a few lowercase words before punctuation
# ("Ana Lopes, the governor of Brazil's largest state, said")
_APPOSITION_END = re.compile(rf"(?:[ \u00a0]+(?:{LO}|['\u2019-])+){{0,6}}\s*(?:[,.;:()]|$|\n)|\s*(?:and\s|et\s)")
_WORDS = re.compile(r"\S+")
_HAS_SPACE = re.compile(r"[ \u00a0]")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Aa]n?|[Aa]nother|[Aa]ny|[Uu]ne?|[Dd]['\u2019]une?)[ \u00a0]$")
# a capitalised word inside a sentence (after another word), a preposition, then the candidate
_TITLE_CASE_BEFORE = re.compile(rf"[\w,]{SPACE}({UP}{LO}+){SPACE}(?:of|on|in|for|de|du|des|pour){SPACE}$")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PATRONYMIC_WORDS = frozenset({"bin", "bint", "ibn", "ben", "ould", "binti", "bte", "bt"})
_PATRONYMIC = re.compile(r"[ \u00a0](?:bin|bint|ibn|ben|ould|Bin|Ibn|Ould)[ \u00a0]")
# a Gulf name's chain of forefathers and family: "Meshal Al-Ahmad Al-Jaber Al-Sabah" (three words or more)
_FAMILY_CHAIN = re.compile(r"^\S+[ \u00a0]\S+[ \u00a0].*(?<![\w-])(?:Al|El|Āl)[-\u00a0 ]\w")
_STACKED_GAP = re.compile(r"[ \u00a0]{1,2}")
_POST_NOMINAL_BEFORE = re.compile(rf"{LO}[ \u00a0]$")
_CAPS = rf"{UP}{{2,14}}(?:-{UP}{{2,14}})?"
_CAPS_WORD = re.compile(rf"{_CAPS}(?![\w-])")
_CAPS_AFTER_GIVEN = re.compile(rf"(?<![\w-])({NAME_WORD}(?:{SPACE}{NAME_WORD})?){SPACE}({_CAPS})(?![\w'\u2019-])")
_CAPS_BEFORE_GIVEN = re.compile(rf"(?<![\w-])({_CAPS}){SPACE}({NAME_WORD})(?![\w-])")
_COMMA_GAP = re.compile(r",[ \u00a0]+")
_PUNCTUATION_END = re.compile(r"\s*(?:[,.;:()]|$|\n)")
_NEXT_TOKEN = re.compile(r"[ \u00a0]+([\w]+)")
_VENUE_NOUNS = ("Residence", "Palace", "Hotel", "Airport", "Street", "Avenue", "Square", "Park", "Plant", "Centre",
                "Center", "Stadium", "Arena", "Hall", "Museum", "Compound", "Complex", "Camp", "Pavilion", "Villa",
                "Castle", "Fort", "Monastery", "Temple", "Mosque", "Church", "Cathedral", "Bridge", "Tower",
                "Building", "Port", "Station", "Base", "Refinery", "Dam", "Mine", "Terminal", "Boulevard")
_DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\w)|\d{1,2}:\d{2}(?!\w)")
# a photo credit, with the agency before a slash: "Photo: EPA/", "Photo by ", "Crédit photo : AFP / "
_CREDIT = re.compile(r"(?<![\w-])(?:Photos?|PHOTOS?|Fotos?|FOTOS?|Pictures?|Cr[ée]dits?(?:[ \u00a0][Pp]hotos?)?|Photo[ \u00a0]credit)"
                     r"[ \u00a0]*(?::|by|par|de)[ \u00a0]*(?:[\w.&'\u2019-]{1,30}[ \u00a0]?/[ \u00a0]?)?")
_CAPS_NAME = re.compile(rf"{UP}{{2,20}}(?:[ \u00a0-]{UP}{{2,20}}){{1,2}}")
_NEXT_LOWER = re.compile(rf"[ \u00a0]+({LO}[\w'\u2019-]*)")

_MODEL_PERSON = {"PERSON", "PER"}
_MODEL_BLOCKING = {"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MISC"}
_ARTICLES = {"the", "le", "la", "les", "l'", "l\u2019", "a", "an", "un", "une", "this", "ce", "cette"}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    kind: str                             # "name" (2+ words), "short" (surname), "role"
    title: Optional[TitlePhrase] = None   # the title attached to / forming this mention
    kb_id: Optional[str] = None
    cluster: Optional["_Cluster"] = None
    honorific: bool = False               # "Ms Colonna": a person even if named only so
    extra_titles: list = field(default_factory=list)   # more titles stacked before the same name
    given_only: bool = False              # "Sheikh Mohamed" for "Mohamed bin Zayed": no surname in it


@dataclass
class _Cluster:
    key: str
    kb: Optional[PersonEntry] = None
    mentions: list = field(default_factory=list)
    titles: list = field(default_factory=list)     # TitlePhrase given to this person
    _surnames: Optional[tuple] = field(default=None, repr=False, compare=False)
    styled: Optional[str] = None                   # "King Abdullah" for a royal named by one word

    @property
    def named(self) -> list:
        return [m for m in self.mentions if m.kind != "role"]

    def display_name(self) -> str:
        if self.kb:
            return self.kb.name
        names = self.named
        best = max(names, key=lambda m: (len(m.text.split()), -m.start))
        if len(best.text.split()) == 1 and self.styled:
            return self.styled   # "King Abdullah": a royal named by one word only
        return _plain_name(best.text)

    def surnames(self) -> set[str]:
        # recomputed only when a mention or the KB entry was added (mentions are only appended)
        state = (len(self.mentions), self.kb)
        if self._surnames is not None and self._surnames[0] == state:
            return self._surnames[1]
        forms = {surname(m.text) for m in self.named if m.kind == "name" and not m.given_only}
        if self.kb:
            forms |= {surname(n) for n in (self.kb.name,) + self.kb.aliases if " " in n} | set(self.kb.short)
        # "Philippe of Belgium" has no surname "Belgium"
        result = {f for f in forms if not country_code(f) and f.split()[-1][:1].isupper()}
        self._surnames = (state, result)
        return result


class PeopleFinder:
    def __init__(self, nlp: Optional[Language] = None, *, use_kb: bool = True, use_model_entities: bool = True):
        self.kb = knowledge_base() if use_kb else KnowledgeBase()
        org_aliases = set()
        for office in self.kb.offices.values():
            org_aliases |= office.org_aliases
        self.grammar = TitleGrammar(country_code, org_aliases)
        self.use_model_entities = use_model_entities
        # venue and facility nouns (from the title vocabulary's non-name words) that, written in
        # lower case after a capitalised run, make it a place's name
        self._venue_words = frozenset(_VENUE_NOUNS) & self.grammar.non_name
        # words that end a title the grammar could not parse whole; a name may follow them
        self._title_context = self.grammar.title_words | self.grammar.institution | {
            "Affairs", "Rights", "Affaires", "Droits"}
        forms = sorted({form for form, _, _ in self.kb.all_forms()}, key=len, reverse=True)
        # Token-level phrase matchers (lowercase) find candidate titles and KB spellings fast;
        # the title grammar then parses around each hit with anchored regexes.
        nlp = nlp or spacy.blank("en")
        # one pass over the tokens finds title heads, plural heads and KB spellings together
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, vocabulary in (("HEAD", self.grammar.head_forms), ("PLURAL", self.grammar.plural_forms),
                                  ("KB", forms)):
            _add_forms(self.matcher, nlp, label, vocabulary)
        self._labels = {nlp.vocab.strings[label]: label for label in ("HEAD", "PLURAL", "KB")}
        particles = "|".join(re.escape(p) for p in sorted(self.grammar.particles, key=len, reverse=True))
        self.name_before_particle = re.compile(rf"({NAME_WORD}){SPACE}(?:(?:{particles}){SPACE})+$")
        self.next_word = re.compile(rf"{SPACE}({NAME_WORD})")
        # a whole word: not the start of "Xi'an" (an apostrophe and letters), but "Tokayev's" is
        self.surname_word = re.compile(rf"(?<![\w#@'\u2019-]){NAME_WORD}(?![\w-]|['\u2019](?!s\b)\w)")

    # --- entry point ----------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._text = text
        self._language = doc._.kzeu_language or "en"
        spans, blocked = self._upstream(doc)
        hits = self._phrase_hits(doc)
        titles = self._titles(doc, text, spans, blocked, hits)
        sentence_starts = _sentence_starts(doc)
        _counterpart_offices(titles, sentence_starts)
        mentions = self._named_mentions(doc, text, titles, spans, blocked, hits)
        clusters = self._cluster(mentions)
        self._surname_mentions(text, mentions, clusters, blocked)
        date = _document_date(doc)
        unresolved = self._resolve_roles(text, titles, mentions, clusters, date, sentence_starts)
        write_items(doc, "people", [self._person_record(c) for c in clusters if c.mentions])
        write_items(doc, "offices", self._office_records(text, titles, unresolved, clusters))
        return doc

    # --- inputs from upstream components ----------------------------------------------

    def _upstream(self, doc: Doc):
        """Organisation/place mentions (start -> (end, kind, name)) and their intervals."""
        spans, blocked = {}, []
        for section, kind in (("organizations", "org"), ("places", "place")):
            for item in items(doc, section):
                for m in item.get("mentions", []):
                    spans[m["start"]] = (m["end"], kind, item.get("name"))
                    blocked.append((m["start"], m["end"]))
        blocked.extend(_navigation_lines(doc_text(doc)))
        blocked.sort()
        return spans, blocked

    # --- 1. titles -------------------------------------------------------------------

    def _phrase_hits(self, doc: Doc) -> dict[str, list]:
        """The phrase matcher's hits by label, longest non-overlapping spans in text order."""
        grouped: dict[str, list] = {"HEAD": [], "PLURAL": [], "KB": []}
        for match_id, start, end in self.matcher(doc):
            grouped[self._labels[match_id]].append(doc[start:end])
        return {label: sorted(filter_spans(found), key=lambda s: s.start) for label, found in grouped.items()}

    def _head_matches(self, text: str, hits):
        """Regex matches of title heads (with any modifiers) at the phrase matcher's hits."""
        for span in hits["HEAD"]:
            start = span.start_char
            before = self.grammar.modifiers_before.search(text, max(0, start - 40), start)
            for begin in ((before.start(), start) if before else (start,)):
                match = self.grammar.head.match(text, begin)
                if match and match.end() >= span.end_char:
                    lead = self.grammar.portfolio_lead.search(text, max(0, match.start() - 60), match.start()) \
                        if begin == start and self.grammar.head_info_for(match.group()).get("portfolio_before_head") else None
                    if lead:   # "Economy and Finance Minister": portfolios coordinated before the head
                        match = _Joined(text, lead.start(), match.end())
                    yield match
                    break

    def _titles(self, doc: Doc, text: str, spans, blocked, hits) -> list[TitlePhrase]:
        titles, consumed = [], 0
        for match in self._head_matches(text, hits):
            if match.start() < consumed or _hashtag(text, match.start()):
                continue
            if self.grammar.given_name_at(text, match):
                continue   # "Prince Sultan bin Saad": a given name, not the title "Sultan"
            before = self.name_before_particle.search(text, max(0, match.start() - 40), match.start()) \
                if text[match.start()].isupper() else None
            if before and before.group(1) not in self.grammar.non_name:
                continue   # "Bruno Le Maire": a surname; a lowercase "visite d'Etat du président" is a title
            if _inside(blocked, match.start(), match.end(), strictly=True):
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
            if match.group() in self.grammar.post_nominals and _POST_NOMINAL_BEFORE.search(text, max(0, match.start() - 3), match.start()):
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
                    _STACKED_GAP.fullmatch(text, a.end, b.mention_start)
                    or self._styled_gap(text, a.end, b.mention_start)
                    or text[a.end:b.mention_start] in (", ", ",\u00a0") and _same_office_kind(a, b)):
                a.name = b.name
        return titles + self._listed_titles(text, spans, hits)

    def _listed_titles(self, text: str, spans, hits) -> list[TitlePhrase]:
        """A plural title followed by a list of people gives each of them the singular title,
        with the country each one is "of": "the Ministers of Foreign Affairs of Central Asia:
        A of Kazakhstan, B of the Kyrgyz Republic and C" / "the foreign ministers, A and B"."""
        found = []
        for span in hits["PLURAL"]:
            hit = _Hit(span.start_char, span.end_char, span.text)
            phrase = self.grammar.parse(text, hit, spans)
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
            info, index = self.grammar.plural_info[_form_key(span.text)]
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
                    member.text = _with_portfolio(singular, member.subject, self._language)
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
        nxt = _NEXT_LOWER.match(text, match.end())
        return nxt is None or _fold(nxt.group(1)) in self.grammar.prepositions_for_plural

    def _styled_gap(self, text: str, start: int, end: int) -> bool:
        """", S.M. " / ", His Majesty " between a title and the next titled name."""
        gap = text[start:end]
        if not gap.startswith(",") or len(gap) > 30:
            return False
        rest = gap[1:].strip()
        return bool(rest) and (rest in self.grammar.honorific_forms or rest in self.grammar.style_abbreviations)

    # --- 2. names --------------------------------------------------------------------

    def _named_mentions(self, doc, text, titles, spans, blocked, hits) -> list[_Mention]:
        mentions: list[_Mention] = []
        taken: list[tuple[int, int]] = []

        def add(start, end, kind, title=None, kb_id=None) -> Optional[_Mention]:
            if _inside(taken, start, end):
                return None
            m = _Mention(start, end, text[start:end], kind, title, kb_id)
            mentions.append(m)
            bisect.insort(taken, (start, end))
            return m

        for phrase in titles:
            bisect.insort(taken, (phrase.start, phrase.end))
        for phrase in titles:
            if phrase.name:
                start, end = phrase.name.start, phrase.name.end
                if phrase.keys & {"monarch", "prince"}:     # "King Philippe of Belgium"
                    tail = _MONARCH_COUNTRY.match(text[end:end + 40])
                    if tail and country_code(tail.group(1)):
                        phrase.country = phrase.country or country_code(tail.group(1))
                        if "prince" in phrase.keys and not phrase.office:
                            # "la princesse Elia d'Albanie": a prince of a country holds that title
                            phrase.office = True
                            phrase.text = clean_title(text[phrase.start:phrase.end] + tail.group().replace("\u2019", "'"))
                        end += tail.end()
                kind = "name" if len(text[start:end].split()) > 1 else "short"
                if add(start, end, kind, phrase) is None:
                    same = next((m for m in mentions if m.start == start and m.end == end), None)
                    if same is not None:
                        same.extra_titles.append(phrase)
        self._capitalised_surnames(text, blocked, add)
        for m in self.grammar.honorific.finditer(text):
            name = self.grammar.name_at(text, m.end(), allow_single=True)
            if name:
                name = self.grammar.with_name_part(text, m, name)
                found = add(name.start, name.end, "name" if " " in name.text else "short")
                if found:
                    found.honorific = True
        for m in _CREDIT.finditer(text):
            # a photo credit names its photographer: "Photo: EPA/OLIVIER HOSLET", "Photo by Ana Lima"
            name = self.grammar.name_at(text, m.end(), allow_single=False)
            if name is not None:
                add(name.start, name.end, "name")
                continue
            caps = _CAPS_NAME.match(text, m.end())
            if caps:
                end = caps.end()
                if end < len(text) and text[end].islower():
                    end -= 1   # "HOSLETPolish": the next word glued to the credit
                words = text[caps.start():end].split()
                if len(words[-1]) >= 2 and not any(w in self.grammar.non_name or country_code(w)
                                                   or _fold(w) in self.grammar.kb_org_aliases for w in words):
                    add(caps.start(), end, "name")
        for span in hits["KB"]:
            start, end, form = span.start_char, span.end_char, span.text
            if _hashtag(text, start) or not form[:1].isupper():
                continue
            full = self.kb.person_by_name(form)
            entry = full or self.kb.person_by_short(form)
            if entry is None or self._part_of_a_name(text, end) or (not full and _inside(blocked, start, end)):
                continue   # "Nazarbayev University" is an organisation
            found = add(start, end, "name" if full and " " in form else "short", kb_id=entry.id)
            if found is None:   # already found by structure: keep the id
                for existing in mentions:
                    if existing.start == start and existing.end == end:
                        existing.kb_id = entry.id
        # a statistical model's non-person entities only veto bare names: rules win on overlap
        # (doc.ents walks every token: read it once, and only when a model set entities)
        ents = list(doc.ents) if self.use_model_entities and doc.has_annotation("ENT_IOB") else []
        model_blocked = sorted(blocked + [(e.start_char, e.end_char) for e in ents if e.label_ in _MODEL_BLOCKING])
        for m in self.grammar.name_run.finditer(text):
            if m.end() - m.start() < 4 or not _HAS_SPACE.search(m.group()):
                continue   # one word: no full name in it (most runs are a sentence's first word)
            for start, end in self._bare_chunks(text, m):
                if not _inside(model_blocked, start, end) and not _hashtag(text, start):
                    add(start, end, "name")
        if ents:
            for ent in ents:
                if ent.label_ in _MODEL_PERSON:
                    name = self.grammar.name_at(text, ent.start_char, allow_single=True)
                    if name and name.end <= ent.end_char:
                        add(name.start, name.end, "name" if " " in name.text else "short")
        self._appositions(text, titles, mentions)
        self._post_nominals(text, titles, mentions)
        return mentions

    def _post_nominals(self, text: str, titles: list[TitlePhrase], mentions: list[_Mention]) -> None:
        """"the Hon. Rufina Peter MP": the letters after a name are an office of that person."""
        ends = {m.end: m for m in mentions}
        for phrase in titles:
            if not phrase.post_nominal:
                continue
            person = ends.get(phrase.start - 1)
            if person is None:
                continue
            phrase.name = _name_span(person)
            if person.title is None:
                person.title = phrase
            else:
                person.extra_titles.append(phrase)

    def _capitalised_surnames(self, text: str, blocked, add) -> None:
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
            return (word not in self.grammar.non_name and not country_code(word)
                    and _fold(word) not in self.grammar.kb_org_aliases and not _inside(blocked, start, end)
                    and lowered >= 2 and not _cut_off(text, end))
        for m in _CAPS_AFTER_GIVEN.finditer(text):
            given = m.group(1).split()
            if all(self.grammar.is_name_word(w, i == 0) and not country_code(w) for i, w in enumerate(given)) \
                    and caps_ok(m.start(2), m.end(2)) \
                    and not _inside(blocked, m.start(1), m.end(1)):
                add(m.start(), m.end(), "name")
        for m in _CAPS_BEFORE_GIVEN.finditer(text):
            if self.grammar.is_name_word(m.group(2), False) and m.group(2) not in self.grammar.non_name \
                    and "-" in m.group(2) and caps_ok(m.start(1), m.end(1)):
                add(m.start(), m.end(), "name")   # "BAN Ki-moon": a hyphenated given name after it
        for h in self.grammar.honorific.finditer(text):
            m = _CAPS_WORD.match(text, h.end())
            if m and caps_ok(m.start(), m.end()):
                found = add(m.start(), m.end(), "short")
                if found:
                    found.honorific = True

    def _appositions(self, text: str, titles: list[TitlePhrase], mentions: list[_Mention]) -> None:
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
            gap = _COMMA_GAP.match(text, phrase.name.end)
            if after_name is None or after_name.title is not phrase or not gap or gap.end() not in title_starts:
                continue
            before = _COMMA_BEFORE.search(text[max(0, phrase.mention_start - 4):phrase.mention_start])
            person = ends.get(max(0, phrase.mention_start - 4) + before.end(1)) if before else None
            if person is not None and person.title is None:   # (a list that starts with a name)
                after_name.title = None
                phrase.name = None
        for phrase in titles:
            if phrase.name is not None or phrase.post_nominal:
                continue
            before = _COMMA_BEFORE.search(text[max(0, phrase.mention_start - 4):phrase.mention_start])
            after = _APPOSITION_END.match(text, phrase.end, phrase.end + 80)
            if not before or not after:
                continue
            name_end = max(0, phrase.mention_start - 4) + before.end(1)
            person = ends.get(name_end)
            if person is None:
                continue
            if person.title is not None and not (phrase.qualified and _PUNCTUATION_END.match(text, phrase.end, phrase.end + 80)):
                # "Serge X, le Premier ministre et le Président": a list; "... Marco Bellini, the
                # Minister discussed": the sentence's subject, not his second title
                continue
            if person.title is None:
                person.title = phrase
            elif phrase not in person.extra_titles and person.title is not phrase:
                person.extra_titles.append(phrase)
            phrase.name = _name_span(person)
            ends[phrase.end] = person   # a further apposition after this one

    def _part_of_a_name(self, text: str, end: int) -> bool:
        """Is the word ending at ``end`` followed by a capitalised word of an institution's name?"""
        nxt = self.next_word.match(text, end)
        return bool(nxt) and nxt.group(1) in self.grammar.non_name and nxt.group(1) not in self.grammar.title_words

    def _bare_chunks(self, text: str, run: re.Match):
        """Stretches of a capitalised run that have the shape of a full name."""
        chunk: list[tuple[str, int, int]] = []
        words = [(w.group(), run.start() + w.start(), run.start() + w.end()) for w in _WORDS.finditer(run.group())]
        # a name inside a longer capitalised run must not follow or precede a content word
        # ("Trans-Caspian International Transport Route", "Smith Foundation")
        preceded_by_content = False
        if words and _cut_off(text, words[-1][2]):
            words = words[:-1]   # a text cut in the middle of its last word
        for word in words + [("", -1, -1)]:
            if word[1] >= 0 and self.grammar.is_name_word(word[0], not chunk) and not self.grammar.country_code(word[0]):
                chunk.append(word)
                continue
            if chunk and word[0] in self.grammar.month_surnames and not DAY_OR_YEAR.match(text, word[2]):
                chunk.append(word)   # "Theresa May"
                continue
            while chunk and chunk[-1][0] in self.grammar.particles:
                chunk.pop()
            followed_by_content = word[1] >= 0 and word[0].lower() not in self.grammar.stop
            for k in (3, 2):   # a demonym of several words before a name: "Sri Lankan Mahinda Rajapaksa"
                if len(chunk) > k and country_code(" ".join(w for w, _, _ in chunk[:k])):
                    chunk = chunk[k:]
                    break
            chunk = self._without_leading_noun(chunk)
            if chunk and self._names_a_thing(text, chunk[-1][2]):
                chunk = []   # "the Ninh Thuan 2 plant", "his official Ikh Tenger residence": a named place
            if len(chunk) >= 2 and self.grammar.valid_name([w for w, _, _ in chunk], False) \
                    and not _after_article(text, chunk[0][1]) and not preceded_by_content \
                    and not (_after_french_a(text, chunk[0][1]) and not self._title_follows(text, chunk[-1][2])) \
                    and not followed_by_content and not self._inside_title_case_phrase(text, chunk[0][1]):
                yield chunk[0][1], chunk[-1][2]
            chunk = []
            if word[1] >= 0 and word[0].lower() not in self.grammar.stop and word[0] not in self._title_context:
                preceded_by_content = True
            elif word[0][:1].islower() and word[0] in self.grammar.particles:
                preceded_by_content = False   # "Déclaration de Claire Duval": "de" ends the noun's run

    def _title_follows(self, text: str, end: int) -> bool:
        """", secrétaire général du Parti" / ", the President of X": a title in apposition."""
        gap = _APPOSITION_OPEN.match(text, end)
        return bool(gap) and bool(self.grammar.head.match(text, gap.end()))

    def _names_a_thing(self, text: str, end: int) -> bool:
        """Is a capitalised run followed by a number or by a lowercase venue noun ("residence",
        "palace", "airport")? Then it names a place or a facility, not a person."""
        nxt = _NEXT_TOKEN.match(text, end)
        if not nxt:
            return False
        word = nxt.group(1)
        if word[:1].isdigit() and _DATE_OR_TIME.match(text, nxt.start(1)):
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
                and self.grammar.valid_name([w for w, _, _ in rest], False):
            return rest
        return chunk

    def _inside_title_case_phrase(self, text: str, start: int) -> bool:
        """"in the Field of Raw Materials", "a Programme for Green Energy": inside a sentence,
        capitalised words after a capitalised common word and a preposition belong to that
        name, not to a person (a headline "Statement of Anna Berg" starts the line)."""
        before = _TITLE_CASE_BEFORE.search(text, max(0, start - 40), start)
        return bool(before) and before.group(1) not in self._title_context and not country_code(before.group(1))

    # --- 3. clusters -----------------------------------------------------------------

    def _cluster(self, mentions: list[_Mention]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        by_key: dict[str, _Cluster] = {}
        for m in sorted((m for m in mentions if m.kind == "name"), key=lambda m: m.start):
            entry = self.kb.people.get(m.kb_id) if m.kb_id else self.kb.person_by_name(m.text)
            key = f"kb:{entry.id}" if entry else "n:" + _name_key(m.text)
            cluster = by_key.get(key)
            if cluster is None:
                cluster = next((c for c in clusters if any(same_person_names(m.text, o.text) or _same_tail(m.text, o.text)
                                                           for o in c.named)
                                and (entry is None or c.kb is None or c.kb is entry)), None)
                if cluster is None and m.text.split()[0] in self.grammar.name_part_honorifics:
                    cluster = _by_given_name(m.text.split()[-1], clusters)   # "Sheikh Mohamed" = "Mohamed bin Zayed"
                    m.given_only = cluster is not None
                if cluster is None:
                    cluster = _Cluster(key, entry)
                    clusters.append(cluster)
                elif entry and cluster.kb is None:
                    cluster.kb = entry
                by_key[key] = cluster
            self._join(cluster, m)
        for m in sorted((m for m in mentions if m.kind == "short"), key=lambda m: m.start):
            cluster = self._cluster_for_short(m, clusters, by_key)
            if cluster is None:   # the same one-word name again ("King Abdullah" ... "King Abdullah")
                cluster = by_key.get("n:" + _name_key(m.text))
            if cluster is None and (m.title is not None or m.honorific):
                cluster = _Cluster("n:" + _name_key(m.text))
                clusters.append(cluster)
                by_key[cluster.key] = cluster
            if cluster is not None:
                self._join(cluster, m)
        return clusters

    def _cluster_for_short(self, m: _Mention, clusters, by_key) -> Optional[_Cluster]:
        exact = [c for c in clusters if any(_fold(s) == _fold(m.text) for s in c.surnames())]
        if exact:
            return exact[-1]
        entry = self.kb.people.get(m.kb_id) if m.kb_id else self.kb.person_by_short(m.text)
        if entry is None and m.title is not None:
            # a one-word canonical name ("King Philippe") counts when the title fits the KB office
            named = self.kb.person_by_name(m.text)
            if named and any(set(self.kb.offices[t.office].keys) & m.title.keys for t in named.offices):
                entry = named
        if entry:
            key = f"kb:{entry.id}"
            if key not in by_key:
                by_key[key] = _Cluster(key, entry)
                clusters.append(by_key[key])
            return by_key[key]
        close = [c for c in clusters if c.named and any(similar_surnames(s, m.text) for s in c.surnames())]
        if close:
            return close[-1]
        return _by_given_name(m.text, clusters) if (m.title is not None or m.honorific) else None

    def _join(self, cluster: _Cluster, m: _Mention) -> None:
        m.cluster = cluster
        cluster.mentions.append(m)
        if m.title is not None:
            cluster.titles.append(m.title)
        cluster.titles.extend(m.extra_titles)

    def _surname_mentions(self, text: str, mentions: list[_Mention], clusters: list[_Cluster], blocked=()) -> None:
        """Later (or earlier) surname-only mentions of people named in full: "Tokayev", "Hakala"."""
        lookup: dict[str, _Cluster] = {}
        for c in clusters:
            if any(m.kind == "name" for m in c.named):
                for s in c.surnames():
                    lookup.setdefault(_fold(s), c)
        if not lookup:
            return
        taken = sorted((m.start, m.end) for m in mentions)
        found = [w for s in lookup if " " in s   # "Le Drian", "von der Leyen" first
                 for w in re.finditer(rf"(?<![\w#@-]){_form_pattern(s)}(?![\w-])", text, re.IGNORECASE)]
        by_initial: dict[str, list] = {}
        for s, c in lookup.items():
            if " " not in s:
                by_initial.setdefault(s[:1], []).append((s, c))
        fuzzy: dict[str, Optional[_Cluster]] = {}
        for w in found + list(self.surname_word.finditer(text)):
            # the look-up first: most capitalised words are nobody's surname
            key = _fold(w.group())
            cluster = lookup.get(key)
            if cluster is None and len(key) >= 5 and " " not in key:
                if key not in fuzzy:   # same initial, length within one, then the edit distance
                    fuzzy[key] = next((c for s, c in by_initial.get(key[:1], ()) if abs(len(s) - len(key)) <= 1
                                       and similar_surnames(s, key)), None)
                cluster = fuzzy[key]
            if cluster is None or not w.group()[:1].isupper() or _inside(taken, w.start(), w.end()) \
                    or self._part_of_a_name(text, w.end()) or _inside(blocked, w.start(), w.end()):
                continue   # (a place or organisation found upstream: "Xi'an", "Nazarbayev University")
            if cluster is not None:
                m = _Mention(w.start(), w.end(), w.group(), "short")
                mentions.append(m)
                bisect.insort(taken, (m.start, m.end))
                self._join(cluster, m)

    # --- 4. role mentions ------------------------------------------------------------

    def _resolve_roles(self, text, titles, mentions, clusters, date, sentence_starts) -> list[TitlePhrase]:
        roles = [t for t in titles if t.name is None and not t.post_nominal and self._is_role(text, t)]
        events = sorted([(m.start, 0, m) for m in mentions if m.cluster is not None]
                        + [(t.mention_start, 1, t) for t in roles], key=lambda e: (e[0], e[1]))
        last_seen: dict[int, int] = {}
        seen_count: dict[int, int] = {}
        named_in_sentence: dict[int, int] = {}
        unresolved = []
        for pos, is_role, item in events:
            sentence = bisect.bisect_right(sentence_starts, pos)
            if not is_role:
                last_seen[id(item.cluster)] = pos
                seen_count[id(item.cluster)] = seen_count.get(id(item.cluster), 0) + 1
                named_in_sentence[id(item.cluster)] = sentence
                continue
            cluster = self._holder(item, clusters, last_seen, seen_count, named_in_sentence, sentence, date)
            if cluster is None:
                if item.qualified:
                    unresolved.append(item)
                continue
            start = item.mention_start
            role = _Mention(start, item.end, text[start:item.end], "role", item)
            role.cluster = cluster
            cluster.mentions.append(role)
            if item.qualified or item.complete:
                cluster.titles.append(item)
            last_seen[id(cluster)] = pos
            seen_count[id(cluster)] = seen_count.get(id(cluster), 0) + 1
        return unresolved

    def _is_role(self, text: str, t: TitlePhrase) -> bool:
        if text[t.end:t.end + 1] == "s":
            return False
        if _INDEFINITE_BEFORE.search(text, max(0, t.mention_start - 12), t.mention_start):
            return False   # "the visit of a French president", "d'un président français": nobody in particular
        return t.capitalised or t.article_start is not None or t.qualified

    def _holder(self, role: TitlePhrase, clusters, last_seen, seen_count, named_in_sentence, sentence, date):
        if role.qualified:
            offices = self._kb_offices(role)
            fits = [c for c in clusters if c.mentions and self._fits_qualified(c, role, offices, date)]
            if fits:
                return _most_recent(fits, last_seen)
            holders = {p.id: p for o in offices for p in self.kb.holders(o.id, date)} if date else {}
            if len(holders) == 1:
                entry = next(iter(holders.values()))
                cluster = next((c for c in clusters if c.kb is entry), None)
                if cluster is None:
                    cluster = _Cluster(f"kb:{entry.id}", entry)
                    clusters.append(cluster)
                return cluster
            return None
        fits = [c for c in clusters if c.mentions and self._fits_generic(c, role, date)
                and named_in_sentence.get(id(c)) != sentence]
        if not fits and role.families & {"head_of_state"} and not any(
                c.mentions and self._fits_generic(c, role, date) for c in clusters):
            fits = [c for c in clusters if c.mentions and self._fits_generic(c, role, date, loose=True)
                    and named_in_sentence.get(id(c)) != sentence]
        seen = [c for c in fits if id(c) in last_seen]
        if seen:
            # the article's protagonist (most mentions so far), then the most recent
            return max(seen, key=lambda c: (seen_count.get(id(c), 0), last_seen[id(c)]))
        return fits[0] if len(fits) == 1 else None

    def _kb_offices(self, role: TitlePhrase):
        if "head_of_state" in role.families and role.country:
            return [o for o in self.kb.offices.values() if o.head_of_state and o.country == role.country]
        return self.kb.match_offices(role.keys, role.organization, role.country, role.subject)

    def _fits_qualified(self, c: _Cluster, role: TitlePhrase, offices, date) -> bool:
        head_of_state = "head_of_state" in role.families
        # a generic head ("le ministre kazakh") fits any title of its family (a foreign minister)
        generic = bool(role.keys & role.families)
        for t in c.titles:
            if t is role:
                continue
            if not (t.keys & role.keys) and not (head_of_state and t.keys & {"president", "monarch", "head_of_state"}) \
                    and not (generic and t.families & role.families):
                continue
            if role.country and t.country == role.country:
                return True
            if role.organization and t.organization and self._same_org(t.organization, role.organization):
                if not role.subject or not t.subject or _fold(role.subject) == _fold(t.subject):
                    return True
        if c.kb:
            for tenure in c.kb.offices:
                if any(o.id == tenure.office for o in offices):
                    if date is None or tenure.covers(date) is not False:
                        return True
        return False

    def _same_org(self, a: str, b: str) -> bool:
        fa, fb = _fold(a), _fold(b)
        if fa == fb:
            return True
        return any(fa in o.org_aliases and fb in o.org_aliases for o in self.kb.offices.values())

    def _fits_generic(self, c: _Cluster, role: TitlePhrase, date, loose: bool = False) -> bool:
        if role.families & {"head_of_state"}:
            for t in c.titles:
                # "President of Kazakhstan", "le président de la République"; when nobody has
                # such a title, a president of no organisation ("President William Ruto ...
                # said the head of state")
                if t.families & {"head_of_state"} or ("president" in t.keys and (
                        t.country or t.complete or loose and not (t.organization or t.subject or t.splits))):
                    return True
            return bool(c.kb) and any(self.kb.offices[t.office].head_of_state and
                                      (date is None or t.covers(date) is not False) for t in c.kb.offices)
        for t in c.titles:
            if t.keys & role.keys or (role.keys & role.families and t.families & role.families):
                return True
        if c.kb:
            for tenure in c.kb.offices:
                if set(self.kb.offices[tenure.office].keys) & role.keys and (date is None or tenure.covers(date) is not False):
                    return True
        return False

    # --- output ----------------------------------------------------------------------

    def _person_record(self, c: _Cluster) -> dict:
        c.styled = next((f for f in map(self._styled_name, sorted(c.named, key=lambda m: m.start)) if f), None)
        name = c.display_name() if (c.kb or c.named) else c.key
        aliases = []
        for m in sorted(c.named, key=lambda m: m.start):
            form = _plain_name(m.text)
            if form != name and form not in aliases:
                aliases.append(form)
            styled = self._styled_name(m)
            if styled and styled != name and styled not in aliases:
                aliases.append(styled)
        offices = _office_titles(c.titles, self.grammar, self._text)
        country = c.kb.country if c.kb and c.kb.country else next((t.country for t in c.titles if t.country), None)
        seen, mentions = set(), []
        for m in sorted(c.mentions, key=lambda m: (m.start, m.end)):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions.append({"text": m.text, "start": m.start, "end": m.end})
        return {"name": name, "aliases": aliases, "offices": offices, "country": country,
                "kb_id": c.kb.id if c.kb else None, "mentions": mentions}

    def _styled_name(self, m: _Mention) -> Optional[str]:
        """"King Abdullah", "Emir Tamim": a royal named by one word is also known by the title
        and that word together (the form the text writes)."""
        t = m.title
        if m.kind != "short" or t is None or not t.families & {"head_of_state", "royal"} \
                or not t.keys & {"monarch", "crown_prince", "prince"}:
            return None
        if t.end + 1 != m.start or " " in self._text[t.start:t.end].strip():
            return None
        return " ".join(self._text[t.start:m.end].split())

    def _office_records(self, text: str, titles: list[TitlePhrase], unresolved, clusters) -> list[dict]:
        holder_of = {}
        for c in clusters:
            if c.mentions:
                for t in c.titles:
                    holder_of[id(t)] = c.display_name() if (c.kb or c.named) else None
        records: dict[tuple, dict] = {}
        for t in titles:
            if id(t) not in holder_of and t not in unresolved or not t.office:
                continue
            holder = holder_of.get(id(t))
            kb_offices = None
            for title, start, end in _title_parts(t, text):
                key = (_fold(title), holder)
                record = records.get(key)
                if record is None:
                    organization, country = t.organization, t.country
                    kb_offices = self._kb_offices(t) if kb_offices is None else kb_offices
                    if len(kb_offices) == 1:
                        organization = organization or kb_offices[0].organization
                        country = country or kb_offices[0].country
                    record = records[key] = {"title": title, "holder": holder, "organization": organization,
                                             "country": country, "mentions": []}
                record["mentions"].append({"text": text[start:end], "start": start, "end": end})
        return list(records.values())


@dataclass
class _Hit:
    """A title head found by a phrase matcher, shaped like the ``re.Match`` parse() expects."""
    start: int
    end: int
    text: str

    def span(self):
        return self.start, self.end

    def group(self):
        return self.text


class _Joined:
    """A title head with words before it that the head regex does not cover, shaped like the
    ``re.Match`` parse() expects."""

    def __init__(self, text: str, start: int, end: int):
        self._start, self._end, self._text = start, end, text[start:end]

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return self._start, self._end

    def group(self):
        return self._text


def _counterpart_offices(titles: list[TitlePhrase], sentence_starts: list[int]) -> None:
    """A counterpart holds the office of the person it is the counterpart of, for its own
    country: "Lavrov (Foreign Minister) met his Uzbek counterpart X" -> X is a foreign minister.
    That person's title is the nearest one before in the sentence, else after in the sentence
    ("Reçu par son homologue kazakh, X, le chef de l'Etat ..."), else the nearest before."""
    plain = [t for t in titles if "counterpart" not in t.keys]
    for t in titles:
        if "counterpart" not in t.keys:
            continue
        sentence = bisect.bisect_right(sentence_starts, t.start)
        before = [p for p in plain if p.end <= t.mention_start]
        after = [p for p in plain if p.start >= t.end and bisect.bisect_right(sentence_starts, p.start) == sentence]
        if before and bisect.bisect_right(sentence_starts, before[-1].start) == sentence:
            reference = before[-1]
        else:
            reference = after[0] if after else (before[-1] if before else None)
        if reference is not None:
            t.keys |= reference.keys
            t.families |= reference.families


_FR_FEMININE_END = ("ion", "té", "ure", "ence", "ance", "ie", "ise", "ice", "ense", "ine", "ette", "ité", "ude")


def _with_portfolio(title: str, portfolio: str, language: str) -> str:
    """A title and a portfolio given apart ("Ministers A (Energy)") as one title: "Minister
    of Energy", "ministre de l'Énergie", "ministre des Mines", "ministre du Commerce"."""
    if language != "fr":
        return f"{title} of {portfolio}"
    first = portfolio.split()[0]
    if first[-1:] in "sx":
        link = "des "
    elif _fold(first[:1]) in "aeiouh":
        link = "de l'"
    elif _fold(first).endswith(tuple(_fold(e) for e in _FR_FEMININE_END)):
        link = "de la "
    else:
        link = "du "
    return f"{title} {link}{portfolio}"


def _plain_name(text: str) -> str:
    """A mention's text as a name: one space between words, no editorial brackets
    ("[Barack] Obama" -> "Barack Obama")."""
    return " ".join(text.replace("[", "").replace("]", "").split())


def _same_office_kind(a: TitlePhrase, b: TitlePhrase) -> bool:
    """Two titles of one office kind, stacked before one name: "le Président de la République,
    Chef de l'Etat, SEM X" (a president and a head of state)."""
    heads = {"head_of_state", "president"}
    return bool(a.families & b.families - {"title"}) or bool(a.families & heads and b.families & heads)


def _title_parts(t: TitlePhrase, text: str) -> list[tuple[str, int, int]]:
    """The offices one title phrase names, with their evidence: "Deputy Prime Minister and
    Foreign Minister" names two (the text of the phrase itself when it names one)."""
    if not t.splits:
        return [(t.text, t.start, t.end)]
    bounds, start = [], t.start
    for end, nxt in t.splits:
        bounds.append((start, end))
        start = nxt
    bounds.append((start, t.end))
    return [(clean_title(text[a:b]), a, b) for a, b in bounds if b > a]


def _office_titles(titles: list[TitlePhrase], grammar: TitleGrammar, text: str = "") -> list[str]:
    """Distinct titles, each office of a coordinated title on its own; never a relation or a
    rank ("counterpart", "Prince"). A bare head ("President") is dropped when the same person
    also has a fuller title with that head ("President of Kazakhstan"), and a generic one
    ("Minister", "South Korean minister") when the person has a specific title of its family
    ("Foreign Minister") for no other country."""
    result: dict[str, tuple[str, TitlePhrase, bool]] = {}
    for t in titles:
        if not t.office:
            continue
        parts = _title_parts(t, text) if text else [(t.text, t.start, t.end)]
        for title, _, _ in parts:
            result.setdefault(_fold(title), (title, t, len(parts) == 1))
    keep = []
    for key, (title, t, whole) in result.items():
        bare = _form_key(title) in grammar.head_info
        t_keys = t.keys
        if bare and any(k != key and any(set(o.keys) & t_keys for o in titles if o.office and _fold(o.text) == k)
                        for k in result):
            continue
        if whole and _generic(t) and any(o is not t and o.office and o.families & t.families and not _generic(o)
                                         and (t.country is None or o.country in (None, t.country))
                                         for _, o, _ in result.values()):
            continue
        keep.append(title)
    return keep


def _generic(t: TitlePhrase) -> bool:
    """A title naming no portfolio of its family: "Minister", "the Kazakh minister"."""
    keys = t.keys - {"title"}
    return bool(keys) and keys <= t.families and not t.subject and not t.organization and not t.splits


def _same_tail(a: str, b: str) -> bool:
    """"Aboul Gheit" and "Ahmed Aboul Gheit": the shorter name of two or more words ends the longer."""
    wa, wb = _name_key(a).split(), _name_key(b).split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    # not a father's name inside a patronymic chain: "Mohammed bin Salman bin Abdulaziz" is not "Salman bin Abdulaziz"
    return 2 <= len(short) < len(long_) and long_[-len(short):] == short \
        and long_[-len(short) - 1] not in _PATRONYMIC_WORDS


def _by_given_name(given: str, clusters) -> Optional[_Cluster]:
    """An Arabic-style name (with "bin", "ibn", "bint", "ould", or a chain of forefathers with
    "Al-": "Sabah Khaled Al-Hamad Al-Sabah") is shortened to the given name: "Crown Prince
    Mohammed" = "Mohammed bin Salman", "Sheikh Sabah" = "Sabah Khaled Al-Hamad Al-Sabah"; only
    when one person in the text fits."""
    key = _fold(given)
    fits = [c for c in clusters if any(m.kind == "name" and _fold(m.text.split()[0]) == key
                                       and (_PATRONYMIC.search(m.text) or _FAMILY_CHAIN.search(m.text)) for m in c.named)]
    return fits[0] if len(fits) == 1 else None


def _name_span(m: _Mention):
    from .offices import NameSpan
    return NameSpan(m.start, m.end, m.text)


def _name_key(text: str) -> str:
    return _fold(text).replace("-", " ")


def _most_recent(clusters, last_seen):
    seen = [c for c in clusters if id(c) in last_seen]
    return max(seen, key=lambda c: last_seen[id(c)]) if seen else clusters[0]


def _inside(intervals: list[tuple[int, int]], start: int, end: int, strictly: bool = False) -> bool:
    """Does [start, end) overlap (or, strictly, lie within a larger) interval of the sorted list?"""
    i = bisect.bisect_right(intervals, (start, float("inf")))
    for s, e in intervals[max(0, i - 8):i + 1]:
        if strictly:
            if s <= start and end <= e and (e - s) > (end - start):
                return True
        elif s < end and start < e:
            return True
    return False


def _sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start (array access: no Python loop over tokens)."""
    if not len(doc):
        return [0]
    rows = doc.to_array([IDX, SENT_START]).astype("int64")
    return [0] + rows[rows[:, 1] == 1, 0].tolist()


def _add_forms(matcher: PhraseMatcher, nlp: Language, label: str, forms) -> None:
    """Vocabulary forms for a case-insensitive token matcher, with both apostrophe shapes."""
    variants = {v for f in forms for v in (f, f.replace("'", "\u2019"), f.replace("\u2019", "'"))}
    matcher.add(label, [nlp.make_doc(v) for v in sorted(variants)])


_BULLET_LINE = re.compile(r"^[ \t]*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25ba\u25b8*\u2013-][ \t\u00a0]*(\S[^\n]*)?$", re.MULTILINE)
_NAVIGATION_RUN = 3        # consecutive short bullet lines that make a menu
_NAVIGATION_WORDS = 4      # at most this many words on a menu line


def _navigation_lines(text: str) -> list[tuple[int, int]]:
    """Page menus: runs of several consecutive short bullet lines ("• An Giang", "• Politics",
    "- Contact us"), blank lines between them allowed. Their words are navigation, not text:
    no person is named there."""
    found, run, last_end = [], [], -1
    for m in _BULLET_LINE.finditer(text):
        short = m.group(1) is not None and len(m.group(1).split()) <= _NAVIGATION_WORDS
        if short and run and text[last_end:m.start()].strip() == "":
            run.append((m.start(), m.end()))
        else:
            if len(run) >= _NAVIGATION_RUN:
                found.extend(run)
            run = [(m.start(), m.end())] if short else []
        last_end = m.end()
    if len(run) >= _NAVIGATION_RUN:
        found.extend(run)
    return found


def _hashtag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "#@"


_APPOSITION_OPEN = re.compile(r",[ \u00a0]+(?:(?:the|The|le|la|Le|La)[ \u00a0]+|[lL]['\u2019])?")


def _after_french_a(text: str, start: int) -> bool:
    """After the French "à" a capitalised run is mostly a place ("à Addis Abeba"); a person
    only with a title in apposition ("à Tran Van Nam, président du Vietnam")."""
    return start >= 2 and text[start - 2] in "àÀ" and text[start - 1] in " \u00a0" \
        and (start == 2 or not text[start - 3].isalnum())


def _after_article(text: str, start: int) -> bool:
    before = text[max(0, start - 6):start].split()
    # (not folded: the French preposition "à" is no article "a")
    return bool(before) and before[-1].lower().replace("\u2019", "'") in _ARTICLES or text[max(0, start - 2):start] in ("l'", "l\u2019")


def _document_date(doc: Doc) -> Optional[str]:
    for value in ((doc._.kzeu_document_date or {}).get("value"), doc._.kzeu_reference_date, doc._.kzeu_option_date):
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            return value
    return None


@kzeu_factory("kzeu_people", default_config={"use_kb": True, "use_model_entities": True},
              assigns=["doc.spans", "doc._.kzeu_people", "doc._.kzeu_offices"],
              requires=["doc._.kzeu_organizations", "doc._.kzeu_places", "doc._.kzeu_dates"])
def make_people(nlp: Language, name: str, *, use_kb: bool, use_model_entities: bool) -> PeopleFinder:
    return PeopleFinder(nlp, use_kb=use_kb, use_model_entities=use_model_entities)
