"""One language's agreement grammar: the pack's rule words compiled into patterns and sets.

Built once per pack (``pack_concern``); nothing here depends on the knowledge base.
Letters are Unicode classes (``\\p{Lu}``, ``\\p{Ll}``) of the ``regex`` module.
"""
from __future__ import annotations

import re

from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern
from .hits import HeadHits
from .schema import AgreementsGrammar
from .words import SP, alternation, content_key, head_alternation

CAP = r"(?:\p{Lu}[\w'\u2019]*(?:-[\w'\u2019]+)*)"
# CAP taken whole: where a space or comma must follow, a shorter CAP could never be followed
# by one, so the atomic group changes no match and spares the engine the retries.
_WHOLE_CAP = rf"(?>{CAP})"
_CAP_WORD = r"\p{Lu}[\w'\u2019]*"
_LOWER_WORDS = r"(?:[^\S\n]+\p{Ll}[\w\u2019'-]*){0,3}"
_NEVER = r"(?!x)x"


def _folded(words) -> frozenset:
    return frozenset(fold(w) for w in words)


def _elided(words) -> str:
    """Words as a regex, each followed by white space, or nothing after an apostrophe."""
    parts = [alternation([w]) + ("" if w.endswith(("'", "\u2019")) else SP) for w in words]
    return "|".join(p.replace("'", "['\u2019]") for p in parts) or _NEVER


def _any(words) -> str:
    return alternation(words) or _NEVER


class Grammar:
    """Patterns and word sets of one pack; ``data`` is the validated pack file."""

    def __init__(self, data: AgreementsGrammar):
        self.data = data
        _word_sets(self, data)
        _head_patterns(self, data)
        _complement_patterns(self, data)
        _party_patterns(self, data)
        _list_patterns(self, data)
        _status_patterns(self, data)
        # where each rule's head words start: its pattern runs there only
        self.hits = HeadHits({"heads": [*data.heads, *data.lowercase_heads], "lists": data.list_heads,
                              "resolutions": data.resolution_heads, "pairs": data.party_pair_heads})


def _word_sets(g: Grammar, d: AgreementsGrammar) -> None:
    g.connectors = _folded(d.connectors)
    g.leading = _folded(d.leading_words)
    g.office_words = _folded(d.office_words)
    g.office_links = _folded(d.office_links)
    g.generic = {content_key(n, g.connectors) for n in d.generic_names}
    g.party_names = {fold(k): v for k, v in d.party_names.items()}
    g.party_names_written = dict(d.party_names)
    g.complement_stop = _folded(d.complement_stop_words)
    g.party_phrase_stop = _folded(d.party_phrase_stop_words)
    g.phrase_stop = _folded(d.phrase_stop_words)
    g.pair_stop = _folded(d.pair_stop_words)
    g.head_words = _folded([*d.heads, *d.foreign_heads])
    g.weak_heads = frozenset(d.weak_heads)
    g.amending_heads = frozenset(d.amending_heads)
    g.abbreviated_heads = frozenset(d.abbreviated_heads)
    g.modifier_breaks = frozenset(d.modifier_breaks)
    g.between_numbers = _folded(d.between_number_words)
    g.between_party_nouns = _folded(d.between_party_nouns)
    g.between_skip = _folded(d.between_skip_words)
    g.between_of = _folded(d.between_of_words)
    g.between_of_elisions = tuple(d.between_of_elisions)
    g.purpose_stop = _folded(d.purpose_verbs_stop)
    g.weak_modifiers = _folded(d.weak_head_modifiers)
    g.generic_complement = _folded(d.generic_complement_words)
    g.cap_prepositions = _folded(d.capitalised_name_prepositions)
    g.trailing_function_words = frozenset(d.trailing_function_words)
    g.articles = _folded(d.articles)
    g.phrase_articles = g.articles | _folded(d.indefinite_articles)
    g.indefinite_articles = _folded(d.indefinite_articles)
    g.coordinators = _folded(d.coordinators)
    g.description_coordinators = _folded(d.description_coordinators)
    g.range_words = _folded(d.range_words)
    g.kept_unless_followed = {fold(k): _folded(v) for k, v in d.kept_unless_followed.items()}
    g.kept_after = [(_folded(rule.words), _folded(rule.after)) for rule in d.kept_after]
    g.infinitive_endings = tuple(d.infinitive_endings)
    g.infinitive_after = _folded(d.infinitive_after)
    g.infinitive_objects = _folded(d.infinitive_objects)
    g.combining_forms = {fold(k): v for k, v in d.party_combining_forms.items()}
    g.status_of = {fold(w): s for s, words in d.status_words.items() for w in words}
    g.elision = compile_pattern(rf"^(?:{_any(d.elisions)})['\u2019]", re.I)
    g.plural_rules = [(r.ending, r.drop, r.add, r.min_length) for r in d.plural_rules]


def _head_patterns(g: Grammar, d: AgreementsGrammar) -> None:
    # no look-behind at the start: the engine then skips fast to the heads' first letters
    g.heads = compile_pattern(rf"(?:{head_alternation([*d.heads, *d.lowercase_heads])})(?![\w-])")
    g.amending_link = compile_pattern(rf"{SP}(?:{_any(d.amending_links)})(?:{SP})?$", re.I)
    g.lowercase_determiner = compile_pattern(
        rf"(?<![\w'\u2019])(?:{alternation(d.lowercase_determiners)})(?:{SP}|(?<=['\u2019]))$",
        re.I) if d.lowercase_determiners else None
    g.lowercase_context = compile_pattern(rf"(?<!\w)(?:{alternation(d.lowercase_context)})(?!\w)",
                                        re.I) if d.lowercase_context else None
    g.right_capital = compile_pattern(rf"{SP}\p{{Lu}}")
    g.next_word = compile_pattern(rf"{SP}([\w'\u2019]+)")
    g.year_before = compile_pattern(rf"(?<![\w.,-])(?:1[89]|2[01])\d\d{SP}$")
    g.sector = compile_pattern(rf"{SP}(?:{_any(d.sector_prepositions)}){SP}")
    conn = _any(d.title_connectors)
    # searched backwards ((?r), the regex module's) from the head: forwards, every capital of
    # the window before it was a start to try, the costliest pattern of a head-dense text
    g.modifiers = compile_pattern(rf"(?r)(?:{_WHOLE_CAP}{SP}(?:(?:{conn}){SP}){{0,3}}){{0,8}}{_WHOLE_CAP}{SP}$")
    g.resolutions = compile_pattern(
        rf"(?<![\w-])(?:{_any(d.resolution_heads)})(?:{SP}(?i:{_any(d.number_signs)}))?{SP}"
        rf"(\d{{2,4}}(?:/\d{{1,4}})?|\d/\d{{1,4}})(?![\w/]|[.,]\d)") if d.resolution_heads else None


def _complement_patterns(g: Grammar, d: AgreementsGrammar) -> None:
    conn = _any(d.title_connectors)
    g.title_tail = compile_pattern(
        rf"{SP}(?i:{_any(d.name_prepositions)}){SP}(?:(?:{_any(d.title_articles)}){SP})?"
        rf"{CAP}(?:,?{SP}(?:(?:{conn}){SP}){{0,3}}{CAP}){{0,10}}")
    g.title_list_closer = compile_pattern(rf"\s(?:{_any(d.title_list_closers)})\s")
    description = _any(d.description_prepositions)
    g.description_prep = compile_pattern(
        rf"{SP}(?:(?:{description})(?={SP}\p{{Ll}})|(?:{_any(d.year_prepositions)})(?={SP}\d))")
    g.word = compile_pattern(rf"(?:{SP}|(?<=['\u2019]))([\w\u2019'-]+)") if d.elided_words \
        else compile_pattern(rf"{SP}([\w'\u2019-]+)")
    g.description_word = compile_pattern(rf"{SP}([\w'\u2019-]+)")
    # a whole word (de, not the start of destinée); an elided one runs into the next (d'entente)
    g.prepositions = compile_pattern(
        rf"{SP}(?:{_any(d.name_prepositions)})(?:(?<=['\u2019])(?=\w)|(?=\s))", re.I)
    g.name_phrase = compile_pattern(rf"{SP}(?:{_any(d.name_phrases)})", re.I)
    if d.participle_ending:
        g.participle = compile_pattern(
            rf"{SP}(\p{{Ll}}[\w-]{{2,}}{re.escape(d.participle_ending)}){SP}"
            rf"(?:{_any(d.participle_objects)})(?=\s|(?<=['\u2019])\w)")
    else:
        g.participle = compile_pattern(
            rf"{SP}((?i:{_any(d.participles)})){SP}(?:(?:{_any(d.participle_objects)}){SP})?(?=\w)")
    g.purpose = compile_pattern(rf"{SP}(?:{_any(d.purpose_markers)}){SP}(\p{{L}}\p{{Ll}}+)(?=[^\S\n])")
    g.list_comma = compile_pattern(rf",[^\S\n]+(?:{_elided_bare(d.list_comma_prepositions)})(?=[\s\w])")
    g.list_comma_closer = compile_pattern(rf"[^\S\n]{re.escape(d.list_comma_closer)}[^\S\n]") \
        if d.list_comma_closer else None


def _elided_bare(words) -> str:
    return "|".join(alternation([w]).replace("'", "['\u2019]") for w in words) or _NEVER


def _party_patterns(g: Grammar, d: AgreementsGrammar) -> None:
    g.between_word = compile_pattern(rf"{SP}(?:{_any(d.between_words)})(?={SP})")
    g.between_complement = compile_pattern(rf"{SP}(?:{_any(d.between_complement)})(?={SP}|['\u2019])", re.I)
    links = _any(d.party_title_links)
    party = rf"(?:{_elided(d.party_articles)})?({CAP}(?:{SP}(?:(?:{links}){SP})?{CAP}){{0,4}})"
    between, and_ = _any(d.between_words), _any(d.party_and_words)
    g.between = compile_pattern(rf",?{SP}(?:{between}){SP}{party}{SP}(?:{and_}){SP}{party}")
    g.guillemets = compile_pattern(rf"[^\S\n]*[\u00ab\u201c\"]\s*{party}\s*[-\u2013\u2014]\s*{party}\s*[\u00bb\u201d\"]")
    # France-Germany: the first party is one hyphen-free word (its letters taken whole: with
    # a nested repeat there, a long word with no hyphen took exponential time), the second
    # may hold hyphens
    g.hyphen_parties = compile_pattern(rf"^(\p{{Lu}}[\w'\u2019]*+)[-\u2013]({CAP})$")
    g.country_link = compile_pattern(rf"\s(?:{_any(d.party_country_links)})\s")
    side_links = _any(d.pair_side_links)
    side = rf"{_CAP_WORD}(?:{SP}(?:(?:{side_links}){SP})?{_CAP_WORD}){{0,2}}"
    heads = _any(d.party_pair_heads)
    if d.pair_before_head:
        g.party_pair = compile_pattern(rf"(?<![\w'\u2019-])({side})[-\u2013]({side})({_LOWER_WORDS})[^\S\n]+"
                                     rf"(?:{heads})(?![\w-])")
    else:
        g.party_pair = compile_pattern(rf"(?<![\w-])(?:{heads})({_LOWER_WORDS})[^\S\n]+({side})[-\u2013]({side})(?![\w-])")
    # le traité de paix égypto-israélien, la déclaration commune sino-russe
    g.adjective_pair = compile_pattern(
        rf"(?<![\w-])(?:{heads})({_LOWER_WORDS})[^\S\n]+(\p{{Ll}}{{2,}}o)-(\p{{Ll}}{{3,}})(?![\w-])") \
        if d.compound_adjective_pairs else None


def _list_patterns(g: Grammar, d: AgreementsGrammar) -> None:
    g.list_groups = [[fold(p) for p in group] for group in d.list_prepositions]
    g.list_preposition = compile_pattern(
        rf"{SP}((?i:{_any(p for group in d.list_prepositions for p in group)}))(?=[^\S\n]|(?<=['\u2019])\w)")
    coordinators = _any(d.list_coordinators)
    g.list_separator = compile_pattern(rf",(?:{SP}(?:{coordinators}))?(?=[^\S\n])|{SP}(?:{coordinators})(?=[^\S\n])")
    first = r"\p{Ll}[\w-]+" if d.list_head_complement_lowercase else r"[\w-]+"
    of = "|".join(rf"{SP}{p}{first}" for p in _elided(d.list_head_complements).split("|")) \
        if d.list_head_complements else _NEVER
    followers = rf"(?:{_elided(d.list_coordinator_followers)})?" if d.list_coordinator_followers else ""
    and_ = rf"{SP}(?:{coordinators}){SP}{followers}"
    heads = head_alternation(d.list_heads)
    g.list_heads = compile_pattern(
        rf"(?<![\w-])((?:{heads})(?![\w-]))((?:{of})?)"
        rf"(?:{and_}((?:{heads})(?![\w-]))((?:{of})?))?"
        rf"(?:{SP}((?i:{_any(d.list_participles)})))?(?=[^\S\n])") if d.list_heads else None


def _status_patterns(g: Grammar, d: AgreementsGrammar) -> None:
    status = _any(w for ws in d.status_words.values() for w in ws)
    # signed the ..., ratification of the ..., a ratifié l'...: only articles in between
    g.status_before = compile_pattern(
        rf"(?<!\w)((?i:{status}))(?:\s+(?:{_any(d.status_linking_words)})"
        rf"(?!\w)|\s*(?:{_any(d.status_elisions)})['\u2019])*\s*$", re.I)
    g.status_words = compile_pattern(rf"(?<!\w)(?i:{status})(?!\w)")
    determiners = "|".join(rf"{alternation([w])}" + ("" if w.endswith("'") else r"\s+")
                           for w in d.article_determiners).replace("'", "['\u2019]")
    g.articles_before = compile_pattern(
        rf"(?i:\b(?:{_any(d.article_words)}))\s+(\d+[a-z]?(?:\s*(?:,|{_any(d.article_joiners)})\s*\d+[a-z]?)*)"
        rf"\s+(?:{_any(d.article_of_words)})\s+(?:{determiners or _NEVER})?$")
