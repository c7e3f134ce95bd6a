"""kzeu_agreements: named treaties, agreements, conventions, memoranda, declarations, roadmaps.

Found these ways, all compiled once from ``data/agreements.json``:
- by structure: a capitalised head word (Agreement, Treaty, Accord, Traité, ...) with
  capitalised modifiers before it (``Enhanced Partnership and Cooperation Agreement``) or a
  named complement after it (``Agreement on Enhanced Partnership and Cooperation``,
  ``Accord de partenariat et de coopération renforcé``); a lone or generic head
  (``the Agreement``, ``Memorandum of Understanding``) names nothing;
- by the knowledge base: canonical names, French names and aliases of well-known instruments;
- lower-case heads (``un mémorandum d'entente sur ...``, ``signed a memorandum of understanding
  on ...``) only after a determiner, with a complement, in a sentence reporting a status or use;
- a lower-case head with a Title Case complement (``signed Bilateral agreement on Defence and
  Security Partnership``) is a title; a lower-case name of generic words only (``an agreement on
  cooperation``) is none;
- resolutions by their number (``UN Security Council resolution 1701``, ``la résolution 1701``);
- a lower-case instrument named by its pair of parties (``the Armenia-European Union framework
  agreement``);
- weak heads (Plan, Strategy, Agenda, Deal, Consensus) with no complement need a telling
  modifier, a year (``2050 Strategy``) or a place (``Washington Consensus``).
A name never ends on a function word (``Memorandum of Under`` at a cut-off end names nothing),
and a French complement stops at a clause (``déclaration commune destinée à ...``) but keeps
the object of an infinitive (``déclaration d'intention d'établir un dialogue stratégique``).
A participle and its object name what an instrument does (``Agreement establishing a Joint
Commission``, ``accord-cadre ... instituant une Commission mixte``); named parties plus a purpose
name it too (``an agreement between Russia and Turkmenistan to expand cooperation in energy``);
plural heads before a list of subjects each led by the same preposition (``des accords et
mémorandums d'entente liés à X, à Y et à Z``) give one instrument per subject; a French pair of
compound adjectives (``traité de paix égypto-israélien``) names the parties and finds the known
treaty of the same two countries.
A between-phrase belongs to the name when a complement follows it (``accord entre le
gouvernement de A et le gouvernement de B sur ...``) or its parties are common nouns; a
protocol to another instrument is one name with it.

Mentions of one instrument merge (knowledge-base id, else the set of its content words, so
that ``X Agreement`` = ``Agreement on X``); an abbreviation in brackets after a name, or the
initials of a found name, link to it. Parties (``between X and Y``, ``«X – Y»``, ``X-Y``),
article numbers (``articles 2 and 4 of ...``) and status words with their dates are read
around the mentions.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..data import load_data
from ..extensions import doc_text, items
from ..knowledge.geo import adjectives as country_adjectives, country_names
from ..knowledge.geo import country_code, country_name
from ..normalize.text import fold

_CAP = r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*)"
_SP = r"[^\S\n]+"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\u201d\"\n]\s*|[\u00ab\u201c(]\s*)$")
_ARTICLE_NUMBERS = re.compile(r"\d+[a-z]?")
_ACRONYM = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{2,7}(?![\w-])")  # first letter first: fast scan
_BRACKETED_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
_ELISION = re.compile(r"^(?:l|d|qu)['\u2019]", re.I)


def _alternation(words) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in words)


def _head_alternation(words) -> str:
    """Heads; a compound one also when the text breaks it at the hyphen (``accord- cadre``)."""
    return _alternation(words).replace(r"\-", r"-[^\S\n]?")


def _content_key(name: str, connectors: set[str]) -> frozenset:
    """Words of a name that are not connectors: ``X Agreement`` and ``Agreement on X`` share it."""
    words = re.split(r"[\s\-'\u2019]+", fold(name))
    return frozenset(w for w in words if w and w not in connectors)


class AgreementsComponent:
    def __init__(self, nlp: Language, name: str, *, max_name_words: int = 14):
        data = load_data("agreements")
        self.name = name
        self.max_name_words = max_name_words
        self.entries = {e["id"]: e for e in data["entries"]}
        self.connectors = {fold(w) for lang in data["connectors"].values() for w in lang}
        self.leading = {fold(w) for w in data["leading_words"]}
        self.office_words = {fold(w) for w in data["office_words"]}
        self.generic = {_content_key(n, self.connectors) for n in data["generic_names"]}
        self.party_names = {fold(k): v for k, v in data["party_names"].items()}
        self.party_names_written = data["party_names"]
        self.fr_stop = {fold(w) for w in data["french_name_stop_words"]}
        # no look-behind at the start: the engine then skips fast to the heads' first letters
        lowercase_heads = data["lowercase_heads"]
        self.heads = {lang: re.compile(rf"(?:{_head_alternation(h + lowercase_heads.get(lang, []))})(?![\w-])")
                      for lang, h in data["heads"].items()}
        self.head_words = {fold(h) for hs in data["heads"].values() for h in hs}
        self.weak_heads = set(data["weak_heads"])
        self.amending_heads = set(data["amending_heads"])
        self.amending_link = {lang: re.compile(rf"{_SP}(?:{_alternation(ws)})(?:{_SP})?$", re.I)
                              for lang, ws in data["amending_links"].items()}
        # French lower-case heads: after a determiner, with a status or use word in the sentence
        self.lowercase_determiner = {
            lang: re.compile(rf"(?<![\w'\u2019])(?:{_alternation(ws)})(?:{_SP}|(?<=['\u2019]))$", re.I)
            for lang, ws in data["lowercase_determiners"].items()}
        self.lowercase_context = {
            lang: re.compile(rf"(?<!\w)(?:{_alternation(ws)})(?!\w)", re.I)
            for lang, ws in data["lowercase_context"].items()}
        # X between A and B (on C): the between-phrase and the complement after it
        self.between_word = re.compile(rf"{_SP}(?:between|entre)(?={_SP})")
        self.between_complement = {
            lang: re.compile(rf"{_SP}(?:{_alternation(ws)})(?={_SP}|['\u2019])", re.I)
            for lang, ws in data["between_complement"].items()}
        self.between_numbers = {fold(w) for w in data["between_number_words"]}
        self.between_party_nouns = {fold(w) for w in data["between_party_nouns"]}
        participles = data["participle_complements"]
        self.en_participle = re.compile(rf"{_SP}((?i:{_alternation(participles['en'])})){_SP}(?:(?:the|an?){_SP})?(?=\w)")
        self.fr_participle = re.compile(
            rf"{_SP}([a-z\u00e0-\u00ff][\w-]{{2,}}{re.escape(participles['fr_ending'])}){_SP}"
            rf"(?:{_alternation(participles['fr_objects'])})(?=\s|(?<=['\u2019])\w)")
        self.purpose = re.compile(rf"{_SP}to{_SP}([A-Za-z][a-z]+)(?=[^\S\n])")
        self.purpose_stop = {fold(w) for w in data["purpose_verbs_stop"]}
        # des accords et mémorandums d'entente liés à X, à Y et à Z: one instrument per subject
        self.list_groups = {lang: [[fold(p) for p in group] for group in groups]
                            for lang, groups in data["list_prepositions"].items()}
        self.list_preposition = {
            lang: re.compile(rf"{_SP}((?i:{_alternation(p for g in groups for p in g)}))(?=[^\S\n]|(?<=['\u2019])\w)")
            for lang, groups in data["list_prepositions"].items()}
        self.list_separator = {"en": re.compile(rf",(?:{_SP}(?:and|or))?(?=[^\S\n])|{_SP}(?:and|or)(?=[^\S\n])"),
                               "fr": re.compile(rf",(?:{_SP}(?:et|ou))?(?=[^\S\n])|{_SP}(?:et|ou)(?=[^\S\n])")}
        list_heads = data["list_heads"]
        of = {"en": rf"{_SP}of{_SP}[a-z][\w-]+", "fr": rf"{_SP}d['\u2019][\w-]+|{_SP}de{_SP}[\w-]+"}
        and_ = {"en": rf"{_SP}(?:and|or){_SP}", "fr": rf"{_SP}(?:et|ou){_SP}(?:de{_SP}|d['\u2019])?"}
        self.list_heads = {
            lang: re.compile(
                rf"(?<![\w-])((?:{_head_alternation(hs)})(?![\w-]))((?:{of[lang]})?)"
                rf"(?:{and_[lang]}((?:{_head_alternation(hs)})(?![\w-]))((?:{of[lang]})?))?"
                rf"(?:{_SP}((?i:{_alternation(data['list_participles'][lang])})))?(?=[^\S\n])")
            for lang, hs in list_heads.items()}
        complement_words = {fold(w.split()[0]) for ws in data["between_complement"].values() for w in ws}
        en_conn = _alternation(data["connectors"]["en"])
        self.en_modifiers = re.compile(rf"(?:{_CAP}{_SP}(?:(?:{en_conn}){_SP}){{0,3}}){{0,8}}{_CAP}{_SP}$")
        self.en_tail = re.compile(
            rf"{_SP}(?i:{_alternation(data['name_prepositions']['en'])}){_SP}(?:(?:[Tt]he|an?){_SP})?"
            rf"{_CAP}(?:,?{_SP}(?:(?:{en_conn}){_SP}){{0,3}}{_CAP}){{0,10}}")
        # on visa facilitation, for 2024-2026 on the implementation of ...
        self.en_description_prep = re.compile(rf"{_SP}(?:(?:on|in|concerning|regarding|for)(?={_SP}[a-z])|for(?={_SP}\d))")
        self.en_word = re.compile(rf"{_SP}([\w'\u2019-]+)")
        self.en_stop = {fold(w) for w in data["english_description_stop_words"]}
        self.party_phrase_stop = {
            "en": (self.en_stop - {"between"}) | complement_words | {"in", "to"},
            "fr": (self.fr_stop - {"le", "la", "les", "l'", "et", "entre"}) | complement_words
            | {"relatif", "relative", "portant", "concernant", "dans"}}
        # a complement after a participle, a purpose verb or a list preposition (see _phrase_end)
        self.phrase_stop = {"en": self.en_stop - {"between", "to"},
                            "fr": self.fr_stop - {"le", "la", "les", "l'", "un", "une", "et", "entre", "en", "au", "aux", "a"}}
        # a whole word (de, not the start of destinée); an elided one runs into the next (d'entente)
        self.fr_prepositions = re.compile(
            rf"{_SP}(?:{_alternation(data['name_prepositions']['fr'])})(?:(?<=['\u2019])(?=\w)|(?=\s))", re.I)
        self.fr_word = re.compile(rf"(?:{_SP}|(?<=['\u2019]))([\w\u2019'-]+)")
        self.right_capital = re.compile(rf"{_SP}[A-Z]")
        self.fr_name_phrase = re.compile(rf"{_SP}(?:{_alternation(data['french_name_phrases'])})", re.I)
        # parties stated next to the name
        party = rf"(?:the{_SP}|l['\u2019]|le{_SP}|la{_SP}|les{_SP})?({_CAP}(?:{_SP}(?:of{_SP}|de{_SP}|du{_SP})?{_CAP}){{0,4}})"
        self.between = re.compile(rf",?{_SP}(?:between|entre){_SP}{party}{_SP}(?:and|et){_SP}{party}")
        self.guillemets = re.compile(rf"[^\S\n]*[\u00ab\u201c\"]\s*{party}\s*[-\u2013\u2014]\s*{party}\s*[\u00bb\u201d\"]")
        self.hyphen_parties = re.compile(rf"^({_CAP.replace('(?:-', '(?:')})[-\u2013]({_CAP})$")
        self.articles_before = re.compile(
            r"(?i:\b(?:articles?|art\.|paragraphs?|paragraphes?))\s+(\d+[a-z]?(?:\s*(?:,|and|et|or|ou)\s*\d+[a-z]?)*)"
            r"\s+(?:of|de|du|des)\s+(?:the\s+|l['\u2019]|la\s+|le\s+)?$")
        status = data["status_words"]
        self.status_of = {fold(w): s for s, words in status.items() for w in words}
        status_alternation = _alternation(w for ws in status.values() for w in ws)
        # signed the ..., ratification of the ..., a ratifié l'...: only articles in between
        self.status_before = re.compile(
            rf"(?<!\w)((?i:{status_alternation}))(?:\s+(?:of|de|du|des|a|an|the|le|la|les|un|une|new|nouvel|nouveau)"
            rf"(?!\w)|\s*[ld]['\u2019])*\s*$", re.I)
        self.status_words = re.compile(rf"(?<!\w)(?i:{_alternation(w for ws in status.values() for w in ws)})(?!\w)")
        # knowledge base: long names any case, all-capital abbreviations as written
        forms = {}
        for entry in data["entries"]:
            for form in [entry["name"], entry["name_fr"], *entry["aliases"]]:
                forms[form] = entry["id"]
        self.kb_by_key = {fold(f): i for f, i in forms.items()}
        self.kb_by_content = {_content_key(f, self.connectors): i for f, i in forms.items()}
        # spaCy's PhraseMatcher: names in any case; one-word forms (NAFTA, Alena) and forms holding
        # an all-capital word (New START, Minsk II) as written; both apostrophes (Iran's, Iran’s)
        self.kb_names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kb_abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, kb_id in forms.items():
            for variant in {form, form.replace("'", "\u2019"), form.replace("\u2019", "'")}:
                matcher = self.kb_abbreviations if _as_written(variant) else self.kb_names
                matcher.add(kb_id, [nlp.make_doc(variant)])
        # the rules added for names whatever their head (see the data file's notes)
        self.weak_modifiers = {fold(w) for w in data["weak_head_modifiers"]}
        self.generic_complement = {fold(w) for w in data["generic_complement_words"]} | {
            w for hs in (*data["heads"].values(), *lowercase_heads.values()) for h in hs
            for w in _content_key(h, self.connectors)}
        self.modifier_breaks = set(data["modifier_breaks"])
        self.abbreviated_heads = set(data["abbreviated_heads"])
        self.en_sector = re.compile(rf"{_SP}(?:in|with|to|from){_SP}")
        self.cap_prepositions = {fold(w) for ws in data["name_prepositions"].values() for w in ws
                                 if " " not in w and not w.endswith(("'", "\u2019"))} | {"between", "entre"}
        self.next_word = re.compile(rf"{_SP}([\w'\u2019]+)")
        self.trailing_function_words = self.connectors | {
            "the", "a", "an", "under", "with", "by", "from", "at", "as", "into", "per", "via", "within", "after",
            "before", "since", "during", "un", "une", ""}
        self.year_before = re.compile(rf"(?<![\w.,-])(?:1[89]|2[01])\d\d{_SP}$")
        self.resolutions = {
            lang: re.compile(rf"(?<![\w-])(?:{_alternation(ws)})(?:{_SP}(?i:no\.|n°|nº|number))?{_SP}"
                             rf"(\d{{2,4}}(?:/\d{{1,4}})?|\d/\d{{1,4}})(?![\w/]|[.,]\d)")
            for lang, ws in data["resolution_heads"].items()}
        cap_word = r"[A-Z][\w'\u2019]*"
        side = rf"{cap_word}(?:{_SP}(?:of{_SP})?{cap_word}){{0,2}}"
        lower_words = r"(?:[^\S\n]+[a-z\u00e0-\u00ff][\w\u2019'-]*){0,3}"
        self.party_pair = {
            "en": re.compile(rf"(?<![\w'\u2019-])({side})[-\u2013]({side})({lower_words})[^\S\n]+"
                             rf"(?:{_alternation(data['party_pair_heads']['en'])})(?![\w-])"),
            "fr": re.compile(rf"(?<![\w-])(?:{_alternation(data['party_pair_heads']['fr'])})({lower_words})"
                             rf"[^\S\n]+({side})[-\u2013]({side})(?![\w-])")}
        # le traité de paix égypto-israélien, la déclaration commune sino-russe
        self.adjective_pair = re.compile(
            rf"(?<![\w-])(?:{_alternation(data['party_pair_heads']['fr'])})({lower_words})"
            rf"[^\S\n]+([a-z\u00e0-\u00ff]{{2,}}o)-([a-z\u00e0-\u00ff]{{3,}})(?![\w-])")
        self.combining_forms = {fold(k): v for k, v in data["party_combining_forms"].items()}
        self._country_keys = sorted({(k, c) for table in (country_names(), country_adjectives())
                                     for k, c in table.items()})
        # an instrument named by its pair: the knowledge-base form naming the same two countries
        self.kb_by_pair = {}
        for form, kb_id in forms.items():
            key = self._pair_key(form)
            if key:
                self.kb_by_pair.setdefault(key, kb_id)

    # --- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        lang = doc._.kzeu_language if doc._.kzeu_language in self.heads else (
            doc.lang_ if doc.lang_ in self.heads else "en")
        named = [(m["start"], m["end"], i["name"]) for section in ("places", "organizations")
                 for i in items(doc, section) for m in i.get("mentions", [])]
        organizations = [(m["start"], m["end"]) for i in items(doc, "organizations") for m in i.get("mentions", [])]
        dates = [d for d in items(doc, "dates") if d.get("value")]
        write_items(doc, "agreements", self.find(doc, lang, named, dates, organizations))
        return doc

    def find(self, doc: Doc, lang: str, named=(), dates=(), organizations=()) -> list[dict]:
        text = doc_text(doc)
        found = (self._lists(text, lang) + self._structural(text, lang, organizations, named) + self._resolutions(text, lang)
                 + self._party_pairs(text, lang, named) + self._knowledge_base(doc, text))
        mentions = _drop_overlaps(found)
        groups = self._merge(text, mentions)
        starts = [m["start"] for m in mentions]  # sorted by _drop_overlaps
        return [self._record(text, g, starts, named, dates) for g in groups]

    # --- candidates ----------------------------------------------------------------
    def _structural(self, text: str, lang: str, organizations=(), named=()) -> list[dict]:
        found = []
        previous_end = 0
        amending = {}  # end of a protocol -> (its start, its candidate or None when a lone head)
        for head in self.heads[lang].finditer(text):
            start, end = head.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue  # inside a word
            if start < previous_end:
                continue  # inside the complement of the name before
            lowercase = text[start].islower()
            titled = False
            if lowercase and not self._lowercase_instrument(text, start, lang):
                titled = lang == "en" and self._titled_complement(text, end, named)
                if not titled:
                    continue  # signed Bilateral agreement on Defence and Security Partnership: a title
            if self.right_capital.match(text, end) and not text[end:end + 3].strip().startswith(("\u00ab", '"')):
                following = self.next_word.match(text, end)
                if not following or fold(following.group(1)) not in self.cap_prepositions:
                    continue  # Collective Security Treaty Organization: part of a longer name
            previous = [fold(w) for w in text[max(0, start - 30):start].split()[-2:]]
            if previous and (previous[-1] in self.office_words or len(previous) == 2
                             and previous[-1] in ("of", "de", "du") and previous[0] in self.office_words):
                continue  # Head of Protocol: an office, not an instrument
            window_start = max(0, start - 160)
            modifiers = self.en_modifiers.search(text, window_start, start) if lang == "en" else None
            if modifiers and modifiers.end() == start:
                first = max(self._after_last_head(text, modifiers.start(), start), previous_end)
                first = self._after_modifier_break(text, first, start)
                start = self._strip_leading(text, first, start)
                if start is None:
                    continue  # Head of Protocol: an office, not an instrument
            if head.group() in self.abbreviated_heads and self.en_sector.match(text, end):
                continue  # the MOU in the trade sector: a description, not a title
            weak = head.group() in self.weak_heads
            if weak:
                year = self.year_before.search(text, max(previous_end, start - 6), start)
                if year:
                    start = year.start()  # the 2030 Agenda, the 2050 Strategy for ...
            if lang == "en":
                end = self._english_complement(text, end)
                abbreviation = _BRACKETED_ABBREVIATION.match(text, end)
                if abbreviation and self._english_complement(text, abbreviation.end()) > abbreviation.end():
                    # Memorandum of Understanding (MoU) on Cultural Cooperation: the complement goes on
                    end = self._english_complement(text, abbreviation.end())
            else:
                end = self._french_tail(text, end)
            end = self._participle_end(text, end, lang) or end  # accord instituant une commission mixte
            end = self._between_phrase(text, end, lang)
            end = self._trim_function_words(text, head.end(), end)
            if start == head.start() and end == head.end():
                if head.group() in self.amending_heads:
                    amending[end] = (start, None)
                continue  # a lone head word names nothing
            if weak and any(s < end and start < e for s, e in organizations):
                continue  # United Nations Development Programme: a body, not an instrument
            if weak and end == head.end() and not self._weak_head_named(text, start, head.start(), named):
                continue  # National Security Strategy, Green Deal: a policy, not an instrument
            if start == head.start() and _SENTENCE_START.search(text, max(0, start - 3), start) and not (
                    end > head.end() and _OPENING_QUOTE.search(text, max(0, start - 3), start)):
                continue  # sentence-initial capital says nothing about a name (but: “Memorandum on ...”)
            surface = text[start:end]
            if _content_key(surface, self.connectors) in self.generic:
                continue
            if lowercase and not titled and start == head.start() and self._generic_words(surface):
                continue  # signed an agreement on cooperation: no title
            link = self.amending_link[lang].search(text, max(0, start - 20), start) if amending else None
            amends = bool(link) and link.start() in amending
            if amends:
                # Protocol (on amendments) to the Agreement on ...: one instrument
                start, protocol = amending.pop(link.start())
                if protocol is not None:
                    found.remove(protocol)
            candidate = {"start": start, "end": end, "kb_id": None, "amends": amends}
            found.append(candidate)
            if head.group() in self.amending_heads:
                amending[end] = (start, candidate)
            previous_end = end
        return found

    def _en_tail(self, text: str, pos: int) -> tuple[int, int] | None:
        """The Title Case complement after an English head (``of Friendship, Cooperation and
        Mutual Assistance``); a comma belongs to it only in a list closed by ``and``."""
        m = self.en_tail.match(text, pos)
        if not m:
            return None
        end = m.end()
        while True:
            comma = text.rfind(",", m.start(), end)
            if comma < 0 or re.search(r"\s(?:and|&)\s", text[comma:end]):
                return m.start(), end
            end = comma

    def _english_complement(self, text: str, end: int) -> int:
        tail = self._en_tail(text, end)
        if tail:
            end = self._before_next_head(text, *tail)
        return self._english_description(text, end)

    def _titled_complement(self, text: str, end: int, named=()) -> bool:
        """``agreement on Defence and Security Partnership``: a lower-case head whose complement
        is in Title Case (two capitalised words or more, not just named places or bodies, nor
        starting with a country) is a title, whatever the sentence says."""
        tail = self._en_tail(text, end)
        if not tail:
            return False
        words = [(end + m.start(), end + m.end(), m.group())
                 for m in re.finditer(r"[\w'\u2019-]+", text[end:tail[1]])]
        capitals = [(s, e, w) for s, e, w in words if w[:1].isupper() and fold(w) not in self.connectors]
        if len(capitals) < 2 or country_code(capitals[0][2]):
            return False
        return not all(any(ns <= s and e <= ne for ns, ne, _ in named) for s, e, _ in capitals)

    def _after_modifier_break(self, text: str, first: int, head_start: int) -> int:
        """``Cooperation on the National Development Plan``: capitalised words before a lower-case
        ``on``/``for``/``to``/``in`` belong to another phrase."""
        for s, e, word in reversed(self._words(text, first, head_start)):
            if word in self.modifier_breaks and text[first + s].islower():
                return first + e
        return first

    def _trim_function_words(self, text: str, head_end: int, end: int) -> int:
        """``Memorandum of Under`` (a text cut off), ``Agreement on Trade And``: a name does not
        end on a function word."""
        words = self._words(text, head_end, end)
        while words and _ELISION.sub("", words[-1][2]) in self.trailing_function_words:
            words.pop()
            end = head_end + words[-1][1] if words else head_end
        return end

    def _weak_head_named(self, text: str, start: int, head_start: int, named=()) -> bool:
        """A Plan, Strategy, Agenda, Deal or Consensus with no complement is an instrument when a
        modifier says so (Joint Action Plan, Grain Deal), a year dates it (2050 Strategy) or a
        named place stands before it (Washington Consensus)."""
        for s, e, word in self._words(text, start, head_start):
            if word in self.weak_modifiers or word.isdigit():
                return True
            if any(ns <= start + s < ne for ns, ne, _ in named):
                return True
        return False

    def _generic_words(self, surface: str) -> bool:
        """All words of a lower-case name generic (un accord de coopération): no title."""
        return all(w in self.generic_complement or len(w) < 2 for w in _content_key(surface, self.connectors))

    def _lowercase_instrument(self, text: str, start: int, lang: str) -> bool:
        """``ont signé un mémorandum d'entente``: a lower-case head after a determiner, in a
        sentence that reports the instrument's status or use (not ``préparer un accord``)."""
        determiner = self.lowercase_determiner.get(lang)
        if not determiner or not determiner.search(text, max(0, start - 12), start):
            return False
        first, last = _sentence_start(text, start), _sentence_end(text, start)
        context = self.lowercase_context.get(lang)
        return bool(self.status_words.search(text, first, last) or context and context.search(text, first, last))

    def _phrase_end(self, text: str, pos: int, lang: str, list_prepositions=None) -> int:
        """The words of a complement (``a Joint Commission for Co-operation``, ``une Commission
        mixte de coopération entre les deux parties``, ``strategic cooperation in energy``), any
        case, articles and connectors inside: up to punctuation, a clause word, another head or
        (in a list) the next subject's preposition; never ending on a connector."""
        fr = lang != "en"
        word_re = self.fr_word if fr else self.en_word
        stop = self.phrase_stop["fr" if fr else "en"]
        last_good = pos
        for _ in range(2 * self.max_name_words):
            m = word_re.match(text, pos)
            if not m:
                break
            key = fold(m.group(1))
            if key in stop or key in self.head_words:
                break
            nxt = word_re.match(text, m.end())
            nxt_key = fold(nxt.group(1)) if nxt else ""
            if key in ("and", "et", "or", "ou") and (
                    not nxt or nxt_key in stop or nxt_key in self.leading and not fr
                    or list_prepositions and self._list_preposition(text, m.end(), list_prepositions, lang) is not None):
                break  # ... and the parties agreed; ..., et à la coopération: the next subject
            if fr and key == "en" and not (nxt_key == "matiere" or nxt and nxt.group(1)[:1].isupper()):
                break  # en 1979; but: en matière de, en Asie
            pos = m.end()
            if key not in self.connectors and key not in _FRENCH_ARTICLES and key not in ("a", "an"):
                last_good = pos
        return last_good

    def _participle_end(self, text: str, pos: int, lang: str) -> int | None:
        """``establishing a Joint Commission ...``, ``instituant une Commission mixte ...``: a
        participle naming what the instrument does, and its object; None when none follows."""
        m = (self.en_participle if lang == "en" else self.fr_participle).match(text, pos)
        if not m:
            return None
        end = self._phrase_end(text, m.end(1), lang)
        return end if end > m.end() else None

    def _purpose_end(self, text: str, pos: int, title_only: bool) -> int | None:
        """``... between Russia and Turkmenistan to expand strategic cooperation in energy``: the
        purpose (``to`` and a verb with its object); right after a head only in Title Case."""
        m = self.purpose.match(text, pos)
        if not m:
            return None
        verb = m.group(1)
        key = fold(verb)
        if title_only and not verb[:1].isupper() or key in self.purpose_stop or key in self.en_stop \
                or key in self.leading or country_code(verb):
            return None
        end = self._phrase_end(text, m.end(), "en")
        if title_only and not all(w[:1].isupper() or fold(w) in self.connectors
                                  for w in text[m.end():end].split()):
            return None  # Agreement to Expand Trade, not: Agreement to expand trade
        return end if end > m.end() else None

    def _between_phrase(self, text: str, end: int, lang: str) -> int:
        """``... on cooperation between the diplomatic academies of the two countries``,
        ``accord entre le gouvernement de A et le gouvernement de B sur ...``: the between-phrase
        belongs to the name when a complement follows it or when its parties are common
        nouns; named parties alone (``between Kazakhstan and Kyrgyzstan``) stay outside."""
        between = self.between_word.match(text, end)
        if not between:
            return end
        word_re = self.en_word if lang == "en" else self.fr_word
        stop = self.party_phrase_stop["en" if lang == "en" else "fr"]
        participle = self.en_participle if lang == "en" else self.fr_participle
        pos, last_good, first_word, second_word, qualified = between.end(), None, None, None, False
        of_seen = False
        for _ in range(2 * self.max_name_words + 6):  # the parties' full titles can be long
            m = word_re.match(text, pos)
            if not m:
                break
            word = m.group(1)
            key = fold(word)
            if key in stop or key in self.head_words or last_good is not None and participle.match(text, pos):
                break
            pos = m.end()
            if key not in self.connectors and key not in ("a", "an", "and"):
                last_good = pos
                # the two ministries of health, les deux ministères des Affaires étrangères
                qualified = qualified or second_word is not None and (of_seen or key[:2] == "d'")
                if first_word is None:
                    first_word = _ELISION.sub("", word)
                elif second_word is None:
                    second_word = fold(_ELISION.sub("", word))
            elif second_word is not None and key in ("of", "de", "du", "des"):
                of_seen = True
        if last_good is None:
            return end
        # instituant une Commission mixte ..., to expand strategic cooperation in ...
        extended = self._participle_end(text, last_good, lang)
        if extended is None and lang == "en" and first_word[:1].isupper():
            extended = self._purpose_end(text, last_good, title_only=False)
        if extended is not None:
            return extended
        complement = self.between_complement[lang if lang in self.between_complement else "en"].match(text, last_good)
        if complement:
            if lang == "en":
                tail = self._en_tail(text, last_good)
                new_end = self._english_description(text, tail[1] if tail else last_good)
            else:
                new_end = self._french_tail(text, last_good)
            if new_end > last_good:
                return new_end
        if first_word[:1].islower() and (fold(first_word) not in self.between_numbers or qualified
                                         and second_word[:1].isalpha() and second_word not in self.between_party_nouns):
            return last_good  # entre les deux ministères des Affaires étrangères; not: between the two ministries
        return end

    def _words(self, text: str, start: int, end: int):
        return [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\S+", text[start:end])]

    def _after_last_head(self, text: str, start: int, end: int) -> int:
        """``Paris Agreement and the Kyoto Protocol``: modifiers start after an earlier name."""
        for s, e, word in reversed(self._words(text, start, end)):
            if word in self.head_words:
                return start + e
        return start

    def _before_next_head(self, text: str, start: int, end: int) -> int:
        """``Roadmap for Trade and Investment and the Astana Declaration``: the complement
        ends before the connectors that lead to another name."""
        words = self._words(text, start, end)
        for i, (s, e, word) in enumerate(words):
            if word in self.head_words:
                j = i
                while j > 0 and words[j - 1][2] not in self.connectors:
                    j -= 1
                while j > 0 and words[j - 1][2] in self.connectors:
                    j -= 1
                return start + words[j - 1][1] if j > 0 else start
        return end

    def _strip_leading(self, text: str, start: int, head_start: int) -> int | None:
        """Drop sentence-initial and function words in front of a name (The, Under the, ...);
        a capitalised function word or verb inside (a headline: Kazakhstan And EU Sign ...)
        ends what came before it, and an office word (Head of Protocol) cancels the name."""
        words = [(m.start(), m.end(), m.group(), fold(m.group())) for m in re.finditer(r"\S+", text[start:head_start])]
        if any(key in self.office_words for _, _, _, key in words):
            return None
        for i in range(len(words) - 1, -1, -1):
            s, e, word, key = words[i]
            if word in self.party_names_written:
                continue  # UN, US: a party, not the French article
            if word[:1].isupper() and (key in self.leading or key in self.connectors) or key.endswith("'s"):
                # a headline verb, or a possessive (President Tokayev's Declaration)
                words = words[i + 1:]
                break
        for s, e, word, key in words:
            if key not in self.leading and key not in self.connectors or word in self.party_names_written:
                return start + s
        return head_start

    def _english_description(self, text: str, end: int) -> int:
        """``Agreement on visa facilitation``, ``Memorandum of Understanding on cooperation in
        tourism``: a lower-case complement after a capitalised head, up to a verb, a clause
        word or punctuation; trailing connectors are not part of the name."""
        prep = self.en_description_prep.match(text, end)
        if not prep:
            return end
        last_good, pos = end, prep.end()
        for _ in range(self.max_name_words):
            m = self.en_word.match(text, pos)
            if not m:
                break
            key = fold(m.group(1))
            if key in ("to", "-") and text[pos - 1:pos].isdigit():
                nxt = self.en_word.match(text, m.end())
                if nxt and nxt.group(1).isdigit():
                    pos = last_good = nxt.end()  # for the years 2010 to 2015
                    continue
            if key in self.en_stop or key in self.head_words:
                break
            if key == "and":  # education and science; not: ... and the parties agreed
                nxt = self.en_word.match(text, m.end())
                if not nxt or fold(nxt.group(1)) in self.en_stop or fold(nxt.group(1)) in self.leading:
                    break
            pos = m.end()
            if key not in self.connectors and key not in ("a", "an"):
                last_good = pos
        return last_good

    def _french_complement_follows(self, text: str, end: int) -> bool:
        """A preposition right after the head, or after one or two adjectives
        (``Déclaration conjointe sur ...``)."""
        pos = end
        for _ in range(3):
            if self.fr_prepositions.match(text, pos):
                return True
            m = self.fr_word.match(text, pos)
            if not m or not m.group(1)[:1].islower() or fold(m.group(1)) in self.fr_stop:
                return False
            pos = m.end()
        return False

    def _french_tail(self, text: str, end: int) -> int:
        """``de partenariat et de coopération renforcé``: lower-case words after a French head,
        capitalised ones only after a preposition or article (``de Paris``, ``l'Union``)."""
        if not self._french_complement_follows(text, end):
            return end
        last_good, prev, pos, n = end, None, end, 0
        prev_capital = infinitive = False
        while n < self.max_name_words:
            phrase = self.fr_name_phrase.match(text, pos)
            if phrase:  # dans le domaine (de ...)
                pos, prev, n = phrase.end(), "domaine", n + 1
                continue
            m = self.fr_word.match(text, pos)
            if not m and prev and self._french_list_comma(text, pos):
                pos += 1  # d'amitié, de coopération et d'assistance mutuelle
                continue
            if not m:
                break
            word = m.group(1)
            key = fold(word)
            bare = _ELISION.sub("", word)
            nxt = self.fr_word.match(text, m.end())
            nxt_key = fold(nxt.group(1)) if nxt else ""
            if key in ("le", "la", "les", "l'") and prev in ("de", "sur", "a", "contre", "pour", "entre", "d'"):
                pass  # sur la non-prolifération
            elif key in ("au", "aux") and prev in ("relatif", "relative", "relatifs", "relatives"):
                pass  # relatif aux transports
            elif key == "et" and (nxt_key in ("de", "du", "des") or nxt_key[:2] in ("d'", "l'")) \
                    and nxt_key not in self.fr_stop \
                    and _ELISION.sub("", nxt_key) not in self.fr_stop:
                pass  # partenariat et de coopération, le commerce et l'investissement
            elif key == "en" and (nxt_key == "matiere" or (nxt and nxt.group(1)[:1].isupper())):
                pass  # en matière de, en Asie centrale
            elif infinitive and key in _FRENCH_ARTICLES:
                pass  # d'établir un dialogue stratégique: the object of the verb
            elif key in self.fr_stop:
                break
            elif key in self.head_words and not (word[:1].isupper() and (prev in self.connectors or prev_capital)):
                break  # another instrument; but: sur le Plan Nord, à la Convention de ...
            elif bare[:1].isupper() and not (prev in self.connectors or word != bare or prev_capital):
                break  # a capital not after a preposition (or a capital) starts something else
            elif not bare[:1].isalpha() and not _YEARS.fullmatch(bare):
                break  # but: pour 2025-2027, à l'horizon 2030 (not: l'accord du 14 avril)
            pos = m.end()
            infinitive = (word != bare or prev in ("de", "d'")) and bare.islower() and bare.endswith(_INFINITIVE)
            prev_capital = bare[:1].isupper()
            prev = key if word == bare else key[:2]
            n += 1
            if key not in self.connectors or word != bare:
                last_good = pos
        return last_good

    def _list_preposition(self, text: str, pos: int, groups: list[list[str]] | None, lang: str) -> int | None:
        """The group (index) of the list preposition at pos, when it is one of ``groups``."""
        lang = lang if lang in self.list_preposition else "en"
        m = self.list_preposition[lang].match(text, pos)
        if not m:
            return None
        key = " ".join(fold(m.group(1)).split())
        for i, group in enumerate(self.list_groups[lang]):
            if key in group and (groups is None or group in groups):
                return i
        return None

    def _lists(self, text: str, lang: str) -> list[dict]:
        """``des accords et mémorandums d'entente liés à l'extradition, à l'entraide judiciaire
        et à ...``: plural heads, then subjects each led by the same preposition, in a sentence
        reporting a status; one instrument per subject, named by the singular heads, their
        participle and that subject (a subject of generic words only names nothing)."""
        pattern = self.list_heads.get(lang)
        if pattern is None:
            return []
        separator = self.list_separator[lang]
        found = []
        for m in pattern.finditer(text):
            pos = m.end()
            group = self._list_preposition(text, pos, None, lang)
            if group is None:
                continue
            groups = [self.list_groups[lang][group]]
            subjects = []  # (preposition start, subject end)
            while len(subjects) < 12:
                subject_end = self._phrase_end(text, self.list_preposition[lang].match(text, pos).end(), lang, groups)
                if subject_end <= pos:
                    break
                subjects.append((pos, subject_end))
                sep = separator.match(text, subject_end)
                if not sep or self._list_preposition(text, sep.end(), groups, lang) is None:
                    break
                pos = sep.end()
            if len(subjects) < 2 or not self._reports_status(text, m.start(), lang):
                continue  # one subject: the structural rules name it
            heads = [(m.group(1), m.group(2))] + ([(m.group(3), m.group(4))] if m.group(3) else [])
            participle = _singular(m.group(5), lang) if m.group(5) else ""
            for k, (s, e) in enumerate(subjects):
                subject = " ".join(text[s:e].split())
                if self._generic_words(subject):
                    continue
                names = []
                for head, of in heads:
                    name = " ".join(f"{_singular(head, lang)}{of} {participle} {subject}".split())
                    if name not in names:
                        names.append(name)
                start = m.start() if k == 0 else s + len(text[s:e]) - len(text[s:e].lstrip())
                found.append({"start": start, "end": e, "kb_id": None, "key": "list " + fold(names[0]),
                              "name": names[0], "aliases": names[1:], "surface_alias": k == 0})
        return found

    def _reports_status(self, text: str, pos: int, lang: str) -> bool:
        first, last = _sentence_start(text, pos), _sentence_end(text, pos)
        context = self.lowercase_context.get(lang)
        return bool(self.status_words.search(text, first, last) or context and context.search(text, first, last))

    def _resolutions(self, text: str, lang: str) -> list[dict]:
        """``UN Security Council resolution 1701``, ``Resolution 2231``, ``la résolution 1701``: a
        resolution named by its number; the English body written before it is part of the name."""
        found = []
        pattern = self.resolutions.get(lang)
        for m in pattern.finditer(text) if pattern else ():
            start = m.start()
            if lang == "en":
                modifiers = self.en_modifiers.search(text, max(0, start - 80), start)
                if modifiers and modifiers.end() == start:
                    first = self._after_modifier_break(text, modifiers.start(), start)
                    start = self._strip_leading(text, first, start) or start
            found.append({"start": start, "end": m.end(), "kb_id": None, "key": "resolution " + m.group(1)})
        return found

    def _party_pairs(self, text: str, lang: str, named=()) -> list[dict]:
        """``the new Armenia-European Union legal framework agreement``, ``l'accord de
        libre-échange UE-Mercosur``: a lower-case instrument named by the pair of its parties."""
        found = []
        for m in self.party_pair[lang].finditer(text):
            if lang == "en":
                first, second, between = m.span(1), m.span(2), m.group(3)
            else:
                between, first, second = m.group(1), m.span(2), m.span(3)
            if any(fold(w) in self.en_stop or fold(w) in self.fr_stop for w in between.split()):
                continue  # the Russia-Ukraine talks that ... agreement: a clause, not a name
            if not self._party_side(text, second[0], second[1], named):
                continue
            start = self._party_side_start(text, first[0], first[1], named)
            if start is None:
                continue
            parties = [self._party_name(text[s:e], s, e, named) for s, e in ((start, first[1]), second)]
            found.append({"start": start if lang == "en" else m.start(), "end": m.end(), "kb_id": None,
                          "parties": parties})
        for m in self.adjective_pair.finditer(text) if lang == "fr" else ():
            if any(fold(w) in self.fr_stop for w in m.group(1).split()):
                continue
            codes = [self._combining_code(m.group(2)), country_code(m.group(3))]
            if all(codes) and codes[0] != codes[1]:
                found.append({"start": m.start(), "end": m.end(), "kb_id": None,
                              "parties": [country_name(c) for c in codes]})
        return found

    def _combining_code(self, word: str) -> str | None:
        """The country of a combining form (sino-, égypto-, franco-): listed, or an ``-o`` form
        whose stem starts the names and adjectives of one country only (égypt- -> Égypte)."""
        key = fold(word)
        if key in self.combining_forms:
            return self.combining_forms[key]
        if not key.endswith("o") or len(key) < 4:
            return None
        stem = key[:-1]
        i = bisect.bisect_left(self._country_keys, (stem, ""))
        codes = set()
        while i < len(self._country_keys) and self._country_keys[i][0].startswith(stem) and len(codes) < 2:
            codes.add(self._country_keys[i][1])
            i += 1
        return codes.pop() if len(codes) == 1 else None

    def _pair_key(self, surface: str):
        """(the two countries, the other words) of a name holding exactly two country words
        (``Egypt–Israel Peace Treaty``, ``traité de paix égypto-israélien``); else None."""
        codes, others = set(), set()
        for word in re.split(r"[\s\-\u2013\u2014'\u2019]+", fold(surface)):
            if not word or word in self.connectors:
                continue
            code = country_code(word) or self._combining_code(word)
            if code:
                codes.add(code)
            else:
                others.add(word)
        return (frozenset(codes), frozenset(others)) if len(codes) == 2 and others else None

    def _party_side_start(self, text: str, start: int, end: int, named=()) -> int | None:
        """Where the first side of a pair starts: its longest ending that names a party
        (``Pashinyan Armenia-EU``: Armenia)."""
        for m in re.finditer(r"(?<!\S)\S+", text[start:end]):
            if fold(m.group()) in self.leading and m.group() not in self.party_names_written:
                continue  # The US-China ...: the article is no part of the name
            if self._party_side(text, start + m.start(), end, named):
                return start + m.start()
        return None

    def _party_side(self, text: str, start: int, end: int, named=()) -> bool:
        surface = text[start:end]
        return bool(fold(surface) in self.party_names or country_code(surface) or self._combining_code(surface)
                    or any(s <= start and end <= e for s, e, _ in named))

    def _french_list_comma(self, text: str, pos: int) -> bool:
        """A comma inside a French title lists complements closed by ``et``: ``, de ...`` with
        ``et`` later in the sentence."""
        m = re.match(r",[^\S\n]+(?:de|d['\u2019]|du|des)(?=[\s\w])", text[pos:pos + 8])
        return bool(m) and re.search(r"[^\S\n]et[^\S\n]", text[pos:_sentence_end(text, pos)][:120]) is not None

    def _knowledge_base(self, doc: Doc, text: str) -> list[dict]:
        found = []
        for matcher in (self.kb_names, self.kb_abbreviations):
            for match_id, first, last in matcher(doc):
                start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
                if self.right_capital.match(text, end):
                    continue  # Collective Security Treaty Organization: part of a longer name
                found.append({"start": start, "end": end, "kb_id": doc.vocab.strings[match_id]})
        return found

    # --- merging -------------------------------------------------------------------
    def _merge(self, text: str, mentions: list[dict]) -> list[list[dict]]:
        groups: list[list[dict]] = []
        by_key: dict = {}

        def add(mention, key_list):
            for key in key_list:
                if key in by_key:
                    by_key[key].append(mention)
                    group = by_key[key]
                    break
            else:
                group = [mention]
                groups.append(group)
            for key in key_list:
                by_key.setdefault(key, group)
            return group

        for mention in mentions:
            surface = text[mention["start"]:mention["end"]]
            content = _content_key(surface, self.connectors)
            kb_id = mention["kb_id"] or self.kb_by_key.get(fold(surface)) or self.kb_by_content.get(content)
            if not kb_id and mention.get("parties"):
                kb_id = self.kb_by_pair.get(self._pair_key(surface))  # traité de paix jordano-israélien
            mention["kb_id"] = kb_id
            group = add(mention, [k for k in (mention.get("key"), kb_id, content, fold(surface)) if k])
            abbreviation = _BRACKETED_ABBREVIATION.match(text, mention["end"])
            if abbreviation:
                by_key.setdefault(fold(abbreviation.group(1)), group)
            initials = "".join(w[0] for w in surface.split() if w[:1].isupper())
            if len(initials) >= 3:
                by_key.setdefault(fold(initials), group)
        # later abbreviations of names found above (EPCA after the full name)
        taken = [(m["start"], m["end"]) for m in mentions]
        for m in _ACRONYM.finditer(text) if groups else ():
            group = by_key.get(m.group().casefold())  # ASCII capitals: casefold is fold
            if group and not any(s <= m.start() < e for s, e in taken):
                group.append({"start": m.start(), "end": m.end(), "kb_id": group[0]["kb_id"]})
        return groups

    # --- one record ----------------------------------------------------------------
    def _record(self, text, group, starts, named, dates) -> dict:
        group.sort(key=lambda m: m["start"])
        kb_id = next((m["kb_id"] for m in group if m["kb_id"]), None)
        surfaces = []
        for m in group:
            surface = " ".join(text[m["start"]:m["end"]].split())
            if surface not in surfaces and m.get("surface_alias", True):
                surfaces.append(surface)
        listed = next((m for m in group if m.get("name")), None)  # one subject of a list
        parties, articles, status = [], [], []
        for m in group:
            for party in [p for p in m.get("parties") or () if p] or self._parties(text, m, named):
                if party not in parties:
                    parties.append(party)
            for number in self._articles(text, m):
                if number not in articles:
                    articles.append(number)
            for item in self._status(text, m, starts, dates):
                if item not in status:
                    status.append(item)
        entry = self.entries.get(kb_id)
        if entry and entry["parties"] and (set(parties) != set(entry["parties"]) if parties else
                                           len(entry["parties"]) == 2
                                           and not all(self._named_in(text, p) for p in entry["parties"])):
            # same title, other parties: the EU has several EPCAs, a bilateral title says little
            entry, kb_id = None, None
        if entry:
            name = entry["name"]
            parties = parties or list(entry["parties"])
        elif listed:
            name = listed["name"]
        else:
            # the fullest form written out: longest, heads included
            name = max(surfaces, key=lambda s: (not s.isupper(), len(s)))
        aliases = [s for s in (listed["aliases"] if listed else []) + surfaces if s != name]
        abbreviation = next((a.group(1) for m in group
                             if (a := _BRACKETED_ABBREVIATION.match(text, m["end"]))), None)
        if abbreviation and abbreviation not in aliases and abbreviation != name:
            aliases.append(abbreviation)
        return {"name": name, "aliases": aliases, "parties": parties, "articles": articles,
                "status": status, "kb_id": kb_id,
                "mentions": [{"text": text[m["start"]:m["end"]], "start": m["start"], "end": m["end"]}
                             for m in group]}

    def _named_in(self, text: str, party: str) -> bool:
        """Does the text name this party (or a short form of it) anywhere?"""
        forms = [party] + [short for short, full in self.party_names_written.items() if full == party]
        return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms)

    def _parties(self, text, mention, named) -> list[str]:
        start, end = mention["start"], mention["end"]
        spans = []
        for pattern in (self.between, self.guillemets):
            m = pattern.match(text, end) or pattern is self.between and pattern.search(text, start, end)
            if m:
                spans = [m.span(1), m.span(2)]
                break
        if not spans:
            first = text[start:end].split()[0]
            pair = self.hyphen_parties.match(first)
            if pair:
                spans = [(start + pair.start(1), start + pair.end(1)), (start + pair.start(2), start + pair.end(2))]
        parties = []
        for s, e in spans:
            party = self._party_name(text[s:e], s, e, named)
            if party:
                parties.append(party)
        return parties if len(parties) == 2 else []

    def _party_name(self, surface: str, start: int, end: int, named) -> str | None:
        for s, e, name in named:
            if s <= start and end <= e or start <= s and e <= end:
                return name
        key = fold(surface)
        if key in self.party_names:
            return self.party_names[key]
        code = country_code(surface) or country_code(re.split(r"\s(?:of|de|du|des)\s", surface)[-1]) \
            or self._combining_code(surface)
        if code:  # the Foreign Ministries of Hungary -> Hungary
            return country_name(code)
        return " ".join(surface.split()) if surface[:1].isupper() and fold(surface) not in self.leading else None

    def _articles(self, text, mention) -> list[str]:
        m = self.articles_before.search(text, max(0, mention["start"] - 80), mention["start"])
        return _ARTICLE_NUMBERS.findall(m.group(1)) if m else []

    def _status(self, text, mention, starts, dates) -> list[dict]:
        """Status words in the mention's sentence, after it (up to the next agreement) or
        just before it (``signed the ...``); the first date after the status word."""
        start, end = mention["start"], mention["end"]
        sentence_end = _sentence_end(text, end)
        i = bisect.bisect_left(starts, end)
        next_start = starts[i] if i < len(starts) else sentence_end
        limit = min(sentence_end, next_start)
        words = list(self.status_words.finditer(text, end, limit))
        before = self.status_before.search(text, max(_sentence_start(text, start), start - 60), start)
        if before:
            words.insert(0, before)
        found = []
        for m in words:
            status = self.status_of[fold(m.group(1) if m.re is self.status_before else m.group())]
            date = next((d["value"] for d in dates if m.end() <= d["start"] < m.end() + 60 and d["end"] <= limit),
                        None)
            found.append({"status": status, "date": date})
        return found


def _singular(word: str, lang: str) -> str:
    """accords -> accord, accords-cadres -> accord-cadre, liés -> lié, treaties -> treaty,
    memoranda -> memorandum."""
    parts = word.split("-")
    out = []
    for part in parts:
        low = part.lower()
        if lang == "en" and low.endswith("ies"):
            part = part[:-3] + "y"
        elif lang == "en" and low.endswith("memoranda"):
            part = part[:-1] + "um"
        elif low.endswith(("s", "x")) and len(low) > 3:
            part = part[:-1]
        out.append(part)
    return "-".join(out)


_FRENCH_ARTICLES = {"un", "une", "le", "la", "les", "des", "l'", "l\u2019", "du", "ce", "cette", "ces"}
_INFINITIVE = ("er", "ir", "re", "oir")
_OPENING_QUOTE = re.compile(r"[\u00ab\u201c\"]\s*$")
_YEARS = re.compile(r"(?:1[89]|2[01])\d\d(?:[-\u2013](?:1[89]|2[01])?\d\d)?")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


_SENTENCE_SPAN = 800  # a longer run without a full stop is no sentence: keeps the cost linear


def _sentence_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + _SENTENCE_SPAN)
    m = _SENTENCE_END.search(text, pos, limit)
    return m.start() if m else limit


def _sentence_start(text: str, pos: int) -> int:
    first = max(0, pos - _SENTENCE_SPAN)
    cut = max(text.rfind(". ", first, pos), text.rfind("\n", first, pos))
    return cut + 1 if cut >= 0 else first


def _as_written(form: str) -> bool:
    """Match this knowledge-base form case-sensitively: one word, or holding an all-capital word."""
    words = form.split()
    return len(words) == 1 or any(len(w) > 1 and w.isupper() for w in words)


def _drop_overlaps(found: list[dict]) -> list[dict]:
    """Keep the longest of overlapping candidates; a knowledge-base hit inside a structural
    name gives that name its id."""
    found.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
    kept: list[dict] = []
    for m in found:
        if kept and m["start"] < kept[-1]["end"]:
            if m["kb_id"] and not kept[-1]["kb_id"] and not kept[-1].get("amends"):
                kept[-1]["kb_id"] = m["kb_id"]
            if m.get("parties") and not kept[-1].get("parties") and m["end"] == kept[-1]["end"]:
                kept[-1]["parties"] = m["parties"]  # le traité d'amitié syro-libanais: the pair's parties
            continue
        kept.append(dict(m))
    return kept


@kzeu_factory("kzeu_agreements", default_config={"max_name_words": 14},
              assigns=["doc.spans", "doc._.kzeu_agreements"],
              requires=["doc._.kzeu_dates", "doc._.kzeu_organizations", "doc._.kzeu_places", "doc._.kzeu_people"])
def make_agreements(nlp: Language, name: str, *, max_name_words: int = 14) -> AgreementsComponent:
    return AgreementsComponent(nlp, name, max_name_words=max_name_words)
