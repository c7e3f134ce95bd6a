"""Role mentions ("the President", "le ministre kazakh") joined to the person they stand for."""
from __future__ import annotations

import bisect

from ...textkit import fold
from ..titles import TitlePhrase
from .helpers import most_recent
from .model import Cluster, Mention
from .role_fits import RoleFits


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
        fits_index = RoleFits(clusters)
        for pos, is_role, item in events:
            sentence = bisect.bisect_right(sentence_starts, pos)
            if not is_role:
                last_seen[id(item.cluster)] = pos
                seen_count[id(item.cluster)] = seen_count.get(id(item.cluster), 0) + 1
                named_in_sentence[id(item.cluster)] = sentence
                continue
            cluster = self._holder(item, fits_index, last_seen, seen_count, named_in_sentence, sentence, date)
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
                fits_index.title_added(cluster, item)
            last_seen[id(cluster)] = pos
            seen_count[id(cluster)] = seen_count.get(id(cluster), 0) + 1
        return unresolved

    def _is_role(self, text: str, t: TitlePhrase) -> bool:
        if text[t.end:t.end + 1] == "s":
            return False
        if self.wording.indefinite_before.search(text, max(0, t.mention_start - 12), t.mention_start):
            return False   # "the visit of a French president", "d'un président français": nobody in particular
        return t.capitalised or t.article_start is not None or t.qualified

    def _holder(self, role: TitlePhrase, fits_index: "RoleFits", last_seen, seen_count, named_in_sentence, sentence, date):
        clusters = fits_index.clusters
        if role.qualified:
            offices = self._kb_offices(role)
            if fits_index.holds(role):   # (never so far: a role joins its person's titles only once resolved)
                fits = [c for c in clusters if c.mentions and self._fits_qualified(c, role, offices, date)]
            else:
                fits = fits_index.fitting(_signature(role, "qualified"), lambda t: self._title_fits_qualified(t, role),
                                          lambda c: self._kb_fits_qualified(c, offices, date))
            if fits:
                return most_recent(fits, last_seen)
            holders = self._holders(role, offices, date)
            if len(holders) == 1:
                entry = next(iter(holders.values()))
                cluster = next((c for c in clusters if c.kb is entry), None)
                if cluster is None:
                    cluster = Cluster(f"kb:{entry.id}", entry)
                    clusters.append(cluster)
                return cluster
            return None
        fitting = self._generic_fits(role, fits_index, date)
        fits = [c for c in fitting if named_in_sentence.get(id(c)) != sentence]
        if not fits and role.families & self.grammar.roles.head_of_state_families and not fitting:
            fits = [c for c in self._generic_fits(role, fits_index, date, loose=True)
                    if named_in_sentence.get(id(c)) != sentence]
        seen = [c for c in fits if id(c) in last_seen]
        if seen:
            # the article's protagonist (most mentions so far), then the most recent
            return max(seen, key=lambda c: (seen_count.get(id(c), 0), last_seen[id(c)]))
        if len(fits) > 1:
            # nobody seen yet ("Le chef de l'Etat" in a headline): a person the text gives the
            # title outranks people only the knowledge base says could hold it
            fits = [c for c in fits if any(self._title_fits_generic(t, role, False) for t in c.titles)]
        return fits[0] if len(fits) == 1 else None

    def _generic_fits(self, role: TitlePhrase, fits_index: "RoleFits", date, loose: bool = False) -> list[Cluster]:
        """The clusters (with mentions, in order) an unqualified role fits."""
        return fits_index.fitting(_signature(role, "loose" if loose else "generic"),
                                  lambda t: self._title_fits_generic(t, role, loose),
                                  lambda c: self._kb_fits_generic(c, role, date))

    def _holders(self, role: TitlePhrase, offices, date) -> dict:
        """The people the knowledge base has in the role's offices on ``date``, by id."""
        if not date:
            return {}
        key = (_signature(role, "holders"), date)
        found = self._holders_cache.get(key)
        if found is None:
            found = self._holders_cache[key] = {p.id: p for o in offices for p in self.kb.holders(o.id, date)}
        return found

    def _kb_offices(self, role: TitlePhrase):
        """The knowledge base's offices a title names (the same for every title of the same
        keys, families and qualifiers: kept, the look-up reads every office)."""
        key = _signature(role, "offices")
        found = self._offices_cache.get(key)
        if found is None:
            if len(self._offices_cache) > 4096:
                self._offices_cache.clear()
            if role.families & self.grammar.roles.head_of_state_families and role.country:
                found = self.kb.heads_of_state(role.country)
            else:
                found = self.kb.match_offices(role.keys, role.organization, role.country, role.subject)
            self._offices_cache[key] = found
        return found

    def _fits_qualified(self, c: Cluster, role: TitlePhrase, offices, date) -> bool:
        return any(self._title_fits_qualified(t, role) for t in c.titles if t is not role) \
            or self._kb_fits_qualified(c, offices, date)

    def _title_fits_qualified(self, t: TitlePhrase, role: TitlePhrase) -> bool:
        roles = self.grammar.roles
        head_of_state = bool(role.families & roles.head_of_state_families)
        # a generic head ("le ministre kazakh") fits any title of its family (a foreign minister)
        generic = bool(role.keys & role.families)
        if not (t.keys & role.keys) and not (head_of_state and t.keys & roles.head_of_state_keys) \
                and not (generic and t.families & role.families):
            return False
        if role.country and t.country == role.country:
            return True
        if role.organization and t.organization and self._same_org(t.organization, role.organization):
            if not role.subject or not t.subject or fold(role.subject) == fold(t.subject):
                return True
        return False

    def _kb_fits_qualified(self, c: Cluster, offices, date) -> bool:
        if c.kb:
            ids = {o.id for o in offices}
            for tenure in c.kb.offices:
                if tenure.office in ids and (date is None or tenure.covers(date) is not False):
                    return True
        return False

    def _same_org(self, a: str, b: str) -> bool:
        fa, fb = fold(a), fold(b)
        if fa == fb:
            return True
        return self.kb.same_organization(fa, fb)

    def _title_fits_generic(self, t: TitlePhrase, role: TitlePhrase, loose: bool) -> bool:
        roles = self.grammar.roles
        if role.families & roles.head_of_state_families:
            # "President of Kazakhstan", "le président de la République"; when nobody has
            # such a title, a president of no organisation ("President William Ruto ...
            # said the head of state")
            return bool(t.families & roles.head_of_state_families or (t.keys & roles.president_keys and (
                t.country or t.complete or loose and not (t.organization or t.subject or t.splits))))
        return bool(t.keys & role.keys or (role.keys & role.families and t.families & role.families))

    def _kb_fits_generic(self, c: Cluster, role: TitlePhrase, date) -> bool:
        if not c.kb:
            return False
        if role.families & self.grammar.roles.head_of_state_families:
            return any(self.kb.offices[t.office].head_of_state and (date is None or t.covers(date) is not False)
                       for t in c.kb.offices)
        return any(set(self.kb.offices[tenure.office].keys) & role.keys and (date is None or tenure.covers(date) is not False)
                   for tenure in c.kb.offices)


def _signature(role: TitlePhrase, kind: str) -> tuple:
    """What the fit of a role to a person depends on: roles alike fit the same people."""
    return (kind, frozenset(role.keys), frozenset(role.families), role.country, role.organization, role.subject)
