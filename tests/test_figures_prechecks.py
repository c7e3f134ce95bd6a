"""The figures passes led by rare words or glued symbols scan a text only when it holds what
they need; the figures found must not change. Invented sentences only."""
from __future__ import annotations

import pytest

from kzeu_extract import extract
from kzeu_extract.components.figures.context import lowered_exactly, may_hold_any


def _figures(text: str, lang: str) -> list[tuple]:
    return [(f.text, f.value, f.kind, f.currency, f.unit) for f in extract(text, lang=lang).figures]


def test_lowered_exactly_is_the_lower_case_text():
    assert lowered_exactly("Un MILLIARD d’euros à Valmont") == "un milliard d’euros à valmont"


@pytest.mark.parametrize("trap", ["\u017f", "\u0130", "\u0131", "\u03a3"])
def test_lowered_exactly_refuses_letters_a_case_blind_pattern_reads_otherwise(trap):
    assert lowered_exactly(f"a {trap} million") is None


def test_may_hold_any():
    lowered = lowered_exactly("Orvania bought A Dozen ferries")
    assert may_hold_any(lowered, ["million", "dozen"])
    assert not may_hold_any(lowered, ["million", "billion"])
    assert may_hold_any(lowered, ["two dozen"]) is False      # the first word must stand there
    assert may_hold_any(None, ["million"])                    # no exact lower case: always scan


@pytest.mark.parametrize("text, lang, expected", [
    ("The port of Selvan lent RM487 million to its fishermen and KSh200 to each pupil.", "en",
     [("RM487 million", 487000000, "money", "MYR", None), ("KSh200", 200, "money", "KES", None)]),
    ("Orvania spent a billion dollars on a dozen ferries.", "en",
     [("a billion dollars", 1000000000, "money", "USD", None), ("a dozen ferries", 12, "count", None, "ferries")]),
    ("The \u017ftate of Marek paid A MILLION dollars to one hundred and twelve workers.", "en",
     [("A MILLION dollars", 1000000, "money", "USD", None),
      ("one hundred and twelve workers", 112, "count", None, "workers")]),
    ("Près d'une vingtaine de villages ont reçu un milliard de francs suisses.", "fr",
     [("Près d'une vingtaine de villages", 20, "count", None, "villages"),
      ("un milliard de francs suisses", 1000000000, "money", "CHF", None)]),
    ("Les 40 élus de Brévanne ont voté 3,5 millions d'euros.", "fr",
     [("40 élus", 40, "count", None, "élus"), ("3,5 millions d'euros", 3500000, "money", "EUR", None)]),
])
def test_word_led_and_glued_figures_are_found(text, lang, expected):
    assert _figures(text, lang) == expected


def test_no_scale_word_no_article_figure():
    # "a" before "millionaire" is no figure, and no scale word stands in the text
    assert _figures("A millionaire from Dorvel met a delegation.", "en") == []
