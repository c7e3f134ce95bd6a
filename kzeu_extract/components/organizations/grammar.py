"""One language's organization grammar: the pack's words compiled into sets and regexes,
once per pack (``grammar(pack)``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...langpacks import LanguagePack, pack_concern
from ...textkit import UPPER_LETTER, fold_same_length
from ...textkit.unicode_classes import compile_pattern
from .vocabulary import CONCERN, OrganizationsVocabulary

# A capitalised word of a name ("Bank", "Workers'", "U.S.", "A").
CAP_WORD = rf"(?:{UPPER_LETTER}[\w'’.&\-]*(?:[\w&]|(?<=s)['’](?!\w))|{UPPER_LETTER})"
NEVER = compile_pattern(r"(?!x)x")


def alternatives(words, *, longest_first: bool = False, spaces: bool = False) -> str:
    """``w1|w2|...`` regex-escaped; ``spaces``: a space stands for any run of blanks."""
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    escaped = [re.escape(w) for w in words]
    if spaces:
        escaped = [w.replace(r"\ ", r"[ \t]+") for w in escaped]
    return "|".join(escaped)


@dataclass(frozen=True, eq=False)
class Words:
    """The word sets the structure rules look words up in."""
    heads: frozenset
    titles: frozenset
    determiners: frozenset
    folded_determiners: frozenset
    connectors: frozenset          # folded
    continuations: frozenset
    conjunctions: frozenset
    elided_determiners: frozenset
    instrument_heads: frozenset
    portfolio_words: frozenset     # folded
    portfolio_titles: frozenset
    generic: frozenset
    honorifics: tuple
    delegation_words: tuple
    one_word_after_head: bool


def _words(v: OrganizationsVocabulary) -> Words:
    return Words(
        heads=frozenset(v.heads), titles=frozenset(v.titles), determiners=frozenset(v.determiners),
        folded_determiners=frozenset(fold_same_length(d) for d in v.determiners),
        connectors=frozenset(fold_same_length(c) for c in v.connectors),
        continuations=frozenset(v.name_continuations), conjunctions=frozenset(v.list_conjunctions),
        elided_determiners=frozenset(v.elided_determiners), instrument_heads=frozenset(v.instrument_heads),
        portfolio_words=frozenset(fold_same_length(w) for w in v.title_portfolio_words),
        portfolio_titles=frozenset(v.portfolio_titles), generic=frozenset(v.generic_modifiers),
        honorifics=tuple(tuple(h.split()) for h in v.honorifics),
        delegation_words=tuple(v.delegation_words), one_word_after_head=v.one_word_after_head)


def _chains(v: OrganizationsVocabulary) -> tuple[re.Pattern, re.Pattern]:
    """(capitalised chain, name chain): runs of capitalised words joined by connectors; the
    name chain also goes on in lower case where the pack says names do."""
    stop = alternatives(v.stop_words)
    connector = alternatives(v.connectors, longest_first=True)
    word = rf"(?!(?:{stop})(?!\w)){CAP_WORD}"
    joint = rf"(?:[ \t]+(?:(?:{connector})[ \t]+|(?:d|l)['’])*|[ \t]*[-–][ \t]*)"
    # (a chain starts with a capital: checked first, so that other words are passed over
    # before the stop-word look-ahead)
    start = rf"(?<![\w#@])(?={UPPER_LETTER}){word}"
    capital = compile_pattern(rf"{start}(?:{joint}{word})*")
    if not v.names_go_on_in_lower_case:
        return capital, capital
    letters = v.lowercase_name_letters
    not_lower = alternatives(v.not_lowercase_name_words)
    endings = "|".join(v.lowercase_adjective_endings)
    lower = alternatives(v.lowercase_name_words, longest_first=True)
    lower_word = rf"(?:(?!(?:{not_lower})\b)(?:{letters}+-)?{letters}+(?:{endings})|{lower})\b"
    name = compile_pattern(rf"{start}(?:{joint}{word}|[ \t]+(?:(?:{connector})[ \t]+|(?:d|l)['’])*{lower_word})*")
    return capital, name


@dataclass(frozen=True, eq=False)
class Grammar:
    words: Words
    capital_chain: re.Pattern       # capitalised words only (definitions read these)
    name_chain: re.Pattern          # the language's names (structure reads these)
    has_head: re.Pattern
    token: re.Pattern
    title_before: re.Pattern
    lowercase_heads: re.Pattern
    inserted_adjective: re.Pattern
    introduced: re.Pattern
    definition: re.Pattern
    locative_before: re.Pattern
    platform_before: re.Pattern
    delegation: re.Pattern
    country_after: re.Pattern
    country_before: re.Pattern
    adjective_after: re.Pattern
    source_before: re.Pattern
    source_after: re.Pattern
    source_verbs: re.Pattern
    bare_name_before: str
    bare_name_not_before: str


def _title_before(v: OrganizationsVocabulary) -> re.Pattern:
    titles = {t.lower() for t in v.portfolio_titles} | set(v.representative_titles)
    return compile_pattern(rf"(?<![\w'’-])(?:{alternatives(titles, longest_first=True)})[ \t]+"
                      rf"{v.patterns.after_title}$", re.IGNORECASE)


def _head_patterns(v: OrganizationsVocabulary) -> tuple[re.Pattern, re.Pattern]:
    """(French lower-case heads before a complement, a country adjective inside a name)."""
    if not v.head_complements:
        return NEVER, NEVER
    complements = "|".join(re.escape(c).replace("'", "['’]") for c in v.head_complements)
    lowercase = (compile_pattern(rf"(?<![\w'’-])(?:{alternatives(v.lowercase_heads)})(?=[ \t]+(?:{complements})[ \t]*)")
                 if v.lowercase_heads else NEVER)
    heads = "|".join(fold_same_length(h) for h in v.inserted_adjective_heads)
    inserted = (compile_pattern(rf"\b(?:{heads})[ \t]+({v.patterns.inserted_adjective})"
                           rf"(?=[ \t]+(?:{'|'.join(v.head_complements)})\b)") if heads else NEVER)
    return lowercase, inserted


def _introduced(v: OrganizationsVocabulary) -> re.Pattern:
    """"le groupe Orano", "the airline Air Astana": a name introduced by a company noun."""
    nouns = alternatives(v.company_nouns, longest_first=True, spaces=True)
    not_stop = rf"(?!(?:{alternatives(v.stop_words)})(?!\w))"
    return compile_pattern(rf"(?<![\w'’-])(?:{nouns})[ \t]+({not_stop}{CAP_WORD}(?:[ \t]+{not_stop}{CAP_WORD}){{0,2}})")


def _delegation(v: OrganizationsVocabulary) -> re.Pattern:
    p = v.patterns
    return compile_pattern(r"(?<![\w#@])(?:%s)[ \t]+(?:%s)[ \t]*%s" % (
        "|".join(p.delegation), alternatives(p.delegation_prepositions, longest_first=True), p.delegation_article))


def compile_grammar(v: OrganizationsVocabulary) -> Grammar:
    p = v.patterns
    capital_chain, name_chain = _chains(v)
    lowercase_heads, inserted_adjective = _head_patterns(v)
    return Grammar(
        words=_words(v), capital_chain=capital_chain, name_chain=name_chain,
        has_head=compile_pattern(rf"\b(?:{alternatives(v.heads)})\b"),
        token=compile_pattern(rf"{p.elision}|{CAP_WORD}|[\w'’]+(?:-[\w'’]+)*|[-–]"),
        title_before=_title_before(v), lowercase_heads=lowercase_heads, inserted_adjective=inserted_adjective,
        introduced=_introduced(v),
        definition=compile_pattern(rf"[ \t]*\([ \t]*({UPPER_LETTER}[\p{{L}}&]{{1,9}})[ \t]*\)"),
        locative_before=compile_pattern(rf"(?<![\w'’-])(?:{alternatives(v.locative_words)})[ \t]+"
                                   rf"{p.locative_article}?$", re.IGNORECASE),
        platform_before=compile_pattern(rf"(?<![\w'’-]){p.platform_before}[ \t]+$", re.IGNORECASE),
        delegation=_delegation(v), country_after=compile_pattern(p.country_after),
        country_before=compile_pattern(p.country_before), adjective_after=compile_pattern(p.country_adjective_after),
        source_before=compile_pattern(rf"{p.source_before}[ \t]*$"), source_after=compile_pattern(rf"[ \t]*{p.source_after}"),
        source_verbs=compile_pattern(p.source_verbs),
        bare_name_before=p.bare_name_before, bare_name_not_before=p.bare_name_not_before)


def grammar(pack: LanguagePack) -> Grammar:
    """The pack's organization grammar, compiled once per pack."""
    return pack_concern(pack, CONCERN, compile_grammar)
