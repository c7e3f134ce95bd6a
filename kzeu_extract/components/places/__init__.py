"""The places component (``kzeu_places``): see ``component``; words in ``data/lang/<code>/places.json``."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language

from ...knowledge import Knowledge
from .cities import CAPITALS
from .component import PlacesComponent

__all__ = ["CAPITALS", "PlacesComponent", "make_places"]


def make_places(nlp: Language, name: str, knowledge: Knowledge, pack: Optional[str]) -> PlacesComponent:
    return PlacesComponent(nlp, name, knowledge, pack)
