"""What joins a record's items, added to the record as plain data (before validation): ids,
each event's document, sentence and evidence per argument, and the sentences they cite.

- ``people[].id`` and ``events[].id`` are built from the document's sha256 and a position
  (the first mention, the event's start), so the same text gives the same ids on every run,
  in any worker, and for a long text read in chunks (``merging.py`` calls ``assign_ids``
  again on the merged record, whose offsets are the document's).
- ``events[].participant_ids`` (aligned with ``participants``) and ``initiator_id`` name
  people by id.
- ``events[].sentence`` is the index of the sentence holding the event; ``sentences`` holds
  each sentence some event cites, once.
- ``events[].evidence`` gives, for the date, the place and the initiator, the mention that
  supports it (a date item whose value is the event's date; a mention of the place, person,
  body or place of that name or alias, or a word naming that country: "the Kyrgyz side"):
  the last in the event's sentence (after a date line opening it), else the last in the
  sentence before, else the first in the one after, else the closest earlier in the text
  (what the event took from its context), else the closest later (a headline's event, told
  in the body); an event's date with no such item rests on the document's date line.

The components make the values; this module only points at the words behind them, so no
value (nor any score) changes.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable

import regex

SHA_CHARS = 12
# the evidence fields of an event, and the sections whose mentions may support each
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019-]*")
_NAMED = {"location": ("places",), "initiator": ("people", "organizations", "places")}


def link_record(record: dict, text: str, sentences: list[tuple[int, int]], first_sentence: int = 0,
                document_date: dict | None = None) -> dict:
    """Add the sentences, evidence and ids to ``record`` (plain data; changed in place and
    returned). ``sentences``: (start, end) of the text's sentences, in order;
    ``first_sentence``: the number of the first of them (a chunk's, in a long text);
    ``document_date``: the stated date of the document, with its evidence where known."""
    starts = [start for start, _ in sentences]
    cited: dict[int, dict] = {}
    finder = EvidenceFinder(record, text, sentences, document_date)
    for event in record.get("events") or []:
        local = max(0, bisect_right(starts, event["start"]) - 1) if sentences else None
        event["sentence"] = None if local is None else local + first_sentence
        event["evidence"] = finder.evidence(event, local)
        if local is not None and local not in cited:
            start, end = sentences[local]
            cited[local] = {"index": local + first_sentence, "text": text[start:end], "start": start, "end": end}
    record["sentences"] = [cited[n] for n in sorted(cited)]
    return assign_ids(record)


def assign_ids(record: dict) -> dict:
    """Set ``people[].id``, ``events[].id``, ``document``, ``participant_ids`` and
    ``initiator_id`` from the record's source and offsets (in place; returned)."""
    source = record.get("source") or {}
    sha = source.get("sha256") or ""
    prefix = sha[:SHA_CHARS]
    people = record.get("people") or []
    taken: set[str] = set()
    for n, person in enumerate(people):
        starts = [m["start"] for m in person.get("mentions") or []]
        person["id"] = _unique(f"p-{prefix}-{min(starts) if starts else f'x{n}'}", taken)
    person_ids = _person_ids(people)
    document = {"path": source.get("path"), "sha256": sha}
    seen: dict[int, int] = {}
    for event in record.get("events") or []:
        k = seen[event["start"]] = seen.get(event["start"], -1) + 1
        event["id"] = f"e-{prefix}-{event['start']}-{k}"
        event["document"] = dict(document)
        event["participant_ids"] = [person_ids.get(name) for name in event.get("participants") or []]
        event["initiator_id"] = person_ids.get(event.get("initiator"))
    return record


def _unique(key: str, taken: set[str]) -> str:
    found, k = key, 0
    while found in taken:
        k += 1
        found = f"{key}-{k}"
    taken.add(found)
    return found


def _person_ids(people: list[dict]) -> dict[str, str]:
    """Name -> person id: each person's name, then an alias only one person has."""
    ids = {p["name"]: p["id"] for p in people}
    aliases: dict[str, set[str]] = {}
    for person in people:
        for alias in person.get("aliases") or []:
            aliases.setdefault(alias, set()).add(person["id"])
    for alias, owners in aliases.items():
        if alias not in ids and len(owners) == 1:
            ids[alias] = next(iter(owners))
    return ids


class EvidenceFinder:
    """The mention behind each argument of an event, looked for near the event's sentence."""

    def __init__(self, record: dict, text: str, sentences: list[tuple[int, int]], document_date: dict | None):
        self.text = text
        self.sentences = sentences
        self.dates = _Spans.by_key((d["value"], d) for d in record.get("dates") or [] if d.get("value"))
        self.names = {field: _named_mentions(record, sections) for field, sections in _NAMED.items()}
        self.dateline = _dateline(document_date, text)

    def evidence(self, event: dict, sentence: int | None) -> dict:
        found = {"date": None, "location": None, "initiator": None}
        if sentence is None:
            return found
        date = event.get("date")
        if date:
            found["date"] = self._near(self.dates.get(date), sentence) or self._dated_line(date)
        for field, index in self.names.items():
            value = event.get(field)
            if isinstance(value, str) and value:
                spans = index.get(value)
                if field == "initiator":
                    spans = _Spans.union(spans, self._country_words(value, sentence))
                found[field] = self._near(spans, sentence)
        return found

    def _country_words(self, name: str, sentence: int) -> "_Spans | None":
        """The words naming the country ``name`` ("the Kyrgyz side": Kyrgyzstan) around
        ``sentence``, read with the knowledge base's country names and adjectives."""
        from .knowledge import load_knowledge

        geo = load_knowledge().geo
        code = geo.country_code(name)
        if not code:
            return None
        low, high = max(0, sentence - 1), min(len(self.sentences), sentence + 2)
        start, end = self.sentences[low][0], self.sentences[high - 1][1]
        return _Spans(m.span() for m in _WORD.finditer(self.text, start, end) if geo.country_code(m.group()) == code)

    def _near(self, spans: "_Spans | None", sentence: int) -> dict | None:
        """The last mention in the sentence (after a date line opening it), else the last of
        the one before, else the first of the one after, else the last one before, else the
        first one after."""
        if spans is None:
            return None
        for n, last in ((sentence, True), (sentence - 1, True), (sentence + 1, False)):
            if 0 <= n < len(self.sentences):
                found = spans.within(*self.sentences[n], last=last)
                if found is not None:
                    return _mention(self.text, found)
        # what the event took from the context before it ("Il a ensuite rencontré ..."), or a
        # headline's event from the body that reports it
        found = (spans.within(0, self.sentences[sentence][0], last=True)
                 or spans.within(self.sentences[sentence][1], len(self.text)))
        return None if found is None else _mention(self.text, found)

    def _dated_line(self, date: str) -> dict | None:
        """The document's date line, when its date is the event's."""
        return self.dateline[0] if self.dateline and self.dateline[1] == date else None


def _dateline(document_date: dict | None, text: str) -> tuple[dict, str] | None:
    """(evidence, value) of the document's stated date, when its words are in ``text``."""
    if not document_date or document_date.get("start") is None or not document_date.get("value"):
        return None
    start, end = document_date["start"], document_date["end"]
    if not (0 <= start < end <= len(text)):
        return None
    return _mention(text, (start, end)), document_date["value"]


def _mention(text: str, span: tuple[int, int]) -> dict:
    start, end = span
    return {"text": text[start:end], "start": start, "end": end}


def _named_mentions(record: dict, sections: tuple[str, ...]) -> dict[str, "_Spans"]:
    """Name or alias -> the mentions of the items of ``sections`` so called (an item's own
    name wins over another's alias)."""
    by_name: dict[str, list] = {}
    by_alias: dict[str, list] = {}
    for section in sections:
        for item in record.get(section) or []:
            spans = [(m["start"], m["end"]) for m in item.get("mentions") or []]
            by_name.setdefault(item["name"], []).extend(spans)
            for alias in item.get("aliases") or []:
                by_alias.setdefault(alias, []).extend(spans)
    index = {name: _Spans(spans) for name, spans in by_alias.items()}
    index.update((name, _Spans(spans)) for name, spans in by_name.items())
    return index


class _Spans:
    """(start, end) spans sorted by start, with a look-up by range."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(set(spans))
        self.starts = [start for start, _ in self.spans]

    @classmethod
    def union(cls, *parts: "_Spans | None") -> "_Spans | None":
        found = [span for part in parts if part is not None for span in part.spans]
        return cls(found) if found else None

    @classmethod
    def by_key(cls, pairs: Iterable[tuple[str, dict]]) -> dict[str, "_Spans"]:
        grouped: dict[str, list] = {}
        for key, item in pairs:
            grouped.setdefault(key, []).append((item["start"], item["end"]))
        return {key: cls(spans) for key, spans in grouped.items()}

    def within(self, start: int, end: int, last: bool = False) -> tuple[int, int] | None:
        """The first (or last) span inside ``[start, end]``."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        inside = [s for s in self.spans[lo:hi] if s[1] <= end]
        if not inside:
            return None
        return inside[-1] if last else inside[0]
