"""The library API: text in, DocumentRecord out. The CLI is a thin layer over this."""
from __future__ import annotations

import datetime as _dt
import itertools
from typing import Iterable, Iterator, NamedTuple

from .chunking import ChunkSetup, extract_in_chunks, is_long, run_pipeline
from .errors import KzeuError
from .normalize.language import detect_language, fallback_language
from .pipeline import build_pipeline, supported_languages
from .records import DocumentRecord, doc_to_record, source_of
from .textkit.safe_text import replace_unencodable, unencodable_warning
from .tokenizing import make_doc


class Document(NamedTuple):
    """One input: its text, where it came from (None for stdin) and notes from reading it."""
    text: str
    path: str | None = None
    warnings: tuple[str, ...] = ()


class ExtractionFailure(NamedTuple):
    """Stands in a stream for a document whose extraction raised (``errors="report"``)."""
    path: str | None
    reason: str


def check_reference_date(reference_date) -> str | None:
    """ISO form of a ``--date``-style reference date; KzeuError when it is not a date."""
    if reference_date is None:
        return None
    if isinstance(reference_date, _dt.date):
        return reference_date.isoformat()[:10]
    try:
        return _dt.date.fromisoformat(str(reference_date)).isoformat()
    except ValueError:
        raise KzeuError(f"reference date {reference_date!r} is not a YYYY-MM-DD date") from None


def pipeline_language(language: str) -> str:
    """The pack whose pipeline extracts a text in ``language``: its own, or the fallback
    language of ``data/languages.json`` when no pack is installed for it."""
    return language if language in supported_languages() else fallback_language()


def _make_doc(nlp, text: str):
    """The Doc of ``text``, however long, with runs of punctuation kept from spaCy's
    tokenizer (see ``tokenizing.py``)."""
    return make_doc(nlp, text)


def _extract_one(document: Document, lang: str | None, reference_date: str | None,
                 model: str | None) -> DocumentRecord:
    # evidence is read from the text with lone surrogates replaced (same length, same offsets)
    text, replaced = replace_unencodable(document.text)
    language = lang or detect_language(text)[0]
    nlp = build_pipeline(pipeline_language(language), model)
    warnings = list(document.warnings)
    if replaced:
        warnings.append(unencodable_warning(replaced))
    setup = ChunkSetup(language, reference_date, source_of(document.text, document.path), warnings,
                       doc_to_record)
    if is_long(nlp, text):
        return extract_in_chunks(nlp, text, setup)
    return run_pipeline(nlp, text, setup)[0]


def _safe_extract_one(args) -> DocumentRecord | ExtractionFailure:
    document, lang, reference_date, model = args
    try:
        return _extract_one(document, lang, reference_date, model)
    except KzeuError:
        raise
    except Exception as exc:  # a bug must not stop the batch: report it for this document
        return ExtractionFailure(document.path, f"extraction failed ({type(exc).__name__}: {exc})")


def extract(text: str, *, lang: str | None = None, reference_date=None, source: str | None = None,
            model: str | None = None) -> DocumentRecord:
    """Extract one document's record.

    lang: force the language (a pack's code); default: detected from the text.
    reference_date: date (or "YYYY-MM-DD") that relative dates resolve against when the
        text states no publication date of its own.
    source: the path to report in ``record.source.path``.
    model: an installed spaCy pipeline whose entities add to the rules' (optional).
    """
    return _extract_one(Document(text, source), lang, check_reference_date(reference_date), model)


def extract_many(documents: Iterable[str | Document], *, lang: str | None = None, reference_date=None,
                 model: str | None = None, jobs: int = 1,
                 errors: str = "raise") -> Iterator[DocumentRecord | ExtractionFailure]:
    """Stream records for texts (or ``Document`` tuples) in input order, one at a time.

    jobs: worker processes (output order is kept either way).
    errors: "raise" stops at the first document whose extraction fails; "report" yields an
        ``ExtractionFailure`` in its place and goes on.
    """
    reference = check_reference_date(reference_date)
    work = ((item if isinstance(item, Document) else Document(item), lang, reference, model)
            for item in documents)
    if jobs <= 1:
        for args in work:
            result = _safe_extract_one(args) if errors == "report" else _extract_one(*args)
            yield result
        return
    yield from _extract_parallel(work, jobs, errors)


def _extract_parallel(work, jobs: int, errors: str):
    import multiprocessing

    # Build the pipeline before forking so that workers share it copy-on-write.
    build_pipeline(None, None)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                          else None)
    # Submit bounded windows rather than the whole iterator (Pool.imap would read every input
    # into its queue at once, and memory would grow with the batch).
    window = jobs * 64
    with context.Pool(jobs) as pool:
        while True:
            chunk = list(itertools.islice(work, window))
            if not chunk:
                break
            for result in pool.imap(_safe_extract_one, chunk, chunksize=8):
                if isinstance(result, ExtractionFailure) and errors != "report":
                    raise KzeuError(f"{result.path or '<input>'}: {result.reason}")
                yield result
