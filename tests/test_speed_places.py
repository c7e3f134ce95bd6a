"""The places component's quick city look-up finds what the word-by-word reference finds."""
import random
import re

import spacy

import kzeu_extract.components  # noqa: F401  (registers the factories)
from kzeu_extract.components.places.cities import CAPITALS
from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.textkit import fold_same_length


def test_capital_class_holds_every_capital():
    pattern = re.compile(CAPITALS)
    missing = [hex(c) for c in range(0x110000) if chr(c).isupper() and not pattern.match(chr(c))]
    assert missing == []


def test_city_lookup_is_the_word_by_word_one():
    cities = spacy.blank("en").add_pipe("kzeu_places")._cities
    rng = random.Random(5)
    names = [row[1] for row in load_knowledge().geo.city_rows()[::7]]
    pieces = ["the", "of", "in", "New", "San", "ʼ", "’", "#", "@", "-", " ", "\n", "x", "Ville", "São", "Ūx",
              "Москва", "İzmir", "'s", "$", "é", "2020"]
    for _ in range(150):
        words = []
        for _ in range(rng.randint(5, 60)):
            word = rng.choice(names) if rng.random() < 0.4 else rng.choice(pieces)
            if rng.random() < 0.1:
                word = word.upper()
            words.append(word)
        text = "".join(w + rng.choice([" ", " ", "  ", "\n", "-", "", ", "]) for w in words)
        folded = fold_same_length(text)
        assert list(cities.finditer(text, folded)) == list(cities.finditer_slow(text, folded)), text
