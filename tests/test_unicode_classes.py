"""textkit.compile_pattern: letter properties of any script, the standard re elsewhere."""
from __future__ import annotations

import re

import pytest

from kzeu_extract.textkit import compile_pattern


@pytest.mark.parametrize("text,words", [
    ("Der Kanzler traf Öztürk und Zelensky", ["Der", "Kanzler", "Öztürk", "Zelensky"]),
    ("Глава МИД Лавров встретился с коллегой", ["Глава", "МИД", "Лавров"]),
    ("ο Υπουργός Δένδιας μίλησε", ["Υπουργός", "Δένδιας"]),
    ("no capitals here at all", []),
])
def test_a_capital_of_any_script_starts_a_capitalised_word(text, words):
    assert compile_pattern(r"(?<![\w-])\p{Lu}[\w-]*").findall(text) == words


def test_properties_inside_a_class_keep_their_meaning():
    acronym = compile_pattern(r"\((\p{Lu}[\p{L}&]{1,9})\)")
    assert acronym.findall("the treaty (ОДКБ), the bank (BNP&Co) and (eu)") == ["ОДКБ", "BNP&Co"]


def test_a_pattern_without_properties_is_a_standard_re_pattern():
    assert isinstance(compile_pattern(r"\d{4}-\d{2}"), re.Pattern)
    assert not isinstance(compile_pattern(r"\p{Ll}+"), re.Pattern)


def test_a_pattern_re_cannot_compile_falls_back_to_the_regex_module():
    varying_lookbehind = compile_pattern(r"(?<=Mr|Mrs)\s[A-Z]\w+")
    assert not isinstance(varying_lookbehind, re.Pattern)
    assert varying_lookbehind.search("Mrs Dalloway").group() == " Dalloway"
