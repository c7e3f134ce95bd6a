"""kzeu_sentences computed on token arrays gives spaCy's Sentencizer boundaries plus line breaks."""
import random

import pytest
import spacy
from spacy.attrs import SENT_START

from kzeu_extract.components.sentences import LineAwareSentencizer, _line_breaks, sentence_starts_slow

_PIECES = ["Hello", "world", ".", "!", "?", "...", "\n", "\n\n", " ", "  ", "\t", "«", "»", "(", ")", "\"",
           "M.", "U.S.", "2024", "-", "—", "。", "！", "x", "Le", "l'UE", ",", ";", ":", "\n \n", "’"]


def _texts():
    rng = random.Random(11)
    texts = ["", " ", "\n", ".", "Hello.", "A. B.\nC", "..a", "\n\nx", "x\n", "Yes!! \n\n Non ? Oui.\n"]
    for _ in range(300):
        texts.append("".join(rng.choice(_PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 40))))
    return texts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_array_boundaries_are_the_sentencizers(lang):
    nlp = spacy.blank(lang)
    component = LineAwareSentencizer()
    for text in _texts():
        quick, slow = nlp.make_doc(text), nlp.make_doc(text)
        component(quick)
        assert [int(v) for v in quick.to_array([SENT_START])] == sentence_starts_slow(slow), repr(text)
        if len(quick):
            assert [s.start for s in quick.sents] == [s.start for s in slow.sents]


def test_boundaries_set_before_are_kept_as_the_sentencizer_keeps_them():
    nlp = spacy.blank("en")
    component = LineAwareSentencizer()
    for text in _texts()[10:60]:
        quick, slow = nlp.make_doc(text), nlp.make_doc(text)
        if len(quick) < 3:
            continue
        quick[2].is_sent_start = False
        slow[2].is_sent_start = False
        component(quick)
        component._sentencizer(slow)
        _line_breaks(slow)
        assert [int(v) for v in quick.to_array([SENT_START])] == [int(v) for v in slow.to_array([SENT_START])]
