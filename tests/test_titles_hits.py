"""titles.finder.phrase_hits: light hits that say what spaCy's filtered Spans say."""
from __future__ import annotations

import random

import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from kzeu_extract.components.titles.finder import _longest_first, phrase_hits


def test_longest_first_is_spacys_filter_spans():
    doc = spacy.blank("en")(" ".join(f"w{i}" for i in range(40)))
    rng = random.Random(5)
    for _ in range(300):
        pairs = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(40)
            pairs.append((start, min(40, start + rng.randint(1, 5))))
        expected = [(s.start, s.end) for s in filter_spans([doc[a:b] for a, b in pairs])]
        assert _longest_first(pairs) == expected, pairs


def test_hits_give_the_offsets_and_text_of_their_spans():
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("HEADS", [nlp.make_doc(t) for t in ("foreign minister", "minister", "prime minister")])
    matcher.add("PLURALS", [nlp.make_doc("foreign ministers")])
    labels = {nlp.vocab.strings["HEADS"]: "HEADS", nlp.vocab.strings["PLURALS"]: "PLURALS"}
    text = "Foreign Minister Ilse Varga and Prime Minister Kofi Mensah met the foreign ministers of Chile."
    doc = nlp(text)
    hits = phrase_hits(matcher, labels, doc)
    assert [(h.text, text[h.start_char:h.end_char]) for h in hits["HEADS"]] == [
        ("Foreign Minister", "Foreign Minister"), ("Prime Minister", "Prime Minister")]
    assert [h.text for h in hits["PLURALS"]] == ["foreign ministers"]
    (plural,) = hits["PLURALS"]
    span = doc[plural.start:plural.end]
    assert (plural.start_char, plural.end_char) == (span.start_char, span.end_char)
