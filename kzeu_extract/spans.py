"""The contract between components: results are spaCy ``Span``s in ``doc.spans``.

Each recogniser writes its results to ``doc.spans["kzeu_<kind>"]`` with ``write_items`` and
later components read them with ``read_items``. A span carries:

- ``label_``: what it is ("DATE", "PERSON", "ORG", "money", "visit", ...);
- ``kb_id_``: the knowledge-base id where one is known;
- ``id_``: ``"<kind>/<n>"``, the item it is a mention of; ``span._.kzeu`` gives that
  item's plain attributes (strings, numbers, lists, dicts: the group stays serialisable).

Two shapes of item exist. A *mention* item (dates, figures, events, quotes, titles) is one
piece of text: one span, its attributes beside it. An *entity* item (people, offices,
organizations, places, agreements) has several mentions: one span per mention, all
pointing at the same item. Evidence offsets are exact characters even where a span does not
line up with tokens: the span covers the tokens around them and the exact ``start``/``end``
are kept in the group's attributes.

``read_items`` returns fresh dicts each time, so a stage can never change another's results.
The record-shaped items are packed once when written (``marshal``, in memory, beside the
Doc): a read unpacks them in one C call, and the group's attributes are the fallback for a
group someone else made or replaced, or a Doc read back from bytes.
"""
from __future__ import annotations

import marshal
import weakref
from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, SpanGroup

ENTITY_KINDS = frozenset({"people", "offices", "organizations", "places", "agreements"})

_LABELS = {"dates": "DATE", "people": "PERSON", "offices": "OFFICE", "organizations": "ORG",
           "agreements": "AGREEMENT", "quotes": "QUOTE", "titles": "TITLE"}
# kinds whose label is one of the item's own fields
_LABEL_FIELDS = {"figures": "kind", "events": "type", "places": "kind"}
_EVIDENCE = frozenset({"mentions", "text", "start", "end"})
_TEXT_KEY = "kzeu:text"


def group_name(kind: str) -> str:
    return f"kzeu_{kind}"


def register_span_extension() -> None:
    if not Span.has_extension("kzeu"):
        Span.set_extension("kzeu", getter=item_of_span)


def item_of_span(span: Span) -> dict | None:
    """The plain attributes of the item a kzeu span is a mention of (None for other spans)."""
    kind, _, index = span.id_.partition("/")
    group = span.doc.spans.get(group_name(kind)) if index.isdigit() else None
    if group is None:
        return None
    items = group.attrs.get("items", [])
    return plain_copy(items[int(index)]) if int(index) < len(items) else None


def _label(kind: str, item: dict) -> str:
    field = _LABEL_FIELDS.get(kind)
    return str(item.get(field) or kind.upper()) if field else _LABELS.get(kind, kind.upper())


def _kb_id(item: dict) -> str:
    for key in ("kb_id", "geonames_id"):
        if item.get(key) is not None:
            return str(item[key])
    return ""


def plain_copy(value: Any) -> Any:
    """A deep copy of plain data (dicts, lists, strings, numbers, None): ``marshal`` copies
    it in C, many times quicker than ``copy.deepcopy``, which every read would otherwise pay."""
    return marshal.loads(marshal.dumps(value))


_TOKEN_STARTS = "kzeu:token_starts"


class _TokenIndex:
    """Maps exact character offsets to the tokens covering them (token starts read once
    per Doc from the token array) and makes the group's spans, with string hashes looked up
    once per write (a Span given strings adds each to the string store itself)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        starts = doc.user_data.get(_TOKEN_STARTS)
        if starts is None or len(starts) != len(doc):
            starts = doc.user_data[_TOKEN_STARTS] = doc.to_array([IDX]).tolist()
        self.starts = starts
        self.hashes: dict[str, int] = {}

    def hash(self, string: str) -> int:
        key = self.hashes.get(string)
        if key is None:
            key = self.hashes[string] = self.doc.vocab.strings.add(string)
        return key

    def span(self, start: int, end: int, label: int, kb_id: int, span_id: int) -> Span:
        """The span of the tokens covering characters ``start:end`` (at least one token)."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = max(bisect_right(self.starts, max(end - 1, start)), first + 1)
        return Span(self.doc, first, min(last, len(self.doc)) or 1, label=label, kb_id=kb_id, span_id=span_id)


# Doc -> {kind: (group, its items, its offsets, the text, the packed record-shaped items)}
_PACKED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_RECORDS_ONLY = "kzeu:records_only"


def records_only(doc: Doc) -> None:
    """Mark a Doc whose results are read as records only (``read_items``, ``doc_to_record``):
    its groups then hold the items and offsets but no spans, which spares making a Span
    per mention nobody looks at. The default, unmarked, gives every group its spans."""
    doc.user_data[_RECORDS_ONLY] = True


def _text(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def write_items(doc: Doc, kind: str, items: list[dict]) -> None:
    """Store ``items`` (record-shaped dicts with exact offsets) as the ``kzeu_<kind>`` group."""
    register_span_extension()
    text = _text(doc)
    fields_of = [{k: v for k, v in item.items() if k not in _EVIDENCE} for item in items]
    if kind in ENTITY_KINDS:
        offsets, records = _entity_offsets(items, fields_of, text)
    else:
        offsets = [[n, item["start"], item["end"]] for n, item in enumerate(items)]
        records = [{"text": text[start:end], "start": start, "end": end, **fields}
                   for (_, start, end), fields in zip(offsets, fields_of)]
    stored = plain_copy(fields_of)
    attrs = {"items": stored, "offsets": offsets}
    spans = _spans(doc, kind, items, offsets) if len(doc) and not doc.user_data.get(_RECORDS_ONLY) else []
    group = SpanGroup(doc, name=group_name(kind), spans=spans, attrs=attrs)
    doc.spans[group_name(kind)] = group
    _PACKED.setdefault(doc, {})[kind] = (group, stored, offsets, text, marshal.dumps(records))


def _entity_offsets(items: list[dict], fields_of: list[dict], text: str) -> tuple[list[list[int]], list[dict]]:
    """[item, start, end] of every mention, and the record-shaped items (mentions last)."""
    offsets, records = [], []
    for n, (item, fields) in enumerate(zip(items, fields_of)):
        evidence = []
        for mention in item.get("mentions") or []:
            start, end = mention["start"], mention["end"]
            offsets.append([n, start, end])
            evidence.append({"text": text[start:end], "start": start, "end": end})
        records.append({**fields, "mentions": evidence})
    return offsets, records


def _spans(doc: Doc, kind: str, items: list[dict], offsets: list[list[int]]) -> list[Span]:
    index = _TokenIndex(doc)
    keys: dict[int, tuple[int, int, int]] = {}
    spans = []
    for n, start, end in offsets:
        key = keys.get(n)
        if key is None:
            item = items[n]
            key = keys[n] = (index.hash(_label(kind, item)), index.hash(_kb_id(item)), index.hash(f"{kind}/{n}"))
        spans.append(index.span(start, end, *key))
    return spans


def read_items(doc: Doc, kind: str) -> list[dict]:
    """The record-shaped dicts stored for ``kind`` (empty when nothing wrote them); copies."""
    group = doc.spans.get(group_name(kind)) if doc.spans is not None else None
    if group is None:
        return []
    text = doc.text if _TEXT_KEY not in doc.user_data else doc.user_data[_TEXT_KEY]
    packed = _PACKED.get(doc, {}).get(kind)
    if (packed is not None and packed[0] is group and packed[1] is group.attrs.get("items")
            and packed[2] is group.attrs.get("offsets") and packed[3] is text):
        return marshal.loads(packed[4])
    return _items_from_group(group, kind, text)


def _items_from_group(group: SpanGroup, kind: str, text: str) -> list[dict]:
    """The record-shaped items rebuilt from a group's attributes."""
    items: list[dict[str, Any]] = plain_copy(list(group.attrs.get("items", [])))
    entity = kind in ENTITY_KINDS
    if entity:
        for item in items:
            item["mentions"] = []
    for n, start, end in group.attrs.get("offsets", []):
        evidence = {"text": text[start:end], "start": start, "end": end}
        if entity:
            items[n]["mentions"].append(evidence)
        else:
            items[n] = {**evidence, **items[n]}
    return items
