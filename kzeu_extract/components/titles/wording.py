"""The patterns the title grammar and the people finder build from a pack's function words
(``function_words`` of titles.json: articles, prepositions, conjunctions, determiners, ...),
its ``roles`` (head keys and families role resolution treats alike) and the
language-neutral name words of ``data/person_names.json`` (patronymic links)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ...normalize.names import person_names
from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern
from .text import APOS, LO, NAME_WORD, SPACE, UP, form_pattern

NEVER = "(?!)"


def _ordered(words: Iterable[str]) -> list[str]:
    """Distinct words, longest first (so the longest wording wins in an alternation)."""
    return sorted(dict.fromkeys(words), key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    """``w1|w2|...`` for vocabulary words (any apostrophe, space or hyphen), or a pattern
    that never matches when there are none."""
    return "|".join(form_pattern(w) for w in _ordered(words)) or NEVER


def elided(words: Iterable[str]) -> list[str]:
    """The elided forms ("l'", "d'"): glued to the next word."""
    return [w for w in words if w.endswith(("'", "\u2019"))]


def plain(words: Iterable[str]) -> list[str]:
    return [w for w in words if not w.endswith(("'", "\u2019"))]


def before_word(words: Iterable[str]) -> str:
    """Words before another word: a plain word and a space, or an elided form glued to it."""
    words = list(words)
    return f"(?:(?:{alternation(plain(words))}){SPACE}|(?:{alternation(elided(words))}))"


def either_case_initial(word: str) -> str:
    """A word with its first letter in either case: "[Aa]nother", "[Dd]['’]une"."""
    return f"[{word[0].upper()}{word[0].lower()}]{form_pattern(word[1:])}"


def capitalised_too(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(f for w in words for f in (w, w[:1].upper() + w[1:])))


@dataclass(frozen=True)
class Roles:
    """Head keys and families role resolution treats alike (``roles`` of titles.json)."""
    head_of_state_families: frozenset
    head_of_state_keys: frozenset
    president_keys: frozenset
    same_office_families: frozenset
    royal_families: frozenset
    royal_keys: frozenset
    ruler_keys: frozenset
    rank_keys: frozenset
    portfolio_families: frozenset

    @classmethod
    def from_lists(cls, lists: dict[str, list[str]]) -> "Roles":
        return cls(**{name: frozenset(values) for name, values in lists.items()})


class Wording:
    """Function-word sets and the patterns built from them, compiled once per grammar."""

    def __init__(self, data: dict):
        words = data["function_words"]
        self.words = words
        self.articles = [a for code in data["languages"] for a in data["articles"][code]]
        self.roles = Roles.from_lists(data["roles"])
        self._sets(words)
        self._title_patterns(words)
        self._list_patterns(words)
        self._people_patterns(words)

    def _sets(self, words: dict) -> None:
        genitive = words["genitive_prepositions"]
        self.conjunctions = {fold(w) for w in words["conjunctions"]}
        self.genitive = {fold(w) for w in plain(genitive)}
        # function words that may open the second noun phrase of "X and/et Y" in a complement
        self.conjunct_openers = frozenset(fold(w) for w in plain(self.articles) + plain(genitive))
        # words that end a complement's noun phrase (a new complement or a new title starts)
        self.complement_breaks = self.conjunct_openers | self.conjunctions | {
            fold(w) for w in words["breaking_prepositions"]}
        self.posting = {fold(w) for w in words["posting_prepositions"]}
        self.destination = {fold(w) for w in words["destination_prepositions"]}
        self.qualifier_inner = set(words["qualifier_inner_words"])
        self.republic_words = set(words["republic_words"])
        self.title_end_words = set(words["title_end_words"])
        self.venue_nouns = frozenset(words["venue_nouns"])
        self.determiners = {w.replace("\u2019", "'") for w in words["determiners"]}
        self.elided_determiners = [w.replace("\u2019", "'") for w in elided(words["determiners"])]
        self.place_prepositions = {w.lower() for w in words["place_prepositions"]}
        names = person_names()
        self.patronymic_links = frozenset(names.patronymic_links)
        self.model_person = frozenset(names.model_labels.person)
        self.model_blocking = frozenset(names.model_labels.blocking)

    def _title_patterns(self, words: dict) -> None:
        conj = alternation(words["conjunctions"])
        articles = alternation(plain(self.articles))
        self.third_person_style = compile_pattern(rf"(?:{alternation(words['third_person_styles'])})[ \u00a0]")
        self.republic_of = compile_pattern(
            rf"^(?:{alternation(words['republic_words'])})\s+(?:{alternation(plain(words['genitive_prepositions']))})\s+")
        # a parenthesis closing a title's complement: an abbreviation, a region, a gloss ("(the Parliament)")
        self.title_paren = compile_pattern(rf"{SPACE}?\((?:{before_word(self.articles)})?{UP}[^()\n,;\d]{{0,38}}\)")
        self.day_or_year = compile_pattern(rf"[ \u00a0,]*(?:\d|(?:{alternation(words['date_links'])})\b)")
        self.article_before = compile_pattern(
            rf"(?:^|[\s(])(?P<art>{alternation(f for a in self.articles for f in (a, a.capitalize(), a.upper()))})"
            rf"(?:{SPACE}|(?<={APOS}))(?:(?:{alternation(words['article_adjectives'])}){SPACE})?$")
        self.conjunction = compile_pattern(rf"{SPACE}(?:{conj}|&){SPACE}", re.IGNORECASE)
        self.conjunction_pattern = rf"(?:{conj}|&)"
        self.article_group = rf"(?:(?P<art>{articles}){SPACE}|(?P<el>{alternation(elided(self.articles))}))"
        self.qualifier_inner_pattern = alternation(words["qualifier_inner_words"])
        patronymic = alternation(self.patronymic_links)
        self.patronymic_after = compile_pattern(rf"[ \u00a0](?:{patronymic})[ \u00a0]")
        self.patronymic = compile_pattern(
            rf"[ \u00a0](?:{alternation([*self.patronymic_links, *person_names().capitalised_patronymic_links])})[ \u00a0]")

    def _list_patterns(self, words: dict) -> None:
        conj = alternation(words["conjunctions"])
        genitive = words["genitive_prepositions"]
        articles = alternation(plain(self.articles))
        # after a plural title: an optional group complement the title grammar leaves ("of the two
        # countries", "des deux pays"), then ":" or "," or nothing before the first name
        self.list_opener = compile_pattern(
            rf"(?:{SPACE}(?:{alternation(words['group_prepositions'])}){SPACE}(?:(?:{articles}){SPACE})?"
            rf"(?:{LO}+{SPACE}){{0,2}}{LO}+)?\s*[:,]?\s+")
        self.list_separator = compile_pattern(rf",?\s+(?:{conj})\s+|,\s+")
        every_genitive, every_article = alternation(genitive), alternation(self.articles)
        self.member_country = compile_pattern(
            rf"{SPACE}(?:(?:{every_genitive})(?:{SPACE}(?:{every_article}))?{SPACE}?"
            rf"(?P<c>[\w'\u2019-]+(?:{SPACE}[\w'\u2019-]+){{0,2}})|\((?P<p>[^()]{{2,40}})\))")
        self.next_country = compile_pattern(
            rf"(?:,?{SPACE}(?:{conj}){SPACE}|,{SPACE})(?:(?:{every_genitive}){SPACE}?)?(?:{before_word(self.articles)})?")

    def _people_patterns(self, words: dict) -> None:
        conj = alternation(words["conjunctions"])
        genitive = words["genitive_prepositions"]
        self.monarch_country = compile_pattern(rf"{SPACE}{before_word(genitive)}((?:{NAME_WORD})(?:{SPACE}{NAME_WORD})?)")
        # the end of an apposition: punctuation, "and", or a few lowercase words before punctuation
        # ("Ana Lopes, the governor of Brazil's largest state, said")
        self.apposition_end = compile_pattern(rf"(?:[ \u00a0]+(?:{LO}|['\u2019-])+){{0,6}}\s*(?:[,.;:()]|$|\n)|\s*(?:(?:{conj})\s)")
        self.apposition_open = compile_pattern(rf",[ \u00a0]+(?:(?:{alternation(capitalised_too(plain(self.articles)))})[ \u00a0]+"
                                             rf"|(?:{alternation(capitalised_too(elided(self.articles)))}))?")
        indefinite = "|".join(either_case_initial(w) for w in _ordered(words["indefinite_determiners"])) or NEVER
        self.indefinite_before = compile_pattern(rf"(?<![\w'\u2019])(?:{indefinite})[ \u00a0]$")
        # a capitalised word inside a sentence (after another word), a preposition, then the candidate
        self.title_case_before = compile_pattern(
            rf"[\w,]{SPACE}({UP}{LO}+){SPACE}(?:{alternation(words['title_case_prepositions'])}){SPACE}$")
        # a photo credit, with the agency before a slash: "Photo: EPA/", "Photo by ", "Crédit photo : AFP / "
        openers = "|".join(words["credit_openers"]) or NEVER
        self.credit = compile_pattern(rf"(?<![\w-])(?:{openers})[ \u00a0]*(?::|{alternation(words['credit_links'])})[ \u00a0]*"
                                    r"(?:[\w.&'\u2019-]{1,30}[ \u00a0]?/[ \u00a0]?)?")
