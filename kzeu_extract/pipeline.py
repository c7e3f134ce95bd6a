"""Builds the spaCy ``Language``: a blank model (or an installed statistical one, which
may only add candidates), then our rule-based components in a fixed order. Cached per
(language, model)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.language import Language

from .cache import cached, content_key
from .errors import KzeuError, UnsupportedLanguage
from .extensions import register_extensions
from .knowledge import load_knowledge
from .langpacks import LanguagePack, available_languages, language_pack
from .models import ModelChoice, load_pipeline, model_for
from .prepared import data_key_parts, one_build
from .spacy_setup import prepare as prepare_spacy_language

# Order matters: each component may read what the ones before it stored on the Doc.
COMPONENTS = [
    "kzeu_sentences",       # sentence boundaries: punctuation and line breaks
    "kzeu_language",        # doc._.kzeu_language
    "kzeu_document",        # title, document date, reference date for relative dates
    "kzeu_dates",           # date expressions, normalised and resolved
    "kzeu_places",          # countries, cities, regions
    "kzeu_organizations",   # institutions, companies, agencies, abbreviations
    "kzeu_titles",
    "kzeu_people",          # people, titles/offices, role mentions resolved
    "kzeu_figures",         # counts, money, percentages, durations
    "kzeu_agreements",      # named treaties and agreements
    "kzeu_quotes",          # direct quotes and their speakers
    "kzeu_events",          # meetings, phone calls, visits
]



def supported_languages() -> tuple[str, ...]:
    """Codes of the language packs found (``data/lang/`` and ``$KZEU_LANG_PATH``)."""
    return tuple(available_languages())


SUPPORTED_LANGUAGES = supported_languages()   # as found at import; supported_languages() sees later packs


def _import_components() -> None:
    # Importing the modules registers their @Language.factory functions.
    from . import components  # noqa: F401


def build_pipeline(lang: str | None = None, model: ModelChoice = None) -> Language:
    """The extraction pipeline for ``lang`` (default: the fallback language of
    ``data/languages.json``); with ``model``, an installed spaCy pipeline runs first and our
    components are added after it. ``model``: a package or pipeline name (``en_core_web_sm``),
    used for its own language only, or a mapping language -> name. A language without a
    model of its own gets a blank pipeline: never another language's model. Cached: treat
    the pipeline as shared and read-only."""
    if lang is None:
        from .normalize.language import fallback_language
        lang = fallback_language()
    check_language(lang)
    # the pack's folder is part of the key: another $KZEU_LANG_PATH gives another pipeline
    return _build_pipeline(lang, model_for(model, lang), available_languages().get(lang))


def check_language(lang: str) -> str:
    """``lang`` if a language pack supports it; else UnsupportedLanguage, worded as the
    command line's --lang error."""
    known = supported_languages()
    if lang not in known:
        choices = ", ".join(repr(code) for code in known)
        raise UnsupportedLanguage(f"language {lang!r} is not supported: not one of {choices} "
                                  "(the language packs installed)")
    return lang


_FREEZE_AFTER_BUILD = [False]


def freeze_after_build() -> None:
    """From now on, each pipeline built moves every object the collector tracks into its
    permanent generation (``gc.freeze``), so that later collections do not walk the
    pipeline's objects again and again. For a process that is ours (the ``kzeu`` command):
    in a library user's process it would freeze their objects too."""
    _FREEZE_AFTER_BUILD[0] = True


@lru_cache(maxsize=8)
def _build_pipeline(lang: str, model: str | None, folder: object = None) -> Language:
    # the data's and the code's hash made once for all components; no garbage collection
    # while the pipeline's long-lived objects are made (each full pass would walk them all)
    with one_build(), _collection_paused():
        nlp = _build(lang, model)
    if _FREEZE_AFTER_BUILD[0]:
        gc.freeze()
    return nlp


@contextmanager
def _collection_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(lang: str, model: str | None) -> Language:
    register_extensions()
    _import_components()
    pack = language_pack(lang)   # DataError naming the packs there are, before spaCy is asked
    prepare_spacy_language(lang)   # spaCy's tokenizer tables from the disk cache
    if model:
        nlp = load_pipeline(model)
    else:
        nlp = spacy.blank(lang)
    _validate_once(pack)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _validate_once(pack: LanguagePack) -> None:
    """A broken pack file fails here, naming file, key and entry; so does a knowledge file,
    or a reference between two. Checked once per state of the data and code: the disk cache
    keeps a mark of the data that passed (a changed file is checked again)."""
    def validate() -> bool:
        pack.validate_all()
        load_knowledge().validate_all()
        return True

    cached(f"validated-{pack.code}", content_key(*data_key_parts()), validate)
