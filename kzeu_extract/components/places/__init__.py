"""The places component (``kzeu_places``): see ``component``; words in ``data/lang/<code>/places.json``."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language

from ...knowledge import DEFAULT_KNOWLEDGE, Knowledge
from ..base import kzeu_factory
from .cities import CAPITALS
from .component import PlacesComponent

__all__ = ["CAPITALS", "PlacesComponent", "make_places"]


@kzeu_factory("kzeu_places",
              assigns=["doc.spans", "doc._.kzeu_places"],
              default_config={"knowledge": DEFAULT_KNOWLEDGE, "pack": None})
def make_places(nlp: Language, name: str, knowledge: Knowledge, pack: Optional[str]) -> PlacesComponent:
    return PlacesComponent(nlp, name, knowledge, pack)
