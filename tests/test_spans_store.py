"""The span store (spans.py): items written once, read back as fresh record-shaped dicts,
the spaCy groups and ``span._.kzeu`` beside them."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, SpanGroup

from kzeu_extract.spans import group_name, read_items, records_only, write_items

CASES = [
    ("Minister Ilse Varga met Tomas Berg in Oslo on Monday.", "Ilse Varga", "Tomas Berg", "Oslo"),
    ("La ministre Aïcha Benali a reçu Pedro Alves à Lisbonne.", "Aïcha Benali", "Pedro Alves", "Lisbonne"),
    ("President Kofi Mensah hosted Lena Okafor in Accra.", "Kofi Mensah", "Lena Okafor", "Accra"),
]


def _at(text: str, part: str) -> dict:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def _doc(text: str) -> Doc:
    return spacy.blank("en")(text)


def _people(text: str, host: str, guest: str) -> list[dict]:
    return [{"name": host, "kb_id": f"person:{host.split()[-1].lower()}", "mentions": [_at(text, host)]},
            {"name": guest, "kb_id": None, "aliases": [guest.split()[-1]], "mentions": [_at(text, guest)]}]


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_entity_items_read_back_record_shaped(text, host, guest, city):
    doc = _doc(text)
    write_items(doc, "people", _people(text, host, guest))
    people = read_items(doc, "people")
    assert [p["name"] for p in people] == [host, guest]
    assert people[0]["mentions"] == [_at(text, host)]
    assert list(people[1]) == ["name", "kb_id", "aliases", "mentions"]
    assert people[1]["aliases"] == [guest.split()[-1]]


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_mention_items_put_their_evidence_first(text, host, guest, city):
    doc = _doc(text)
    write_items(doc, "dates", [{**_at(text, city), "value": "2024-05-06"}])
    (item,) = read_items(doc, "dates")
    assert list(item) == ["text", "start", "end", "value"]
    assert text[item["start"]:item["end"]] == item["text"] == city


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_reads_are_copies_and_writes_keep_their_own(text, host, guest, city):
    doc = _doc(text)
    people = _people(text, host, guest)
    write_items(doc, "people", people)
    people[1]["aliases"].append("changed by the writer")
    first = read_items(doc, "people")
    first[1]["aliases"].append("changed by a reader")
    first[0]["mentions"].clear()
    again = read_items(doc, "people")
    assert again[1]["aliases"] == [guest.split()[-1]]
    assert again[0]["mentions"] == [_at(text, host)]
    assert doc.spans[group_name("people")][1]._.kzeu["aliases"] == [guest.split()[-1]]


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_one_span_per_mention_with_label_kb_id_and_item(text, host, guest, city):
    doc = _doc(text)
    write_items(doc, "people", _people(text, host, guest))
    write_items(doc, "places", [{"name": city, "kind": "city", "geonames_id": 42, "mentions": [_at(text, city)]}])
    people = doc.spans[group_name("people")]
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in people] == [
        (host, "PERSON", f"person:{host.split()[-1].lower()}", "people/0"), (guest, "PERSON", "", "people/1")]
    (place,) = doc.spans[group_name("places")]
    assert (place.text, place.label_, place.kb_id_, place._.kzeu["name"]) == (city, "city", "42", city)


def test_a_span_covers_the_tokens_around_offsets_inside_a_token():
    text = "Talks with Hanna Lind-Moreau ended."
    doc = _doc(text)
    start = text.index("Moreau")
    write_items(doc, "titles", [{"text": "Moreau", "start": start, "end": start + 6}])
    (span,) = doc.spans[group_name("titles")]
    assert span.start_char <= start and span.end_char >= start + 6
    assert read_items(doc, "titles")[0]["text"] == "Moreau"


def test_a_group_someone_else_made_is_what_is_read():
    text, host, guest, _ = CASES[0]
    doc = _doc(text)
    write_items(doc, "people", _people(text, host, guest))
    start = text.index(guest)
    doc.spans[group_name("people")] = SpanGroup(
        doc, name=group_name("people"), spans=[doc.char_span(start, start + len(guest))],
        attrs={"items": [{"name": "Someone Else"}], "offsets": [[0, start, start + len(guest)]]})
    assert read_items(doc, "people") == [{"name": "Someone Else", "mentions": [_at(text, guest)]}]


def test_a_rewrite_replaces_what_is_read():
    text, host, guest, _ = CASES[2]
    doc = _doc(text)
    write_items(doc, "people", _people(text, host, guest))
    write_items(doc, "people", _people(text, host, guest)[1:])
    assert [p["name"] for p in read_items(doc, "people")] == [guest]
    assert len(doc.spans[group_name("people")]) == 1


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_a_doc_read_back_from_bytes_gives_the_same_items(text, host, guest, city):
    doc = _doc(text)
    write_items(doc, "people", _people(text, host, guest))
    write_items(doc, "dates", [{**_at(text, city), "value": None}])
    loaded = Doc(doc.vocab).from_bytes(doc.to_bytes())
    for kind in ("people", "dates"):
        assert read_items(loaded, kind) == read_items(doc, kind)
    assert [s.text for s in loaded.spans[group_name("people")]] == [host, guest]


def test_nothing_written_reads_empty_and_an_empty_doc_keeps_its_items():
    assert read_items(_doc("Nothing here."), "events") == []
    empty = _doc("")
    write_items(empty, "quotes", [{"text": "", "start": 0, "end": 0, "speaker": None}])
    assert read_items(empty, "quotes") == [{"text": "", "start": 0, "end": 0, "speaker": None}]
    assert len(empty.spans[group_name("quotes")]) == 0


@pytest.mark.parametrize("text,host,guest,city", CASES)
def test_a_records_only_doc_reads_the_same_items_without_spans(text, host, guest, city):
    plain, marked = _doc(text), _doc(text)
    records_only(marked)
    for doc in (plain, marked):
        write_items(doc, "people", _people(text, host, guest))
        write_items(doc, "dates", [{**_at(text, city), "value": "2025-01-02"}])
    for kind in ("people", "dates"):
        assert read_items(marked, kind) == read_items(plain, kind)
        assert marked.spans[group_name(kind)].attrs == plain.spans[group_name(kind)].attrs
        assert len(marked.spans[group_name(kind)]) == 0 < len(plain.spans[group_name(kind)])
