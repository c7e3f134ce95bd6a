"""kzeu_titles: the title phrases of a text ("the Kazakh Foreign Minister", "président du
Conseil européen"), each with its qualifiers and the name it introduces, written to
``doc.spans["kzeu_titles"]`` (one span per phrase, plain attributes beside it)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text
from ...knowledge import Knowledge
from ...langpacks import LanguagePack
from ...spans import write_items
from ..base import PackComponent
from .finder import TitleFinder
from .grammar import TitleGrammar
from .phrase import phrase_item
from .saved import AlsoReadsPacks
from .upstream import upstream_mentions
from .vocabulary import portfolio_link


def office_aliases(knowledge: Knowledge, use_kb: bool) -> set[str]:
    """Folded organisation names of the knowledge base's offices (none without the KB)."""
    aliases: set[str] = set()
    for office in knowledge.people.offices.values() if use_kb else ():
        aliases |= office.org_aliases
    return aliases


class TitlesComponent(AlsoReadsPacks, PackComponent):
    """Finds title phrases with the title grammar of the pipeline's language pack."""

    concerns = ("titles",)

    def __init__(self, nlp: Language, name: str, *, knowledge: Knowledge, use_kb: bool = True,
                 pack: str | None = None):
        self.nlp, self.knowledge, self.use_kb = nlp, knowledge, use_kb
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        self.grammar = TitleGrammar(pack, self.knowledge.geo.country_code, office_aliases(self.knowledge, self.use_kb),
                                    self.packs_read_also(pack))
        self.finder = TitleFinder(self.grammar, self.nlp, portfolio_link(pack))

    def __call__(self, doc: Doc) -> Doc:
        spans, blocked = upstream_mentions(doc)
        titles = self.finder.find(doc, doc_text(doc), spans, blocked)
        write_items(doc, "titles", [phrase_item(t) for t in titles])
        return doc
