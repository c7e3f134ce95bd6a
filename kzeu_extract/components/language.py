"""kzeu_language: records the document's language on the Doc.

The language is chosen before tokenising (a French text needs the French tokenizer for
elisions such as "l'UE"), by ``api`` with ``normalize.language.detect_language`` or the
user's ``--lang``; this component stores it and warns where no language pack has rules for it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import add_warning
from ..langpacks import available_languages


class LanguageRecorder:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        # api.extract sets the detected (or forced) language before the pipeline runs;
        # a Doc made directly with nlp(text) gets the pipeline's language.
        if not doc._.kzeu_language:
            doc._.kzeu_language = self.lang
        if doc._.kzeu_language != self.lang and doc._.kzeu_language not in available_languages():
            add_warning(doc, f"no extraction rules for language {doc._.kzeu_language!r}; "
                             f"{self.lang} rules were used")
        return doc


def make_language(nlp, name):
    return LanguageRecorder(nlp.lang)
