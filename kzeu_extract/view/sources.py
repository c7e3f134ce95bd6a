"""The records a report shows, with their documents' texts.

A record does not carry its text, and the highlights need it: documents given as PATH...
are read (as ``kzeu extract`` reads them) and kept beside their records; for records read
from a file (``--from``) each document is looked for where its record says it was (the
path as given, else beside the records file) and taken only if its sha256 is the
record's. Every failure is one line on stderr (``Tally``) and the rest goes on.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..io import Source, printable_path, read_source
from ..records import DocumentRecord
from ..textkit.safe_text import replace_unencodable

Texts = MutableMapping[str, str]   # a document's text by its sha256


def _keep(texts: Texts, text: str) -> None:
    # the record's offsets are into the text with lone surrogates replaced (same length),
    # and only that text can be written into a UTF-8 page
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    texts[sha256] = replace_unencodable(text)[0]


def extracted_records(sources: list[Source], tally, texts: Texts, *, max_bytes: int,
                      advance: Callable[[], None] = lambda: None, **options: Any) -> Iterator[DocumentRecord]:
    """The records of the documents, extracted as ``kzeu extract`` does (options: lang,
    reference_date, model, jobs, timeout; see ``crossdoc.inputs``), each text kept in
    ``texts``; ``advance`` called once per document, however it ends (a progress bar's)."""
    from ..crossdoc.inputs import extracted_records as extracted

    return extracted(sources, tally, max_bytes=max_bytes, advance=advance,
                     on_text=lambda text: _keep(texts, text), **options)


def stored_records(files: list[Path], tally, texts: Texts, *, max_bytes: int) -> Iterator[DocumentRecord]:
    """The records of files written by ``kzeu extract`` (JSON Lines or JSON), each one
    checked whole (the report reads every section); their documents' texts where found."""
    from ..crossdoc.inputs import stored_records as parsed_records

    for file in files:
        label = printable_path(str(file))
        for data in parsed_records([file], tally):
            try:
                record = DocumentRecord.model_validate(data)
            except ValidationError as exc:
                error = exc.errors()[0]
                where = ".".join(str(part) for part in error["loc"])
                document = data["source"].get("path") or data["source"]["sha256"][:12]
                tally.failed(f"{label}: the record of {printable_path(str(document))}: not a document record "
                             f"({where}: {error['msg']})")
                continue
            _find_text(record, file.parent, texts, max_bytes)
            yield record


def _find_text(record: DocumentRecord, beside: Path, texts: Texts, max_bytes: int) -> None:
    path = record.source.path
    if path is None or record.source.sha256 in texts:
        return
    for candidate in dict.fromkeys([path, os.path.join(beside, path)]):
        if not os.path.isfile(candidate):
            continue
        try:
            text, _ = read_source(Source(candidate, printable_path(candidate)), max_bytes)
        except InputError:
            continue   # not an error of the run: the report shows the cited sentences
        if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() == record.source.sha256:
            _keep(texts, text)
            return
