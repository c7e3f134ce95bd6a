"""From mentions to records: the knowledge-base matches, merging the mentions of one
instrument, and each record's name, aliases, parties, articles and status."""
from __future__ import annotations

import bisect
import re

from ...textkit import fold
from .words import (
    ACRONYM,
    BRACKETED_ABBREVIATION,
    content_key,
    sentence_end,
    sentence_start,
)

_ARTICLE_NUMBERS = re.compile(r"\d+[a-z]?")
# "between X and Y", «X - Y» after a name: read within this many characters (a capitalised
# word's hyphens are also the pair's dash, so a long hyphen chain cost its length squared)
_PARTIES_REACH = 300


class _Groups:
    """Mentions grouped by their keys: the first key already seen joins its group."""

    def __init__(self):
        self.groups: list[list[dict]] = []
        self.by_key: dict = {}

    def add(self, mention: dict, keys: list) -> list[dict]:
        group = next((self.by_key[key] for key in keys if key in self.by_key), None)
        if group is None:
            group = []
            self.groups.append(group)
        group.append(mention)
        for key in keys:
            self.by_key.setdefault(key, group)
        return group


class Records:
    """Mixin of the agreements component: knowledge-base matches, merging and records."""

    def _knowledge_base(self, doc, text: str) -> list[dict]:
        found = []
        for matcher in (self.kb_names, self.kb_abbreviations):
            for match_id, first, last in matcher(doc):
                start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
                if self.g.right_capital.match(text, end):
                    continue  # Collective Security Treaty Organization: part of a longer name
                found.append({"start": start, "end": end, "kb_id": doc.vocab.strings[match_id]})
        return found

    def _merge(self, text: str, mentions: list[dict]) -> list[list[dict]]:
        groups = _Groups()
        for mention in mentions:
            surface = text[mention["start"]:mention["end"]]
            content = content_key(surface, self.g.connectors)
            kb_id = mention["kb_id"] or self.kb_by_key.get(fold(surface)) or self.kb_by_content.get(content)
            if not kb_id and mention.get("parties"):
                kb_id = self.kb_by_pair.get(self._pair_key(surface))  # traité de paix jordano-israélien
            mention["kb_id"] = kb_id
            group = groups.add(mention, [k for k in (mention.get("key"), kb_id, content, fold(surface)) if k])
            abbreviation = BRACKETED_ABBREVIATION.match(text, mention["end"])
            if abbreviation:
                groups.by_key.setdefault(fold(abbreviation.group(1)), group)
            initials = "".join(w[0] for w in surface.split() if w[:1].isupper())
            if len(initials) >= 3:
                groups.by_key.setdefault(fold(initials), group)
        # later abbreviations of names found above (EPCA after the full name)
        taken = [(m["start"], m["end"]) for m in mentions]
        for m in ACRONYM.finditer(text) if groups.groups else ():
            group = groups.by_key.get(fold(m.group()))
            if group and not any(s <= m.start() < e for s, e in taken):
                group.append({"start": m.start(), "end": m.end(), "kb_id": group[0]["kb_id"]})
        return groups.groups

    def _record(self, text, group, starts, named, dates) -> dict:
        group.sort(key=lambda m: m["start"])
        kb_id = next((m["kb_id"] for m in group if m["kb_id"]), None)
        surfaces = []
        for m in group:
            surface = " ".join(text[m["start"]:m["end"]].split())
            if surface not in surfaces and m.get("surface_alias", True):
                surfaces.append(surface)
        listed = next((m for m in group if m.get("name")), None)  # one subject of a list
        parties, articles, status = self._around(text, group, starts, named, dates)
        entry = self.known.get(kb_id)
        if entry and self._other_parties(text, entry, parties):
            # same title, other parties: the EU has several EPCAs, a bilateral title says little
            entry, kb_id = None, None
        if entry:
            name = entry.name
            parties = parties or list(entry.parties)
        elif listed:
            name = listed["name"]
        else:
            # the fullest form written out: longest, heads included
            name = max(surfaces, key=lambda s: (not s.isupper(), len(s)))
        aliases = [s for s in (listed["aliases"] if listed else []) + surfaces if s != name]
        abbreviation = next((a.group(1) for m in group
                             if (a := BRACKETED_ABBREVIATION.match(text, m["end"]))), None)
        if abbreviation and abbreviation not in aliases and abbreviation != name:
            aliases.append(abbreviation)
        return {"name": name, "aliases": aliases, "parties": parties, "articles": articles,
                "status": status, "kb_id": kb_id,
                "mentions": [{"text": text[m["start"]:m["end"]], "start": m["start"], "end": m["end"]}
                             for m in group]}

    def _around(self, text, group, starts, named, dates):
        """The parties, article numbers and status items read around the group's mentions."""
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
        return parties, articles, status

    def _other_parties(self, text: str, entry, parties: list) -> bool:
        """Does the text give a known instrument of fixed parties other parties (or, for a
        bilateral one, not name both of them)?"""
        if not entry.parties:
            return False
        if parties:
            return set(parties) != set(entry.parties)
        return len(entry.parties) == 2 and not all(self._named_in(text, p) for p in entry.parties)

    def _named_in(self, text: str, party: str) -> bool:
        """Does the text name this party (or a short form of it) anywhere?"""
        forms = [party] + [short for short, full in self.g.party_names_written.items() if full == party]
        return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms)

    def _parties(self, text, mention, named) -> list[str]:
        start, end = mention["start"], mention["end"]
        spans = []
        for pattern in (self.g.between, self.g.guillemets):
            m = pattern.match(text, end, min(len(text), end + _PARTIES_REACH)) \
                or pattern is self.g.between and pattern.search(text, start, end)
            if m:
                spans = [m.span(1), m.span(2)]
                break
        if not spans:
            first = text[start:end].split()[0]
            pair = self.g.hyphen_parties.match(first)
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
        if key in self.g.party_names:
            return self.g.party_names[key]
        geo = self.knowledge.geo
        code = geo.country_code(surface) or geo.country_code(self.g.country_link.split(surface)[-1]) \
            or self._combining_code(surface)
        if code:  # the Foreign Ministries of Hungary -> Hungary
            return geo.country_name(code)
        return " ".join(surface.split()) if surface[:1].isupper() and fold(surface) not in self.g.leading else None

    def _articles(self, text, mention) -> list[str]:
        m = self.g.articles_before.search(text, max(0, mention["start"] - 80), mention["start"])
        return _ARTICLE_NUMBERS.findall(m.group(1)) if m else []

    def _status(self, text, mention, starts, dates) -> list[dict]:
        """Status words in the mention's sentence, after it (up to the next agreement) or
        just before it (``signed the ...``); the first date after the status word."""
        start, end = mention["start"], mention["end"]
        limit = sentence_end(text, end)
        i = bisect.bisect_left(starts, end)
        limit = min(limit, starts[i] if i < len(starts) else limit)
        words = [(m.end(), m.group()) for m in self.g.status_words.finditer(text, end, limit)]
        before = self.g.status_before.search(text, max(sentence_start(text, start), start - 60), start)
        if before:
            words.insert(0, (before.end(), before.group(1)))
        found = []
        for word_end, word in words:
            date = next((d["value"] for d in dates if word_end <= d["start"] < word_end + 60 and d["end"] <= limit),
                        None)
            found.append({"status": self.g.status_of[fold(word)], "date": date})
        return found
