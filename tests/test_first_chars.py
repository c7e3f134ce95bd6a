"""textkit.first_chars: the first characters of a pattern's matches, and the events
trigger regex that uses them finding what the plain alternation finds."""
from __future__ import annotations

import re

import pytest

from kzeu_extract.components.events.grammar import _fragment
from kzeu_extract.pipeline import build_pipeline
from kzeu_extract.textkit.first_chars import character_class, first_characters


@pytest.mark.parametrize("pattern,expected", [
    ("visit", ["v"]),
    ("met|talks", ["m", "t"]),
    ("(?:official )?visits?", ["o", "v"]),
    ("(?:(?:tele)?phone )?call", ["t", "p", "c"]),
    ("[a-c]x|d", ["a-c", "d"]),
    ("(?<!was\\s)signed", ["s"]),
    ("(?:a|b)*c", ["a", "b", "c"]),
    ("s'est rendu", ["s"]),
    ("-day", ["\\-"]),
])
def test_first_characters(pattern, expected):
    assert first_characters(pattern, re.IGNORECASE) == expected


@pytest.mark.parametrize("pattern", ["\\w+ talks", "(?:a)?", "x*", ".isit", "[^a]b", "(?-i:Visit)", "(a)?\\1"])
def test_unknown_or_any_first_character_gives_none(pattern):
    assert first_characters(pattern, re.IGNORECASE) is None


def test_the_class_matches_every_case_the_pattern_does():
    ahead = re.compile(character_class(first_characters("étude|ſtop", re.IGNORECASE)), re.IGNORECASE)
    assert all(ahead.match(word[0]) for word in ("Étude", "étude", "STOP", "stop"))


SENTENCES = {
    "en": ["President Ilse Varga paid an official visit to Norway and met Tomas Berg on Monday.",
           "Kofi Mensah held a telephone conversation with Lena Okafor of Ghana.",
           "The minister arrived in Lima, then headed for Quito; talks with Pedro Alves followed.",
           "Aiko Tanaka received a phone call from Omar Haddad, who was visiting Jordan.",
           "A signing ceremony and a joint press conference closed the state visit to Chile.",
           "Priya Raman hosted a working dinner with the delegation from Kenya."],
    "fr": ["La présidente Ilse Varga a effectué une visite officielle en Norvège et a rencontré Tomas Berg.",
           "Kofi Mensah s'est entretenu par téléphone avec Lena Okafor, ministre du Ghana.",
           "Le ministre est arrivé à Lima ; des entretiens avec Pedro Alves ont suivi.",
           "Aiko Tanaka a reçu un appel téléphonique de Omar Haddad, en visite en Jordanie.",
           "Une cérémonie de signature et une conférence de presse conjointe ont clos la visite d'État au Chili.",
           "Priya Raman a offert un dîner de travail avec la délégation du Kenya."],
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_trigger_regex_finds_what_the_plain_alternation_finds(lang):
    grammar = build_pipeline(lang).get_pipe("kzeu_events").grammar
    entries = [entry for entries in grammar.vocabulary.triggers.values() for entry in entries]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<t{i}>{_fragment(e.pattern)})" for i, e in enumerate(entries))
                       + r")(?!\w)", re.IGNORECASE)
    assert plain.pattern != grammar.trigger_rx.pattern   # the look-aheads are there
    text = "\n".join(SENTENCES[lang] + [s.upper() for s in SENTENCES[lang]])
    found = [(m.span(), m.lastgroup) for m in grammar.trigger_rx.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(found) >= 2 * len(SENTENCES[lang])


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_every_trigger_match_starts_with_one_of_its_characters(lang):
    grammar = build_pipeline(lang).get_pipe("kzeu_events").grammar
    text = "\n".join(SENTENCES[lang])
    for entries in grammar.vocabulary.triggers.values():
        for entry in entries:
            fragment = _fragment(entry.pattern)
            first = first_characters(fragment, re.IGNORECASE)
            if first is None:
                continue
            ahead = re.compile(character_class(first), re.IGNORECASE)
            for m in re.finditer(fragment, text, re.IGNORECASE):
                assert ahead.match(m.group()[0]), (entry.pattern, m.group())
