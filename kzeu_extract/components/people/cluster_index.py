"""Look-ups that let clustering compare a mention with the few clusters that can match it,
not with every cluster and every mention so far (which made clustering quadratic in the
number of mentions of a long text). Each gives the answer a full scan would give."""
from __future__ import annotations

from typing import Optional

from ...normalize.names import given_name, same_person_names, similar_surnames
from ...textkit import fold
from .helpers import name_key, same_tail
from .initials import initials_fit
from .model import Cluster


class FullNames:
    """The distinct full names of each cluster, found by folded given name and by last word:
    two names of one person (``same_person_names``) share the given name, and a name that
    ends another (``same_tail``) shares its last word."""

    def __init__(self, patronymic_links: frozenset):
        self.links = patronymic_links
        self.order: dict[int, int] = {}               # id(cluster) -> its place in the text's clusters
        self.clusters: list[Cluster] = []
        self.texts: dict[int, dict[str, None]] = {}   # id(cluster) -> its distinct names (ordered)
        self.by_key: dict[tuple[str, str], set[int]] = {}

    def add(self, cluster: Cluster, text: str) -> None:
        if id(cluster) not in self.order:
            self.order[id(cluster)] = len(self.clusters)
            self.clusters.append(cluster)
            self.texts[id(cluster)] = {}
        texts = self.texts[id(cluster)]
        if text in texts:
            return
        texts[text] = None
        for key in _keys(text):
            self.by_key.setdefault(key, set()).add(self.order[id(cluster)])

    def first_match(self, text: str, entry) -> Optional[Cluster]:
        """The first cluster (in the order clusters were made) holding a name of the same
        person as ``text`` and no other knowledge-base person than ``entry``."""
        places = set()
        for key in _keys(text):
            places |= self.by_key.get(key, set())
        for place in sorted(places):
            c = self.clusters[place]
            if any(same_person_names(text, o) or same_tail(text, o, self.links) or initials_fit(text, o)
                   for o in self.texts[id(c)]) \
                    and (entry is None or c.kb is None or c.kb is entry):
                return c
        return None


def _keys(text: str) -> list[tuple[str, str]]:
    keys = []
    given = given_name(text)
    if given:
        keys.append(("given", fold(given)))
    words = name_key(text).split()
    if words:
        keys.append(("last", words[-1]))
    return keys


class Surnames:
    """Folded surname -> the last cluster having it, and surname-like words -> the last
    cluster with a similar surname. Clusters are read as they are added: while one-word
    mentions join, no cluster's surnames change (only full names and the knowledge base
    give surnames)."""

    def __init__(self, country_code):
        self.country_code = country_code
        self.last: dict[str, Cluster] = {}
        self.read = 0
        self.similar: dict[str, tuple[int, Optional[Cluster]]] = {}

    def _update(self, clusters: list[Cluster]) -> None:
        for c in clusters[self.read:]:
            for s in c.surnames(self.country_code):
                self.last[fold(s)] = c
        self.read = len(clusters)

    def exact(self, clusters: list[Cluster], text: str) -> Optional[Cluster]:
        self._update(clusters)
        return self.last.get(fold(text))

    def close(self, clusters: list[Cluster], text: str) -> Optional[Cluster]:
        """The last named cluster with a surname similar to ``text``."""
        key = fold(text)
        read, found = self.similar.get(key, (0, None))
        for c in clusters[read:]:
            if c.named and any(similar_surnames(s, text) for s in c.surnames(self.country_code)):
                found = c
        self.similar[key] = (len(clusters), found)
        return found
