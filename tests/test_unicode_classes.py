"""textkit.compile_pattern: letter properties of any script, compiled with the standard re."""
from __future__ import annotations

import re

import pytest

from kzeu_extract.textkit import compile_pattern
from kzeu_extract.textkit.unicode_classes import standard_pattern


@pytest.mark.parametrize("text,words", [
    ("Der Kanzler traf Öztürk und Zelensky", ["Der", "Kanzler", "Öztürk", "Zelensky"]),
    ("Глава МИД Лавров встретился с коллегой", ["Глава", "МИД", "Лавров"]),
    ("ο Υπουργός Δένδιας μίλησε", ["Υπουργός", "Δένδιας"]),
    ("no capitals here at all", []),
])
def test_a_capital_of_any_script_starts_a_capitalised_word(text, words):
    assert compile_pattern(r"(?<![\w-])\p{Lu}[\w-]*").findall(text) == words


def test_properties_inside_a_class_become_ranges_of_that_class():
    acronym = compile_pattern(r"\((\p{Lu}[\p{L}&]{1,9})\)")
    assert acronym.findall("the treaty (ОДКБ), the bank (BNP&Co) and (eu)") == ["ОДКБ", "BNP&Co"]
    assert compile_pattern(r"[^\p{Ll}\s]+").findall("abc ÉTAT déf") == ["ÉTAT"]


def test_the_result_is_a_standard_re_pattern_when_re_can_take_it():
    assert isinstance(compile_pattern(r"\p{Ll}+"), re.Pattern)
    assert "\\p" not in standard_pattern(r"[\p{Lu}\d]\p{Ll}")


def test_a_pattern_re_cannot_compile_falls_back_to_the_regex_module():
    varying_lookbehind = compile_pattern(r"(?<=Mr|Mrs)\s\p{Lu}\w+")
    assert not isinstance(varying_lookbehind, re.Pattern)
    assert varying_lookbehind.search("Mrs Dalloway").group() == " Dalloway"
