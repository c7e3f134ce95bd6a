"""Small pieces of the people finder built from data: the pack's function words as
patterns, the place preposition before a name, and the person-names file checked on load."""
import pytest

from kzeu_extract.components.people.helpers import after_article, after_place_preposition
from kzeu_extract.components.titles.wording import alternation, before_word, either_case_initial
from kzeu_extract.errors import DataError

import regex


def test_an_alternation_tries_the_longest_word_first_and_any_apostrophe():
    pattern = regex.compile(f"(?:{alternation(['de', 'des', 'd’un'])})$")
    assert alternation(["de", "des"]).startswith("des|")
    assert pattern.match("d'un") and pattern.match("d\u2019un") and pattern.match("des")
    assert regex.compile(f"(?:{alternation([])})").search("anything") is None


def test_words_before_another_word_are_spaced_or_elided():
    pattern = regex.compile(before_word(["la", "l'"]) + "Europe")
    assert pattern.match("la Europe") and pattern.match("l'Europe") and pattern.match("l\u2019Europe")
    assert not pattern.match("laEurope")


def test_a_word_with_either_case_initial():
    pattern = regex.compile(either_case_initial("another") + "$")
    assert pattern.match("Another") and pattern.match("another") and not pattern.match("ANOTHER")


def _after(text, word, prepositions):
    return after_place_preposition(text, text.index(word), prepositions)


def test_after_a_place_preposition():
    assert _after("Il est arrivé à Lomé", "Lomé", {"à"})
    assert _after("À Lomé", "Lomé", {"à"})
    assert not _after("voilà Lomé", "Lomé", {"à"})   # the end of another word
    assert not _after("Reçu par Ana Sá", "Ana", {"à"})
    assert not _after("Il est arrivé à Lomé", "Lomé", set())


class _Wording:
    determiners = {"the", "cette", "l'"}
    elided_determiners = ["l'"]


def test_after_a_determiner():
    assert after_article("visit of the Red Cross", len("visit of the "), _Wording)
    assert after_article("pour l\u2019Union", len("pour l'"), _Wording)
    assert not after_article("said Mira Kolar", len("said "), _Wording)


def test_a_corrupted_person_names_file_names_the_key_and_entry(monkeypatch):
    from kzeu_extract import data
    from kzeu_extract.normalize import names

    broken = {"family_name_first": {"chinese": [], "korean": []}, "patronymic_links": ["bin"],
              "capitalised_patronymic_links": [], "model_labels": {"person": "PERSON", "blocking": []}}
    monkeypatch.setattr(data, "load_data", lambda name: broken)
    names.person_names.cache_clear()
    try:
        with pytest.raises(DataError, match=r"person_names\.json.*model_labels\.person.*PERSON"):
            names.person_names()
    finally:
        names.person_names.cache_clear()
