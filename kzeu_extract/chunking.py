"""Texts too long for one Doc: cut into sentence-aligned chunks, each run through the
pipeline on its own, the chunks' records merged into one (see ``merging.py``).

A chunk ends at a paragraph break or a sentence end near ``CHUNK_CHARS``; a stretch with
neither is cut at white space, and one without white space anywhere. Only one chunk's Doc
is alive at a time, so memory is bounded by the chunk size, not by the text. The first
chunk reads the document's title and dates; later chunks resolve relative dates against
the first chunk's publication (or reference) date.
"""
from __future__ import annotations

import re

from .extensions import add_warning, set_doc_text
from .merging import merge_records
from .records import DocumentRecord, doc_to_record
from .spans import records_only
from .tokenizing import make_doc

# Texts longer than this are chunked (None: the pipeline's ``max_length``, spaCy's 1,000,000).
LONG_TEXT_CHARS: int | None = None
CHUNK_CHARS = 300_000
# the component that reads a document's title and dates: the first chunk's only
DOCUMENT_COMPONENT = "kzeu_document"

_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _limit(nlp) -> int:
    return LONG_TEXT_CHARS or nlp.max_length


def is_long(nlp, text: str) -> bool:
    return len(text) > _limit(nlp)


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of each chunk: consecutive, covering ``text``, each at most ``size``."""
    bounds, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """Where a chunk from ``start`` ends: the last paragraph break, else the last sentence
    end, in the chunk's second half; else its last white space; else ``limit``."""
    half = start + (limit - start) // 2
    for pattern in (_PARAGRAPH, _SENTENCE_END):
        end = _last_end(pattern, text, half, limit)
        if end is not None:
            return end
    end = _last_end(_SPACE, text, start + 1, limit)
    return end if end is not None else limit


def _last_end(pattern: re.Pattern, text: str, start: int, limit: int) -> int | None:
    """End of the last match of ``pattern`` within ``text[start:limit]`` (a match running
    past ``limit`` ends there: the white space after a break may go either way)."""
    last = None
    for match in pattern.finditer(text, start, limit):
        last = match
    return None if last is None else last.end()


class ChunkSetup:
    """What every chunk's Doc is given before the pipeline runs on it."""

    def __init__(self, language: str, option_date: str | None, source: dict, warnings: list[str],
                 to_record=doc_to_record):
        self.language = language
        self.option_date = option_date
        self.source = source
        self.warnings = warnings
        self.to_record = to_record    # Doc -> DocumentRecord


def run_pipeline(nlp, text: str, setup: ChunkSetup, carried: dict | None = None) -> tuple[DocumentRecord, dict]:
    """The record of one text (or chunk) and what later chunks carry over from it (its
    document and reference dates). With ``carried``, the document component is skipped and
    those dates are the first chunk's."""
    doc = make_doc(nlp, text)
    records_only(doc)   # read as a record only: no Span per mention in the groups
    set_doc_text(doc, text)
    doc._.kzeu_language = setup.language
    doc._.kzeu_option_date = setup.option_date
    doc._.kzeu_source = setup.source
    for warning in setup.warnings:
        add_warning(doc, warning)
    if carried is not None:
        doc._.kzeu_document_date = carried["document_date"]
        doc._.kzeu_reference_date = carried["reference_date"]
    for name, component in nlp.pipeline:
        if carried is None or name != DOCUMENT_COMPONENT:
            doc = component(doc)
    stated = doc._.kzeu_document_date
    # offsets belong to this chunk: later chunks only need the value
    carry = {"document_date": {**stated, "text": None, "start": None, "end": None} if stated else None,
             "reference_date": doc._.kzeu_reference_date}
    return setup.to_record(doc), carry


def extract_in_chunks(nlp, text: str, setup: ChunkSetup) -> DocumentRecord:
    """The record of a long ``text``, processed chunk by chunk (one Doc at a time)."""
    size = min(CHUNK_CHARS, _limit(nlp))
    bounds = chunk_bounds(text, size)
    parts, carried = [], None
    for n, (start, end) in enumerate(bounds):
        chunk_setup = setup if n == 0 else ChunkSetup(setup.language, setup.option_date, setup.source, [], setup.to_record)
        record, carry = run_pipeline(nlp, text[start:end], chunk_setup, carried)
        carried = carried or carry
        parts.append((start, record.model_dump()))
    merged = merge_records(parts)
    merged["source"] = setup.source
    merged["warnings"].append(f"{len(text)} characters (over spaCy's max_length): processed in "
                              f"{len(bounds)} chunks of about {size} characters")
    return DocumentRecord(**merged)
