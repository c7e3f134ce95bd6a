"""TitleGrammar: the title vocabulary compiled once."""
from __future__ import annotations

import re
from typing import Callable, Optional

from ...langpacks import LanguagePack
from ...normalize.language import stop_words
from ...textkit import fold
from ...textkit.unicode_classes import compile_pattern
from .complements import ComplementRules
from .lists import ListRules
from .names import NameRules
from .parsing import PhraseRules
from .text import (
    APOS,
    INITIAL,
    LO,
    MAX_NAME_WORDS,
    NAME_WORD,
    SPACE,
    UP,
    form_key,
    form_pattern,
    particle_re,
    plural_form,
)
from .vocabulary import merged_vocabulary
from .wording import Wording


class TitleGrammar(NameRules, PhraseRules, ComplementRules, ListRules):
    """Compiled title vocabulary plus the logic that parses title phrases in a text."""

    def __init__(self, pack: LanguagePack, country_code: Callable[[str], Optional[str]],
                 org_aliases: set[str] = frozenset(), others: Optional[dict[str, LanguagePack]] = None):
        data = merged_vocabulary(pack, others)
        self.country_code = country_code
        self.kb_org_aliases = set(org_aliases)
        self.wording = Wording(data)
        self.roles = self.wording.roles
        forms = self._compile_heads(data)
        self._compile_portfolios(data)
        self._compile_plurals(forms)
        self._compile_words(data, forms)
        self._compile_honorifics(data)
        self._compile_complements(data)
        self._compile_names(data)

    def _compile_heads(self, data: dict) -> list[str]:
        """Head forms, their modifiers, and the regexes that find them; returns the forms."""
        self.head_info: dict[str, dict] = {}
        forms = []
        for head in data["heads"]:
            for lang_forms in head["forms"].values():
                for form in lang_forms:
                    self.head_info[form_key(form)] = head
                    forms.append(form)
        modifiers = [m for code in data["languages"] for m in data["modifiers"][code]]
        self.prepositions_for_plural = {fold(p) for code in data["languages"] for p in data["prepositions"][code]}
        modifier_re = "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True))
        head_re = "|".join(form_pattern(f) for f in sorted(set(forms), key=len, reverse=True))
        # the look-ahead on possible first letters lets the scan skip most positions cheaply
        initials = "".join(sorted({c for f in forms + modifiers for c in (f[0].lower(), f[0].upper())}))
        # a whole vocabulary form first ("vice-président du conseil" is one form, not the
        # modifier "vice" before "président"), then modifiers before a form
        self.head = re.compile(rf"(?<![\w-])(?=[{re.escape(initials)}])(?:(?:{head_re})(?![\w-])|(?:(?:{modifier_re})[ -])+(?:{head_re})(?![\w-]))",
                               re.IGNORECASE)
        self.modifier = re.compile(rf"^(?:(?:{modifier_re})[ -])+", re.IGNORECASE)
        self.modifiers_before = re.compile(rf"(?<![\w-])(?:(?:{modifier_re})[ -])+$", re.IGNORECASE)
        self.head_forms = sorted(set(forms))
        # abbreviations ("PM", "Deputy PM") count only as written, in capitals
        self.case_sensitive_forms = {f for head in data["heads"] if head.get("case_sensitive")
                                     for lang_forms in head["forms"].values() for f in lang_forms}
        return forms

    def _compile_portfolios(self, data: dict) -> None:
        """Portfolios written before the head ("Finance Minister", "Foreign Trade Minister");
        coordinated before one head they make one title: "Economy and Finance Minister"."""
        suffixes = data["portfolio_suffixes"]
        self.portfolio_prefixes = {f[: -len(suffixes[code])]: h["key"] for h in data["heads"] if h.get("portfolio_before_head")
                                   for code in suffixes for f in h["forms"].get(code, []) if f.endswith(suffixes[code])}
        prefix_re = "|".join(re.escape(p) for p in sorted(self.portfolio_prefixes, key=len, reverse=True)) or "(?!)"
        conj = self.wording.conjunction_pattern
        self.portfolio_lead = re.compile(rf"(?<![\w-])(?:{prefix_re})(?:,{SPACE}(?:{prefix_re}))*,?{SPACE}{conj}{SPACE}$")
        self._portfolio_lead_start = re.compile(rf"^(?:{prefix_re})(?:,{SPACE}(?:{prefix_re}))*,?{SPACE}{conj}{SPACE}")
        self._portfolio_word = re.compile(rf"(?:{prefix_re})(?![\w-])")

    def _compile_plurals(self, forms: list[str]) -> None:
        """Plural forms ("Ministers of Foreign Affairs", "ministres des Affaires étrangères"):
        folded plural -> (head entry, index of the pluralised word); they only introduce lists."""
        self.plural_info: dict[str, tuple[dict, int]] = {}
        for form in set(forms):
            plural, index = plural_form(form, self.prepositions_for_plural)
            if plural:
                self.plural_info.setdefault(form_key(plural), (self.head_info[form_key(form)], index))
        self.plural_forms = sorted({plural_form(f, self.prepositions_for_plural)[0] for f in set(forms)} - {None})

    def _compile_words(self, data: dict, forms: list[str]) -> None:
        """Word sets: title words, words that are never names, particles, stop words."""
        # (not a head that is also a given name: "Amir Hamzah Osman")
        given_name_heads = {f for head in data["heads"] if head.get("also_given_name")
                            for lang_forms in head["forms"].values() for f in lang_forms}
        self.title_words = {w for f in forms if f not in given_name_heads
                            for w in re.split(r"[ '\u2019-]", f) if w[:1].isupper()}
        # a lowercase French head capitalised after a lowercase article ("S.M. le Roi", "le Ministre")
        # is no part of a name ("Bruno Le Maire" is: a capitalised particle)
        lowercase_forms = [f for head in data["heads"] for code in data["lowercase_head_languages"]
                           for f in head["forms"].get(code, [])]
        kept = set(data["head_words_kept"])
        self.fr_head_words = {w.capitalize() for f in lowercase_forms for w in re.split(r"[ '\u2019-]", f)
                              if len(w) >= 3 and w[:1].islower() and w.lower() not in kept}
        post_adjectives = data.get("post_adjectives", [])
        self.post_adjectives = re.compile(
            rf"{SPACE}(?:{'|'.join(re.escape(a) for a in sorted(post_adjectives, key=len, reverse=True)) or '(?!)'})(?![\w-])")
        self.post_nominals = set(data.get("post_nominal_offices", []))
        # a form of address is never part of a name ("Sheikh", "Datuk", "Mgr", "Majesty")
        honorific_words = {h for h in data["honorifics"] if " " not in h}
        self.honorific_words = honorific_words | {w.rstrip(".") for w in honorific_words}
        self.honorific_forms = set(data["honorifics"])
        self.style_abbreviations = set(data.get("style_abbreviations", []))
        self.non_name = set(data["non_name_words"]) | self.title_words | self.honorific_words
        self.month_surnames = set(data.get("month_surnames", []))
        self.name_part_honorifics = set(data.get("name_part_honorifics", []))
        self.regnal = set(data.get("regnal_numerals", []))
        self.institution = set(data["institution_words"])
        self.particles = set(data["name_particles"])
        self.stop = set().union(*(stop_words(code) for code in data["languages"]))
        self.complement_words = {fold(w) for w in data["complement_words"]}
        self.org_adjectives = data.get("org_adjectives", {})
        # (head key, added key, folded subject words) for portfolios named in a complement
        self.subject_keys = [(e["head"], e["key"], [fold(x) for x in e["subjects"]]) for e in data.get("subject_keys", [])]

    def _compile_honorifics(self, data: dict) -> None:
        honorific_initials = re.escape("".join(sorted({h[0] for h in data["honorifics"]})))
        # one or more forms of address in a row: "His Excellency Sheikh", "Datuk Seri Dr"
        honorific_re = "|".join(re.escape(h) for h in sorted(data["honorifics"], key=len, reverse=True))
        self.honorific = compile_pattern(   # the initials look-ahead lets the scan skip most positions
            rf"(?<![\w.])(?=[{honorific_initials}])(?:{honorific_re})(?:{SPACE}+(?:{honorific_re}))*{SPACE}+(?={UP})")

    def _compile_complements(self, data: dict) -> None:
        preps = [p for code in data["languages"] for p in data["prepositions"][code]]
        prep_re = "|".join(form_pattern(p) for p in sorted(preps, key=len, reverse=True) if not p.endswith("'"))
        elided_re = "|".join(form_pattern(p) for p in sorted(preps, key=len, reverse=True) if p.endswith("'")) or "(?!)"
        # complement opener: " of the ", " de l'", " d'", " pour l'", ...
        self.complement = re.compile(
            rf"{SPACE}(?P<prep>{prep_re}){SPACE}{self.wording.article_group}?"
            rf"|{SPACE}(?P<dprep>{elided_re})", re.IGNORECASE)
        # a noun phrase inside a complement: capitalised/all-caps words and allowed lowercase words
        self.np_word = compile_pattern(rf"(?:{UP}[\w.&-]*(?:{APOS}{UP}[\w-]*)?|{LO}[\w-]*)")

    def _compile_names(self, data: dict) -> None:
        # a name run stops after MAX_NAME_WORDS words, so that a long run of capitalised
        # words costs each head after it a bounded look, not the rest of the run
        regnal = "|".join(sorted(self.regnal, key=len, reverse=True)) or "(?!)"
        self.name_run = compile_pattern(rf"(?:{INITIAL}|{NAME_WORD}|{UP}{{1,2}}(?={SPACE}{UP}{LO}))(?:{SPACE}(?:(?:{particle_re(self.particles)}){SPACE})*(?:{INITIAL}|{NAME_WORD}|(?:{regnal})(?![\w-]))){{0,{MAX_NAME_WORDS - 1}}}")
        prefixes = "|".join(re.escape(w) for w in sorted(data.get("name_prefix_words", []), key=len, reverse=True)) or "(?!)"
        self.name_prefix = compile_pattern(rf"(?:{prefixes}){SPACE}+(?={UP})")
        # (inner "of" and "People's": "People's Republic of China President")
        inner = self.wording.qualifier_inner_pattern
        self.left_run = compile_pattern(rf"(?<![\w'\u2019])((?:(?:{UP}[\w.&-]*(?:{APOS}s)?|{inner}){SPACE}){{0,4}}{UP}[\w.&-]*)({APOS}s?)?{SPACE}$")
        self.territorial = set(data.get("territorial_words", []))
        self.article_before = self.wording.article_before
        self.post_adjective = compile_pattern(rf"{SPACE}({LO}[\w-]+)")
        self.conjunction = self.wording.conjunction
