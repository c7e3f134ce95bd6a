"""One text kit, shared by every component (import from here, never write another):

- ``fold`` (look-up key, one bounded cache) and ``fold_same_length`` / ``folded_text``
  (offset-preserving copy of a text, made once per Doc);
- ``vocabulary_pattern`` / ``compile_vocabulary`` (data-file words -> one regex) and
  ``trie_pattern`` (many names -> one trie-shaped regex);
- ``SpanSet``, ``DisjointSpans``, ``Mentions``, ``inside`` (span sets with bisect look-ups);
- ``sentence_spans`` / ``SentenceIndex`` (the sentence index, computed once per Doc, and
  questions about it: which sentence, ends between two offsets);
- ``datelines`` (the one dateline recogniser: ``datelines_of(packs)``, ``dateline_sources``);
- ``evidence`` (trimmed evidence dict) and ``url_spans``;
- ``Vocabulary`` / ``matches_at`` / ``first_word`` (the shared word scan: one pass per text
  for every vocabulary, see ``scan``);
- ``compile_pattern`` (patterns with ``\\p{Lu}``-style letter classes, compiled with ``re``);
- ``UPPER_LETTER`` / ``LOWER_LETTER`` (Unicode letter classes for the ``regex`` module).
"""
from .evidence import evidence, url_spans
from .folding import FOLD_TABLE, fold, fold_same_length, folded_text
from .patterns import (
                       LOWER_LETTER,
                       UPPER_LETTER,
                       compile_vocabulary,
                       trie_pattern,
                       vocabulary_pattern,
                       words_after_boundary,
)
from .scan import Vocabulary, first_word, matches_at
from .sentence_index import SentenceIndex
from .sentences import sentence_spans
from .spansets import DisjointSpans, Mention, Mentions, SpanSet, inside
from .unicode_classes import compile_pattern

__all__ = ["FOLD_TABLE", "fold", "fold_same_length", "folded_text", "LOWER_LETTER", "UPPER_LETTER",
           "compile_vocabulary", "trie_pattern", "vocabulary_pattern", "words_after_boundary",
           "sentence_spans", "SentenceIndex", "DisjointSpans", "Mention", "Mentions", "SpanSet", "inside",
           "evidence", "url_spans", "compile_pattern", "Vocabulary", "first_word", "matches_at"]
