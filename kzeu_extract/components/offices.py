"""Title grammar for kzeu_people: finds titles as written and the names they introduce.

A title phrase is

    [article] [qualifier] HEAD [post-adjective] {complement} [and HEAD {complement}] [,] [NAME]

qualifier   a country, country adjective, organisation or possessive ("Kazakh", "Belgium's",
            "EU", "the European Union's");
HEAD        a title from data/titles.json ("Deputy Prime Minister", "Special Representative",
            "président", "chef de l'État");
complement  preposition + noun phrase ("of the European Council", "pour l'Asie centrale") or a
            nested title ("to the President of the European Council");
NAME        a capitalised name right after it, or after a comma ("..., Jean-Yves Le Drian").

Where the last complement and the name run together ("of the European Council Charles
Michel"), the split comes from structure: an organisation/place span found upstream, a
country name, the last institution word or lowercase word, or else the last two words.
Plural heads ("Ministers of Foreign Affairs", "présidents") only introduce lists of people
(``list_members``, ``interleaved_members``). Everything is compiled once from the data files
(``TitleGrammar``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from ..data import load_data
from ..normalize.language import stop_words
from ..normalize.names import clean_title
from ..normalize.text import fold as _uncached_fold

fold = lru_cache(maxsize=65536)(_uncached_fold)

# Latin (with the extended blocks: "Đ", and Vietnamese "ễ", "ấ" in Latin Extended Additional),
# Greek and Cyrillic letters
_LETTER_RANGES = (range(0x41, 0x530), range(0x1E00, 0x1F00))
_UPPER = "".join(chr(c) for r in _LETTER_RANGES for c in r if chr(c).isupper())
_LOWER = "".join(chr(c) for r in _LETTER_RANGES for c in r if chr(c).islower())
UP = f"[{_UPPER}]"
LO = f"[{_LOWER}]"
APOS = "['\u2019]"
# One word of a person's name: "Tokayev", "Kassym-Jomart", "O'Brien", "McDonald", "Ki-moon".
# (a lowercase syllable after an apostrophe: "Hu'akavemeiliku"; not "Tokayev's" or "Qur'an")
# (an Arabic article glued by a hyphen: "al-Thani", "el-Sisi")
NAME_WORD = rf"(?:[ae]l-)?{UP}{LO}+(?:{UP}{LO}+)?(?:{APOS}(?:{UP}{LO}+|{LO}{{3,}}))?(?:-{UP}?{LO}+)*"
# initials: "S.", "S.M.", "G. L.", "Ts." and one glued to the surname: "Ts.Elbegdorj"
INITIAL = rf"{UP}{LO}?\.(?:{UP}\.){{0,2}}(?:{NAME_WORD})?"
SPACE = "[ \u00a0]"
_NAME_WORD_RE = re.compile(f"{NAME_WORD}|{INITIAL}")
_ABBREVIATION_RE = re.compile(rf"{UP}{{2,6}}")   # EU, UN, OSCE, NATO
_SHOUTED_RE = re.compile(rf"{UP}{{7,}}")         # KAZINFORM
_ALL_CAPS_RE = re.compile(rf"{UP}{{2,}}")
_SPACE_RE = re.compile(SPACE)
_WORDS_RE = re.compile(r"\S+")
# function words that may open the second noun phrase of "X and/et Y" in a complement
_CONJUNCT_OPENERS = frozenset({"the", "of", "la", "le", "les", "de", "des", "du"})
_COUNTRY_WORDS_RE = re.compile(rf"[\w-]+(?:{APOS}[\w-]+)?(?=[ \u00a0]|[,.;:)]|$)")
# after a plural title: an optional group complement the title grammar leaves ("of the two
# countries", "des deux pays"), then ":" or "," or nothing before the first name
_LIST_OPENER = re.compile(rf"(?:{SPACE}(?:of|from|de|des|du){SPACE}(?:(?:the|les|la){SPACE})?(?:{LO}+{SPACE}){{0,2}}{LO}+)?\s*[:,]?\s+")
_LIST_SEPARATOR = re.compile(r",?\s+(?:and|et)\s+|,\s+")
_MEMBER_COUNTRY = re.compile(rf"{SPACE}(?:(?:of|de|du|d{APOS})(?:{SPACE}(?:the|la|l{APOS}))?{SPACE}?(?P<c>[\w'\u2019-]+(?:{SPACE}[\w'\u2019-]+){{0,2}})|\((?P<p>[^()]{{2,40}})\))")
# a list member's own portfolio in brackets: "(Foreign Affairs)", "(Economy, Development and Tourism)"
_MEMBER_PORTFOLIO = re.compile(rf"{SPACE}?\(({UP}{LO}[^()\n\d;:]{{1,58}})\)")
_NEXT_COUNTRY = re.compile(rf"(?:,?{SPACE}(?:and|et){SPACE}|,{SPACE})(?:(?:of|de|du|des){SPACE}?)?(?:(?:the|la|le|les){SPACE}|l{APOS})?")
_COMMA = re.compile(rf",{SPACE}+")
DAY_OR_YEAR = _DAY_OR_YEAR = re.compile(r"[ \u00a0,]*(?:\d|of\b)")
_SENTENCE_END_WORD = re.compile(r"[^.]{3,}\.")
# a parenthesis closing a title's complement: an abbreviation, a region, a gloss ("(the Parliament)")
_TITLE_PAREN = re.compile(rf"{SPACE}?\((?:the{SPACE}|la{SPACE}|le{SPACE}|les{SPACE}|l{APOS})?{UP}[^()\n,;\d]{{0,38}}\)")
BRACKETED_GIVEN = re.compile(rf"\[({NAME_WORD})\]{SPACE}({NAME_WORD})(?![\w-])")
_PORTFOLIO_FAMILIES = frozenset({"minister", "representative", "commissioner", "adviser", "secretary"})
_THIRD_PERSON_STYLE = re.compile(r"(?:His|Her|Their|Sa|Son|Leurs)[ \u00a0]")
_REPUBLIC_OF = re.compile(r"^(?:Republic|République)\s+(?:of|de|du)\s+")


# initials written without full stops before a surname: "S Jaishankar", "MM Imrul Kayes"
_BARE_INITIALS_RE = re.compile(rf"{UP}{{1,2}}")
# "son of"/"daughter of" in Arabic and Malay names: "Faisal bin Farhan", "Sultan bin Saad"
PATRONYMIC_LINKS = frozenset({"bin", "bint", "ibn", "binti"})
_PATRONYMIC_AFTER = re.compile(r"[ \u00a0](?:bin|bint|ibn|binti)[ \u00a0]")
# a country's possessive opening a complement: "of Germany's Bundestag", "of New Zealand's"
_POSSESSIVE_COUNTRY = re.compile(rf"({UP}{LO}+(?:{SPACE}{UP}{LO}+){{0,2}}){APOS}s{SPACE}(?={UP})")
_TIME_BEFORE = re.compile(r"\d[ \u00a0]?$")


@dataclass
class NameSpan:
    start: int
    end: int
    text: str


@dataclass
class TitlePhrase:
    start: int                      # title text start (after any article)
    end: int
    text: str                       # normalised title as written
    keys: set = field(default_factory=set)
    families: set = field(default_factory=set)
    complete: bool = False          # a full role by itself ("Head of State")
    article_start: Optional[int] = None
    organization: Optional[str] = None
    country: Optional[str] = None
    subject: Optional[str] = None   # "Central Asia", "Human Rights"
    qualified: bool = False         # has a country/organisation qualifier
    capitalised: bool = True
    name: Optional[NameSpan] = None
    name_after_comma: bool = False
    office: bool = True             # False: a relation ("counterpart") or a rank ("Prince"): never an office
    needs_full_name: bool = False   # a military rank counts only before a full name
    splits: list = field(default_factory=list)   # (end of one title, start of the next) in "A and B"
    post_nominal: bool = False      # "MP" after the name it belongs to

    @property
    def mention_start(self) -> int:
        return self.article_start if self.article_start is not None else self.start


class TitleGrammar:
    """Compiled title vocabulary plus the logic that parses title phrases in a text."""

    def __init__(self, country_code: Callable[[str], Optional[str]], org_aliases: set[str] = frozenset()):
        data = load_data("titles")
        self.country_code = country_code
        self.kb_org_aliases = set(org_aliases)
        self.head_info: dict[str, dict] = {}
        forms = []
        for head in data["heads"]:
            for lang_forms in head["forms"].values():
                for form in lang_forms:
                    self.head_info[_form_key(form)] = head
                    forms.append(form)
        modifiers = data["modifiers"]["en"] + data["modifiers"]["fr"]
        self.prepositions_for_plural = {fold(p) for p in data["prepositions"]["en"] + data["prepositions"]["fr"]}
        modifier_re = "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True))
        head_re = "|".join(_form_pattern(f) for f in sorted(set(forms), key=len, reverse=True))
        # the look-ahead on possible first letters lets the scan skip most positions cheaply
        initials = "".join(sorted({c for f in forms + modifiers for c in (f[0].lower(), f[0].upper())}))
        # a whole vocabulary form first ("vice-président du conseil" is one form, not the
        # modifier "vice" before "président"), then modifiers before a form
        self.head = re.compile(rf"(?<![\w-])(?=[{re.escape(initials)}])(?:(?:{head_re})(?![\w-])|(?:(?:{modifier_re})[ -])+(?:{head_re})(?![\w-]))",
                               re.IGNORECASE)
        self.modifier = re.compile(rf"^(?:(?:{modifier_re})[ -])+", re.IGNORECASE)
        self.modifiers_before = re.compile(rf"(?<![\w-])(?:(?:{modifier_re})[ -])+$", re.IGNORECASE)
        self.head_forms = sorted(set(forms))
        # portfolios written before "Minister" ("Finance Minister", "Foreign Trade Minister");
        # coordinated before one head they make one title: "Economy and Finance Minister",
        # "Foreign Trade and Tourism Minister", "Energy, Mines and Petroleum Minister"
        portfolio_heads = {h["key"] for h in data["heads"] if h.get("portfolio_before_head")}
        self.portfolio_prefixes = {f[: -len(" Minister")]: h["key"] for h in data["heads"] if h["key"] in portfolio_heads
                                   for f in h["forms"].get("en", []) if f.endswith(" Minister")}
        prefix_re = "|".join(re.escape(p) for p in sorted(self.portfolio_prefixes, key=len, reverse=True)) or "(?!)"
        self.portfolio_lead = re.compile(rf"(?<![\w-])(?:{prefix_re})(?:,{SPACE}(?:{prefix_re}))*,?{SPACE}(?:and|&){SPACE}$")
        self._portfolio_lead_start = re.compile(rf"^(?:{prefix_re})(?:,{SPACE}(?:{prefix_re}))*,?{SPACE}(?:and|&){SPACE}")
        self._portfolio_word = re.compile(rf"(?:{prefix_re})(?![\w-])")
        # abbreviations ("PM", "Deputy PM") count only as written, in capitals
        self.case_sensitive_forms = {f for head in data["heads"] if head.get("case_sensitive")
                                     for lang_forms in head["forms"].values() for f in lang_forms}
        # plural forms ("Ministers of Foreign Affairs", "ministres des Affaires étrangères"):
        # folded plural -> (head entry, index of the pluralised word); they only introduce lists
        self.plural_info: dict[str, tuple[dict, int]] = {}
        for form in set(forms):
            plural, index = _plural(form, self.prepositions_for_plural)
            if plural:
                self.plural_info.setdefault(_form_key(plural), (self.head_info[_form_key(form)], index))
        self.plural_forms = sorted({_plural(f, self.prepositions_for_plural)[0] for f in set(forms)} - {None})
        # (not a head that is also a given name: "Amir Hamzah Osman")
        given_name_heads = {f for head in data["heads"] if head.get("also_given_name")
                            for lang_forms in head["forms"].values() for f in lang_forms}
        self.title_words = {w for f in forms if f not in given_name_heads
                            for w in re.split(r"[ '\u2019-]", f) if w[:1].isupper()}
        # a lowercase French head capitalised after a lowercase article ("S.M. le Roi", "le Ministre")
        # is no part of a name ("Bruno Le Maire" is: a capitalised particle)
        self.fr_head_words = {w.capitalize() for f in data_forms_fr(data) for w in re.split(r"[ '\u2019-]", f)
                             if len(w) >= 3 and w[:1].islower() and w.lower() not in ("état", "etat")}
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
        self.stop = stop_words("en") | stop_words("fr")
        self.complement_words = {fold(w) for w in data["complement_words"]}
        self.org_adjectives = data.get("org_adjectives", {})
        # (head key, added key, folded subject words) for portfolios named in a complement
        self.subject_keys = [(e["head"], e["key"], [fold(x) for x in e["subjects"]]) for e in data.get("subject_keys", [])]
        honorific_initials = re.escape("".join(sorted({h[0] for h in data["honorifics"]})))
        # one or more forms of address in a row: "His Excellency Sheikh", "Datuk Seri Dr"
        honorific_re = "|".join(re.escape(h) for h in sorted(data["honorifics"], key=len, reverse=True))
        self.honorific = re.compile(   # the initials look-ahead lets the scan skip most positions
            rf"(?<![\w.])(?=[{honorific_initials}])(?:{honorific_re})(?:{SPACE}+(?:{honorific_re}))*{SPACE}+(?={UP})")
        preps = data["prepositions"]["en"] + data["prepositions"]["fr"]
        prep_re = "|".join(_form_pattern(p) for p in sorted(preps, key=len, reverse=True) if not p.endswith("'"))
        # complement opener: " of the ", " de l'", " d'", " pour l'", ...
        self.complement = re.compile(
            rf"{SPACE}(?P<prep>{prep_re}){SPACE}(?:(?P<art>the|la|le|les){SPACE}|(?P<el>l{APOS}))?"
            rf"|{SPACE}(?P<dprep>d{APOS})", re.IGNORECASE)
        # a noun phrase inside a complement: capitalised/all-caps words and allowed lowercase words
        self.np_word = re.compile(rf"(?:{UP}[\w.&-]*(?:{APOS}{UP}[\w-]*)?|{LO}[\w-]*)")
        regnal = "|".join(sorted(self.regnal, key=len, reverse=True)) or "(?!)"
        self.name_run = re.compile(rf"(?:{INITIAL}|{NAME_WORD}|{UP}{{1,2}}(?={SPACE}{UP}{LO}))(?:{SPACE}(?:(?:{_particle_re(self.particles)}){SPACE})*(?:{INITIAL}|{NAME_WORD}|(?:{regnal})(?![\w-])))*")
        prefixes = "|".join(re.escape(w) for w in sorted(data.get("name_prefix_words", []), key=len, reverse=True)) or "(?!)"
        self.name_prefix = re.compile(rf"(?:{prefixes}){SPACE}+(?={UP})")
        # (inner "of" and "People's": "People's Republic of China President")
        self.left_run = re.compile(rf"(?<![\w'\u2019])((?:(?:{UP}[\w.&-]*(?:{APOS}s)?|of){SPACE}){{0,4}}{UP}[\w.&-]*)({APOS}s?)?{SPACE}$")
        self.territorial = set(data.get("territorial_words", []))
        self.article_before = re.compile(rf"(?:^|[\s(])(?P<art>the|The|THE|le|Le|la|La|les|Les|l{APOS}|L{APOS})(?:{SPACE}|(?<={APOS}))"
                                         rf"(?:(?:new|newly{SPACE}appointed|current|incoming|nouveau|nouvelle|actuel|actuelle){SPACE})?$")
        self.post_adjective = re.compile(rf"{SPACE}({LO}[\w-]+)")
        self.conjunction = re.compile(rf"{SPACE}(?:and|et|&){SPACE}", re.IGNORECASE)

    # --- names ---------------------------------------------------------------------

    def is_name_word(self, word: str, first: bool) -> bool:
        if word in self.particles and not first:
            return True
        if word in self.regnal and not first:
            return True   # "Mohammed VI", "Abdullah II"
        if word in self.non_name or word.lower() in self.stop and first:
            return False
        if first and _BARE_INITIALS_RE.fullmatch(word):
            return not self.country_code(word) and fold(word) not in self.kb_org_aliases
        return bool(_NAME_WORD_RE.fullmatch(word))

    def patronymic_given(self, word: str, following: str) -> bool:
        """A title word that is a given name before "bin"/"ibn"/"bint" (son/daughter of):
        "Sultan bin Saad", "Amir bin Khalid"."""
        return following in PATRONYMIC_LINKS and word in self.title_words and bool(_NAME_WORD_RE.fullmatch(word)) \
            and word.lower() not in self.stop

    def given_name_at(self, text: str, match) -> bool:
        """Is a title head a given name, followed by "bin"/"ibn" ("Sultan bin Saad")?"""
        return " " not in match.group() and bool(_PATRONYMIC_AFTER.match(text, match.end())) \
            and match.group()[:1].isupper()

    def valid_name(self, words: list[str], allow_single: bool) -> bool:
        """Words that can form a person's name on their own (structure only, no look-up)."""
        if not words or (len(words) == 1 and not allow_single):
            return False
        if words[-1] in self.particles or words[-1].endswith("."):
            return False
        if _BARE_INITIALS_RE.fullmatch(words[-1]) and words[-1] not in self.regnal:
            return False   # initials are followed by a surname
        full = [w for w in words if w not in self.regnal and not w.endswith(".") and not _BARE_INITIALS_RE.fullmatch(w)]
        initials = len(full) < len(words) - sum(1 for w in words if w in self.regnal)
        if not full or not allow_single and len(full) < 2 and not initials:
            return False   # "Phase II" alone is no name; "King Mohammed VI", "S. Jaishankar" are
        if not all(self.is_name_word(w, i == 0) or (i and i == len(words) - 1 and w in self.month_surnames)
                   or i == 0 and len(words) > 2 and self.patronymic_given(w, words[1])
                   for i, w in enumerate(words)):
            return False
        if any(w.lower() in self.stop and w not in self.particles and not (i and w in self.month_surnames)
               for i, w in enumerate(words)):
            return False
        if any(w in self.fr_head_words and words[i - 1] in ("le", "la") for i, w in enumerate(words) if i):
            return False
        joined = " ".join(words)
        if self.country_code(joined) is not None:
            return False
        # a given name that is also a country's name in some language is a given name when a
        # lowercase particle and a surname follow it: "Dominique de Villepin", "Jordan da Silva"
        first_ok = len(words) >= 3 and words[1][:1].islower() and words[1] in self.particles
        return not any(self.country_code(w) for i, w in enumerate(words) if i or not first_ok)

    def name_at(self, text: str, pos: int, allow_single: bool = True) -> Optional[NameSpan]:
        """A valid name starting exactly at ``pos`` (the longest valid prefix of the run)."""
        m = self.name_run.match(text, pos)
        if not m:
            return None
        good = []
        words = list(_WORDS_RE.finditer(m.group()))
        for i, w in enumerate(words):
            if i == 0 and len(words) > 1 and self.patronymic_given(w.group(), words[1].group()):
                good.append((w.group(), pos + w.start(), pos + w.end()))   # "Prince Sultan bin Saad"
                continue
            if not self.is_name_word(w.group(), i == 0):
                if i and w.group() in self.month_surnames and good[-1][0] not in self.particles \
                        and not _DAY_OR_YEAR.match(text, pos + w.end()):
                    good.append((w.group(), pos + w.start(), pos + w.end()))   # "Theresa May"
                break
            good.append((w.group(), pos + w.start(), pos + w.end()))
        if good and _cut_off(text, good[-1][2]):
            good.pop()   # "... le Président Emmanue": a text cut in the middle of a word
        while good and (good[-1][0] in self.particles or good[-1][0].endswith(".")
                        or len(good) > 2 and good[-1][0].lower() in self.stop):
            good.pop()   # (a headline run on: "Former President, John Mahama My victory ...")
        for i in range(len(good) - 2, 1, -1):
            if good[i][0] in self.particles and self.country_code(text[good[i + 1][1]:good[-1][2]]):
                good = good[:i]   # "le prince Nikola II de Monténégro": the country after the name
                break
        if not self.valid_name([w for w, _, _ in good], allow_single):
            return None
        return NameSpan(good[0][1], good[-1][2], text[good[0][1]:good[-1][2]])

    # --- titles --------------------------------------------------------------------

    def subject_keys_for(self, keys: set, subject: str) -> set:
        """Keys a portfolio adds to a title ("Minister" of "Foreign Affairs" is a foreign minister)."""
        folded = fold(subject)
        return {key for head, key, forms in self.subject_keys if head in keys and any(f in folded for f in forms)}

    def exact_abbreviation(self, text: str, match) -> bool:
        """A case-sensitive head ("PM") written exactly as in the vocabulary (after any
        modifiers: "Acting PM"), and not a time of day ("9:40 PM")."""
        head = self.modifier.sub("", match.group())
        if head not in self.case_sensitive_forms and match.group() not in self.case_sensitive_forms:
            return False
        return not _TIME_BEFORE.search(text, max(0, match.start() - 3), match.start())

    def head_info_for(self, head_text: str) -> dict:
        """Vocabulary entry of a matched head, with or without its modifiers ("Deputy ...")."""
        return (self.head_info.get(_form_key(head_text))
                or self.head_info.get(_form_key(self.modifier.sub("", head_text)))
                or self.head_info.get(_form_key(self._portfolio_lead_start.sub("", head_text)))
                or self.plural_info.get(_form_key(head_text), ({},))[0])

    def coordinated_portfolio_keys(self, head_text: str) -> set:
        """The keys of each portfolio coordinated before one head: "Foreign Affairs and Trade
        Minister" is a foreign minister and a trade minister."""
        lead = self._portfolio_lead_start.match(head_text)
        if not lead:
            return set()
        return {self.portfolio_prefixes[w.group()] for w in self._portfolio_word.finditer(lead.group())
                if w.group() in self.portfolio_prefixes}

    def is_org(self, phrase: str, span_kind: Optional[str]) -> bool:
        if span_kind == "org":
            return True
        words = phrase.split()
        if not words:
            return False
        if fold(phrase) in self.kb_org_aliases:
            return True
        if len(words) == 1 and _ABBREVIATION_RE.fullmatch(phrase):
            return True   # abbreviation: EU, UN, OSCE, NATO
        return words[-1] in self.institution

    def parse(self, text: str, match: re.Match, spans: dict[int, tuple[int, str, str]],
              nested: bool = False, left_qualifier: bool = True) -> TitlePhrase:
        """Parse the title phrase around a head match. ``spans``: start -> (end, kind, name)
        of organisation/place mentions found upstream."""
        start, end = match.span()
        head_text = match.group()
        info = self.head_info_for(head_text)
        phrase = TitlePhrase(start=start, end=end, text="", keys={info.get("key", "title")},
                             families={info.get("family", "title")}, complete=bool(info.get("complete")),
                             capitalised=head_text[:1].isupper(), office=info.get("office", True),
                             needs_full_name=bool(info.get("needs_full_name")))
        phrase.keys |= self.coordinated_portfolio_keys(head_text)
        takes_to = bool(info.get("takes_to"))
        if not nested and left_qualifier:
            self._left_qualifier(text, phrase, spans)
        pos = end
        own = self.post_adjectives.match(text, pos)   # "le président sortant", "le conseiller fédéral"
        if own:
            pos = own.end()
        # French post-adjective: "le président kazakh"
        adj = self.post_adjective.match(text, pos)
        if adj and self.country_code(adj.group(1)):
            phrase.country = phrase.country or self.country_code(adj.group(1))
            phrase.qualified = True
            pos = adj.end()
        elif adj and adj.group(1) in self.org_adjectives:
            phrase.organization = phrase.organization or self.org_adjectives[adj.group(1)]
            phrase.qualified = True
            pos = adj.end()
        own = self.post_adjectives.match(text, pos) if not own else None   # "le président américain sortant"
        if own:
            pos = own.end()
        while True:
            step = self._complement(text, pos, phrase, spans, takes_to, nested)
            if step is None:
                conj = self.conjunction.match(text, pos)
                nxt = self.head.match(text, conj.end()) if conj else None
                again = self.complement.match(text, conj.end() - 1) if conj and not nxt and phrase.name is None else None
                if again and not self._country_word_at(text, again.end()) and not self.head.match(text, again.end()) \
                        and not spans.get(again.end(), (0, ""))[1] == "place":
                    # a second portfolio with its own preposition: "à la Coopération et à la
                    # Francophonie", "du Logement et de l'Habitat durable"
                    step = self._complement(text, conj.end() - 1, phrase, spans, takes_to, nested)
                    if step is not None:
                        pos = step
                        continue
                if conj and not nxt and phrase.name is None and self._continues_np(text, conj.end() - 1):
                    # "Minister of Foreign Affairs and Trade Péter Szijjártó", "... et du Commerce extérieur"
                    step = self._noun_phrase(text, conj.end(), phrase, spans, nested, after_conjunction=True)
                    if step is None:
                        break
                    pos = step
                    continue
                paren = _TITLE_PAREN.match(text, pos) if not conj and phrase.name is None and pos > end else None
                if paren:   # "Minister of State of Foreign Affairs (Americas)", "... and Trade (MFAT)"
                    pos = paren.end()
                    continue
                if not nxt or self.head_info_for(nxt.group()).get("office", True) is False and phrase.office:
                    break   # "the Amir and Prince Faisal": an office, then a rank before another person
                phrase.splits.append((pos, nxt.start()))   # "Deputy Prime Minister and Foreign Minister"
                nxt_info = self.head_info_for(nxt.group())
                phrase.keys.add(nxt_info.get("key", "title"))
                phrase.families.add(nxt_info.get("family", "title"))
                takes_to = takes_to or bool(nxt_info.get("takes_to"))
                pos = nxt.end()
                continue
            pos = step
        phrase.end = pos
        if phrase.subject:
            phrase.keys |= self.subject_keys_for(phrase.keys, phrase.subject)
        if phrase.name is None and not nested:
            self._name_after(text, phrase)
        phrase.text = clean_title(text[phrase.start:phrase.end])
        return phrase

    def _left_qualifier(self, text: str, phrase: TitlePhrase, spans) -> None:
        window_start = max(0, phrase.start - 60)
        m = self.left_run.search(text, window_start, phrase.start)
        if m and m.end() == phrase.start:
            words = [(w.group(), m.start(1) + w.start()) for w in _WORDS_RE.finditer(m.group(1))]
            # a sentence ends inside the run: "... in Afghanistan. Prime Minister X" ("U.S." does not)
            ends = [i for i, (w, _) in enumerate(words) if _SENTENCE_END_WORD.fullmatch(w)]
            if ends:
                words = words[ends[-1] + 1:]
            while words and words[0][0] == "of":
                words = words[1:]
            if not words:
                m = None
            run_end = m.end(1) if m else phrase.start
        if m and m.end() == phrase.start:
            chosen = None
            # an organisation found upstream that ends right before the title wins
            for word, start in words:
                span = spans.get(start)
                if span and span[0] == run_end and span[1] in ("org", "place") \
                        and not _SHOUTED_RE.fullmatch(text[start:run_end]):
                    chosen = (start, None, span[2]) if span[1] == "org" else (start, self.country_code(span[2] or ""), None)
                    break
            # else the shortest country/organisation ending there: "Tokayev Meets European Council
            # President" is qualified by "European Council", not by the whole run
            for i in range(len(words) - 1, -1, -1) if chosen is None else ():
                start = words[i][1]
                candidate = text[start:run_end]
                if _SHOUTED_RE.fullmatch(candidate):
                    continue   # a shouted dateline word ("KAZINFORM"), not a qualifier
                code = self.country_code(candidate)
                if code:
                    # the longest name of the same country: "People's Republic of China President"
                    longer = next((w[1] for w in words[:i] if self.country_code(text[w[1]:run_end]) == code), None)
                    chosen = (longer if longer is not None else start, code, None)
                    break
                if self.is_org(candidate, None) and not (candidate in self.non_name and i == len(words) - 1):
                    chosen = (start, None, candidate)
                    break
            if chosen is None and len(words) >= 2 and words[-1][0] in self.territorial \
                    and words[-2][0] not in self.title_words and words[-2][0] != "of":
                # a subnational unit: "Central Province Governor", "Lagos State Governor"
                start = words[-2][1]
                phrase.start, phrase.subject, phrase.qualified = start, text[start:run_end], True
                return
            if chosen:
                start, code, organization = chosen
                before = [w for w in words if w[1] < start]
                if before and code is None and self.country_code(before[-1][0]):   # "Kazakh Foreign Ministry"
                    code = self.country_code(before[-1][0])
                    start = before[-1][1]
                phrase.start = start
                phrase.country = code or phrase.country
                phrase.organization = organization or phrase.organization
                phrase.qualified = bool(code or organization) or phrase.qualified
            elif m.group(2):
                return   # "Tokayev's spokesperson": a person's possessive, no article to look for
        art = self.article_before.search(text, max(0, phrase.start - 24), phrase.start)
        if art:
            phrase.article_start = art.start("art")

    def _complement(self, text, pos, phrase: TitlePhrase, spans, takes_to: bool, nested: bool) -> Optional[int]:
        """Consume one complement at ``pos``; return the new end or None."""
        m = self.complement.match(text, pos)
        if not m:
            return None
        prep = fold(m.group("prep") or m.group("dprep") or "")
        np_start = m.end()
        if prep in ("a", "au", "aux"):
            # French "à"/"au"/"aux": before a country or place, where the holder is posted or
            # goes ("ambassadeur au Kazakhstan", "le président français au Kazakhstan"); before
            # a portfolio, the office itself ("secrétaire d'État aux Affaires européennes",
            # "haut-commissaire aux droits de l'homme", "ministre délégué à la Francophonie")
            # (only offices that have portfolios: "le métropolite de France à la cathédrale" is where)
            span = spans.get(np_start)
            is_to = self._country_word_at(text, np_start) or bool(span and span[1] == "place") \
                or not phrase.families & _PORTFOLIO_FAMILIES
        else:
            is_to = prep in ("to", "aupres de", "aupres du", "on", "at")
        if is_to and not takes_to:
            return None
        inner = self.head.match(text, np_start)
        if inner:   # nested title: "Adviser to the President of the European Council"
            sub = self.parse(text, inner, spans, nested=True)
            if sub.organization and not phrase.organization:
                phrase.organization = sub.organization
            return sub.end
        return self._noun_phrase(text, np_start, phrase, spans, nested, is_to)

    def _noun_phrase(self, text, np_start, phrase: TitlePhrase, spans, nested: bool, is_to: bool = False,
                     after_conjunction: bool = False):
        """The noun phrase of a complement (and any name run into it); return its end or None.
        ``after_conjunction``: it follows "and"/"et", so it may open with "the", "du", "des"."""
        span = spans.get(np_start)
        style = self.honorific.match(text, np_start)
        if style and _THIRD_PERSON_STYLE.match(style.group()):
            # "Director of the Office of His Majesty Jafar Hassan": the style names the ruler
            # served (the complement); the name follows it
            style_end = np_start + len(style.group().rstrip())
            phrase.subject, phrase.qualified = phrase.subject or text[np_start:style_end], True
            if not nested and phrase.name is None:
                phrase.name = self.name_at(text, style.end())
            return style_end
        possessive = _POSSESSIVE_COUNTRY.match(text, np_start) if not after_conjunction else None
        if possessive and self.country_code(possessive.group(1)) and self.np_word.match(text, possessive.end()):
            # "President of Germany's Bundestag", "chairman of Japan's Liberal Democratic Party"
            phrase.country = phrase.country or self.country_code(possessive.group(1))
            phrase.qualified = True
            np_start = possessive.end()
        country_end = None if is_to else self._country_at(text, np_start)
        if country_end:   # "de la République populaire de Chine Wang Yi": the country name, then any name
            phrase.country = phrase.country or self.country_code(text[np_start:country_end])
            phrase.qualified = True
            if not nested and phrase.name is None and _SPACE_RE.match(text, country_end):
                phrase.name = self.name_at(text, country_end + 1)
            return country_end
        words = []
        after_and = opening = after_conjunction
        p = np_start
        while True:
            w = self.np_word.match(text, p)
            if not w or words and self.honorific.match(text, p):
                break   # "Minister of Finance Dr Rui Gomes": a form of address opens the name
            word = w.group().rstrip(".")
            lower_ok = word[:1].islower() and (fold(word) in self.complement_words or self.country_code(word))
            if word[:1].islower() and not lower_ok:
                break
            if fold(word) in ("and", "et") and words and self._continues_np(text, w.end()):
                after_and = opening = True   # "for Europe and Foreign Affairs": one complement
            elif opening and fold(word) in _CONJUNCT_OPENERS:
                pass               # "et la politique de sécurité", "de l'Europe et des affaires étrangères"
            elif fold(word) in ("de", "of") and after_and and words[-1][0][:1].islower():
                pass               # "... et la politique de sécurité"
            elif fold(word) in ("of", "de", "du", "des", "for", "pour", "and", "et", "to", "the", "la", "le", "les"):
                break
            else:
                opening = False
            words.append((word, w.start(), w.start() + len(word)))
            sep = _SPACE_RE.match(text, w.start() + len(word))
            if not sep:
                break
            p = w.start() + len(word) + 1
        if not words:
            return None
        k = self._split_point(text, words, span, nested)
        comp_words = words[:k]
        if not comp_words:
            return None
        if is_to:
            comp = text[comp_words[0][1]:comp_words[-1][2]]
            kind = span[1] if span else None
            if not (self.country_code(comp) or self.is_org(comp, kind)):
                return None
        comp = text[comp_words[0][1]:comp_words[-1][2]]
        if is_to:   # "Ambassador ... to Kazakhstan": the destination, not the office's country
            return comp_words[-1][2]
        kind = span[1] if span and span[0] <= comp_words[-1][2] else None
        code = self.country_code(_REPUBLIC_OF.sub("", comp)) or self.country_code(comp)
        if code:
            phrase.country = phrase.country or code
            phrase.qualified = True
        elif self.is_org(comp, kind):
            phrase.organization = phrase.organization or (span[2] if kind else comp)
            phrase.qualified = True
        elif comp in ("Republic", "République"):
            phrase.complete = True   # "le président de la République": the country's own president
        else:
            phrase.subject = phrase.subject or comp
            phrase.qualified = True
        if k < len(words) and not nested:
            name = self.name_at(text, words[k][1])
            if name:
                phrase.name = name
        return comp_words[-1][2]

    def _country_word_at(self, text: str, pos: int) -> bool:
        word = self.np_word.match(text, pos)
        return bool(word) and bool(self.country_code(word.group()))

    def _country_at(self, text: str, pos: int) -> Optional[int]:
        """End of the longest country name of two or more words starting at ``pos`` that
        contains lowercase words ("République populaire de Chine", "Republic of Korea"), if any."""
        words = list(_COUNTRY_WORDS_RE.finditer(text, pos, pos + 60))
        if len(words) < 2 or words[0].start() != pos or not any(w.group()[:1].islower() for w in words[1:4]):
            return None
        for w in reversed(words[1:6]):
            if self.country_code(text[pos:w.end()]):
                return w.end()
        return None

    def _continues_np(self, text: str, pos: int) -> bool:
        """After "and": a capitalised word that starts neither a title nor a name."""
        nxt = self.np_word.match(text, pos + 1) if _SPACE_RE.match(text, pos) else None
        if nxt and fold(nxt.group()) in _CONJUNCT_OPENERS:
            # "and the ...", "et des affaires étrangères", "et de la Francophonie"
            for _ in range(2):
                nxt = self.np_word.match(text, nxt.end() + 1) if _SPACE_RE.match(text, nxt.end()) else None
                if not nxt or fold(nxt.group()) not in _CONJUNCT_OPENERS:
                    break
            return bool(nxt) and not self.head.match(text, nxt.start()) and (
                fold(nxt.group()) in self.complement_words or nxt.group()[:1].isupper() and nxt.group() in self.non_name)
        return bool(nxt) and nxt.group()[:1].isupper() and nxt.group() in self.non_name \
            and not self.head.match(text, pos + 1)

    def _split_point(self, text, words, span, nested) -> int:
        """How many words of a complement noun phrase belong to it (the rest is a name)."""
        n = len(words)
        end = words[-1][2]
        if not nested and n >= 2 and text[end:end + 1] == "," and self._name_follows(text, end + 1) \
                and self.is_name_word(words[-1][0], True) and not self.is_name_word(words[-2][0], True):
            return n   # "for Budget and National Planning, Zainab Ahmed": the name is after the comma
        if span:
            covered = sum(1 for _, s, e in words if e <= span[0])
            if covered and (covered == n or self.valid_name([w for w, _, _ in words[covered:]], True)):
                return covered
        for j in range(min(n, 4), 0, -1):   # a country name at the start: "Kazakhstan Mukhtar ..."
            comp = text[words[0][1]:words[j - 1][2]]
            if self.country_code(comp) or fold(comp) in self.kb_org_aliases:
                if j == n or self.valid_name([w for w, _, _ in words[j:]], True) \
                        or not nested and self.head.match(text, words[j][1]):
                    return j   # (a title stacked after it: "Ambassador to Kuwait Prince Sultan ...")
        last_fixed = 0
        for i, (w, _, _) in enumerate(words):
            if w in self.non_name or w[:1].islower() or _ALL_CAPS_RE.fullmatch(w) or fold(w) in self.complement_words:
                last_fixed = i + 1
        if last_fixed:
            rest = [w for w, _, _ in words[last_fixed:]]
            fixed = words[last_fixed - 1][0]
            # one capitalised word after a capitalised portfolio noun is its adjective, not a
            # surname: "de l'Enseignement Technique" (but "Minister of Finance Gomes")
            adjective = len(rest) == 1 and fixed[:1].isupper() and fixed not in self.non_name \
                and not _ALL_CAPS_RE.fullmatch(fixed)
            if not rest or not adjective and self.valid_name(rest, True):
                return last_fixed
            return n
        if n >= 3 and not nested:
            tail = 3 if words[-2][0] in self.particles else 2
            if self.valid_name([w for w, _, _ in words[-tail:]], False):
                return n - tail
        return n

    def with_name_part(self, text: str, honorific: Optional[re.Match], name: NameSpan) -> NameSpan:
        """"Sheikh Hasina": an honorific that is part of the name of a person named by one word."""
        if honorific is None or " " in name.text:
            return name
        words = list(_WORDS_RE.finditer(text, honorific.start(), honorific.end()))
        if words and words[-1].group() in self.name_part_honorifics:
            start = words[-1].start()
            return NameSpan(start, name.end, text[start:name.end])
        return name

    def _name_follows(self, text: str, pos: int) -> bool:
        while _SPACE_RE.match(text, pos):
            pos += 1
        for opener in (self.name_prefix, self.honorific):
            m = opener.match(text, pos)
            if m:
                pos = m.end()
        return self.name_at(text, pos, allow_single=False) is not None

    def list_members(self, text: str, pos: int) -> list[tuple[NameSpan, Optional[str], Optional[tuple[int, int]]]]:
        """The people listed after a plural title: ": A of Kazakhstan, B of Kyrgyzstan and C" or
        ", A and B" or "A (Foreign Affairs) and B (Energy)". Returns (name, country of its own
        "of X"/"de X"/"(X)", bounds of its own bracketed portfolio) per member; fewer than two
        members is no list."""
        opener = _LIST_OPENER.match(text, pos)
        if not opener:
            return []
        members, pos = [], opener.end()
        while True:
            honorific = self.honorific.match(text, pos)
            name = self.name_at(text, honorific.end() if honorific else pos, allow_single=False)
            if not name:
                break
            pos, country = name.end, None
            own = _MEMBER_COUNTRY.match(text, pos)
            if own:   # the longest country name among the next words: "of the Kyrgyz Republic"
                group = "c" if own.group("c") else "p"
                words = list(_WORDS_RE.finditer(own.group(group)))
                for w in reversed(words if group == "c" else words[-1:]):
                    country = self.country_code(own.group(group)[:w.end()])
                    if country:
                        pos = own.start(group) + w.end() + (1 if group == "p" else 0)
                        break
            portfolio = None
            if country is None:
                # "Ministers A (Foreign Affairs), B (Economy and Finance) and C (Energy)": each
                # member's own portfolio in brackets
                bracket = _MEMBER_PORTFOLIO.match(text, pos)
                if bracket and not self.country_code(bracket.group(1)) and not _ALL_CAPS_RE.fullmatch(bracket.group(1)):
                    portfolio = (bracket.start(1), bracket.end(1))
                    pos = bracket.end()
            members.append((name, country, portfolio))
            sep = _LIST_SEPARATOR.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        return members if len(members) >= 2 else []

    def interleaved_members(self, text: str, pos: int, first_country: str) -> list[tuple[NameSpan, Optional[str]]]:
        """Country, name pairs after a plural title: "les présidents du Kazakhstan|, A, et de
        l'Ouzbékistan, B" / "the Presidents of Kazakhstan|, A, and of Uzbekistan, B"."""
        members, country = [], first_country
        while True:
            comma = _COMMA.match(text, pos)
            honorific = self.honorific.match(text, comma.end()) if comma else None
            name = self.name_at(text, honorific.end() if honorific else comma.end(), allow_single=False) if comma else None
            if not name:
                break
            members.append((name, country))
            codes, end = self.more_countries(text, name.end)   # ", et de l'Ouzbékistan"
            if len(codes) != 1:
                break
            country, pos = codes[0], end
        return members if len(members) >= 2 else []

    def more_countries(self, text: str, pos: int) -> tuple[list[str], int]:
        """Further countries of a plural title's complement: "of Estonia| and Latvia",
        "du Kazakhstan| et de l'Ouzbékistan". Returns their codes and where they end."""
        codes = []
        while True:
            link = _NEXT_COUNTRY.match(text, pos)
            if not link:
                break
            words = list(_COUNTRY_WORDS_RE.finditer(text, link.end(), link.end() + 40))[:4]
            end = next((w.end() for w in reversed(words) if self.country_code(text[link.end():w.end()])), None)
            if end is None:
                break
            codes.append(self.country_code(text[link.end():end]))
            pos = end
        return codes, pos

    def _name_after(self, text: str, phrase: TitlePhrase) -> None:
        pos = phrase.end
        if text[pos:pos + 1] == ",":
            pos += 1
            phrase.name_after_comma = True
        if not _SPACE_RE.match(text, pos):
            return
        while _SPACE_RE.match(text, pos):
            pos += 1
        prefix = self.name_prefix.match(text, pos)    # "..., retired Babagana Monguno"
        if prefix and phrase.name_after_comma:
            pos = prefix.end()
        bracketed = BRACKETED_GIVEN.match(text, pos)
        if bracketed and self.is_name_word(bracketed.group(2), False):
            # "le président américain [Barack] Obama": a given name an editor added
            phrase.name = NameSpan(bracketed.start(), bracketed.end(), bracketed.group())
            return
        honorific = self.honorific.match(text, pos)   # "son homologue, M. Karim Aliev"
        if honorific:
            pos = honorific.end()
        name = self.name_at(text, pos, allow_single=not phrase.name_after_comma and not phrase.needs_full_name)
        if name:
            phrase.name = self.with_name_part(text, honorific, name)
        else:
            phrase.name_after_comma = False


def _cut_off(text: str, end: int) -> bool:
    """Does the text stop right after the word ending at ``end``, with no closing punctuation
    and not even a line end (a truncated text whose last word may be cut)?"""
    return end == len(text) and text[end - 1:end].isalpha()


def data_forms_fr(data: dict) -> list[str]:
    """The French forms of every head of the title vocabulary."""
    return [f for head in data["heads"] for f in head["forms"].get("fr", [])]


def _plural(form: str, prepositions: set[str]) -> tuple[Optional[str], int]:
    """The plural of a title form and the index of its pluralised word: the word before the
    first preposition ("Ministers of Foreign Affairs", "chefs de l'État") or the last word
    ("Foreign Ministers"); None for forms that do not take a plain -s."""
    words = form.split(" ")
    index = next((i - 1 for i, w in enumerate(words) if i and (fold(w) in prepositions or fold(w).startswith("d'"))),
                 len(words) - 1)
    if words[index][-1:] in "sxz" or not words[index][-1:].isalpha():
        return None, index
    words[index] += "s"
    return " ".join(words), index


@lru_cache(maxsize=8192)
def _form_key(form: str) -> str:
    return re.sub(r"[\s\u00a0-]+", " ", fold(form))


def _form_pattern(form: str) -> str:
    """Regex for a vocabulary form: any apostrophe, hyphen or space between words."""
    parts = []
    for ch in form:
        if ch in "'\u2019":
            parts.append(APOS)
        elif ch in " -":
            parts.append(r"[ \u00a0-]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _particle_re(particles: set[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
