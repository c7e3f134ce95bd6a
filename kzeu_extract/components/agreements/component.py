"""The kzeu_agreements component: candidates from every rule, merged into records."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...extensions import doc_text
from ...knowledge import Knowledge
from ...langpacks import LanguagePack, pack_concern
from ...spans import read_items, write_items
from ...textkit import fold
from ..base import PackComponent
from .complements import Complements
from .grammar import Grammar
from .lists import InstrumentLists
from .pairs import PartyPairs
from .phrases import Phrases
from .records import Records
from .schema import CONCERN
from .structural import StructuralNames
from .words import as_written, content_key, drop_overlaps


class AgreementsComponent(PackComponent, StructuralNames, Complements, Phrases, InstrumentLists,
                          PartyPairs, Records):
    concerns = (CONCERN,)

    def __init__(self, nlp: Language, name: str, *, knowledge: Knowledge, max_name_words: int = 14,
                 pack: str | None = None):
        self.vocab = nlp.vocab
        self.make_doc = nlp.make_doc
        self.knowledge = knowledge
        self.known = knowledge.agreements
        self.max_name_words = max_name_words
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        """The pack's grammar (compiled once per pack), then the knowledge-base forms."""
        self.g = pack_concern(pack, CONCERN, Grammar)
        geo = self.knowledge.geo
        self.country_keys = sorted({(k, c) for table in (geo.country_names(), geo.adjectives())
                                    for k, c in table.items()})
        forms = self.known.forms
        self.kb_by_key = {fold(f): i for f, i in forms.items()}
        self.kb_by_content = {content_key(f, self.g.connectors): i for f, i in forms.items()}
        # spaCy's PhraseMatcher: names in any case; one-word forms (NAFTA, Alena) and forms holding
        # an all-capital word (New START, Minsk II) as written; both apostrophes (Iran's, Iran’s)
        self.kb_names = PhraseMatcher(self.vocab, attr="LOWER")
        self.kb_abbreviations = PhraseMatcher(self.vocab, attr="ORTH")
        for form, kb_id in forms.items():
            for variant in {form, form.replace("'", "\u2019"), form.replace("\u2019", "'")}:
                matcher = self.kb_abbreviations if as_written(variant) else self.kb_names
                matcher.add(kb_id, [self.make_doc(variant)])
        # an instrument named by its pair: the knowledge-base form naming the same two countries
        self.kb_by_pair = {}
        for form, kb_id in forms.items():
            key = self._pair_key(form)
            if key:
                self.kb_by_pair.setdefault(key, kb_id)

    def __call__(self, doc: Doc) -> Doc:
        named = [(m["start"], m["end"], i["name"]) for section in ("places", "organizations")
                 for i in read_items(doc, section) for m in i.get("mentions", [])]
        organizations = [(m["start"], m["end"]) for i in read_items(doc, "organizations")
                         for m in i.get("mentions", [])]
        dates = [d for d in read_items(doc, "dates") if d.get("value")]
        write_items(doc, "agreements", self.find(doc, named, dates, organizations))
        return doc

    def find(self, doc: Doc, named=(), dates=(), organizations=()) -> list[dict]:
        text = doc_text(doc)
        starts = self.g.hits.starts(text)
        found = (self._lists(text, starts) + self._structural(text, organizations, named, starts)
                 + self._resolutions(text, starts) + self._party_pairs(text, named, starts)
                 + self._knowledge_base(doc, text))
        mentions = drop_overlaps(found)
        groups = self._merge(text, mentions)
        starts = [m["start"] for m in mentions]  # sorted by drop_overlaps
        return [self._record(text, g, starts, named, dates) for g in groups]
