"""One cluster per person: knowledge-base id, same name, near-identical surname."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ...normalize.names import similar_surnames
from ...textkit import fold
from ..titles.text import form_pattern
from ..titles.upstream import inside
from .cluster_index import FullNames, Surnames
from .helpers import by_given_name, name_key
from .initials import initial_words, initials_fit
from .model import Cluster, Mention


class Clustering:
    """One cluster per person: knowledge-base id, same name, near-identical surname."""

    def _cluster(self, mentions: list[Mention]) -> list[Cluster]:
        clusters: list[Cluster] = []
        by_key: dict[str, Cluster] = {}
        full_names = FullNames(self.grammar.wording.patronymic_links)
        for m in sorted((m for m in mentions if m.kind == "name"), key=lambda m: m.start):
            form = m.form   # (glued initials set apart: "Ts. Elbegdorj")
            entry = self.kb.people.get(m.kb_id) if m.kb_id else self.kb.person_by_name(m.text) or self._kb_by_initials(form)
            key = f"kb:{entry.id}" if entry else "n:" + name_key(form)
            cluster = by_key.get(key)
            if cluster is None:
                cluster = full_names.first_match(form, entry)
                if cluster is None and form.split()[0] in self.grammar.name_part_honorifics:
                    cluster = by_given_name(form.split()[-1], clusters, self.grammar.wording.patronymic)   # "Sheikh Mohamed" = "Mohamed bin Zayed"
                    m.given_only = cluster is not None
                if cluster is None:
                    cluster = Cluster(key, entry)
                    clusters.append(cluster)
                elif entry and cluster.kb is None:
                    cluster.kb = entry
                by_key[key] = cluster
            self._join(cluster, m)
            full_names.add(cluster, form)
        surnames = Surnames(self.country_code)
        for m in sorted((m for m in mentions if m.kind == "short"), key=lambda m: m.start):
            cluster = self._cluster_for_short(m, clusters, by_key, surnames)
            if cluster is None:   # the same one-word name again ("King Abdullah" ... "King Abdullah")
                cluster = by_key.get("n:" + name_key(m.text))
            if cluster is None and (m.title is not None or m.honorific):
                cluster = Cluster("n:" + name_key(m.text))
                clusters.append(cluster)
                by_key[cluster.key] = cluster
            if cluster is not None:
                self._join(cluster, m)
        return clusters

    def _kb_by_initials(self, form: str):
        """"Ts. Elbegdorj": the knowledge base's person of that surname whose given names the
        initials start ("Tsakhiagiin Elbegdorj")."""
        if not initial_words(form):
            return None
        entry = self.kb.person_by_short(form.split()[-1])
        if entry and any(initials_fit(form, n) for n in (entry.name,) + tuple(entry.aliases)):
            return entry
        # no short form known ("Zarif"): the one person whose full name the initials abbreviate
        fits = [p for p in map(self.kb.people.get, self.kb_by_surname.get(fold(form.split()[-1]), ()))
                if p and any(initials_fit(form, n) for n in (p.name,) + tuple(p.aliases))]
        return fits[0] if len(fits) == 1 else None

    def _cluster_for_short(self, m: Mention, clusters, by_key, surnames: Surnames) -> Optional[Cluster]:
        exact = surnames.exact(clusters, m.text)
        if exact is not None:
            return exact
        entry = self.kb.people.get(m.kb_id) if m.kb_id else self.kb.person_by_short(m.text)
        if entry is None and m.title is not None:
            # a one-word canonical name ("King Philippe") counts when the title fits the KB office
            named = self.kb.person_by_name(m.text)
            if named and any(set(self.kb.offices[t.office].keys) & m.title.keys for t in named.offices):
                entry = named
        if entry:
            key = f"kb:{entry.id}"
            if key not in by_key:
                by_key[key] = Cluster(key, entry)
                clusters.append(by_key[key])
            return by_key[key]
        close = surnames.close(clusters, m.text)
        if close is not None:
            return close
        return by_given_name(m.text, clusters, self.grammar.wording.patronymic) if (m.title is not None or m.honorific) else None

    def _join(self, cluster: Cluster, m: Mention) -> None:
        m.cluster = cluster
        cluster.mentions.append(m)
        if m.title is not None:
            cluster.titles.append(m.title)
        cluster.titles.extend(m.extra_titles)

    def _surname_mentions(self, text: str, mentions: list[Mention], clusters: list[Cluster], blocked=()) -> None:
        """Later (or earlier) surname-only mentions of people named in full: "Tokayev", "Hakala"."""
        lookup: dict[str, Cluster] = {}
        for c in clusters:
            if any(m.kind == "name" for m in c.named):
                for s in c.surnames(self.country_code):
                    lookup.setdefault(fold(s), c)
        if not lookup:
            return
        taken = sorted((m.start, m.end) for m in mentions)
        found = [w for s in lookup if " " in s   # "Le Drian", "von der Leyen" first
                 for w in re.finditer(rf"(?<![\w#@-]){form_pattern(s)}(?![\w-])", text, re.IGNORECASE)]
        by_initial: dict[str, list] = {}
        for s, c in lookup.items():
            if " " not in s:
                by_initial.setdefault(s[:1], []).append((s, c))
        fuzzy: dict[str, Optional[Cluster]] = {}
        for w in found + list(self.surname_word.finditer(text)):
            # the look-up first: most capitalised words are nobody's surname
            key = fold(w.group())
            cluster = lookup.get(key)
            if cluster is None and len(key) >= 5 and " " not in key:
                if key not in fuzzy:   # same initial, length within one, then the edit distance
                    fuzzy[key] = next((c for s, c in by_initial.get(key[:1], ()) if abs(len(s) - len(key)) <= 1
                                       and similar_surnames(s, key)), None)
                cluster = fuzzy[key]
            if cluster is None or not w.group()[:1].isupper() or inside(taken, w.start(), w.end()) \
                    or self._part_of_a_name(text, w.end()) or inside(blocked, w.start(), w.end()):
                continue   # (a place or organisation found upstream: "Xi'an", "Nazarbayev University")
            if cluster is not None:
                m = Mention(w.start(), w.end(), w.group(), "short")
                mentions.append(m)
                bisect.insort(taken, (m.start, m.end))
                self._join(cluster, m)
