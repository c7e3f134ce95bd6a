"""Small pure helpers of the people finder."""
from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc

from ...normalize.names import clean_title
from ...textkit import fold
from ...textkit.sentences import sentence_start_offsets as stored_sentence_starts
from ..titles import NameSpan, TitleGrammar, TitlePhrase
from ..titles.text import form_key
from .shapes import FAMILY_CHAIN, ISO_DAY


class Memo:
    """A pure function with its answers kept (at most ``size``; then forgotten all at once):
    the same words are tested again and again, in one text and across texts."""

    def __init__(self, function, size: int = 1 << 16):
        self.function, self.size, self.answers = function, size, {}

    def __call__(self, *args):
        answers = self.answers
        if args in answers:
            return answers[args]
        if len(answers) >= self.size:
            answers.clear()
        value = answers[args] = self.function(*args)
        return value


def counterpart_offices(titles: list[TitlePhrase], sentence_starts: list[int]) -> None:
    """A counterpart holds the office of the person it is the counterpart of, for its own
    country: "Lavrov (Foreign Minister) met his Uzbek counterpart X" -> X is a foreign minister.
    That person's title is the nearest one before in the sentence, else after in the sentence
    ("Reçu par son homologue kazakh, X, le chef de l'Etat ..."), else the nearest before."""
    plain = [t for t in titles if "counterpart" not in t.keys]
    for t in titles:
        if "counterpart" not in t.keys:
            continue
        sentence = bisect.bisect_right(sentence_starts, t.start)
        before = [p for p in plain if p.end <= t.mention_start]
        after = [p for p in plain if p.start >= t.end and bisect.bisect_right(sentence_starts, p.start) == sentence]
        if before and bisect.bisect_right(sentence_starts, before[-1].start) == sentence:
            reference = before[-1]
        else:
            reference = after[0] if after else (before[-1] if before else None)
        if reference is not None:
            t.keys |= reference.keys
            t.families |= reference.families

def plain_name(text: str) -> str:
    """A mention's text as a name: one space between words, no editorial brackets
    ("[Barack] Obama" -> "Barack Obama")."""
    return " ".join(text.replace("[", "").replace("]", "").split())

def title_parts(t: TitlePhrase, text: str) -> list[tuple[str, int, int]]:
    """The offices one title phrase names, with their evidence: "Deputy Prime Minister and
    Foreign Minister" names two (the text of the phrase itself when it names one)."""
    if not t.splits:
        return [(t.text, t.start, t.end)]
    bounds, start = [], t.start
    for end, nxt in t.splits:
        bounds.append((start, end))
        start = nxt
    bounds.append((start, t.end))
    return [(clean_title(text[a:b]), a, b) for a, b in bounds if b > a]

def office_titles(titles: list[TitlePhrase], grammar: TitleGrammar, text: str = "") -> list[str]:
    """Distinct titles, each office of a coordinated title on its own; never a relation or a
    rank ("counterpart", "Prince"). A bare head ("President") is dropped when the same person
    also has a fuller title with that head ("President of Kazakhstan"), and a generic one
    ("Minister", "South Korean minister") when the person has a specific title of its family
    ("Foreign Minister") for no other country."""
    result: dict[str, tuple[str, TitlePhrase, bool]] = {}
    for t in titles:
        if not t.office:
            continue
        parts = title_parts(t, text) if text else [(t.text, t.start, t.end)]
        for title, _, _ in parts:
            result.setdefault(fold(title), (title, t, len(parts) == 1))
    keep = []
    for key, (title, t, whole) in result.items():
        bare = form_key(title) in grammar.head_info
        t_keys = t.keys
        if bare and any(k != key and any(set(o.keys) & t_keys for o in titles if o.office and fold(o.text) == k)
                        for k in result):
            continue
        if whole and generic(t) and any(o is not t and o.office and o.families & t.families and not generic(o)
                                         and (t.country is None or o.country in (None, t.country))
                                         for _, o, _ in result.values()):
            continue
        keep.append(title)
    return keep

def generic(t: TitlePhrase) -> bool:
    """A title naming no portfolio of its family: "Minister", "the Kazakh minister"."""
    keys = t.keys - {"title"}
    return bool(keys) and keys <= t.families and not t.subject and not t.organization and not t.splits

def same_tail(a: str, b: str, patronymic_links: frozenset) -> bool:
    """"Aboul Gheit" and "Ahmed Aboul Gheit": the shorter name of two or more words ends the longer."""
    wa, wb = name_key(a).split(), name_key(b).split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    # not a father's name inside a patronymic chain: "Mohammed bin Salman bin Abdulaziz" is not "Salman bin Abdulaziz"
    return 2 <= len(short) < len(long_) and long_[-len(short):] == short \
        and long_[-len(short) - 1] not in patronymic_links

def by_given_name(given: str, clusters, patronymic):
    """An Arabic-style name (with "bin", "ibn", "bint", "ould", or a chain of forefathers with
    "Al-": "Sabah Khaled Al-Hamad Al-Sabah") is shortened to the given name: "Crown Prince
    Mohammed" = "Mohammed bin Salman", "Sheikh Sabah" = "Sabah Khaled Al-Hamad Al-Sabah"; only
    when one person in the text fits."""
    key = fold(given)
    fits = [c for c in clusters if any(m.kind == "name" and fold(m.text.split()[0]) == key
                                       and (patronymic.search(m.text) or FAMILY_CHAIN.search(m.text)) for m in c.named)]
    return fits[0] if len(fits) == 1 else None

def name_span(m) -> NameSpan:
    return NameSpan(m.start, m.end, m.text)

def name_key(text: str) -> str:
    return fold(text).replace("-", " ")

def most_recent(clusters, last_seen):
    seen = [c for c in clusters if id(c) in last_seen]
    return max(seen, key=lambda c: last_seen[id(c)]) if seen else clusters[0]

def sentence_start_offsets(doc: Doc) -> list[int]:
    """Character offsets where sentences start: 0, then the stored sentence index's."""
    return [0] + stored_sentence_starts(doc)

def after_place_preposition(text: str, start: int, prepositions) -> bool:
    """After the French "à" (a pack's ``place_prepositions``) a capitalised run is mostly a
    place ("à Addis Abeba"); a person only with a title in apposition ("à Tran Van Nam,
    président du Vietnam")."""
    if text[start - 1:start] not in (" ", "\u00a0"):
        return False
    for word in prepositions:
        begin = start - 1 - len(word)
        if begin >= 0 and text[begin:start - 1].lower() == word and (begin == 0 or not text[begin - 1].isalnum()):
            return True
    return False

def after_article(text: str, start: int, wording) -> bool:
    """Right after a determiner ("the", "cette", "l'")?"""
    before = text[max(0, start - 6):start].split()
    # (not folded: the French preposition "à" is no article "a")
    return bool(before) and before[-1].lower().replace("\u2019", "'") in wording.determiners \
        or any(text[max(0, start - len(e)):start].replace("\u2019", "'") == e for e in wording.elided_determiners)

def document_date(doc: Doc) -> Optional[str]:
    for value in ((doc._.kzeu_document_date or {}).get("value"), doc._.kzeu_reference_date, doc._.kzeu_option_date):
        if isinstance(value, str) and ISO_DAY.fullmatch(value):
            return value
    return None
