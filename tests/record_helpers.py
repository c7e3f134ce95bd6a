"""Small look-ups on the record of a sentence run through the public API, shared by the
behaviour tests of people, offices and events (each asserts the evidence rule too)."""
from __future__ import annotations

from kzeu_extract import extract


def names(text: str, lang: str = "en") -> set[str]:
    """The names of the people the record lists."""
    return {p.name for p in extract(text, lang=lang).people}


def offices_by_person(text: str, lang: str = "en") -> dict[str, list[str]]:
    """Person name -> the titles the record gives that person."""
    return {p.name: p.offices for p in extract(text, lang=lang).people}


def evidence_holds(text: str, lang: str = "en") -> bool:
    """Every mention of a person or an office is the text at its offsets."""
    record = extract(text, lang=lang)
    return all(text[m.start:m.end] == m.text for p in record.people for m in p.mentions) and \
        all(text[m.start:m.end] == m.text for o in record.offices for m in o.mentions)


def events(text: str, date: str = "2023-05-10", lang: str | None = None):
    """The record's events for ``text`` published on ``date``; each event's evidence checked."""
    record = extract(text, reference_date=date, lang=lang)
    for event in record.events:
        assert text[event.start:event.end] == event.text
    return record.events


def meetings(found) -> list[list[str]]:
    """The participants of each meeting among ``found`` events, sorted."""
    return [sorted(e.participants) for e in found if e.type == "meeting"]


def agreements_of(text: str, lang: str = "en", **upstream) -> list[dict]:
    """kzeu_agreements alone on ``text`` (``upstream``: sections set by hand); each mention's
    evidence checked."""
    from small_pipeline import run_components

    doc = run_components(text, ("kzeu_agreements",), lang=lang, **upstream)
    for agreement in doc._.kzeu_agreements:
        for m in agreement["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return doc._.kzeu_agreements


def only(found: list):
    """The one item of ``found``."""
    assert len(found) == 1, found
    return found[0]
