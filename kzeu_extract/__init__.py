"""kzeu-extract: people, offices, dates, figures, agreements and diplomatic events from news.

    >>> from kzeu_extract import extract
    >>> record = extract("President Tokayev met Charles Michel in Brussels on 10 January 2022.")
    >>> record.dates[0].value
    '2022-01-10'
"""
from ._version import __version__
from .api import Document, ExtractionFailure, extract, extract_many
from .errors import KzeuError
from .pipeline import build_pipeline
from .records import DocumentRecord, doc_to_record, json_schema

__all__ = ["__version__", "extract", "extract_many", "Document", "ExtractionFailure", "build_pipeline", "DocumentRecord",
           "doc_to_record", "json_schema", "KzeuError"]
