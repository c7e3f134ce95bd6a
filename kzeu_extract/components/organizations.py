"""kzeu_organizations: institutions, agencies, companies named in the text, merged per body.

Four ways to find one, all driven by ``data/organizations.json``:
1. the knowledge base: known bodies by name, French name or abbreviation ("UE" = European
   Union), each carrying its ``kb_id``;
2. national bodies every state has ("Foreign Ministry", "MFA", "bureau du procureur
   général"), qualified by a country next to them ("Kazakh MFA", "Ministry of Foreign
   Affairs of Belgium", "Kazakhstan's Foreign Ministry") -> "Ministry of Foreign Affairs of
   Kazakhstan"; EU delegations ("délégation de l'UE au Kazakhstan");
3. definitions in the text: "the Organization for Cooperation of Ports (OCP)", after which
   the bare "OCP" is the same body;
4. structure: a run of capitalised words holding a head word ("Ministry", "Bank", "Council",
   "Agence" ...), cut after a person's title ("President of the European Council" -> "European
   Council") and before a following name.
Not mentions: #hashtags, @handles, URLs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..extensions import doc_text, items
from ..gazetteer import UPPER, DisjointSpans, Gazetteer, SpanSet, fold_same_length, url_spans
from ..knowledge.geo import adjective_to_code, country_code, country_name, name_key
from ..normalize.text import mention
from ..knowledge.organizations import knowledge_base

# Candidate kinds, strongest first when two overlap.
KB, NATIONAL, DELEGATION, DEFINED, INTRODUCED, SOURCE_NAME, STRUCTURE = range(7)
# How a known name counts: everywhere (""), only where the text names its source, only after
# "on"/"sur"/"via" (a platform: "on X"), or never (the seat as a building: a place).
SOURCE, PLATFORM, VENUE = "source", "platform", "venue"

# Where a text names its source: "(PTI)", "By Wam", "Source: Tanjug", "© MAEE", "- BERNAMA" at a
# line's end, "according to AP", "selon l'APS"; the name alone on its line.
_SOURCE_BEFORE = re.compile(
    r"(?:[(\[©/]|\(c\)|\b(?:[Bb]y|BY|[Pp]ar|[Ss]ources?|[Pp]hotos?|[Ff]oto|[Cc]redits?|[Cc]opyright)[ \t]*:?|"
    r"\b(?:according to|told|quoted by|cited by|[Ss]elon|[Dd]'après|[Dd]’après|rapporte|reported by)(?:[ \t]+(?:the|l['’]|la|le))?)"
    r"[ \t]*$")
_SOURCE_AFTER = re.compile(r"[ \t]*(?:[)\]/]|(?:reported|reports|said|quoted|cited|news agency|a rapporté|rapporte)\b)")
_LINE_START = re.compile(r"(?:^|\n)[ \t>*•–—-]*(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*,[ \t]*)?$")
_LINE_END = re.compile(r"[ \t]*(?:$|\n|[-–—:,]|\d)")
# A dateline's bracketed source: "Kathmandu, Jan 7 (PTI) -", "LONDON, May 3 (AltAfrica)-".
_DATELINE_SOURCE = re.compile(
    r"[(\[]((?:[A-Z][\w.&’'-]*)(?:[ /][A-Z][\w.&’'-]*){0,3})[)\]][ \t]*(?:[-–—]{1,3}|:)")

# Words that carry a name on after its head ("Council of ...", "Banque ... du ..."); not "and",
# "in", "to": "the Council in Brussels", "the Union and Kazakhstan" end at the head.
_CONTINUATIONS = {"of", "for", "on", "de", "des", "du", "d'", "l'", "pour", "sur"}

_CAP_WORD = r"(?:[A-Z\u00c0-\u00de][\w'’.&\-]*(?:[\w&]|(?<=s)['’](?!\w))|[A-Z])"


class OrganizationsComponent:
    def __init__(self):
        kb = knowledge_base()
        self._entries = {e["id"]: e for e in kb["entries"]}
        self._national = {e["id"]: e for e in kb["national_bodies"]}
        names = []
        for e in kb["entries"]:
            source_only = set(e.get("source_aliases", ()))
            names += [(n, (KB, e["id"], SOURCE if n in source_only else "")) for n in _dotted(
                [e["name"], *e["aliases"]]) if n not in source_only]
            names += [(n, (KB, e["id"], SOURCE)) for n in source_only]
            names += [(n, (KB, e["id"], PLATFORM)) for n in e.get("platform_aliases", ())]
            names += [(n, (KB, e["id"], VENUE)) for n in e.get("venue_aliases", ())]
        names += [(n, (NATIONAL, e["id"], "")) for e in kb["national_bodies"] for n in [e["name"], *e["aliases"]]]
        self._gazetteer = Gazetteer(names)
        self._seats = {e["id"] for e in kb["entries"] if e.get("seat")}
        self._not_organizations = {name_key(n) for n in kb["not_organizations"]}
        self._generic = set(kb["generic_modifiers"])
        self._honorifics = [tuple(h.split()) for h in kb["honorifics"]]
        locative = "|".join(map(re.escape, kb["locative_words"]))
        self._locative_before = re.compile(
            rf"(?<![\w'’-])(?:{locative})[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’`][ \t]*)?$", re.IGNORECASE)
        self._platform_before = re.compile(r"(?<![\w'’-])(?:on|sur|via)[ \t]+$", re.IGNORECASE)
        self._lowercase_heads = re.compile(
            r"(?<![\w'’-])(?:%s)(?=[ \t]+(?:de|des|du|d['’])[ \t]*)" % "|".join(map(re.escape, kb["french_lowercase_heads"])))
        self._title_before = re.compile(
            r"(?<![\w'’-])(?:%s)[ \t]+(?:(?:of|of the|de|de la|du|des)[ \t]+|(?:de[ \t]+)?l['’][ \t]*)$"
            % "|".join(map(re.escape, sorted({t.lower() for t in kb["portfolio_titles"]} | {"représentant", "représentante", "haut représentant", "haute représentante"}, key=len, reverse=True))),
            re.IGNORECASE)
        self._heads = set(kb["heads"])
        self._has_head = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, kb["heads"])))
        self._connectors = {fold_same_length(c) for c in kb["connectors"]}
        self._determiners = set(kb["determiners"])
        self._folded_determiners = {fold_same_length(d) for d in kb["determiners"]} | {"the", "le", "la", "les"}
        self._titles = set(kb["titles"])
        self._instrument_heads = set(kb["instrument_heads"])
        # "le groupe Orano", "the airline Air Astana": a name introduced by a company noun
        nouns = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+")
                         for n in sorted(kb["company_nouns"], key=len, reverse=True))
        not_stop = r"(?!(?:%s)(?!\w))" % "|".join(map(re.escape, kb["stop_words"]))
        self._introduced = re.compile(
            rf"(?<![\w'’-])(?:{nouns})[ \t]+({not_stop}{_CAP_WORD}(?:[ \t]+{not_stop}{_CAP_WORD}){{0,2}})")
        self._portfolio_words = {fold_same_length(w) for w in kb["title_portfolio_words"]}
        self._portfolio_titles = set(kb["portfolio_titles"])
        stop = "|".join(map(re.escape, kb["stop_words"]))
        lower = "|".join(map(re.escape, sorted(kb["fr_lowercase_words"], key=len, reverse=True)))
        connector = "|".join(map(re.escape, sorted(kb["connectors"], key=len, reverse=True)))
        word = rf"(?!(?:{stop})(?!\w)){_CAP_WORD}"
        # French names go on in lower case after a capitalised head ("Banque nationale du
        # Kazakhstan", "Conseil de coopération UE-Kazakhstan"): adjectives by their endings
        # and a few nouns from the data file.
        not_lower = "|".join(map(re.escape, kb["fr_not_lowercase_words"]))
        french_lower = (rf"(?:(?!(?:{not_lower})\b)(?:[a-zàâçéèêëîïôûù]+-)?[a-zàâçéèêëîïôûù]+(?:ale|ales|al|aux|ique|iques|ien|ienne|éen|éenne|"
                        r"éens|éennes|aire|aires|ier|ière|ais|aise|el|elle|if|ive|ée|ées|é|és|"
                        r"ain|aine|ains|aines|ois|oise|oises|and|ande|ands|andes)"
                        rf"|{lower})\b")
        joint = rf"(?:[ \t]+(?:(?:{connector})[ \t]+|(?:d|l)['’])*|[ \t]*[-–][ \t]*)"
        self._chains = {
            # (a chain starts with a capital: checked first, so that other words are passed
            # over before the stop-word look-ahead)
            "en": re.compile(rf"(?<![\w#@])(?=[A-Z\u00c0-\u00de]){word}(?:{joint}{word})*"),
            "fr": re.compile(rf"(?<![\w#@])(?=[A-Z\u00c0-\u00de]){word}(?:{joint}{word}|"
                             rf"[ \t]+(?:(?:{connector})[ \t]+|(?:d|l)['’])*{french_lower})*"),
        }
        # "ministère kazakh des Affaires étrangères": the adjective inside a French name.
        self._inserted_adjective = re.compile(
            r"\b(?:%s)[ \t]+([a-z\-]+)(?=[ \t]+(?:de|des|du|d')\b)"
            % "|".join(fold_same_length(h) for h in kb["french_inserted_adjective_heads"]))
        self._token = re.compile(rf"\b[dlDL]['’](?=\w)|{_CAP_WORD}|[\w'’]+(?:-[\w'’]+)*|[-–]")
        self._definition = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z&]{1,9})[ \t]*\)")
        delegation = kb["eu_delegation"]
        self._delegation_spec = delegation
        preps = "|".join(map(re.escape, sorted(delegation["prepositions"], key=len, reverse=True)))
        self._delegation = re.compile(
            r"(?<![\w#@])(?:%s)[ \t]+(?:%s)[ \t]*(?:the[ \t]+)?" % ("|".join(delegation["patterns"]), preps))
        self._after_country = re.compile(r"[ \t]+(?:of|for|du|de la|de l['’]|de|des|d['’])[ \t]*(?:the[ \t]+)?")
        self._word_before = re.compile(r"([A-Za-zÀ-ÿ][\w\-]*)(?:['’]s)?[ \t]+$")
        self._french_adjective_after = re.compile(r"[ \t]+([a-zé][\w\-]*)")

    def __call__(self, doc: Doc) -> Doc:
        lang = doc._.kzeu_language or doc.lang_
        write_items(doc, "organizations", self.find(doc_text(doc), items(doc, "places"), lang))
        return doc

    # -- finding candidates --------------------------------------------------------------

    def find(self, text: str, places: list[dict] | None = None, lang: str = "en") -> list[dict]:
        """Organizations in ``text``; ``places`` are kzeu_places' results (for countries)."""
        folded = fold_same_length(text)
        inserted = {}  # start of a French head -> country code of the adjective blanked out
        if lang == "fr":
            folded, inserted = self._blank_inserted_adjectives(folded)
        countries = {m["start"]: (m["end"], p["country"]) for p in places or []
                     if p.get("kind") == "country" and p.get("country") for m in p["mentions"]}
        place_spans = [(m["start"], m["end"]) for p in places or [] for m in p["mentions"]]
        urls = SpanSet(url_spans(text))
        candidates = []  # (start, end, kind, key, name, kb_id, extra aliases)
        venues, capitals = [], {}
        for start, end, entries in self._gazetteer.finditer(text, folded):
            kind, entry_id, mode = entries[0].value
            if kind == KB:
                entry = self._entries[entry_id]
                if mode == VENUE or (entry_id in self._seats and self._locative_before.search(text, max(0, start - 20), start)):
                    venues.append((start, end))
                    continue  # the building: a place
                if mode == SOURCE and not _source_position(text, start, end):
                    continue
                if entries[0].case == UPPER and _in_capitals_line(text, start, end, capitals):
                    continue  # "LES 3 AU 4 MARS": in a heading in capitals every word looks like one
                if mode == PLATFORM and not self._platform_before.search(text, max(0, start - 10), start):
                    continue
                candidates.append((start, end, KB, entry_id, entry["name"], entry_id, ()))
            else:
                candidate = self._national_body(text, start, end, self._national[entry_id], countries,
                                                inserted.get(start))
                if candidate:
                    candidates.append(candidate)
        candidates += self._delegations(text, countries)
        candidates += self._definitions(text, candidates)
        candidates += self._introduced_names(text, place_spans)
        candidates += self._dateline_sources(text, candidates, place_spans + venues)
        candidates += self._structures(text, folded, candidates, place_spans + venues,
                                       self._chains.get(lang, self._chains["en"]), lang)
        candidates += self._bare_commission(text, candidates)
        candidates += _source_domains(text, candidates)
        menus = SpanSet(_menu_spans(text))
        candidates = [c for c in candidates if not urls.covers(c[0], c[1]) and not menus.covers(c[0], c[1])]
        return self._merge(text, self._resolve(candidates))

    def _bare_commission(self, text, candidates):
        """'the Commission' alone in a text about the EU is the European Commission
        ('High Representative ..., Vice-President of the Commission')."""
        if not any(c[5] in _EU_BODIES for c in candidates):
            return []
        taken = SpanSet([(c[0], c[1]) for c in candidates])
        entry = self._entries["european-commission"]
        found = []
        for match in _BARE_COMMISSION.finditer(text):
            start, end = match.span(1)
            if not taken.covers(start, end):
                found.append((start, end, DEFINED, "european-commission", entry["name"], "european-commission", ()))
        return found

    def _country_after(self, text: str, end: int, countries: dict) -> tuple[int, str] | None:
        match = self._after_country.match(text, end)
        if match and match.end() in countries:
            return countries[match.end()]
        return None

    def _blank_inserted_adjectives(self, folded):
        inserted = {}
        for match in self._inserted_adjective.finditer(folded):
            code = adjective_to_code(match.group(1))
            if code:
                inserted[match.start()] = code
                a, b = match.span(1)
                folded = folded[:a] + " " * (b - a) + folded[b:]
        return folded, inserted

    def _national_body(self, text, start, end, body, countries, code=None):
        if not code:
            start, end, code = self._qualifier(text, start, end, countries)
        if code:
            return (start, end, NATIONAL, f"{body['id']}:{code}",
                    f"{body['name']} of {country_name(code)}", f"{body['id']}:{code}", ())
        if body.get("qualified_only"):
            return None
        return start, end, NATIONAL, body["id"], body["name"], body["id"], ()

    def _qualifier(self, text, start, end, countries):
        """The country next to a national body, with the span grown to include it:
        "... of (the Republic of) X", "X's ...", "Kazakh ...", French "... kazakh"."""
        after = self._country_after(text, end, countries)
        if after:
            return start, after[0], after[1]
        before = self._word_before.search(text, max(0, start - 40), start)
        if before and before.group(1)[:1].isupper() and country_code(before.group(1)):
            return before.start(), end, country_code(before.group(1))
        adjective = self._french_adjective_after.match(text, end)
        if adjective and adjective_to_code(adjective.group(1)):
            return start, adjective.end(), adjective_to_code(adjective.group(1))
        return start, end, None

    def _delegations(self, text, countries):
        spec = self._delegation_spec
        found = []
        if "légation" not in text and "legation" not in text:
            return found
        for match in self._delegation.finditer(text):
            if match.end() in countries:
                end, code = countries[match.end()]
                name = spec["name"].format(country=country_name(code))
                aliases = tuple(a.format(country=country_name(code)) for a in spec["aliases"])
                found.append((match.start(), end, DELEGATION, f"eu-delegation:{code}", name,
                              f"eu-delegation:{code}", aliases))
        return found

    def _introduced_names(self, text, place_spans):
        """'sa coentreprise KATCO', 'the company Air Astana': the name, and its later bare uses."""
        places = SpanSet(place_spans)
        names = {}
        for match in self._introduced.finditer(text):
            start, end = match.span(1)
            if places.covers(start, end) or match.group(1).split()[0] in self._determiners:
                continue  # "the group Kazakhstan leads": a place names no company
            names.setdefault(match.group(1), name_key(match.group(1)))
        found = []
        for name, key in names.items():
            for match in re.finditer(rf"(?<![\w#@]){re.escape(name)}(?![\w])", text):
                found.append((match.start(), match.end(), INTRODUCED, key, name, None, ()))
        return found

    def _definitions(self, text, candidates):
        """'Full Name (ABBR)': the abbreviation names the body wherever it stands alone;
        candidates for the new full names and for every bare use of the abbreviations."""
        found, definitions = [], {}
        by_end = {c[1]: c for c in candidates}
        for match in self._definition.finditer(text):
            abbreviation = match.group(1)
            known = by_end.get(match.start())
            if known:
                definitions[abbreviation] = known[3]
                continue
            chain = self._last_chain(text, match.start())
            if not chain:
                continue
            start, name = self._trim_to_initials(text, chain, abbreviation)
            if name and any(w in self._heads for w in name.split()):
                key = name_key(name)
                found.append((start, start + len(name), DEFINED, key, name, None, (abbreviation,)))
                definitions[abbreviation] = key
        for abbreviation, key in definitions.items():
            name = next(c[4] for c in candidates + found if c[3] == key)
            kb_id = next(c[5] for c in candidates + found if c[3] == key)
            for match in re.finditer(rf"(?<![\w#@]){re.escape(abbreviation)}(?!\w)", text):
                found.append((match.start(), match.end(), DEFINED, key, name, kb_id, ()))
        return found

    def _last_chain(self, text, end):
        """The capitalised chain that ends exactly at ``end``."""
        line_start = text.rfind("\n", 0, end) + 1
        for match in self._chains["en"].finditer(text, line_start, end):
            if match.end() == end:
                return match.start(), match.end()
        return None

    def _trim_to_initials(self, text, chain, abbreviation):
        """The shortest tail of the chain whose capitalised words' initials spell the
        abbreviation ("... Centre and the | Caspian Pipeline Consortium (CPC)")."""
        start, end = chain
        words = [m for m in re.finditer(r"\S+", text[start:end])]
        for i in range(len(words) - 1, -1, -1):
            first = words[i]
            initials = [w.group()[0] for w in words[i:] if w.group()[0].isupper()]
            if first.group()[0] == abbreviation[0] and _spells(abbreviation, initials):
                return start + first.start(), text[start + first.start():end]
        return start, None

    def _dateline_sources(self, text, candidates, place_spans):
        """The bracketed source of a dateline ("Kathmandu, Jan 7 (PTI) -"): a news organization,
        unless it is a place ("(ADDIS ABABA) -") or already known."""
        found = []
        taken = SpanSet([(c[0], c[1]) for c in candidates] + place_spans)
        for match in _DATELINE_SOURCE.finditer(text):
            start, end = match.span(1)
            name = match.group(1)
            line_start = text.rfind("\n", 0, start) + 1
            if start - line_start > 60 or not re.search(r"\d|,", text[line_start:start]):
                continue  # a dateline: place and/or date before the bracket, near the line's start
            if taken.covers(start, end) or any(s < end and start < e for s, e in place_spans):
                continue
            if " " in name and name.isupper() or country_code(name):
                continue  # "(ADDIS ABABA)": a place in capitals
            for part in re.finditer(r"[^/]+", name):
                a, b = start + part.start(), start + part.end()
                if not taken.covers(a, b):
                    found.append((a, b, SOURCE_NAME, name_key(part.group()), part.group(), None, ()))
        return found

    def _structures(self, text, folded, candidates, place_spans, chain, lang="en"):
        # Heads inside known bodies or places ("Soviet Union") head nothing new.
        known = SpanSet([(c[0], c[1]) for c in candidates if c[2] == KB] + place_spans)
        kb_starts = {c[0] for c in candidates if c[2] == KB}
        place_ends = {e for _, e in place_spans}
        # "ministère des Affaires étrangères": French lower-case heads read as capitalised ones.
        chain_text = text
        if lang == "fr":
            chars = None
            for match in self._lowercase_heads.finditer(text):
                chars = chars or list(text)
                chars[match.start()] = chars[match.start()].upper()
            chain_text = "".join(chars) if chars else text
        found = []
        for match in chain.finditer(chain_text):
            if not self._has_head.search(match.group()):
                continue  # most chains are a lone name or a title
            tokens = [(m.start() + match.start(), m.end() + match.start(), m.group())
                      for m in self._token.finditer(match.group())]
            after_title = bool(self._title_before.search(text, max(0, match.start() - 40), match.start()))
            for start, end in self._organizations_in_chain(tokens, folded, known, place_ends, lang,
                                                          kb_starts, after_title):
                name = text[start:end]
                if name_key(name) in self._not_organizations or self._is_generic(name):
                    continue
                found.append((start, end, STRUCTURE, name_key(name), name, None, ()))
        return found

    def _is_generic(self, name):
        words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper() and w not in self._heads]
        return bool(words) and all(w in self._generic for w in words)

    def _organizations_in_chain(self, tokens, folded, known, place_ends, lang="en", kb_starts=(),
                                title_before=False):
        """Spans of organization names in a chain of capitalised words (often none)."""
        # A head inside a known name ("Union" of "European Union") heads nothing new.
        heads = [i for i, t in enumerate(tokens) if t[2] in self._heads and not known.covers(t[0], t[1])]
        if not heads:
            return
        words = [folded[t[0]:t[1]] for t in tokens]
        done = 0
        for first in heads:
            if first < done:
                continue
            # Start after the last connector or title word before the head
            # ("President of the | European Council", "Chief Executive Officer of | KBC Group").
            begin = done
            after_title = title_before and done == 0
            for i in range(done, first):
                if words[i] in self._connectors or tokens[i][2] in self._titles or words[i].endswith("'s"):
                    begin = i + 1  # also after a possessive: "Georgia's | Security Council"
                    after_title = after_title or tokens[i][2] in self._portfolio_titles
            while begin < first and (tokens[begin][2] in self._determiners or words[begin] in self._connectors):
                begin += 1
            stop = first + 1
            while stop < len(tokens) and words[stop] not in self._connectors and \
                    (tokens[stop][2] in self._heads or tokens[stop][2][:1].islower()):
                stop += 1  # more heads, French adjectives ("Banque nationale")
            if lang == "fr" and stop == first + 1:
                # French names go on after the head: "Institut Pasteur", "Comité Al-Qods",
                # "Conseil Départemental de Mayotte".
                # One word only: "Parlement | Nabih Berri" is the speaker's name.
                nxt = tokens[stop + 1][2] if stop + 1 < len(tokens) else ""
                if stop < len(tokens) and words[stop] not in self._connectors \
                        and tokens[stop][2][:1].isupper() and tokens[stop][2] not in self._titles \
                        and tokens[stop][2] not in self._determiners and not nxt[:1].isupper() \
                        and not known.covers(tokens[stop][0], tokens[stop][1]):
                    stop += 1
            if after_title and stop < len(tokens) and words[stop] in self._portfolio_words:
                pass  # "Representative of the Union | for Foreign Affairs ...": the title's portfolio
            elif stop < len(tokens) and words[stop] in _CONTINUATIONS:
                # "of Foreign Affairs of X", up to "and the ..." that starts something else.
                while stop < len(tokens) and not (words[stop] in ("and", "et") and stop + 2 < len(tokens)
                                                  and (words[stop + 1] in self._folded_determiners
                                                       or words[stop + 1] in ("l'", "d'"))
                                                  and tokens[stop + 2][2][:1].isupper()):
                    if tokens[stop][0] in kb_starts and stop > first + 1 and words[stop - 1] in self._connectors:
                        break  # "Trade and Development Board | of the | UNCTAD": a known body starts
                    if words[stop] in ("and", "et") and self._person_after(tokens, stop + 1):
                        break  # "Région Île de France | et Lalatiana Rakotondrazafy"
                    stop += 1
                    if tokens[stop - 1][1] in place_ends and stop < len(tokens) \
                            and words[stop] not in self._connectors:
                        break  # "... of Kazakhstan | Mukhtar Tileuberdi": a name follows
                    if self._ends_honorific(tokens, begin, stop):
                        break  # "Office of His Majesty | Jafar Hassan": the holder's name follows
            while stop > first + 1 and (words[stop - 1] in self._connectors or words[stop - 1] in "-"):
                stop -= 1
            done = stop
            span = tokens[begin:stop]
            if begin == first and tokens[first][2] in self._instrument_heads:
                continue  # "Program of Economic Cooperation": an instrument (kzeu_agreements)
            if len(span) >= 2 and not all(t[2] in self._heads for t in span):
                yield span[0][0], span[-1][1]

    # -- choosing and merging ------------------------------------------------------------

    def _resolve(self, candidates):
        """Known bodies always count; other candidates give way to a known body covering
        them and, where they overlap each other, to the longest (then the strongest kind)."""
        known = [c for c in candidates if c[2] == KB]
        covered = SpanSet((c[0], c[1]) for c in known)
        others = sorted((c for c in candidates if c[2] != KB), key=lambda c: (-(c[1] - c[0]), c[2]))
        taken = DisjointSpans()
        kept = [c for c in others if not covered.covers(c[0], c[1]) and taken.add(c[0], c[1])]
        return sorted(known + kept)

    def _merge(self, text, candidates):
        orgs: dict[str, dict] = {}
        extra_aliases: dict[str, list[str]] = {}
        for start, end, kind, key, name, kb_id, aliases in candidates:
            org = orgs.get(key)
            if org is None:
                org = orgs[key] = {"name": name, "aliases": [], "kb_id": kb_id, "mentions": []}
            org["mentions"].append(mention(text, start, end))
            extra_aliases.setdefault(key, []).extend(aliases)
        _fold_into_qualified(orgs)
        _fold_short_forms(orgs)
        for key, org in orgs.items():
            seen = {name_key(org["name"])}
            for alias in [m["text"] for m in org["mentions"]] + extra_aliases.get(key, []):
                if name_key(alias) not in seen:
                    seen.add(name_key(alias))
                    org["aliases"].append(alias)
            org["mentions"].sort(key=lambda m: m["start"])
        return sorted(orgs.values(), key=lambda o: o["mentions"][0]["start"])


    def _person_after(self, tokens, i):
        """Two capitalised words that are neither heads nor title words: a name, not a body's."""
        pair = tokens[i:i + 2]
        return len(pair) == 2 and all(t[2][:1].isupper() and t[2] not in self._heads and t[2] not in self._titles
                                      and t[2] not in self._determiners for t in pair)

    def _ends_honorific(self, tokens, begin, stop):
        words = tuple(t[2] for t in tokens[begin:stop])
        return any(words[-len(h):] == h for h in self._honorifics if len(words) >= len(h))


_EU_BODIES = {"eu", "european-commission", "eeas", "council-of-the-eu", "european-council", "european-parliament"}
_BARE_COMMISSION = re.compile(r"(?:\b(?:[Tt]he|[Ll]a)[ \t]+|\bl['’])(Commission)(?![ \t]*[-–]?[ \t]*(?:[A-Z\u00c0-\u00de]|of\b|for\b|on\b|de\b|des\b|du\b|pour\b|d['’]))(?![\w-])")
# A site's domain named as the source: "Staff Correspondent, bdnews24.com", "Bonaberi.com" alone.
_DOMAIN = re.compile(r"(?<![\w@/.-])([A-Za-z][A-Za-z0-9-]{2,}\.(?:com|net|org|info|news|tv|fm))(?![\w/.-]|\.\w)")
_MENU_LINE = re.compile(r"^[ \t]*(?:[-–>•*+|][ \t]*)(?:\S+[ \t]+){0,5}\S+[ \t]*$", re.MULTILINE)


def _in_capitals_line(text: str, start: int, end: int, cache: dict) -> bool:
    """The mention stands in a line of three or more words written in capitals (a heading);
    ``cache`` keeps the answer per line, so each line is read once."""
    a = text.rfind("\n", 0, start) + 1
    if a not in cache:
        b = text.find("\n", end)
        words = re.findall(r"[^\W\d_]{2,}", text[a:b if b != -1 else len(text)])
        cache[a] = len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)
    return cache[a]


def _menu_spans(text: str) -> list[tuple[int, int]]:
    """Runs of three or more short bulleted lines ("- Foreign Ministry", "> Iran Nuclear
    Issue"): a site's menu or link list, whose names are no mentions."""
    spans, run = [], []
    for match in _MENU_LINE.finditer(text):
        if run and text[run[-1][1]:match.start()].strip("\n") != "":
            if len(run) >= 3:
                spans.append((run[0][0], run[-1][1]))
            run = []
        if match.group().rstrip()[-1:] in ".!?;:":
            continue
        run.append(match.span())
    if len(run) >= 3:
        spans.append((run[0][0], run[-1][1]))
    return spans


def _source_domains(text, candidates):
    taken = SpanSet([(c[0], c[1]) for c in candidates])
    found = []
    for match in _DOMAIN.finditer(text):
        start, end = match.span(1)
        if not taken.covers(start, end) and _source_position(text, start, end):
            found.append((start, end, SOURCE_NAME, name_key(match.group(1)), match.group(1), None, ()))
    return found


def _source_position(text: str, start: int, end: int) -> bool:
    """The name stands where a text names its source (see _SOURCE_BEFORE)."""
    before = text[max(0, start - 30):start]
    if _SOURCE_BEFORE.search(before):
        return True
    if _SOURCE_AFTER.match(text, end) and before.rstrip()[-1:] in ("(", "[", "/"):
        return True
    if _SOURCE_AFTER.match(text, end) and re.search(r"(?:reported|reports|said|quoted|cited|rapporte)", text[end:end + 15]):
        return True
    line_end = _LINE_END.match(text, end)
    if line_end and (_LINE_START.search(text, max(0, start - 40), start) or re.search(r"[-–—][ \t]*$", before)):
        return True  # "NAN" alone on a line, "Ankara, IRNA -", "... - BERNAMA"
    return False


def _dotted(names):
    """Names with "UN "/"US " also written "U.N. "/"U.S. " ("U.N. General Assembly")."""
    out = list(names)
    for name in names:
        for short, dotted in (("UN ", "U.N. "), ("US ", "U.S. ")):
            if name.startswith(short):
                out.append(dotted + name[len(short):])
    return out


def _spells(abbreviation: str, initials: list[str]) -> bool:
    """Letters of the abbreviation appear in order among the words' initials."""
    letters = iter(initials)
    return all(any(c == i for i in letters) for c in abbreviation if c.isupper())


def _fold_into_qualified(orgs: dict) -> None:
    """A bare "MFA" joins the one "Ministry of Foreign Affairs of <country>" of the text."""
    for key in [k for k in orgs if ":" not in k]:
        qualified = [k for k in orgs if k.startswith(key + ":")]
        if len(qualified) == 1 and orgs[key]["kb_id"] == key:
            orgs[qualified[0]]["mentions"] += orgs.pop(key)["mentions"]


def _fold_short_forms(orgs: dict) -> None:
    """A name found by structure that ends another one ("Cooperation Council" after
    "Kazakhstan - EU Cooperation Council") is a short form of it."""
    for key in [k for k, o in orgs.items() if o["kb_id"] is None]:
        longer = [k for k in orgs if k != key and k.endswith(" " + key) and orgs[k]["kb_id"] is None]
        if len(longer) == 1:
            orgs[longer[0]]["mentions"] += orgs.pop(key)["mentions"]


@lru_cache(maxsize=1)
def shared_organizations() -> OrganizationsComponent:
    """One component for every pipeline (English, French): it depends on no language (the
    document's language picks its rules per call), and it is dear to build."""
    return OrganizationsComponent()


@kzeu_factory("kzeu_organizations",
              assigns=["doc.spans", "doc._.kzeu_organizations"],
              requires=["doc._.kzeu_places"])
def make_organizations(nlp: Language, name: str) -> OrganizationsComponent:
    return shared_organizations()
