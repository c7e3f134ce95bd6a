"""The people each kind of role mention fits, kept up to date as people gain titles.

Resolving a role used to test it against every person and every title so far, which grew
with the square of a long text's mentions. Roles alike (same keys, families and qualifiers:
their ``signature``) fit the same people, and a person who fits keeps fitting (titles are
only added), so each signature's answer is extended with only the people and titles added
since it was last asked for."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..titles import TitlePhrase
from .model import Cluster


@dataclass
class _Answer:
    read: int = 0                                  # clusters read so far
    logged: int = 0                                # title additions read so far
    titles_read: dict = field(default_factory=dict)   # cluster index -> titles read
    fitting: set = field(default_factory=set)      # cluster indices


class RoleFits:
    def __init__(self, clusters: list[Cluster]):
        self.clusters = clusters          # the text's clusters (only ever appended to)
        self._place: dict[int, int] = {}
        self._placed = 0
        self._added: list[int] = []       # the cluster index of each title added since
        self._answers: dict[tuple, _Answer] = {}
        self._title_ids = {id(t) for c in clusters for t in c.titles}

    def holds(self, title: TitlePhrase) -> bool:
        """Is ``title`` already among someone's titles?"""
        return id(title) in self._title_ids

    def title_added(self, cluster: Cluster, title: TitlePhrase) -> None:
        """``title`` was just appended to ``cluster.titles``."""
        self._title_ids.add(id(title))
        self._added.append(self._index(cluster))

    def _index(self, cluster: Cluster) -> int:
        for c in self.clusters[self._placed:]:
            self._place[id(c)] = self._placed
            self._placed += 1
        return self._place[id(cluster)]

    def fitting(self, signature: tuple, title_fits: Callable[[TitlePhrase], bool],
                kb_fits: Callable[[Cluster], bool]) -> list[Cluster]:
        """The clusters with mentions, in order, that one of their titles or their
        knowledge-base entry fits (``title_fits``, ``kb_fits``: the role's tests)."""
        answer = self._answers.setdefault(signature, _Answer())
        clusters = self.clusters
        for i in range(answer.read, len(clusters)):
            c = clusters[i]
            if kb_fits(c) or any(title_fits(t) for t in c.titles):
                answer.fitting.add(i)
            answer.titles_read[i] = len(c.titles)
        answer.read = len(clusters)
        for i in self._added[answer.logged:]:
            titles = clusters[i].titles
            if i not in answer.fitting and any(title_fits(t) for t in titles[answer.titles_read[i]:]):
                answer.fitting.add(i)
            answer.titles_read[i] = len(titles)
        answer.logged = len(self._added)
        return [clusters[i] for i in sorted(answer.fitting) if clusters[i].mentions]
