"""Lists of instruments: plural heads before subjects each led by the same preposition
(``des accords et mémorandums d'entente liés à X, à Y et à Z``): one instrument per subject."""
from __future__ import annotations

from ...textkit import fold
from .hits import matches_at
from .words import singular

_MAX_SUBJECTS = 12


class InstrumentLists:
    """Mixin of the agreements component: one candidate per listed subject."""

    def _list_preposition(self, text: str, pos: int, groups: list[list[str]] | None) -> int | None:
        """The group (index) of the list preposition at pos, when it is one of ``groups``."""
        m = self.g.list_preposition.match(text, pos)
        if not m:
            return None
        key = " ".join(fold(m.group(1)).split())
        for i, group in enumerate(self.g.list_groups):
            if key in group and (groups is None or group in groups):
                return i
        return None

    def _lists(self, text: str, starts: dict | None = None) -> list[dict]:
        """Plural heads, then subjects each led by the same preposition, in a sentence
        reporting a status; one instrument per subject, named by the singular heads, their
        participle and that subject (a subject of generic words only names nothing)."""
        pattern = self.g.list_heads
        found: list[dict] = []
        if pattern is None:
            return found
        starts = self.g.hits.starts(text) if starts is None else starts
        for m in matches_at(pattern, text, starts["lists"]):
            subjects = self._list_subjects(text, m.end())
            if len(subjects) < 2 or not self._reports_status(text, m.start()):
                continue  # one subject: the structural rules name it
            found += self._listed_instruments(text, m, subjects)
        return found

    def _list_subjects(self, text: str, pos: int) -> list[tuple[int, int]]:
        """(preposition start, subject end) of each subject after the heads."""
        group = self._list_preposition(text, pos, None)
        if group is None:
            return []
        groups = [self.g.list_groups[group]]
        subjects: list[tuple[int, int]] = []
        while len(subjects) < _MAX_SUBJECTS:
            subject_end = self._phrase_end(text, self.g.list_preposition.match(text, pos).end(), groups)
            if subject_end <= pos:
                break
            subjects.append((pos, subject_end))
            sep = self.g.list_separator.match(text, subject_end)
            if not sep or self._list_preposition(text, sep.end(), groups) is None:
                break
            pos = sep.end()
        return subjects

    def _listed_instruments(self, text: str, m, subjects) -> list[dict]:
        rules = self.g.plural_rules
        heads = [(m.group(1), m.group(2))] + ([(m.group(3), m.group(4))] if m.group(3) else [])
        participle = singular(m.group(5), rules) if m.group(5) else ""
        found = []
        for k, (s, e) in enumerate(subjects):
            subject = " ".join(text[s:e].split())
            if self._generic_words(subject):
                continue
            names = []
            for head, of in heads:
                name = " ".join(f"{singular(head, rules)}{of} {participle} {subject}".split())
                if name not in names:
                    names.append(name)
            start = m.start() if k == 0 else s + len(text[s:e]) - len(text[s:e].lstrip())
            found.append({"start": start, "end": e, "kb_id": None, "key": "\u2022" + fold(names[0]),
                          "name": names[0], "aliases": names[1:], "surface_alias": k == 0})
        return found
