"""`kzeu schema`: the JSON Schema of the document record, or (``--fields``) its fields one a
line with their types and descriptions."""
from __future__ import annotations

import json

import typer


def schema(fields: bool = typer.Option(
        False, "--fields", help="One line per field: its path (events[].evidence.date), type and description, "
                                "instead of the JSON Schema."),
           events: bool = typer.Option(
        False, "--events", help="The merged event that `kzeu events` writes, instead of the document "
                                "record.")) -> None:
    """Print the JSON Schema of the record that `kzeu extract` writes.

    With --events: of the merged event that `kzeu events` and `kzeu timeline` write.

    Examples:

      kzeu schema > record.schema.json

      kzeu schema --fields | grep '^events'

      kzeu schema --events --fields
    """
    if events:
        from ..crossdoc.models import events_json_schema as json_schema
    else:
        from ..records import json_schema

    if fields:
        for path, kind, description in field_lines(json_schema()):
            print(f"{path}\t{kind}\t{description}".rstrip())
    else:
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def field_lines(document: dict) -> list[tuple[str, str, str]]:
    """(path, type, description) of every field of the record's JSON Schema, depth first."""
    definitions = document.get("$defs", {})
    lines: list[tuple[str, str, str]] = []
    _walk(document, "", definitions, lines, ())
    return lines


def _walk(node: dict, prefix: str, definitions: dict, lines: list, seen: tuple[str, ...]) -> None:
    for name, prop in (node.get("properties") or {}).items():
        path = f"{prefix}{name}"
        lines.append((path, _type_name(prop), prop.get("description", "")))
        for ref, suffix in _nested(prop):
            if ref not in seen:   # a model inside itself is listed once
                model = definitions[ref]
                _walk(model, f"{path}{suffix}.", definitions, lines, (*seen, ref))


def _nested(prop: dict):
    """(model name, path suffix) of the models a property holds: itself, or its items."""
    for option in [prop, *prop.get("anyOf", [])]:
        if "$ref" in option:
            yield option["$ref"].rsplit("/", 1)[-1], ""
        items = option.get("items") or {}
        for item in [items, *items.get("anyOf", [])]:
            if "$ref" in item:
                yield item["$ref"].rsplit("/", 1)[-1], "[]"


def _type_name(prop: dict) -> str:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return "|".join(_type_name(option) for option in prop["anyOf"])
    if prop.get("type") == "array":
        return f"list[{_type_name(prop.get('items') or {})}]"
    if "enum" in prop:
        return "|".join(json.dumps(v) for v in prop["enum"])
    if "const" in prop:
        return json.dumps(prop["const"])
    return prop.get("type", "any")
