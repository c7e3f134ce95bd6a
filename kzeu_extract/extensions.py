"""Custom attributes on spaCy's Doc: the contract between pipeline components.

Every component writes plain values (strings, numbers, lists and dicts of them) into
these attributes, never Python objects, so a Doc stays serialisable. Each list attribute
holds dicts already shaped like the matching section of the record (see records.py), with
character offsets into ``doc.text``; components that need another's results read them here
(e.g. the events component reads ``doc._.kzeu_people`` and ``doc._.kzeu_dates``).

| attribute                 | written by            | value |
| ---                       | ---                   | --- |
| kzeu_source               | api.extract           | {"path", "sha256", "characters"} |
| kzeu_option_date          | api.extract           | ISO date given with --date, or None |
| kzeu_language             | kzeu_language         | "en", "fr", ... |
| kzeu_title                | kzeu_document         | {"text","start","end"} or None |
| kzeu_document_date        | kzeu_document         | {"value","text","start","end","source"} or None |
| kzeu_reference_date       | kzeu_document         | ISO date relative dates resolve against, or None |
| kzeu_dates ... kzeu_quotes| one component each    | list of record-shaped dicts |
| kzeu_warnings             | anyone                | list of strings |

Lists default to None (a shared mutable default would leak between documents): read them
with ``items(doc, "dates")`` and append with ``add_warning``.
"""
from __future__ import annotations

from spacy.tokens import Doc

SECTIONS = ("dates", "titles", "people", "offices", "organizations", "places", "figures",
            "agreements", "events", "quotes")

_SCALARS = ("source", "option_date", "language", "title", "document_date", "reference_date",
            "warnings")


def register_extensions() -> None:
    """Register every ``doc._.kzeu_*`` attribute and ``span._.kzeu``; safe to call any
    number of times. Every factory calls it, so a component works in anyone's pipeline."""
    from .spans import read_items, register_span_extension, write_items
    register_span_extension()
    for name in _SCALARS:
        attr = f"kzeu_{name}"
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    for section in SECTIONS:
        # a view of doc.spans["kzeu_<section>"]: reading gives fresh record-shaped dicts,
        # assigning stores spans (tests set upstream sections this way)
        attr = f"kzeu_{section}"
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, getter=lambda doc, s=section: read_items(doc, s),
                              setter=lambda doc, value, s=section: write_items(doc, s, value or []))


_TEXT_KEY = "kzeu:text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each access,
    which costs about a tenth of tokenising; every component reads the text through this."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def set_doc_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (api does this, so no component rebuilds it)."""
    doc.user_data[_TEXT_KEY] = text


def items(doc: Doc, section: str) -> list[dict]:
    """The record-shaped dicts stored for ``section``: read from ``doc.spans`` (see spans.py);
    the ``doc._.kzeu_<section>`` attribute is the older store, read while components move."""
    from .spans import read_items
    return read_items(doc, section)


def add_warning(doc: Doc, message: str) -> None:
    warnings = doc._.kzeu_warnings or []
    if message not in warnings:
        warnings.append(message)
    doc._.kzeu_warnings = warnings
