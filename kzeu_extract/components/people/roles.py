"""Role mentions ("the President", "le ministre kazakh") joined to the person they stand for."""
from __future__ import annotations

import bisect

from ...textkit import fold
from ..titles import TitlePhrase
from .helpers import most_recent
from .model import Cluster, Mention


class RoleResolution:
    """Role mentions ("the President", "le ministre kazakh") joined to the person they stand for."""

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
            role = Mention(start, item.end, text[start:item.end], "role", item)
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
        if self.wording.indefinite_before.search(text, max(0, t.mention_start - 12), t.mention_start):
            return False   # "the visit of a French president", "d'un président français": nobody in particular
        return t.capitalised or t.article_start is not None or t.qualified

    def _holder(self, role: TitlePhrase, clusters, last_seen, seen_count, named_in_sentence, sentence, date):
        if role.qualified:
            offices = self._kb_offices(role)
            fits = [c for c in clusters if c.mentions and self._fits_qualified(c, role, offices, date)]
            if fits:
                return most_recent(fits, last_seen)
            holders = {p.id: p for o in offices for p in self.kb.holders(o.id, date)} if date else {}
            if len(holders) == 1:
                entry = next(iter(holders.values()))
                cluster = next((c for c in clusters if c.kb is entry), None)
                if cluster is None:
                    cluster = Cluster(f"kb:{entry.id}", entry)
                    clusters.append(cluster)
                return cluster
            return None
        fits = [c for c in clusters if c.mentions and self._fits_generic(c, role, date)
                and named_in_sentence.get(id(c)) != sentence]
        if not fits and role.families & self.grammar.roles.head_of_state_families and not any(
                c.mentions and self._fits_generic(c, role, date) for c in clusters):
            fits = [c for c in clusters if c.mentions and self._fits_generic(c, role, date, loose=True)
                    and named_in_sentence.get(id(c)) != sentence]
        seen = [c for c in fits if id(c) in last_seen]
        if seen:
            # the article's protagonist (most mentions so far), then the most recent
            return max(seen, key=lambda c: (seen_count.get(id(c), 0), last_seen[id(c)]))
        return fits[0] if len(fits) == 1 else None

    def _kb_offices(self, role: TitlePhrase):
        if role.families & self.grammar.roles.head_of_state_families and role.country:
            return [o for o in self.kb.offices.values() if o.head_of_state and o.country == role.country]
        return self.kb.match_offices(role.keys, role.organization, role.country, role.subject)

    def _fits_qualified(self, c: Cluster, role: TitlePhrase, offices, date) -> bool:
        roles = self.grammar.roles
        head_of_state = bool(role.families & roles.head_of_state_families)
        # a generic head ("le ministre kazakh") fits any title of its family (a foreign minister)
        generic = bool(role.keys & role.families)
        for t in c.titles:
            if t is role:
                continue
            if not (t.keys & role.keys) and not (head_of_state and t.keys & roles.head_of_state_keys) \
                    and not (generic and t.families & role.families):
                continue
            if role.country and t.country == role.country:
                return True
            if role.organization and t.organization and self._same_org(t.organization, role.organization):
                if not role.subject or not t.subject or fold(role.subject) == fold(t.subject):
                    return True
        if c.kb:
            for tenure in c.kb.offices:
                if any(o.id == tenure.office for o in offices):
                    if date is None or tenure.covers(date) is not False:
                        return True
        return False

    def _same_org(self, a: str, b: str) -> bool:
        fa, fb = fold(a), fold(b)
        if fa == fb:
            return True
        return any(fa in o.org_aliases and fb in o.org_aliases for o in self.kb.offices.values())

    def _fits_generic(self, c: Cluster, role: TitlePhrase, date, loose: bool = False) -> bool:
        roles = self.grammar.roles
        if role.families & roles.head_of_state_families:
            for t in c.titles:
                # "President of Kazakhstan", "le président de la République"; when nobody has
                # such a title, a president of no organisation ("President William Ruto ...
                # said the head of state")
                if t.families & roles.head_of_state_families or (t.keys & roles.president_keys and (
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
