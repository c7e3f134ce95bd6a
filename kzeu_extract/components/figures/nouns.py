"""What a count counts: the noun phrase after the number (``police cars``, ``voitures de
police``), found without a tagger, and the counts that only name the participants."""
from __future__ import annotations

import os

from .context import word_key
from .grammar import FiguresGrammar


class _Phrase:
    """The words read so far and where the counted noun (the head) ends."""
    __slots__ = ("end", "head_end", "head_n", "words")

    def __init__(self, pos: int):
        self.words: list[str] = []
        self.end, self.head_end, self.head_n = pos, None, 0

    def add(self, word: str, end: int) -> None:
        self.words.append(word)
        self.end = end

    def mark_head(self) -> None:
        self.head_end, self.head_n = self.end, len(self.words)


def _next_word(text: str, pos: int, g: FiguresGrammar) -> str | None:
    m = g.unit_word.match(text, pos)
    return m.group(1) if m else None


def _plain_noun_follows(text: str, pos: int, g: FiguresGrammar) -> bool:
    """A lower-case word that is no function word comes next."""
    nxt = _next_word(text, pos, g)
    return bool(nxt) and nxt[:1].islower() and word_key(nxt) not in g.stop_words


def _complement(text: str, m, phrase: _Phrase, g: FiguresGrammar) -> None:
    """voitures de police: a compound noun, if a plain noun follows the 'de'."""
    nxt = g.unit_word.match(text, m.end())
    if nxt and nxt.group(1)[:1].islower() and word_key(nxt.group(1)) not in g.stop_words:
        phrase.words += [m.group(1), nxt.group(1)]
        phrase.head_end, phrase.head_n = nxt.end(), len(phrase.words)


def _ends_at_head(text: str, phrase: _Phrase, g: FiguresGrammar, geo, singular: bool) -> bool:
    """After a plural (or the one singular) noun: is that the head, or does a second plural
    noun follow (staff members, member states)? Head-first languages go on to adjectives
    unless an origin adjective follows (entreprises françaises: the origin is left out)."""
    if not g.head_first or singular:
        nxt = _next_word(text, phrase.end, g)
        if not (nxt and _plain_noun_follows(text, phrase.end, g) and g.is_plural(word_key(nxt)) and not singular):
            return True
    if g.head_first:
        nxt = _next_word(text, phrase.end, g)
        return bool(nxt) and is_origin_adjective(word_key(nxt), g, geo)
    return False


def _read_phrase(text: str, pos: int, g: FiguresGrammar, geo, max_words: int, singular: bool) -> _Phrase | None:
    """Premodifiers (head-last languages) up to the first plural noun, then plural adjectives
    or one complement (head-first languages); function words, verbs, participles and
    punctuation end it. None: the words name a period, not a count."""
    phrase = _Phrase(pos)
    while len(phrase.words) < max_words:
        m = g.unit_word.match(text, phrase.end)
        if not m:
            break
        word = m.group(1)
        key = word_key(word)
        if phrase.head_end is not None and key in g.noun_complements:
            _complement(text, m, phrase, g)
            break
        if not phrase.words and key in g.premodifiers and not g.head_first:
            phrase.add(word, m.end())  # 11 other countries, 5 more projects
            continue
        if key in g.stop_words or (phrase.words and g.is_participle(key)):
            break
        if key in g.period_adjectives:
            return None  # les dix premiers mois, the 10 first days: a period, not a count
        if word[:1].isupper():
            # a proper adjective or acronym may modify the head (50 Kazakh companies)
            if phrase.head_end is not None or not (word[1:].islower() or word.isupper()):
                break
            phrase.add(word, m.end())
            continue
        plural = g.is_plural(key)
        if phrase.head_end is not None and not plural:
            break
        phrase.add(word, m.end())
        if plural or singular:
            phrase.mark_head()
            if _ends_at_head(text, phrase, g, geo, singular):
                break
        elif g.head_first:
            break  # the noun comes first; a singular word here is not a counted noun
    return phrase


def counted_thing(text: str, pos: int, g: FiguresGrammar, geo, max_words: int,
                  singular: bool) -> tuple[str | None, int]:
    """The noun phrase after a count and where it ends; (None, pos) when there is none.
    A count above one needs a plural noun."""
    phrase = _read_phrase(text, pos, g, geo, max_words, singular)
    if phrase is None or phrase.head_end is None:
        return None, pos
    words, head_end, head_n = phrase.words, phrase.head_end, phrase.head_n
    if word_key(words[0]) in g.multiplier_units:
        nxt = _next_word(text, head_end, g) if head_n == 1 else None
        following = word_key(words[1]) if head_n > 1 else word_key(nxt) if nxt else ""
        if g.is_comparative(following):
            return None, pos  # five times more, trois fois plus: a ratio, not a count
    doublet = g.doublet.match(text, head_end)
    if doublet and _same_stem(word_key(words[0] if g.head_first else words[head_n - 1]),
                              word_key(doublet.group(1))):
        # représentantes et représentants, citoyennes et citoyens: one noun in both genders
        return " ".join(words[:head_n] + doublet.group(0).split()), doublet.end()
    return " ".join(words[:head_n]), head_end


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one noun (gender or number): a long common beginning, different words."""
    if a == b:
        return False
    common = len(os.path.commonprefix([a, b]))
    return common >= max(4, min(len(a), len(b)) - 3)


def is_origin_adjective(word: str, g: FiguresGrammar, geo) -> bool:
    return word in g.origin_adjectives or geo.adjective_to_code(word) is not None


def counts_participants(figure: dict, g: FiguresGrammar, anaphoric: bool) -> bool:
    """'the two leaders', 'two countries', 'les trois pays': a count of the participants
    (already known things), not a reported fact."""
    if figure["kind"] != "count" or not (anaphoric or figure["value"] == 2):
        return False
    unit = word_key(figure["unit"] or "")
    words = unit.split()
    # any noun of the phrase: the head is last in head-last languages (two friendly
    # nations), first in head-first ones (deux pays frères)
    return unit in g.participant_nouns or any(w in g.participant_nouns for w in words) or (
        " ".join(words[-2:]) in g.participant_nouns)
