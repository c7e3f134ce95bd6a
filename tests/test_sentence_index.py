"""textkit.sentence_index: questions about the one sentence index (invented sentences)."""
from __future__ import annotations

import spacy

from kzeu_extract.textkit.sentence_index import SentenceIndex


def _index(text: str, lang: str = "en", sentences: bool = True) -> SentenceIndex:
    nlp = spacy.blank(lang)
    if sentences:
        nlp.add_pipe("kzeu_sentences")
    return SentenceIndex(nlp(text), text)


def test_ends_leave_out_the_next_quotes_opening_mark():
    text = "Ms. Okafor spoke first. “We agree,” she said. Talks went on."
    index = _index(text)
    assert [text[:e][-6:] for e in index.ends] == ["first.", " said."]
    assert index.last_end_before(text.index("“")) == text.index("first.") + 6
    assert index.first_end_after(text.index("”") + 1) == text.index("said.") + 5


def test_an_honorific_ends_no_sentence():
    text = "The envoy met Mr. Haddad and Dr. Lind. They signed."
    index = _index(text)
    assert index.ends_between(0, len(text)) == [text.index("Lind.") + 5]
    assert index.sentence_of(text.index("Haddad")) == 0 and index.sentence_of(text.index("They")) == 1


def test_a_doc_without_boundaries_is_one_sentence():
    text = "The envoy arrived. She met the mayor."
    index = _index(text, sentences=False)
    assert len(index) == 1 and index.ends == [] and index.first_end_after(0) is None
