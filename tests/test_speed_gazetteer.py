"""The gazetteer's quick matching (start regex + trie walk or per-start regex) finds exactly
what the reference, one trie regex of all the names, finds."""
import random
import re

import pytest
from small_pipeline import pipeline

from kzeu_extract import gazetteer
from kzeu_extract.components.organizations.known import known_names
from kzeu_extract.gazetteer import Gazetteer, words_after_boundary
from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.textkit import fold_same_length, folded_text

_NOISE = ["the", "of", "la", "le", "de", "d'", "l'", "and", "in", "New", "Saint", "St.", "U.S.", "us", "US",
          "EU", "eu", "#EU", "@UN", "US$", "$", "état", "République", "Cooperation", "Foreign", "2024",
          "x", "-", "–", "—", "\u2010", "\u2011", "’", "'", ".", ",", "(", ")", "«", "»", "×", "÷", "_", "é"]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "-", " - ", "\u2010", "\u2011", "–", "\u00a0", ""]


def _texts(names, count=60, seed=7):
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(20, 80)):
            pick = rng.random()
            if pick < 0.45:
                name = rng.choice(names)
                roll = rng.random()
                if roll < 0.2:
                    name = name.upper()
                elif roll < 0.35:
                    name = name.lower()
                elif roll < 0.45:
                    name = name[: rng.randint(1, max(1, len(name)))]   # a cut name
                elif roll < 0.55:
                    name = re.sub(r" ", lambda _: rng.choice(_SEPARATORS), name)
                parts.append(name)
            else:
                parts.append(rng.choice(_NOISE))
            parts.append(rng.choice(_SEPARATORS))
        texts.append("".join(parts))
    return texts


def _gazetteers_in(obj, label, found, depth=0):
    """Every Gazetteer an object holds (its attributes, one or two levels down)."""
    for name, value in sorted(vars(obj).items()):
        if isinstance(value, Gazetteer):
            found.append((f"{label}.{name}", value))
        elif depth < 1 and hasattr(value, "__dict__") and type(value).__module__.startswith("kzeu_extract"):
            _gazetteers_in(value, f"{label}.{name}", found, depth + 1)
    return found


def _gazetteers():
    places = pipeline(("kzeu_places",), "en").get_pipe("kzeu_places")
    found = _gazetteers_in(places, "places", [])
    return found + [("organizations", known_names(load_knowledge().organizations))]


def _spans(found):
    return [(start, end, [(e.name, e.case, e.value) for e in entries]) for start, end, entries in found]


def test_the_gazetteers_of_places_and_organizations_are_all_checked():
    assert len(_gazetteers()) >= 4


@pytest.mark.parametrize("which", range(4))
@pytest.mark.parametrize("compile_after", [1, 3, 10**9])
def test_quick_matching_finds_what_one_trie_regex_finds(which, compile_after, monkeypatch):
    label, shared = _gazetteers()[which]
    monkeypatch.setattr(gazetteer, "_COMPILE_AFTER_USES", compile_after)
    fresh = Gazetteer(shared.names, after=shared.after)
    names = [n for n, _ in shared.names]
    for text in _texts(names):
        expected = _spans(fresh.finditer_slow(text))
        assert _spans(fresh.finditer(text)) == expected, label
        assert _spans(fresh.finditer(text, gazetteer.fold_same_length(text))) == expected, label


def test_short_texts_and_edges():
    gz = Gazetteer([("EU", 1), ("European Union", 2), ("U.S.", 3), ("US", 4), ("New York", 5),
                    ("New York City", 6), ("la Paz", 7), ("La Paz", 8), ("Côte d'Ivoire", 9), ("York", 10)],
                   after=r"\$")
    for text in ["", "EU", "eu", "EU$", "US$ 5", "U.S.A", "U.S.", "New  York", "New-York", "New\u2010York City",
                 "new york", "NEW YORK CITY", "La Paz", "la  paz", "Cote d’Ivoire", "#EU @US", "xEU", "EUx",
                 "European Union", "European Unions", "European\nUnion", "New York Cityx", "New York C"]:
        assert _spans(gz.finditer(text)) == _spans(gz.finditer_slow(text)), text


def test_character_classes_written_shorter_are_the_same():
    # "\w or U+00C0-U+024F" is "\w, × or ÷"; the trie separator sees U+2010/U+2011 as "-"
    for code in range(0x3000):
        char = chr(code)
        assert bool(re.match(r"[\w\u00c0-\u024f]", char)) == bool(re.match(r"[\w\u00d7\u00f7]", char)), hex(code)
        assert bool(re.match(r"[\w#@\u00c0-\u024f]", char)) == bool(re.match(r"[\w#@\u00d7\u00f7]", char)), hex(code)
        assert (char.isalnum() or char in gazetteer._WORD_LIKE) == bool(re.match(r"[\w\u00d7\u00f7]", char))
        assert (char.isspace() or char == "-") == bool(re.match(r"[\s\-]", char))
    assert gazetteer._plain_hyphens("a\u2010b\u2011c-d") == "a-b-c-d"


def test_words_after_boundary_matches_as_the_plain_look_behind():
    words = [re.escape(w).replace(r"\ ", r"[ \t]+") for w in
             ["Palace", "Palais", "palais", "House", "Hall", "State House", "Élysée", ".com", "(c)"]]
    plain = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(words))
    quick = re.compile(r"%s(?![\w-])" % words_after_boundary(r"\w-", words))
    rng = random.Random(3)
    pieces = ["Palace", "Palais", "palais", "House", "Hall", "State", " ", "-", "x", "Élysée", "\n", ".com", "(c)", "é"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_fold_is_made_once_per_doc():
    nlp = pipeline(("kzeu_places",), "fr")
    text = "Président Tokaïev à l’Élysée – " * 20
    doc = nlp.make_doc(text)
    first = folded_text(doc)
    assert folded_text(doc) is first
    assert first == text.translate(gazetteer._FOLD_TABLE) == fold_same_length(text)
    other = nlp.make_doc(text.replace("Élysée", "Kremlin"))
    assert folded_text(other) == other.text.translate(gazetteer._FOLD_TABLE)
