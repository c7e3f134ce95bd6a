"""What the events component reads from one Doc (other components' results through
``read_items``), sorted once for range look-ups, and the Doc-wide facts: sentences, the
lead, the dateline, who opens a sentence."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...extensions import doc_text
from ...spans import read_items
from ...textkit import Mention, Mentions, fold
from ...textkit.sentence_index import SentenceIndex
from ...textkit.unicode_classes import compile_pattern
from ..quotes import named_mentions
from .grammar import Grammar
from .model import Trigger
from .table import EventTypeTable
from .triggers import find_triggers

# At most three words before the subject. A word's inner apostrophes and hyphens are read
# possessively with it: were they also separators, "'-'-'-..." would split in exponentially
# many ways before the match fails.
_WORDS_BEFORE_SUBJECT = compile_pattern(r"^\W*+(?:\w++(?:['\u2019-]++\w++)*+\W++){0,3}$")
# Where a dateline may open (its shape is textkit.datelines'): a line start, after white space
# and a "date YYYY-MM-DD" metadata line.
_PUNCT = re.compile(r"[^\w\s'\u2019]")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:date \d{4}-\d{2}(?:-\d{2})?[ \t]+)?")


def person_mentions(grammar: Grammar, doc: Doc, text: str) -> Mentions:
    """Person mentions, less those that are part of someone else's title
    ("Adviser to the President of the European Council, Simon Mordue")."""
    kept = []
    for m in named_mentions(read_items(doc, "people")):
        if grammar.title_chain_before.search(text[max(0, m.start - 60):m.start]):
            continue
        if grammar.indefinite_before.search(text[max(0, m.start - 8):m.start]):
            continue  # "d'un président français": any French president, not the one named
        kept.append(m)
    # Nested mentions of one stretch of text: keep the outermost.
    result: list[Mention] = []
    for m in sorted(kept, key=lambda m: (m.start, -m.end)):
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    return Mentions(result)


class DocContext:
    """Everything the stages read from one Doc."""

    def __init__(self, doc: Doc, grammar: Grammar, table: EventTypeTable):
        self.grammar = grammar
        self.table = table
        self.text = doc_text(doc)
        # the one sentence index (blank lines between paragraphs are no sentences)
        self.sentence_index = SentenceIndex(doc, self.text)
        self.sentences = self.sentence_index.spans
        self.people = person_mentions(grammar, doc, self.text)
        self.people_names = {m.name for m in self.people.items}
        self.dates = Mentions(Mention(d["start"], d["end"], d["value"], "relative" if d.get("relative") or d.get("year_inferred") else None)
                              for d in [*read_items(doc, "dates"), *doc.user_data.get("kzeu:week_months", ())]
                              if d.get("value"))
        places = read_items(doc, "places")
        self.places = Mentions(named_mentions(places, "kind"))
        # name -> (kind, ISO country): "Malabo" lies in "Equatorial Guinea".
        self.place_info = {p["name"]: (p.get("kind"), p.get("country")) for p in places if p.get("name")}
        self.organizations = Mentions(named_mentions(read_items(doc, "organizations")))
        # holder -> the countries of their offices ("la conseillère américaine X": US), for where.py
        self.holder_countries: dict[str, set[str]] = {}
        for office in read_items(doc, "offices"):
            if office.get("holder") and office.get("country"):
                self.holder_countries.setdefault(office["holder"], set()).add(office["country"])
        # Offices named with no holder ("the Minister of Defence", "le président du Sénat"):
        # an unnamed official met by a named person.
        self.roles = Mentions(
            Mention(m["start"], m["end"], r["title"]) for r in read_items(doc, "offices") if r.get("title")
            for m in r.get("mentions") or [] if not self.people.covering(m["start"], m["end"]))
        quotes = read_items(doc, "quotes")
        self.quotes = sorted((q["start"], q["end"]) for q in quotes)
        self.speakers = {(q["start"], q["end"]): q["speaker"] for q in quotes if q.get("speaker")}
        document_date = doc._.kzeu_document_date
        self.document_date = document_date.get("value") if document_date else None
        self.triggers = find_triggers(grammar, self.text, self.quotes, self.speakers, self.people)
        self.lead = self._lead(doc)
        self.dateline = self._dateline()

    def within_country(self, place: str | None, country: str | None) -> bool:
        """Whether ``place`` (a city or venue) lies in ``country`` (a country), both named in the text."""
        if not place or not country:
            return False
        kind, code = self.place_info.get(place, (None, None))
        country_kind, country_code_ = self.place_info.get(country, (None, None))
        return (country_kind == "country" and kind not in (None, *self.table.place_kinds.countries)
                and code is not None and code == country_code_)

    def sentence_subject(self, start: int, end: int) -> Mention | None:
        """The person opening the sentence ``[start, end)``, if it is its subject."""
        people = self.people.within(start, end)
        if people:
            dates = self.dates.within(start, people[0].start)
            dateline_end = self.grammar.datelines.lead_in_end(self.text, start, people[0].start, dates)
            lead_in = self.text[dateline_end or start:people[0].start]
            if ((_WORDS_BEFORE_SUBJECT.match(lead_in) or self.grammar.title_words.match(lead_in))
                    and not self.grammar.preposition_before.search(lead_in)):
                return people[0]
        return None

    def sentence_of(self, position: int) -> int:
        return self.sentence_index.sentence_of(position)

    def sentence_ends_between(self, start: int, end: int) -> bool:
        return bool(self.sentence_index.ends_between(start, end))

    def triggers_by_sentence(self):
        by_sentence: dict[int, list[Trigger]] = {}
        for trig in self.triggers:
            found = by_sentence.setdefault(self.sentence_of(trig.start), [])
            if (self.grammar.hosted_by.match(self.text, trig.start)
                    and any(self.table[t.type].can_be_hosted for t in found)):
                continue  # "talks between A and B, held near X and hosted by C": C hosted those talks
            found.append(trig)
        for sentence in range(len(self.sentences)):
            yield sentence, by_sentence.get(sentence, [])

    def _lead(self, doc: Doc) -> set[int]:
        """The title's sentences and the first body sentences: where "has held" means today."""
        title = doc._.kzeu_title
        title_end = self._title_end = title["end"] if title else 0
        lead, body = set(), 0
        for i, (start, end) in enumerate(self.sentences):
            if start < title_end:
                lead.add(i)
            elif body < self.table.windows.lead_sentences and len(self.text[start:end].split()) >= 5:
                lead.add(i)
                body += 1
        return lead

    def _dateline(self) -> str | None:
        """The place of a dateline opening a line near the top: "BRUSSELS. KAZINFORM - ...",
        "SHANGHAI, China — ...", "Kathmandu, Jan 7 (PTI) ...". Not a place inside a heading
        nor the first word of a title ("UK, Nigeria sign agreements")."""
        names = {fold(p.name): p.name for p in self.places.items}
        for line in _LINE_START.finditer(self.text, 0, 1200):
            at = line.end()
            words = self.grammar.dateline_words.match(self.text, at)
            if not words:
                continue
            place = next((p for p in self.places.covering(at, words.end()) if p.start == at), None)
            name = place.name if place else names.get(fold(words.group(1)))
            if not name:
                continue
            # A country or region before a dash heads a title ("Ouzbékistan – Entretien de ..."):
            # only with a date after it is it a dateline ("SWEDEN, October 15 -").
            country = place.kind in self.table.place_kinds.countries if place else True
            place_end = place.end if place else words.end(1)
            dates = self.dates.covering(place_end, at + 200)
            if self.grammar.datelines.placed(self.text, at, place_end, dates, country=country):
                return name
        return self._date_first_dateline() or self._lead_place()

    def _lead_place(self) -> str | None:
        """"The minister said on Wednesday in Paris ...", "a souligné, mercredi à Paris, ...": a
        town right after a date in the lead's first sentence places the day's news, as a dateline."""
        first = min(self.lead - self._title_sentences(), default=None)
        if first is None:
            return None
        start, end = self.sentences[first]
        for date in self.dates.within(start, end):
            place = next(iter(self.places.within(date.end, min(end, date.end + 20))), None)
            if (place is not None and place.kind in self.table.place_kinds.towns
                    and self.grammar.meeting_place_prep.search(self.text, date.end, place.start)
                    and not _PUNCT.search(self.text, date.end, place.start)):
                return place.name
        return None

    def in_title(self, sentence: int) -> bool:
        """Whether sentence ``sentence`` is (part of) the article's title."""
        return sentence in self.lead and self.sentences[sentence][0] < self._title_end

    def _title_sentences(self) -> set[int]:
        return {i for i in self.lead if self.sentences[i][0] < self._title_end}

    def _date_first_dateline(self) -> str | None:
        """"Oct 7, 2005 (ADDIS ABABA) — ...": the place in brackets after a date opening a line
        near the top (textkit.datelines' date_first shape)."""
        for line in _LINE_START.finditer(self.text, 0, 1200):
            end = self.text.find("\n", line.end())
            end = len(self.text) if end < 0 else end
            dateline = self.grammar.datelines.date_first(self.text, line.end(), end,
                                                         self.dates.within(line.end(), end))
            place = next(iter(self.places.within(*dateline.source)), None) if dateline and dateline.source else None
            if place is not None and place.kind not in self.table.place_kinds.countries:
                return place.name
        return None
