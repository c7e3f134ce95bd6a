"""Offices once per folded wording: "Head of State" and "head of state" of one holder are one
office (the first wording is its title; every wording stays in its mentions), and a person's
``offices`` list each title once, whatever its case, accents or apostrophes.

Run on every record made (``records.doc_to_record``) and on the record merged from a long
text's chunks (``merging.merge_records``), where two chunks may write one title two ways.
"""
from __future__ import annotations

from .textkit import fold


def fold_offices(record: dict) -> dict:
    """Merges the record's offices (and each person's titles) by folded form; in place."""
    merged: dict[tuple, dict] = {}
    offices = []
    for office in record.get("offices") or []:
        key = (fold(office["title"]), office.get("holder"))
        first = merged.get(key)
        if first is None:
            merged[key] = office
            offices.append(office)
            continue
        for field, value in office.items():
            if first.get(field) is None and value is not None:
                first[field] = value
        first["mentions"] = sorted(first.get("mentions", []) + office.get("mentions", []),
                                   key=lambda m: (m["start"], m["end"]))
    record["offices"] = offices
    for person in record.get("people") or []:
        titles = {}
        for title in person.get("offices") or []:
            titles.setdefault(fold(title), title)
        person["offices"] = list(titles.values())
    return record
