"""Unit tests of one component: a blank pipeline holding only the components under test
(cached per language and component list), and Docs run through it with the upstream
``doc._.kzeu_*`` sections set by hand."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kzeu_extract.extensions import register_extensions

_PIPELINES: dict[tuple[str, tuple[str, ...]], Language] = {}


def pipeline(components: tuple[str, ...], lang: str = "en") -> Language:
    key = (lang, tuple(components))
    if key not in _PIPELINES:
        register_extensions()
        import kzeu_extract.components  # noqa: F401  (registers the factories)

        nlp = spacy.blank(lang)
        for name in components:
            nlp.add_pipe(name)
        _PIPELINES[key] = nlp
    return _PIPELINES[key]


def run_components(text: str, components: tuple[str, ...], *, lang: str = "en", **upstream) -> Doc:
    """``upstream``: section -> value, e.g. ``dates=[...]``, ``option_date="2022-01-10"``."""
    nlp = pipeline(components, lang)
    doc = nlp.make_doc(text)
    doc._.kzeu_language = lang
    for section, value in upstream.items():
        setattr(doc._, f"kzeu_{section}", value)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
