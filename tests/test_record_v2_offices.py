"""office_folding: offices once per (folded wording, holder), each wording kept in mentions."""
from __future__ import annotations

from kzeu_extract.merging import merge_records
from kzeu_extract.office_folding import fold_offices


def _office(title, holder, start, **extra):
    return {"title": title, "holder": holder, "organization": None, "country": None, "kb_id": None,
            "mentions": [{"text": title, "start": start, "end": start + len(title)}], **extra}


def test_case_and_accent_variants_fold_into_the_first():
    record = {"offices": [_office("Premier Ministre", "Ana Costa", 40),
                          _office("premier ministre", "Ana Costa", 5, country="PT"),
                          _office("premier ministre", "Jonas Berg", 90)],
              "people": [{"name": "Ana Costa", "offices": ["Premier Ministre", "premier ministre", "Minister"]}]}
    fold_offices(record)
    first, other = record["offices"]
    assert (first["title"], first["country"]) == ("Premier Ministre", "PT")
    assert [m["text"] for m in first["mentions"]] == ["premier ministre", "Premier Ministre"]
    assert other["holder"] == "Jonas Berg"
    assert record["people"][0]["offices"] == ["Premier Ministre", "Minister"]


def _chunk(office):
    return {"people": [], "organizations": [], "places": [], "agreements": [], "offices": [office],
            "dates": [], "figures": [], "events": [], "quotes": [], "sentences": [], "warnings": [],
            "source": {"path": None, "sha256": "0" * 64, "characters": 200}}


def test_chunks_writing_a_title_two_ways_give_one_office():
    merged = merge_records([(0, _chunk(_office("Head of State", "Ana Costa", 3))),
                            (100, _chunk(_office("head of state", "Ana Costa", 7)))])
    (office,) = merged["offices"]
    assert [(m["text"], m["start"]) for m in office["mentions"]] == [("Head of State", 3), ("head of state", 107)]
