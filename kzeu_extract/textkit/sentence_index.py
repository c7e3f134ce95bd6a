"""Questions about the one sentence index (``sentence_spans``): which sentence holds a
position, and where sentences end between two positions.

A sentence's end, here, is where its own words and final punctuation stop: the quotation
marks and brackets spaCy leaves at its end ("He said. “" keeps the opening mark of the next
quote) and its trailing white space are not part of it. Without ``kzeu_sentences`` the kit
reads SENT_START (a doc with no boundaries is one sentence), so a component still works alone.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from .sentences import sentence_spans

_MARKS = "\"'“”‘’«»„()[]{}\u00a0"


class SentenceIndex:
    """The sentences of one Doc, with range look-ups."""

    def __init__(self, doc: Doc, text: str | None = None):
        self.text = text if text is not None else (doc.user_data.get("kzeu:text") or doc.text)
        # Blank lines between paragraphs are no sentences.
        self.spans = [span for span in sentence_spans(doc, self.text) if span[1] > span[0]]
        self.starts = [start for start, _ in self.spans]
        # the end of every sentence but the last (the text's end is none)
        self.ends = [self._own_end(start, end) for start, end in self.spans[:-1]]

    def _own_end(self, start: int, end: int) -> int:
        text = self.text
        while end > start and (text[end - 1] in _MARKS or text[end - 1].isspace()):
            end -= 1
        return end

    def __len__(self) -> int:
        return len(self.spans)

    def sentence_of(self, position: int) -> int:
        """The index of the sentence holding ``position`` (the one before, between sentences)."""
        return max(0, bisect_right(self.starts, position) - 1)

    def ends_between(self, start: int, end: int) -> list[int]:
        """The sentence ends in ``(start, end]``."""
        return self.ends[bisect_right(self.ends, start):bisect_right(self.ends, end)]

    def first_end_after(self, position: int) -> int | None:
        """The first sentence end after ``position``."""
        i = bisect_right(self.ends, position)
        return self.ends[i] if i < len(self.ends) else None

    def last_end_before(self, position: int, floor: int = 0) -> int | None:
        """The last sentence end before ``position`` and after ``floor``."""
        i = bisect_left(self.ends, position) - 1
        return self.ends[i] if i >= 0 and self.ends[i] > floor else None
