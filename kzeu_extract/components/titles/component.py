"""kzeu_titles: the title phrases of a text ("the Kazakh Foreign Minister", "président du
Conseil européen"), each with its qualifiers and the name it introduces, written to
``doc.spans["kzeu_titles"]`` (one span per phrase, plain attributes beside it)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text
from ...knowledge import Knowledge
from ...spans import write_items
from .finder import TitleFinder
from .grammar import TitleGrammar
from .phrase import phrase_item


def office_aliases(knowledge: Knowledge, use_kb: bool) -> set[str]:
    """Folded organisation names of the knowledge base's offices (none without the KB)."""
    aliases: set[str] = set()
    for office in knowledge.people.offices.values() if use_kb else ():
        aliases |= office.org_aliases
    return aliases


class TitlesComponent:
    def __init__(self, nlp: Language, name: str, *, knowledge: Knowledge, use_kb: bool = True):
        self.name = name
        self.knowledge = knowledge
        self.grammar = TitleGrammar(knowledge.geo.country_code, office_aliases(knowledge, use_kb))
        self.finder = TitleFinder(self.grammar, nlp)

    def __call__(self, doc: Doc) -> Doc:
        from .upstream import upstream_mentions
        spans, blocked = upstream_mentions(doc)
        language = doc._.kzeu_language or "en"
        titles = self.finder.find(doc, doc_text(doc), spans, blocked, language)
        write_items(doc, "titles", [phrase_item(t) for t in titles])
        return doc
