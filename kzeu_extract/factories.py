"""Every kzeu component's factory, registered with spaCy in this one light module.

spaCy imports every ``spacy_factories`` entry point whenever anyone makes a ``Language``
(``spacy.blank("en")`` in any program of the environment), so the entry points name this
module: it declares each component's contract (what it assigns and requires, its default
config) and imports the component's code only when a pipeline adds it.
"""
from __future__ import annotations

import importlib
import inspect
from typing import Any

from spacy.language import Language

from .extensions import register_extensions
from .knowledge import DEFAULT_KNOWLEDGE
from .prepared import made_by_factory

_SPANS = "doc.spans"

# name: (module:function that makes it, assigns, requires, default config)
CONTRACTS: dict[str, tuple[str, list[str], list[str], dict[str, Any]]] = {
    "kzeu_sentences": ("components.sentences:make_sentences", ["token.is_sent_start"], [], {}),
    "kzeu_language": ("components.language:make_language", ["doc._.kzeu_language"], [], {}),
    "kzeu_document": ("components.document.component:make_document",
                      ["doc._.kzeu_title", "doc._.kzeu_document_date", "doc._.kzeu_reference_date"], [], {}),
    "kzeu_dates": ("components.dates.component:make_dates", [_SPANS, "doc._.kzeu_dates"],
                   ["doc._.kzeu_reference_date"], {"dayfirst": True}),
    "kzeu_places": ("components.places:make_places", [_SPANS, "doc._.kzeu_places"], [],
                    {"knowledge": DEFAULT_KNOWLEDGE, "pack": None}),
    "kzeu_organizations": ("components.organizations:make_organizations", [_SPANS, "doc._.kzeu_organizations"],
                           ["doc._.kzeu_places"], {"knowledge": DEFAULT_KNOWLEDGE, "pack": None}),
    "kzeu_titles": ("components.titles:make_titles", [_SPANS, "doc._.kzeu_titles"],
                    ["doc._.kzeu_organizations", "doc._.kzeu_places"], {"knowledge": DEFAULT_KNOWLEDGE, "use_kb": True}),
    "kzeu_people": ("components.people:make_people", [_SPANS, "doc._.kzeu_people", "doc._.kzeu_offices"],
                    ["doc._.kzeu_titles", "doc._.kzeu_organizations", "doc._.kzeu_places", "doc._.kzeu_dates"],
                    {"knowledge": DEFAULT_KNOWLEDGE, "use_kb": True, "use_model_entities": True}),
    "kzeu_figures": ("components.figures.component:make_figures", [_SPANS, "doc._.kzeu_figures"],
                     ["doc._.kzeu_dates", "doc._.kzeu_places"], {"max_unit_words": 4, "knowledge": DEFAULT_KNOWLEDGE}),
    "kzeu_agreements": ("components.agreements:make_agreements", [_SPANS, "doc._.kzeu_agreements"],
                        ["doc._.kzeu_dates", "doc._.kzeu_organizations", "doc._.kzeu_places", "doc._.kzeu_people"],
                        {"max_name_words": 14, "knowledge": DEFAULT_KNOWLEDGE}),
    "kzeu_quotes": ("components.quotes:make_quotes", [_SPANS, "doc._.kzeu_quotes"], ["doc._.kzeu_people"],
                    {"min_words": None, "knowledge": DEFAULT_KNOWLEDGE}),
    "kzeu_events": ("components.events.component:make_events", [_SPANS, "doc._.kzeu_events"],
                    ["doc._.kzeu_people", "doc._.kzeu_dates", "doc._.kzeu_places", "doc._.kzeu_organizations",
                     "doc._.kzeu_quotes"], {"split_min_counterparts": None, "knowledge": DEFAULT_KNOWLEDGE}),
}


def _register(name: str, target: str, assigns: list[str], requires: list[str], config: dict) -> None:
    module, function = target.split(":")
    factory_name = name

    def factory(nlp: Language, name: str, **settings):
        register_extensions()
        make = getattr(importlib.import_module(f"{__package__}.{module}"), function)
        with made_by_factory(factory_name, settings):   # the key of its compiled state (prepared.py)
            return make(nlp, name, **settings)

    factory.__name__ = factory.__qualname__ = function
    # spaCy checks a config against the factory's signature: declare the settings it takes
    factory.__signature__ = inspect.Signature(
        [inspect.Parameter("nlp", inspect.Parameter.POSITIONAL_OR_KEYWORD),
         inspect.Parameter("name", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        + [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY) for key in config])
    factory.__doc__ = f"Make the {name} component ({target})."
    Language.factory(name, assigns=assigns, requires=requires, default_config=config, func=factory)
    globals()[function] = factory   # the object the entry point names


for _name, (_target, _assigns, _requires, _config) in CONTRACTS.items():
    _register(_name, _target, _assigns, _requires, _config)
