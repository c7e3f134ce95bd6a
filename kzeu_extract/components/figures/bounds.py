"""A figure's bounds: "more than 100" is no value 100 but a lower bound.

Applied last, once every pass has read its figures (the passes compare values: "two" before a
participant noun). A qualified number whose qualifier states a bound (the pack's
``qualifier_bounds``: more than, at least, up to, less than, plus de, au moins, jusqu'à,
moins de; the approximate verbs: exceeded, a dépassé; the plus form: 10+) moves from
``value`` to ``min`` or ``max``, with ``min_inclusive`` / ``max_inclusive`` telling whether
the bound itself is included. A range ("between 10 and 20", "de 10 à 20") keeps both ends,
inclusive. Other qualifiers (about, nearly, environ, près de) keep an approximate value.
"""
from __future__ import annotations

from .context import word_key



def apply_bounds(figures: list[dict], qualifier_bounds: dict[str, str]) -> None:
    """Sets min/max, min_inclusive/max_inclusive of each figure in place (see the module)."""
    for figure in figures:
        figure.setdefault("min_inclusive", None)
        figure.setdefault("max_inclusive", None)
        if figure.get("min") is not None or figure.get("max") is not None:
            # a range: both ends are part of it
            figure["min_inclusive"] = True if figure.get("min") is not None else None
            figure["max_inclusive"] = True if figure.get("max") is not None else None
            continue
        qualifier = figure.get("qualifier")
        bound = qualifier_bounds.get(word_key(qualifier)) if qualifier else None
        if bound is None or figure.get("value") is None:
            continue
        field, inclusion = bound.split("_")   # "min_exclusive": min, the number not included
        figure[field], figure["value"] = figure["value"], None
        figure[field + "_inclusive"] = inclusion == "inclusive"
