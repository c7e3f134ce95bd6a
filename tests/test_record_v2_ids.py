"""The id scheme (knowledge/ids.py) as a unit: slugs, idempotence, version-1 keys, and that
every entry of the knowledge base gets an id of its own."""
from __future__ import annotations

import pytest

from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.knowledge.ids import ID_PATTERN, apply_id_scheme, find_entry, place_id, public_id, slug


@pytest.mark.parametrize("kind, key, expected", [
    ("person", "kassym_jomart_tokayev", "person:kassym-jomart-tokayev"),
    ("person", "person:kassym-jomart-tokayev", "person:kassym-jomart-tokayev"),
    ("organization", "european-council", "organization:european-council"),
    ("organization", "mfa:KZ", "organization:mfa-kz"),
    ("office", "hos:FR", "office:hos-fr"),
    ("office", "president_kz", "office:president-kz"),
    ("agreement", "eu_kz_epca", "agreement:eu-kz-epca"),
    ("person", None, None),
])
def test_public_id(kind, key, expected):
    assert public_id(kind, key) == expected
    if expected:
        assert ID_PATTERN.match(expected) and public_id(kind, expected) == expected


def test_slug_is_lowercase_ascii_with_single_hyphens():
    assert slug("  Tokaïev__Kassym  Jomart ") == "tokaiev-kassym-jomart"


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        public_id("event", "x")


def test_place_ids():
    assert place_id({"name": "Kazakhstan", "kind": "country", "country": "KZ"}) == "place:kz"
    assert place_id({"name": "São Paulo", "kind": "city", "country": "BR", "geonames_id": 3448439}) == "place:br-sao-paulo"
    assert place_id({"name": "Old Harbour", "kind": "venue", "country": "JM", "geonames_id": None}) is None


def test_every_knowledge_base_entry_has_its_own_id():
    kb = load_knowledge()
    for kind, entries in (("person", kb.people.people), ("office", kb.people.offices)):
        ids = [public_id(kind, key) for key in entries]
        assert len(set(ids)) == len(ids) and all(ID_PATTERN.match(i) for i in ids)


def test_find_entry_takes_either_form():
    entries = {"ana_costa": 1, "hos:PT": 2}
    assert find_entry("person", "ana_costa", entries) == 1
    assert find_entry("person", "person:ana-costa", entries) == 1
    assert find_entry("office", "office:hos-pt", entries) == 2
    assert find_entry("person", "person:nobody", entries) is None


def test_apply_id_scheme_maps_every_id_field():
    record = {"people": [{"kb_id": "ana_costa", "held_offices": [{"office": "hos:PT"}]}],
              "offices": [{"kb_id": "hos:PT", "holder_kb_id": "ana_costa"}],
              "organizations": [{"kb_id": "mfa:PT"}], "agreements": [{"kb_id": "pt_es_treaty"}],
              "places": [{"name": "Portugal", "kind": "country", "country": "PT"}],
              "events": [{"parties": [{"organization": "eu"}, {"organization": None}]}]}
    apply_id_scheme(record)
    assert record["people"][0] == {"kb_id": "person:ana-costa", "held_offices": [{"office": "office:hos-pt"}]}
    assert record["offices"][0] == {"kb_id": "office:hos-pt", "holder_kb_id": "person:ana-costa"}
    assert record["organizations"][0]["kb_id"] == "organization:mfa-pt"
    assert record["agreements"][0]["kb_id"] == "agreement:pt-es-treaty"
    assert record["places"][0]["kb_id"] == "place:pt"
    assert [p["organization"] for p in record["events"][0]["parties"]] == ["organization:eu", None]


def test_timeline_person_query_takes_either_version_of_an_id():
    from kzeu_extract.crossdoc.identity import matches_person

    assert matches_person("ana_costa", "Ana Costa", "person:ana-costa")
    assert matches_person("person:ana-costa", "Ana Costa", "ana_costa")
    assert not matches_person("person:jonas-berg", "Ana Costa", "person:ana-costa")
