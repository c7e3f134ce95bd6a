"""The lines of a text's head: where the title and the publication date are looked for."""
from __future__ import annotations

import re

_SCAN_LINES = 25          # non-blank lines searched for the publication date ...
_MENU_RUN = 5             # ... not counting runs of at least this many menu lines,
_MENU_WORDS = 4           # short lines of at most this many capitalised words (or bulleted)
_MENU_CHARS = 48
_SCAN_PARAGRAPHS = 2      # ... down to the second body paragraph,
PARAGRAPH_WORDS = 25      # a line of at least this many words

WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# PARAGRAPH_WORDS of WORD's matches, in one call that stops there: the characters between
# two matches are those no match starts with (not letters), and each match is taken whole
# (possessive), as findall takes them.
_PARAGRAPH = re.compile(rf"(?>[\W\d_]*+[^\W\d_][\w'’.\-]*+){{{PARAGRAPH_WORDS}}}")
# a menu line: a bullet, or a few capitalised words without sentence punctuation
_BULLET = re.compile(r"[ \t]*[•·▪►◦‣■□●○*–—-][ \t]")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:,]")


def nonblank_lines(text: str, start: int = 0):
    """(start, end) of each line from ``start`` holding a non-space character, without its
    line break. (A scan for line breaks, not a regex: a regex looking for a non-space
    character between line breaks retries a long blank line from each of its positions,
    quadratic in its length.)"""
    pos = start
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline
        if pos < end and not text[pos:end].isspace():
            yield pos, end
        if newline < 0:
            return
        pos = newline + 1


def head_lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first non-blank lines."""
    lines = []
    for span in nonblank_lines(text):
        lines.append(span)
        if len(lines) >= limit:
            break
    return lines


def scan_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines searched for a publication date: the first _SCAN_LINES non-blank lines from
    ``start``, down to the second body paragraph (included: a dateline opens it). A navigation
    menu (a run of at least _MENU_RUN menu lines, see menu_line) is searched but not counted:
    a site's list of sections or provinces may push the date line far down."""
    lines, paragraphs, counted, run = [], 0, 0, 0
    for line_start, line_end in nonblank_lines(text, start):
        lines.append((line_start, line_end))
        line = text[line_start:line_end]
        if menu_line(line):
            run += 1
            if run < _MENU_RUN:
                counted += 1
            elif run == _MENU_RUN:
                counted -= _MENU_RUN - 1     # the run is a menu: its first lines do not count either
        else:
            run = 0
            counted += 1
        if is_paragraph(text, line_start, line_end):
            paragraphs += 1
        if paragraphs >= _SCAN_PARAGRAPHS or (counted >= _SCAN_LINES and run == 0):
            break
        if counted >= _SCAN_LINES + _MENU_RUN:
            break
    return lines


def is_paragraph(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold at least PARAGRAPH_WORDS words (WORD's matches)?"""
    return _PARAGRAPH.match(text, start, end) is not None


def menu_line(line: str) -> bool:
    """A line of a navigation menu: short, and bulleted ("  • Province") or holding one to four
    capitalised words and no sentence punctuation ("World", "Press Releases")."""
    if len(line) > _MENU_CHARS:
        return False
    if _BULLET.match(line):
        return True
    words = line.split()
    return (0 < len(words) <= _MENU_WORDS and not _SENTENCE_PUNCTUATION.search(line)
            and all(w[0].isupper() or not w[0].isalpha() for w in words))


def head_end(text: str, start: int) -> int:
    lines = scan_lines(text, start)
    return lines[-1][1] if lines else start


def in_parentheses(text: str, start: int, end: int, cand) -> bool:
    opened = text.rfind("(", start, cand.start)
    return opened >= 0 and text.rfind(")", opened, cand.start) < 0 and ")" in text[cand.end:end]
