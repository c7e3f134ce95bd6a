"""The people finder: names, one cluster per person, role mentions resolved by date."""
from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text
from ...gazetteer import Gazetteer
from ...knowledge import Knowledge
from ...knowledge.people import KnowledgeBase
from ...langpacks import LanguagePack
from ...spans import read_items, write_items
from ...textkit.unicode_classes import compile_pattern
from ..base import PackComponent
from ..titles import TitleGrammar, phrase_from_item
from ..titles.component import office_aliases
from ..titles.saved import AlsoReadsPacks
from ..titles.text import NAME_WORD, SPACE
from ..titles.upstream import upstream_mentions
from .clusters import Clustering
from .helpers import Memo, counterpart_offices, document_date, sentence_start_offsets
from .initials import full_names_by_surname
from .names import NameFinding
from .output import Output
from .roles import RoleResolution


class PeopleFinder(AlsoReadsPacks, PackComponent, NameFinding, Clustering, RoleResolution, Output):
    concerns = ("titles",)

    def __init__(self, nlp: Language, name: str = "kzeu_people", *, knowledge: Knowledge, use_kb: bool = True,
                 use_model_entities: bool = True, pack: str | None = None):
        self.nlp, self.knowledge, self.use_kb = nlp, knowledge, use_kb
        self.kb = knowledge.people if use_kb else KnowledgeBase()
        self.country_code = Memo(knowledge.geo.country_code)
        self.use_model_entities = use_model_entities
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        nlp = self.nlp
        self._offices_cache, self._holders_cache = {}, {}   # (see ``roles``)
        self.grammar = TitleGrammar(pack, self.country_code, office_aliases(self.knowledge, self.use_kb),
                                    self.packs_read_also(pack))
        # venue and facility nouns (from the title vocabulary's non-name words) that, written in
        # lower case after a capitalised run, make it a place's name
        self.wording = self.grammar.wording
        self._name_word = Memo(self.grammar.is_name_word)
        # a partial of a module function, not a lambda: the component's state then pickles (disk cache)
        self._valid_name = Memo(partial(_valid_name, self.grammar))
        self._venue_words = self.wording.venue_nouns & self.grammar.non_name
        # words that end a title the grammar could not parse whole; a name may follow them
        self._title_context = self.grammar.title_words | self.grammar.institution | self.wording.title_end_words
        forms = sorted({form for form, _, _ in self.kb.all_forms()}, key=len, reverse=True)
        # the knowledge base's spellings (thousands) found by the shared word scan: a gazetteer
        # loads from the disk cache at once, where a phrase matcher re-adds every pattern
        self.kb_names = Gazetteer([(form, None) for form in forms])
        self.kb_by_surname = full_names_by_surname(self.kb.all_forms())   # (for names with initials)
        self.next_word = compile_pattern(rf"{SPACE}({NAME_WORD})")
        # a whole word: not the start of "Xi'an" (an apostrophe and letters), but "Tokayev's" is
        self.surname_word = compile_pattern(rf"(?<![\w#@'\u2019-]){NAME_WORD}(?![\w-]|['\u2019](?!s\b)\w)")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._text = text
        spans, blocked = upstream_mentions(doc)
        hits = {"KB": [NameHit(text, start, end) for start, end, _ in self.kb_names.finditer(text)]}
        titles = [phrase_from_item(item) for item in read_items(doc, "titles")]
        starts = sentence_start_offsets(doc)
        counterpart_offices(titles, starts)
        mentions = self._named_mentions(doc, text, titles, spans, blocked, hits)
        clusters = self._cluster(mentions)
        self._surname_mentions(text, mentions, clusters, blocked)
        date = self._date = document_date(doc)
        unresolved = self._resolve_roles(text, titles, mentions, clusters, date, starts)
        # people the text names; a role whose holder only the knowledge base knows ("the Kenyan
        # President", nobody named) gives that office its holder, not a person of the text
        write_items(doc, "people", [self._person_record(c) for c in clusters if c.named])
        write_items(doc, "offices", self._office_records(text, titles, unresolved, clusters))
        return doc


class NameHit:
    """Where the text writes one of the knowledge base's spellings."""

    __slots__ = ("start_char", "end_char", "text")

    def __init__(self, text: str, start: int, end: int):
        self.start_char, self.end_char, self.text = start, end, text[start:end]


def _valid_name(grammar: TitleGrammar, words: tuple[str, ...], single: bool) -> bool:
    return grammar.valid_name(list(words), single)
