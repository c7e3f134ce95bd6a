"""Document records flattened into rows, one table per kind of item (exports/names.py).

The columns come from the record's pydantic models, so a field added to the record appears
in every export. A cell keeps a Python value and each writer says how it is stored:
- a scalar (text, integer, float, boolean) stays one;
- a nested object (an event's ``evidence.date``) becomes columns of its own
  (``evidence_date_text``, ``evidence_date_start``...);
- a list of scalars (``aliases``, ``participants``) is a list ("list" column): CSV joins it
  with "; ", SQLite stores JSON, Parquet a list column;
- a list of named objects (an event's ``parties``) is the list of their names, the objects
  themselves being rows of a table of their own (event_parties);
- other objects and lists of them (``mentions``, ``held_offices``) are JSON ("json" column).

Every item row starts with the document's ``document_sha256`` and ``document_path`` and its
``position`` in the record's list; the event_* rows carry their ``event_id``, and the
participants their ``person_id`` (the person's ``people[].id``).
"""
from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .names import TABLES

ColumnKind = Literal["text", "integer", "float", "boolean", "list", "json"]

# Fields left out: an event's document is the record's own source, on every row already.
_SKIPPED = {("events", "document")}
_ITEM_KEYS = (("document_sha256", "text"), ("document_path", "text"), ("position", "integer"))


@dataclass(frozen=True)
class Column:
    name: str
    kind: ColumnKind
    path: tuple[str, ...] = ()     # where the value is in the item (nested objects); () for keys
    names_of: bool = False         # a list of objects given by their names


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


# --- columns from the models -----------------------------------------------------------------

def _strip_optional(annotation):
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        return args[0] if len(args) == 1 else Union[tuple(args)]
    return annotation


def _is_model(annotation) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _scalar_kind(annotation) -> ColumnKind | None:
    annotation = _strip_optional(annotation)
    if get_origin(annotation) is Literal:
        values = get_args(annotation)
        return "text" if all(isinstance(v, str) for v in values) else None
    if get_origin(annotation) in (Union, types.UnionType):  # int | float
        kinds = {_scalar_kind(arg) for arg in get_args(annotation)}
        return "float" if kinds <= {"integer", "float"} else None
    return {str: "text", bool: "boolean", int: "integer", float: "float"}.get(annotation)


def _model_columns(model: type[BaseModel], table: str, prefix: tuple[str, ...] = ()) -> list[Column]:
    columns = []
    for name, field in model.model_fields.items():
        if (table, name) in _SKIPPED and not prefix:
            continue
        path = (*prefix, name)
        annotation = _strip_optional(field.annotation)
        columns.extend(_field_columns(annotation, table, path))
    return columns


def _field_columns(annotation, table: str, path: tuple[str, ...]) -> list[Column]:
    label = "_".join(path)
    if _is_model(annotation):
        return _model_columns(annotation, table, path)
    kind = _scalar_kind(annotation)
    if kind is not None:
        return [Column(label, kind, path)]
    if get_origin(annotation) is list:
        (item,) = get_args(annotation) or (Any,)
        item = _strip_optional(item)
        if _scalar_kind(item) is not None:
            return [Column(label, "list", path)]
        if _is_model(item) and "name" in item.model_fields:
            return [Column(label, "list", path, names_of=True)]
    return [Column(label, "json", path)]


def _item_model(section: str) -> type[BaseModel]:
    from ..records import DocumentRecord

    return typing.get_args(DocumentRecord.model_fields[section].annotation)[0]


def record_sections() -> list[str]:
    """The record's lists of items (people, events...), each exported as a table."""
    from ..records import DocumentRecord

    return [name for name, field in DocumentRecord.model_fields.items()
            if get_origin(field.annotation) is list and _is_model(_item_model(name))]


def _document_columns() -> list[Column]:
    from ..records import DocumentRecord

    columns = [Column("sha256", "text", ("source", "sha256")), Column("path", "text", ("source", "path"))]
    sections = set(record_sections())
    for column in _model_columns(DocumentRecord, "documents"):
        if column.path[0] not in sections and column.name not in ("source_sha256", "source_path"):
            name = column.name.removeprefix("source_") if column.path[0] == "source" else column.name
            columns.append(Column(name, column.kind, column.path, column.names_of))
    return columns


def _keys(*extra: tuple[str, ColumnKind]) -> list[Column]:
    return [Column(name, kind) for name, kind in (*_ITEM_KEYS, *extra)]


@functools.lru_cache(maxsize=None)
def table(name: str) -> Table:
    """The columns of one table (``names.TABLES``); ValueError for another name."""
    if name not in TABLES:
        raise ValueError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    if name == "documents":
        return Table(name, tuple(_document_columns()))
    if name == "event_participants":
        return Table(name, tuple(_keys(("event_id", "text"), ("person_id", "text"), ("name", "text"))))
    if name == "event_parties":
        from ..records import EventParty

        return Table(name, tuple(_keys(("event_id", "text")) + _model_columns(EventParty, name)))
    fields = _model_columns(_item_model(name), name)
    # an item's own id (people, events) comes right after the keys
    fields.sort(key=lambda column: column.name != "id")
    return Table(name, tuple(_keys() + fields))


# --- rows from a record ------------------------------------------------------------------------

def _value(data: Any, column: Column) -> Any:
    for key in column.path:
        if data is None:
            return None
        data = data.get(key)
    if column.names_of and data is not None:
        return [item.get("name") for item in data]
    return data


def _row(data: dict, columns: tuple[Column, ...], keys: dict) -> dict:
    return {column.name: keys[column.name] if not column.path else _value(data, column) for column in columns}


def rows(record, name: str) -> Iterator[dict]:
    """The rows of table ``name`` for one record (a DocumentRecord or its dict)."""
    data = record if isinstance(record, dict) else record.model_dump()
    spec = table(name)
    if name == "documents":
        yield _row(data, spec.columns, {})
        return
    document = {"document_sha256": data["source"]["sha256"], "document_path": data["source"].get("path")}
    if name in ("event_participants", "event_parties"):
        yield from _event_rows(data, spec, document)
        return
    for position, item in enumerate(data.get(name) or []):
        yield _row(item, spec.columns, {**document, "position": position})


def _event_rows(data: dict, spec: Table, document: dict) -> Iterator[dict]:
    for event in data.get("events") or []:
        keys = {**document, "event_id": event.get("id")}
        if spec.name == "event_parties":
            for position, party in enumerate(event.get("parties") or []):
                yield _row(party, spec.columns, {**keys, "position": position})
            continue
        ids = event.get("participant_ids") or []
        for position, name in enumerate(event.get("participants") or []):
            person = ids[position] if position < len(ids) else None
            values = {**keys, "position": position, "person_id": person, "name": name}
            yield {column.name: values[column.name] for column in spec.columns}


def all_rows(records: Iterable, name: str) -> Iterator[dict]:
    """The rows of table ``name`` for every record, in order."""
    for record in records:
        yield from rows(record, name)
