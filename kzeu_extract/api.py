"""The library API: text in, DocumentRecord out. The CLI is a thin layer over this."""
from __future__ import annotations

import datetime as _dt
from typing import Iterable, Iterator, NamedTuple

from .chunking import ChunkSetup, extract_in_chunks, is_long, run_pipeline
from .errors import KzeuError
from .normalize.language import detect_language, fallback_language
from .pipeline import build_pipeline, supported_languages
from .records import DocumentRecord, doc_to_record, source_of
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
                 model: str | None = None, jobs: int = 1, errors: str = "raise",
                 timeout: float | None = None) -> Iterator[DocumentRecord | ExtractionFailure]:
    """Stream records for texts (or ``Document`` tuples) in input order, one at a time.

    jobs: worker processes (output order is kept either way). A worker that dies (killed,
        out of memory, crashed) costs only its document: it is retried once in a new
        worker, then reported as failed.
    errors: "raise" stops at the first document whose extraction fails; "report" yields an
        ``ExtractionFailure`` in its place and goes on.
    timeout: seconds a document may take (a text over a million characters gets as many
        again per million); one that takes longer fails with "timed out after N s". None or
        0: no limit. With jobs > 1 the worker that overran is killed and replaced. With
        jobs=1 the limit is a SIGALRM in this process: it works in the main thread when
        nothing else uses SIGALRM, and otherwise there is no limit.
    """
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    reference = check_reference_date(reference_date)
    work = ((item if isinstance(item, Document) else Document(item), lang, reference, model)
            for item in documents)
    if jobs <= 1:
        yield from _extract_serial(work, errors, timeout)
        return
    yield from _extract_parallel(work, jobs, errors, timeout, (lang, model))


def _lost(args, reason: str) -> ExtractionFailure:
    return ExtractionFailure(args[0].path, reason)


def _budget(timeout: float | None):
    return lambda args: time_budget(timeout, len(args[0].text))


def _checked(result, errors: str):
    if isinstance(result, ExtractionFailure) and errors != "report":
        raise KzeuError(f"{result.path or '<input>'}: {result.reason}")
    return result


def _prepare(args) -> None:
    """Build the document's pipeline before its time budget starts: the first document of a
    language would otherwise pay for building it (seconds)."""
    document, lang, _reference, model = args
    try:   # the language and pipeline that _extract_one will take
        build_pipeline(pipeline_language(lang or detect_language(document.text)[0]), model)
    except KzeuError:
        raise
    except Exception:   # _extract_one meets it again, and reports it for this document
        pass


def _extract_serial(work, errors: str, timeout: float | None):
    clock = AlarmClock()
    budget_of = _budget(timeout)
    for args in work:
        budget = budget_of(args)
        if budget:
            _prepare(args)
        if errors == "report":
            yield clock.call(budget, _safe_extract_one, args, _lost)
        else:   # the extraction's own exception propagates; a timeout is a KzeuError
            yield _checked(clock.call(budget, _extract_args, args, _lost), errors)


def _extract_args(args) -> DocumentRecord:
    return _extract_one(*args)


def _extract_parallel(work, jobs: int, errors: str, timeout: float | None, settings):
    # Build the pipelines before forking, so that workers share them copy-on-write and a
    # worker started to replace one that died or overran is ready at once.
    lang, model = settings
    for language in [pipeline_language(lang)] if lang else supported_languages():
        build_pipeline(language, model)
    prepare = _prepare if timeout else None
    for result in ordered_map(_safe_extract_one, work, jobs=jobs, lost=_lost, budget_of=_budget(timeout),
                              prepare=prepare):
        yield _checked(result, errors)
