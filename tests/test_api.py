"""The library API: extract, extract_many, the record and its invariants."""
import pytest

from kzeu_extract import Document, ExtractionFailure, KzeuError, extract, extract_many, json_schema
from kzeu_extract.extensions import register_extensions
from kzeu_extract.pipeline import COMPONENTS, build_pipeline


def test_record_has_every_top_level_key_of_the_spec():
    record = extract("The foreign ministers of Kazakhstan and Belgium met in Brussels.", source="a.txt")
    data = record.model_dump(mode="json")
    assert set(data) >= {"schema_version", "source", "language", "title", "document_date", "people",
                         "offices", "organizations", "places", "dates", "figures", "agreements", "events",
                         "quotes", "warnings"}
    assert data["schema_version"] == "2"
    assert data["source"]["path"] == "a.txt" and data["source"]["characters"] == len(
        "The foreign ministers of Kazakhstan and Belgium met in Brussels.")
    assert len(data["source"]["sha256"]) == 64


@pytest.mark.parametrize("text, lang", [
    ("The President of the European Council held talks with the Head of State.", "en"),
    ("Le président du Conseil européen s'est entretenu avec le chef de l'État kazakh.", "fr"),
])
def test_language_is_detected(text, lang):
    assert extract(text).language == lang


def test_forced_language_wins():
    assert extract("The talks were held in Brussels.", lang="fr").language == "fr"


def test_bad_reference_date_is_a_kzeu_error():
    with pytest.raises(KzeuError):
        extract("text", reference_date="yesterday")


def test_extract_many_streams_in_order_and_reports_failures(monkeypatch):
    texts = [f"Document number {i} about Kazakhstan." for i in range(5)]
    records = list(extract_many(Document(t, f"d{i}.txt") for i, t in enumerate(texts)))
    assert [r.source.path for r in records] == [f"d{i}.txt" for i in range(5)]

    from kzeu_extract import api

    original = api.doc_to_record

    def flaky(doc):
        if "2" in doc.text:
            raise ValueError("broken component")
        return original(doc)

    monkeypatch.setattr(api, "doc_to_record", flaky)
    results = list(extract_many(texts, errors="report"))
    assert isinstance(results[2], ExtractionFailure) and "broken component" in results[2].reason
    assert sum(isinstance(r, ExtractionFailure) for r in results) == 1
    with pytest.raises(ValueError):
        list(extract_many(texts))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pipeline_has_our_components_in_order(lang):
    nlp = build_pipeline(lang)
    assert [name for name in nlp.pipe_names if name.startswith("kzeu_")] == COMPONENTS


def test_register_extensions_is_idempotent():
    register_extensions()
    register_extensions()


def test_json_schema_describes_the_record():
    schema = json_schema()
    assert schema["title"] == "DocumentRecord"
    assert "Mention" in schema["$defs"]


def test_sentences_split_on_line_breaks():
    nlp = build_pipeline("en")
    doc = nlp.make_doc("A headline without a stop\nBRUSSELS. The minister arrived. He met the king.")
    doc = nlp.get_pipe("kzeu_sentences")(doc)
    assert [s.text.strip() for s in doc.sents] == [
        "A headline without a stop", "BRUSSELS.", "The minister arrived.", "He met the king."]


def test_long_text_is_processed_whole_without_changing_the_shared_pipeline(monkeypatch):
    nlp = build_pipeline("en")
    monkeypatch.setattr(nlp, "max_length", 60)
    text = "Foreign Minister Anna Berg met President Omar Saleh in Oslo. " * 4
    record = extract(text, lang="en")
    assert nlp.max_length == 60
    assert record.source.characters == len(text)
    assert any("max_length" in warning for warning in record.warnings)
    assert max(m.end for p in record.people for m in p.mentions) > 180


def test_pipeline_for_a_language_without_a_pack_is_the_fallback():
    from kzeu_extract.api import pipeline_language
    from kzeu_extract.normalize.language import fallback_language

    assert pipeline_language("de") == fallback_language()
    assert pipeline_language("fr") == "fr"


def test_sentences_do_not_end_after_honorific_abbreviations():
    nlp = build_pipeline("en")
    doc = nlp("The Hon. Mira Patel met Rt. Hon. Sam Ortiz. Then they left.")
    assert [s.text for s in doc.sents] == ["The Hon. Mira Patel met Rt. Hon. Sam Ortiz.", "Then they left."]
    doc = build_pipeline("fr")("Le ministre a reçu Mgr. Pierre Vidal. Puis il est parti.")
    assert [s.text for s in doc.sents] == ["Le ministre a reçu Mgr. Pierre Vidal.", "Puis il est parti."]


def test_sentence_index_is_stored_once_for_later_components():
    from kzeu_extract.textkit import sentence_spans

    text = "A first line\nThe Hon. Li Wei spoke. He left."
    doc = build_pipeline("en")(text)
    stored = sentence_spans(doc)
    assert [text[s:e] for s, e in stored] == ["A first line", "The Hon. Li Wei spoke.", "He left."]
    assert sentence_spans(doc) is stored
