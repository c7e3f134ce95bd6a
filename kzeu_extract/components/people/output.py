"""The people and offices records."""
from __future__ import annotations

from typing import Optional

from ...textkit import fold
from ..titles import TitlePhrase
from .helpers import office_titles, plain_name, title_parts
from .model import Cluster, Mention


class Output:
    """The people and offices records."""

    def _person_record(self, c: Cluster) -> dict:
        c.styled = next((f for f in map(self._styled_name, sorted(c.named, key=lambda m: m.start)) if f), None)
        name = c.display_name() if (c.kb or c.named) else c.key
        aliases = []
        for m in sorted(c.named, key=lambda m: m.start):
            form = plain_name(m.text)
            if form != name and form not in aliases:
                aliases.append(form)
            styled = self._styled_name(m)
            if styled and styled != name and styled not in aliases:
                aliases.append(styled)
        offices = office_titles(c.titles, self.grammar, self._text)
        country = c.kb.country if c.kb and c.kb.country else next((t.country for t in c.titles if t.country), None)
        seen, mentions = set(), []
        for m in sorted(c.mentions, key=lambda m: (m.start, m.end)):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions.append({"text": m.text, "start": m.start, "end": m.end})
        return {"name": name, "aliases": aliases, "offices": offices, "country": country,
                "kb_id": c.kb.id if c.kb else None, "wikidata": c.kb.wikidata if c.kb else None,
                "held_offices": self._held_offices(c), "mentions": mentions}

    def _held_offices(self, c: Cluster) -> list[dict]:
        """The knowledge base's offices the person certainly held on the document date."""
        if not c.kb or not self._date:
            return []
        held = []
        for tenure in c.kb.offices:
            office = self.kb.offices[tenure.office]
            if tenure.covers(self._date):
                held.append({"office": office.id, "title": _title_in(office.title, self.pack.code),
                             "start": tenure.start, "end": tenure.end, "wikidata": office.wikidata})
        return held

    def _styled_name(self, m: Mention) -> Optional[str]:
        """"King Abdullah", "Emir Tamim": a royal named by one word is also known by the title
        and that word together (the form the text writes)."""
        t = m.title
        roles = self.grammar.roles
        if m.kind != "short" or t is None or not t.families & roles.royal_families \
                or not t.keys & roles.royal_keys:
            return None
        if t.end + 1 != m.start or " " in self._text[t.start:t.end].strip():
            return None
        return " ".join(self._text[t.start:m.end].split())

    def _office_records(self, text: str, titles: list[TitlePhrase], unresolved, clusters) -> list[dict]:
        holder_of, holder_kb = {}, {}
        for c in clusters:
            if c.mentions:
                name = c.display_name() if (c.kb or c.named) else None
                for t in c.titles:
                    holder_of[id(t)] = name
                    holder_kb[id(t)] = c.kb
        records: dict[tuple, dict] = {}
        unresolved_ids = {id(t) for t in unresolved}   # (the same objects as in ``titles``)
        for t in titles:
            if id(t) not in holder_of and id(t) not in unresolved_ids or not t.office:
                continue
            holder = holder_of.get(id(t))
            kb_offices = None
            for title, start, end in title_parts(t, text):
                key = (fold(title), holder)
                record = records.get(key)
                if record is None:
                    organization, country, kb_office = t.organization, t.country, None
                    kb_offices = self._kb_offices(t) if kb_offices is None else kb_offices
                    if len(kb_offices) == 1:
                        kb_office = kb_offices[0]
                        organization = organization or kb_office.organization
                        country = country or kb_office.country
                    person = holder_kb.get(id(t))
                    record = records[key] = {"title": title, "holder": holder, "organization": organization,
                                             "country": country, "kb_id": kb_office.id if kb_office else None,
                                             "wikidata": kb_office.wikidata if kb_office else None,
                                             "holder_kb_id": person.id if person else None,
                                             "holder_wikidata": person.wikidata if person else None,
                                             "mentions": []}
                record["mentions"].append({"text": text[start:end], "start": start, "end": end})
        return list(records.values())


def _title_in(titles: dict, code: str) -> str:
    """The office's name in the document's language, else its first listed name."""
    return titles.get(code) or next(iter(titles.values()))
