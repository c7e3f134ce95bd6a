"""A person's mentions and the cluster they form."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...knowledge.people import PersonEntry
from ...normalize.names import surname
from ..titles import TitlePhrase
from .helpers import plain_name
from .initials import initial_words, spaced


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str                             # "name" (2+ words), "short" (surname), "role"
    title: Optional[TitlePhrase] = None   # the title attached to / forming this mention
    kb_id: Optional[str] = None
    cluster: Optional["Cluster"] = None
    honorific: bool = False               # "Ms Colonna": a person even if named only so
    extra_titles: list = field(default_factory=list)   # more titles stacked before the same name
    given_only: bool = False              # "Sheikh Mohamed" for "Mohamed bin Zayed": no surname in it

    @property
    def form(self) -> str:
        """The text as the name logic reads it: glued initials set apart ("Ts. Elbegdorj")."""
        return spaced(self.text)

@dataclass
class Cluster:
    key: str
    kb: Optional[PersonEntry] = None
    mentions: list = field(default_factory=list)
    titles: list = field(default_factory=list)     # TitlePhrase given to this person
    _surnames: Optional[tuple] = field(default=None, repr=False, compare=False)
    styled: Optional[str] = None                   # "King Abdullah" for a royal named by one word

    @property
    def named(self) -> list:
        return [m for m in self.mentions if m.kind != "role"]

    def display_name(self) -> str:
        # a curated entry's name is the common English form; a built entry's is a source label
        # ("Mohammed VI of Morocco"), so the text's own fullest form names the person
        if self.kb and (self.kb.curated or not self.named):
            return self.kb.name
        names = self.named
        # the fullest form; a given name written in full before its initials ("Sergey Lavrov", not "S.Lavrov")
        best = max(names, key=lambda m: (len(m.form.split()), -len(initial_words(m.form)), -m.start))
        if len(best.form.split()) == 1 and self.styled:
            return self.styled   # "King Abdullah": a royal named by one word only
        return plain_name(best.text)

    def surnames(self, country_code) -> set[str]:
        # recomputed only when a mention or the KB entry was added (mentions are only appended)
        state = (len(self.mentions), self.kb)
        if self._surnames is not None and self._surnames[0] == state:
            return self._surnames[1]
        forms = {surname(m.form) for m in self.named if m.kind == "name" and not m.given_only}
        if self.kb:
            forms |= {surname(n) for n in (self.kb.name,) + self.kb.aliases if " " in n} | set(self.kb.short)
        # "Philippe of Belgium" has no surname "Belgium"
        result = {f for f in forms if not country_code(f) and f.split()[-1][:1].isupper()}
        self._surnames = (state, result)
        return result
