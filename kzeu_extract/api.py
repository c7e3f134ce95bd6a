"""The library API: text in, DocumentRecord out. The CLI is a thin layer over this."""
from __future__ import annotations

import datetime as _dt
import hashlib
from typing import Iterable, Iterator, NamedTuple

from .errors import KzeuError
from .extensions import add_warning
from .normalize.language import detect_language
from .pipeline import SUPPORTED_LANGUAGES, build_pipeline
from .records import DocumentRecord, doc_to_record


class Document(NamedTuple):
    """One input: its text, where it came from (None for stdin) and notes from reading it."""
    text: str
    path: str | None = None
    warnings: tuple[str, ...] = ()


def _check_date(reference_date) -> str | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, _dt.date):
        return reference_date.isoformat()[:10]
    try:
        return _dt.date.fromisoformat(str(reference_date)).isoformat()
    except ValueError:
        raise KzeuError(f"reference date {reference_date!r} is not a YYYY-MM-DD date") from None


def _prepare(document: Document, lang: str | None, reference_date: str | None, model: str | None):
    text = document.text
    language = lang or detect_language(text)[0]
    nlp = build_pipeline(language if language in SUPPORTED_LANGUAGES else "en", model)
    if len(text) > nlp.max_length:
        # spaCy refuses texts over max_length (memory guard for the parser); our rules are
        # linear, so raise the limit for this pipeline rather than cutting the document.
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    doc._.kzeu_language = language
    doc._.kzeu_option_date = reference_date
    doc._.kzeu_source = {
        "path": document.path,
        "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        "characters": len(text),
    }
    for warning in document.warnings:
        add_warning(doc, warning)
    return nlp, doc


def extract(text: str, *, lang: str | None = None, reference_date=None, source: str | None = None,
            model: str | None = None) -> DocumentRecord:
    """Extract one document's record.

    lang: force the language ("en", "fr"); default: detected from the text.
    reference_date: date (or "YYYY-MM-DD") that relative dates resolve against when the
        text states no publication date of its own.
    source: the path to report in ``record.source.path``.
    model: an installed spaCy pipeline whose entities add to the rules' (optional).
    """
    return next(extract_many([Document(text, source)], lang=lang, reference_date=reference_date,
                             model=model))


def extract_many(documents: Iterable[str | Document], *, lang: str | None = None, reference_date=None,
                 model: str | None = None, batch_size: int = 32) -> Iterator[DocumentRecord]:
    """Stream records for texts (or ``Document`` tuples), in input order, one at a time."""
    reference = _check_date(reference_date)
    batch: list = []
    batch_nlp = None
    for item in documents:
        document = item if isinstance(item, Document) else Document(item)
        nlp, doc = _prepare(document, lang, reference, model)
        if batch and (nlp is not batch_nlp or len(batch) >= batch_size):
            yield from (doc_to_record(d) for d in batch_nlp.pipe(batch))
            batch = []
        batch_nlp = nlp
        batch.append(doc)
    if batch:
        yield from (doc_to_record(d) for d in batch_nlp.pipe(batch))
