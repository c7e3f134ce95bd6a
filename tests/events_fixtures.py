"""Builds Docs for the events/quotes unit tests: a blank pipeline with kzeu_sentences and
the component under test, and the upstream doc._.kzeu_* values set by hand from surface
strings (every occurrence of each string becomes a mention)."""
from __future__ import annotations

import re

import small_pipeline


def _occurrences(text: str, surfaces: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences, longest surface first."""
    taken: list[tuple[int, int, str]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(re.escape(surface), text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), surface))
    return sorted(taken)


def _records(text: str, table: dict[str, list[str]], **extra) -> list[dict]:
    records = []
    for name, surfaces in table.items():
        mentions = [{"text": t[s:e], "start": s, "end": e}
                    for s, e, _ in _occurrences(text, surfaces) for t in [text]]
        records.append({"name": name, "mentions": mentions, **extra.get(name, {})})
    return records


def pipeline(components: tuple[str, ...], lang: str = "en"):
    """Sentences first: events and quotes read doc.sents."""
    return small_pipeline.pipeline(("kzeu_sentences", *components), lang)


def make_doc(text: str, *, people=None, dates=None, places=None, cities=(), organizations=None,
             document_date=None, title=None, lang="en", components=("kzeu_events",), quotes=None):
    """``people``/``places``/``organizations``: {name: [surface, ...]}; ``dates``: {surface: value};
    ``cities``: place names whose kind is city; ``title``: the title's surface text."""
    nlp = pipeline(tuple(components), lang)
    doc = nlp.make_doc(text)
    doc._.kzeu_language = lang
    doc._.kzeu_people = _records(text, people or {})
    doc._.kzeu_places = _records(text, places or {}, **{c: {"kind": "city"} for c in cities})
    doc._.kzeu_organizations = _records(text, organizations or {})
    doc._.kzeu_dates = [{"text": text[s:e], "start": s, "end": e, "value": (dates or {})[surface],
                         "granularity": None, "relative": False}
                        for s, e, surface in _occurrences(text, list(dates or {}))]
    doc._.kzeu_document_date = {"value": document_date} if document_date else None
    doc._.kzeu_reference_date = document_date
    if title:
        start = text.index(title)
        doc._.kzeu_title = {"text": title, "start": start, "end": start + len(title)}
    if quotes is not None:
        doc._.kzeu_quotes = quotes
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
