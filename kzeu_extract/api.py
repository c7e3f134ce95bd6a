"""The library API: text in, DocumentRecord out. The CLI is a thin layer over this."""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from .chunking import ChunkSetup, extract_in_chunks, is_long, run_pipeline
from .errors import KzeuError
from .normalize.language import detect_language, fallback_language
from .pipeline import build_pipeline, check_language, supported_languages
from .records import DocumentRecord, RecordMaker, doc_to_record, source_of
from .textkit.safe_text import replace_unencodable, unencodable_warning
from .tokenizing import make_doc
from .workers import AlarmClock, ordered_map, time_budget


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
    # sentences are numbered over the whole text, chunk after chunk
    setup = ChunkSetup(language, reference_date, source_of(document.text, document.path), warnings,
                       RecordMaker(_doc_record))
    if is_long(nlp, text):
        return extract_in_chunks(nlp, text, setup)
    return run_pipeline(nlp, text, setup)[0]


def _doc_record(doc) -> DocumentRecord:
    return doc_to_record(doc)   # looked up when called: a test may wrap ``api.doc_to_record``


def _record(record: DocumentRecord) -> DocumentRecord:
    return record


def _safe_extract_one(args, form: Callable[[DocumentRecord], Any] = _record):
    """``form(record)`` of one document, or its ExtractionFailure when extracting it raised."""
    document, lang, reference_date, model = args
    try:
        return form(_extract_one(document, lang, reference_date, model))
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
    model: an installed spaCy pipeline whose entities add to the rules' (optional): a package
        or pipeline name (``en_core_web_sm``), for the documents of its own language only,
        or a mapping language -> name (``{"en": "en_core_web_sm", "fr": "fr_core_news_sm"}``).

    An unsupported ``lang`` ("de" without a German pack) raises UnsupportedLanguage.
    """
    return _extract_one(Document(text, source), _forced_language(lang), check_reference_date(reference_date), model)


def _forced_language(lang: str | None) -> str | None:
    """A forced language, checked (UnsupportedLanguage, the command line's message)."""
    return None if lang is None else check_language(lang)


def extract_many(documents: Iterable[str | Document], *, lang: str | None = None, reference_date=None,
                 model: str | None = None, jobs: int = 1, errors: str = "raise",
                 timeout: float | None = None) -> Iterator[DocumentRecord | ExtractionFailure]:
    """Stream records for texts (or ``Document`` tuples) in input order, one at a time.

    jobs: worker processes (output order is kept either way). A worker that dies (killed,
        out of memory, crashed) costs only its document: it is retried once in a new
        worker, then reported as failed. Workers send each record back as its JSON text,
        read here into a DocumentRecord (validated by pydantic, in C).
    errors: "raise" stops at the first document whose extraction fails; "report" yields an
        ``ExtractionFailure`` in its place and goes on.
    timeout: seconds a document may take (a text over a million characters gets as many
        again per million); one that takes longer fails with "timed out after N s". None or
        0: no limit. With jobs > 1 the worker that overran is killed and replaced. With
        jobs=1 the limit is a SIGALRM in this process: it works in the main thread when
        nothing else uses SIGALRM, and otherwise there is no limit.
    An unsupported ``lang`` raises UnsupportedLanguage at the call, before any document.
    """
    return _extract_many(documents, _Run(_forced_language(lang), reference_date, model, jobs, errors, timeout))


def _extract_many(documents: Iterable[str | Document], run: "_Run") -> Iterator[DocumentRecord | ExtractionFailure]:
    jobs = run.jobs
    if jobs <= 1:
        yield from _extract_stream(documents, run, _record)
        return
    for result in _extract_stream(documents, run, _compact_json):
        yield result if isinstance(result, ExtractionFailure) else DocumentRecord.model_validate_json(result)


def extract_many_json(documents: Iterable[str | Document], *, indent: int | None = None,
                      lang: str | None = None, reference_date=None, model: str | None = None, jobs: int = 1,
                      errors: str = "raise", timeout: float | None = None) -> Iterator[str | ExtractionFailure]:
    """``extract_many``, each record given as its JSON text, ``record.to_json(indent)``
    (the same characters). With jobs > 1 the workers write it: the records are never
    rebuilt in this process (the quick way to write records to a file or a pipe)."""
    return _extract_stream(documents, _Run(_forced_language(lang), reference_date, model, jobs, errors, timeout),
                           functools.partial(_json_text, indent=indent))


class _Run(NamedTuple):
    lang: str | None
    reference_date: Any
    model: str | None
    jobs: int
    errors: str
    timeout: float | None


def _json_text(record: DocumentRecord, indent: int | None) -> str:
    return record.to_json(indent)


def _compact_json(record: DocumentRecord) -> str:
    return record.to_json()


def _extract_stream(documents, run: _Run, form: Callable[[DocumentRecord], Any]) -> Iterator:
    """``form(record)`` (or an ExtractionFailure) for each document, in input order."""
    if run.errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {run.errors!r}")
    reference = check_reference_date(run.reference_date)
    work = ((item if isinstance(item, Document) else Document(item), run.lang, reference, run.model)
            for item in documents)
    if run.jobs <= 1:
        return _extract_serial(work, run.errors, run.timeout, form)
    return _extract_parallel(work, run, form)


def _lost(args, reason: str) -> ExtractionFailure:
    return ExtractionFailure(args[0].path, reason)


def _budget(timeout: float | None):
    return lambda args: time_budget(timeout, len(args[0].text))


def _size(args) -> int:
    return len(args[0].text)


def _checked(result, errors: str):
    if isinstance(result, ExtractionFailure) and errors != "report":
        raise KzeuError(f"{result.path or '<input>'}: {result.reason}")
    return result


def _language_of(document: Document, lang: str | None) -> str:
    """The language ``_extract_one`` takes for ``document``: ``lang``, else detected."""
    return lang or detect_language(replace_unencodable(document.text)[0])[0]


def _prepare(args):
    """Build the document's pipeline before its time budget starts (the first document of
    a language would otherwise pay for building it: seconds); the arguments to extract
    with, the language detected once and for all."""
    document, lang, reference, model = args
    try:
        language = _language_of(document, lang)
        build_pipeline(pipeline_language(language), model)
    except KzeuError:
        raise
    except Exception:   # _extract_one meets it again, and reports it for this document
        return args
    return document, language, reference, model


def _extract_serial(work, errors: str, timeout: float | None, form: Callable):
    clock = AlarmClock()
    budget_of = _budget(timeout)
    report = functools.partial(_safe_extract_one, form=form)
    for args in work:
        budget = budget_of(args)
        if budget:
            args = _prepare(args)
        if errors == "report":
            yield clock.call(budget, report, args, _lost)
        else:   # the extraction's own exception propagates; a timeout is a KzeuError
            yield _checked(clock.call(budget, functools.partial(_extract_args, form=form), args, _lost), errors)


def _extract_args(args, form: Callable):
    return form(_extract_one(*args))


def _warm_up(languages: list[str], model: str | None) -> None:
    """Run each pipeline once on an empty text, and the language guess on one word, so that
    what they build on first use (tables, gazetteers) is built here, once, and not again in
    every worker."""
    try:
        detect_language("x")
        for language in languages:
            _extract_one(Document(""), language, None, model)
    except Exception:   # a real document meets it again, and reports it
        pass


def _extract_parallel(work, run: _Run, form: Callable):
    # Build the pipelines before forking, so that workers share them copy-on-write and a
    # worker started to replace one that died or overran is ready at once.
    languages = [pipeline_language(run.lang)] if run.lang else supported_languages()
    for language in languages:
        build_pipeline(language, run.model)
    _warm_up(languages, run.model)
    prepare = _prepare if run.timeout else None
    for result in ordered_map(functools.partial(_safe_extract_one, form=form), work, jobs=run.jobs, lost=_lost,
                              budget_of=_budget(run.timeout), size_of=_size, prepare=prepare):
        yield _checked(result, run.errors)
