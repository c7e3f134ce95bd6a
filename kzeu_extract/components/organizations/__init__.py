"""kzeu_organizations: institutions, agencies, companies named in the text, merged per body.

Four ways to find one, from the knowledge base (``data/kb/organizations.json``, through the
component's ``knowledge``) and the language pack's ``organizations.json``:
1. the knowledge base: known bodies by name, French name or abbreviation ("UE" = European
   Union), each carrying its ``kb_id`` (``known.py``);
2. national bodies every state has ("Foreign Ministry", "MFA", "bureau du procureur
   général"), qualified by a country next to them ("Kazakh MFA", "Ministry of Foreign
   Affairs of Belgium", "Kazakhstan's Foreign Ministry") -> "Ministry of Foreign Affairs of
   Kazakhstan"; EU delegations ("délégation de l'UE au Kazakhstan") (``national.py``);
3. definitions in the text: "the Organization for Cooperation of Ports (OCP)", after which
   the bare "OCP" is the same body; "the company Air Astana" (``definitions.py``);
4. structure: a run of capitalised words holding a head word ("Ministry", "Bank", "Council",
   "Agence" ...), cut after a person's title ("President of the European Council" -> "European
   Council") and before a following name (``structure.py``, ``chain.py``).
Sources named as such ("(PTI)", "By Wam") are in ``sources.py``. Not mentions: #hashtags,
@handles, URLs, menus of links.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text, items
from ...knowledge import Knowledge
from ...langpacks import LanguagePack
from ...spans import write_items
from ...textkit import folded_text
from ..base import PackComponent
from .finder import OrganizationFinder
from .grammar import grammar
from .vocabulary import CONCERN


class OrganizationsComponent(PackComponent):
    concerns = (CONCERN,)

    def __init__(self, nlp: Language, name: str, knowledge: Knowledge, pack: str | None = None):
        self.knowledge = knowledge
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        self.finder = OrganizationFinder(grammar(pack), self.knowledge.organizations, self.knowledge.geo)

    def __call__(self, doc: Doc) -> Doc:
        found = self.finder.find(doc_text(doc), items(doc, "places"), folded_text(doc))
        write_items(doc, "organizations", found)
        return doc

    def find(self, text: str, places: list[dict] | None = None) -> list[dict]:
        """Organizations in ``text``; ``places`` are kzeu_places' results (for countries)."""
        return self.finder.find(text, places)


def make_organizations(nlp: Language, name: str, knowledge: Knowledge, pack: str | None = None) -> OrganizationsComponent:
    return OrganizationsComponent(nlp, name, knowledge, pack)
