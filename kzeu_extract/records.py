"""Doc -> the document record (the JSON contract; its models are in record_models.py).

Field names are the contract with users' tools: add fields freely, never rename or drop one
without a new SCHEMA_VERSION.
"""
from __future__ import annotations

import hashlib

from pydantic import BaseModel  # noqa: F401  (tools list the record's models: vars(records))

from .extensions import doc_text, items, register_extensions
from .io import printable_path
from .knowledge.ids import apply_id_scheme
from .linking import link_record
from .office_folding import fold_offices
from .record_models import (  # noqa: F401  (the record's models are imported from here)
    SCHEMA_VERSION, Agreement, AgreementStatus, DateItem, DocumentRecord, DocumentRef, Event, EventEvidence,
    EventParty, EventType, Figure, HeldOffice, Mention, Number, Office, Organization, Person, Place, PlaceKind,
    Quote, Sentence, Source,
)
from .textkit.sentences import sentence_spans

# where RecordMaker notes the number of a chunk's first sentence on its Doc
_FIRST_SENTENCE_KEY = "kzeu:first_sentence"
# the sections of the record that components write, in record order
_SECTIONS = ("people", "offices", "organizations", "places", "dates", "figures", "agreements", "events", "quotes")


def source_of(text: str, path: str | None = None) -> dict:
    """The record's ``source`` for ``text`` read from ``path`` (None: stdin or a string); a
    file name's bytes that are not UTF-8 are written as backslash escapes (io.printable_path)."""
    return {"path": None if path is None else printable_path(path), "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "characters": len(text)}


def doc_to_record(doc, first_sentence: int | None = None) -> DocumentRecord:
    """Assemble the record from what the components stored on the Doc: any Doc our
    components ran on (``api.extract``'s, ``build_pipeline(lang)(text)``'s or a user's own
    pipeline's); the source is computed from the text when ``api`` did not set it.
    ``first_sentence``: the number of the Doc's first sentence (a chunk's, in a long text;
    default: what ``RecordMaker`` noted on the Doc, else 0).
    Ids, sentences and argument evidence are added by ``linking.link_record``.

    The record is validated: pydantic's validator (compiled) builds these nested models
    about twice as fast as ``model_construct`` (a Python loop per model) would, measured
    on the bench corpus (0.5 against 1.1 ms a document)."""
    register_extensions()
    text = doc_text(doc)
    title = doc._.kzeu_title
    doc_date = doc._.kzeu_document_date
    data = dict(
        source=doc._.kzeu_source or source_of(text),
        language=doc._.kzeu_language or doc.lang_,
        title=title["text"] if title else None,
        document_date=doc_date["value"] if doc_date else None,
        **{section: items(doc, section) for section in _SECTIONS},
        warnings=list(doc._.kzeu_warnings or []),
    )
    if first_sentence is None:
        first_sentence = doc.user_data.get(_FIRST_SENTENCE_KEY, 0)
    link_record(data, text, sentence_spans(doc, text), first_sentence, doc_date)
    apply_id_scheme(fold_offices(data))
    return DocumentRecord(**data)


class RecordMaker:
    """``doc_to_record`` for the Docs of one text read in chunks, in text order: each
    chunk's sentences are numbered on from the last chunk's, so numbers are the document's."""

    def __init__(self, to_record=None):
        self.to_record = to_record or doc_to_record    # Doc -> DocumentRecord
        self.sentences = 0

    def __call__(self, doc) -> DocumentRecord:
        doc.user_data[_FIRST_SENTENCE_KEY] = self.sentences
        record = self.to_record(doc)
        self.sentences += len(sentence_spans(doc, doc_text(doc)))
        return record


# The JSON Schema dialect pydantic writes, and where this schema lives (as the merged event's does).
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"https://github.com/kzeu-extract/kzeu-extract/schemas/document-record-{SCHEMA_VERSION}.schema.json"


def json_schema() -> dict:
    """The record's JSON Schema, with ``$schema``, ``$id`` and its version."""
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID, **DocumentRecord.model_json_schema(),
            "x-schema-version": SCHEMA_VERSION}
