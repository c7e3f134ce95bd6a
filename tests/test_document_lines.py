"""A head line is a body paragraph when it holds PARAGRAPH_WORDS words: counted in one call
that stops there (``is_paragraph``), the same count as WORD's matches. Invented lines only."""
from __future__ import annotations

import pytest

from kzeu_extract import extract
from kzeu_extract.components.document.lines import PARAGRAPH_WORDS, WORD, is_paragraph


def _line(words: int, word: str = "envoy") -> str:
    return " ".join(f"{word}{i % 7}" if i % 3 == 0 else word for i in range(words))


@pytest.mark.parametrize("line", [
    _line(PARAGRAPH_WORDS - 1),
    _line(PARAGRAPH_WORDS),
    _line(PARAGRAPH_WORDS + 9),
    " ".join(["Ms.", "O'Hara's", "co-chair", "U.S.-led", "2021", "__", "…", "l’accord", "état"] * 3),
    " ".join(["12", "-", "3,5", "§", "x_y", "--", "é"] * 6),
    "\t" * 40 + _line(PARAGRAPH_WORDS),
    "",
])
def test_is_paragraph_counts_as_word_matches(line):
    text = f"Head\n{line}\nTail"
    start = text.index("\n") + 1
    end = start + len(line)
    assert is_paragraph(text, start, end) == (len(WORD.findall(text[start:end])) >= PARAGRAPH_WORDS)


def test_is_paragraph_stays_inside_its_line():
    text = _line(PARAGRAPH_WORDS - 1) + "\n" + _line(PARAGRAPH_WORDS)
    first_end = text.index("\n")
    assert not is_paragraph(text, 0, first_end)
    assert is_paragraph(text, first_end + 1, len(text))


def test_the_date_line_is_looked_for_down_to_the_second_body_paragraph():
    body = _line(PARAGRAPH_WORDS + 2, "talks") + "."
    short = _line(PARAGRAPH_WORDS - 2, "talks") + "."
    date_line = "Published 4 March 2022 by the Vell Courier."
    head = "Ministers meet in Vell"
    assert extract(f"{head}\n\n{short}\n\n{date_line}\n\n{body}\n", lang="en").document_date == "2022-03-04"
    assert extract(f"{head}\n\n{body}\n\n{body}\n\n{date_line}\n", lang="en").document_date is None
