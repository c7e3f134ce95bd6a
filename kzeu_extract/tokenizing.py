"""The Doc of a text, with runs of punctuation kept away from spaCy's tokenizer.

spaCy strips prefix and suffix characters one at a time, copying the rest of the word each
time, so a run of n such characters (dollar signs, brackets, quotes, emoji) costs n^2: 10k
"$" take tens of seconds. Every character spaCy strips alone becomes a token of its own
anyway, so a long run of them is cut out and made into one-character tokens here, and the
text between runs is tokenized by spaCy as usual; the pieces are joined into one Doc whose
text is the text, character for character. A text without such a run takes the plain
``nlp.make_doc`` path (one regex search more).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .textkit.safe_text import replace_unencodable

MIN_RUN = 16    # shorter runs cost spaCy next to nothing (16 characters: 16 short copies)
# Runs of characters that are neither letters, digits nor white space: where runs of
# characters spaCy strips can be (which of them it strips is asked of its tokenizer).
_CANDIDATE = re.compile(rf"(?:[^\w\s]|_){{{MIN_RUN},}}")


def make_doc(nlp, text: str) -> Doc:
    """The Doc of ``text``, however long: ``nlp.tokenizer`` has no ``max_length`` guard
    (that guard is for the statistical parser's and NER's memory; our rules are linear)."""
    text, _ = replace_unencodable(text)
    runs = _stripped_runs(nlp.tokenizer, text)
    if not runs:
        return nlp.make_doc(text) if len(text) < nlp.max_length else nlp.tokenizer(text)
    return _doc_with_runs(nlp, text, runs)


def _stripped_runs(tokenizer, text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of at least ``MIN_RUN`` characters the tokenizer strips."""
    runs = []
    strips = _strip_table(tokenizer)
    for candidate in _CANDIDATE.finditer(text):
        start = None
        for at in range(candidate.start(), candidate.end() + 1):
            if at < candidate.end() and _strips(tokenizer, strips, text[at]):
                start = at if start is None else start
                continue
            if start is not None and at - start >= MIN_RUN:
                runs.append((start, at))
            start = None
    return runs


_STRIP_TABLES: dict[int, tuple[object, dict[str, bool]]] = {}


def _strip_table(tokenizer) -> dict[str, bool]:
    """Per tokenizer: character -> whether spaCy strips it alone as a prefix or suffix."""
    known = _STRIP_TABLES.get(id(tokenizer))
    if known is None or known[0] is not tokenizer:
        known = _STRIP_TABLES[id(tokenizer)] = (tokenizer, {})
    return known[1]


def _strips(tokenizer, strips: dict[str, bool], char: str) -> bool:
    found = strips.get(char)
    if found is None:
        found = False
        for search in (tokenizer.prefix_search, tokenizer.suffix_search):
            match = search(char) if search is not None else None
            found = found or bool(match and match.group() == char)
        strips[char] = found
    return found


def _doc_with_runs(nlp, text: str, runs: list[tuple[int, int]]) -> Doc:
    """Pieces between runs tokenized by spaCy, each run character a token; one Doc."""
    docs, at = [], 0
    for start, end in runs:
        if start > at:
            docs.append(nlp.tokenizer(text[at:start]))
        # the run's last character goes with the text after it, so that spaCy decides
        # the white space that follows the run as it would have
        docs.append(Doc(nlp.vocab, words=list(text[start:end - 1]), spaces=[False] * (end - 1 - start)))
        at = end - 1
    docs.append(nlp.tokenizer(text[at:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    return doc
