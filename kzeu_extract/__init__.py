"""kzeu-extract: people, offices, dates, figures, agreements and diplomatic events from news.

    >>> from kzeu_extract import extract
    >>> record = extract("President Tokayev met Charles Michel in Brussels on 10 January 2022.")
    >>> record.dates[0].value
    '2022-01-10'

The public names are imported on first use (PEP 562), so that `kzeu --help` and
`kzeu --version` do not pay for importing spaCy.
"""
from importlib import import_module

from ._version import __version__

_PUBLIC = {
    "extract": "api", "extract_many": "api", "extract_many_json": "api", "Document": "api", "ExtractionFailure": "api",
    "KzeuError": "errors", "UsageError": "errors", "UnsupportedLanguage": "errors", "InputError": "errors",
    "OutputError": "errors", "build_pipeline": "pipeline", "supported_languages": "pipeline",
    "installed_pipelines": "models",
    "DocumentRecord": "records", "doc_to_record": "records", "json_schema": "records",
    "merge_events": "crossdoc", "timeline": "crossdoc", "MergedEvent": "crossdoc",
    "events_json_schema": "crossdoc",
}

__all__ = ["__version__", *_PUBLIC]


def __dir__() -> list[str]:
    """The public API (``dir(kzeu_extract)``, tab completion), importable or imported yet."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    raise AttributeError(f"module 'kzeu_extract' has no attribute {name!r}")
