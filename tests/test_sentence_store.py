"""The one stored sentence index: written by kzeu_sentences from the arrays it set the
boundaries with, the same as reading the boundaries back from the Doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import IDX, SENT_START

from kzeu_extract.textkit.sentences import sentence_spans, sentence_start_offsets

TEXTS = {
    "en": ["Minister Ilse Varga met Tomas Berg in Oslo. They spoke of trade!\nNORWAY - Talks went on.",
           "  Mr. Kofi Mensah arrived in Accra on Monday.\n\n“We agree,” Lena Okafor said. Is it over?",
           "PERU\nDr. Pedro Alves visited Lima...  Then Quito.",
           ""],
    "fr": ["La ministre Aïcha Benali a reçu Pedro Alves à Lisbonne. Ils ont parlé du Portugal !\nLISBONNE",
           "M. Omar Haddad est arrivé à Amman. « Nous sommes d'accord », a-t-il dit.\n\nFin ?",
           "\nMme Aiko Tanaka a visité le Japon… Puis la Corée."],
}


def _both(lang: str, text: str):
    with_component = spacy.blank(lang)
    with_component.add_pipe("kzeu_sentences")
    return with_component(text)


def _read_back(doc) -> list[int]:
    return [int(i) for s, i in doc.to_array([SENT_START, IDX]).tolist() if s == 1] if len(doc) else []


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, texts in TEXTS.items() for t in texts])
def test_stored_starts_are_the_boundaries_the_doc_holds(lang, text):
    doc = _both(lang, text)
    assert sentence_start_offsets(doc) == _read_back(doc)
    stored = sentence_spans(doc)
    doc.user_data.clear()
    assert sentence_spans(doc, text) == stored   # recomputed from the arrays alone
    for start, end in stored:
        assert text[start:end] == text[start:end].rstrip() and text[start:end]   # trailing white space trimmed


def test_sentences_hold_the_pieces_written():
    text = TEXTS["en"][0]
    doc = _both("en", text)
    assert [text[s:e] for s, e in sentence_spans(doc)] == [
        "Minister Ilse Varga met Tomas Berg in Oslo.", "They spoke of trade!", "NORWAY - Talks went on."]
    assert sentence_start_offsets(doc) == [0, text.index("They"), text.index("NORWAY") - 1, text.index("NORWAY")]


def test_without_the_component_the_arrays_are_read():
    text = "Ms. Lind met Mr. Haddad. Then they left Oslo."
    doc = spacy.blank("en")(text)
    assert sentence_spans(doc, text) == [(0, len(text))]   # no boundaries: one sentence
    assert sentence_start_offsets(doc) == _read_back(doc)


def test_boundaries_a_senter_set_before_are_read_back():
    nlp = spacy.blank("en")
    text = "Aiko Tanaka spoke. Omar Haddad listened in Amman."
    doc = nlp.make_doc(text)
    doc[4].is_sent_start = False            # "Omar" is kept inside the first sentence
    nlp.add_pipe("kzeu_sentences")
    doc = nlp.get_pipe("kzeu_sentences")(doc)
    assert sentence_start_offsets(doc) == _read_back(doc)
    assert sentence_spans(doc) == [(0, len(text))]
