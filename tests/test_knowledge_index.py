"""The knowledge layer's one id scheme and alias index."""
from __future__ import annotations

import pytest

from kzeu_extract.errors import DataError
from kzeu_extract.knowledge.index import AliasIndex, IndexedEntry


def _index():
    return AliasIndex([
        IndexedEntry("person", "ana_lopez", "Ana López", ("A. López",)),
        IndexedEntry("organization", "un", "United Nations", ("UN", "ONU", "Nations unies")),
        IndexedEntry("organization", "opec", "OPEC", ("Organization of the Petroleum Exporting Countries",)),
        IndexedEntry("country", "GE", "Georgia", ("Géorgie",)),
        IndexedEntry("person", "georgia_meloni_x", "Georgia", ()),
    ])


def test_aliases_are_found_whatever_the_case_accents_and_spacing():
    index = _index()
    assert [r.key for r in index.candidates("nations  UNIES")] == ["organization:un"]
    assert [r.key for r in index.candidates("Ana Lopez")] == ["person:ana_lopez"]
    assert index.candidates("Atlantis") == []


def test_an_alias_shared_by_two_kinds_lists_both_and_can_be_narrowed():
    index = _index()
    assert {r.key for r in index.candidates("Georgia")} == {"country:GE", "person:georgia_meloni_x"}
    assert [r.key for r in index.candidates("georgia", kind="country")] == ["country:GE"]


def test_keys_name_kind_and_id():
    index = _index()
    assert index.get("organization:opec").name == "OPEC"
    assert "person:ana_lopez" in index and "office:ana_lopez" not in index
    assert len(index) == 5


@pytest.mark.parametrize("entries,message", [
    ([IndexedEntry("organization", "un", "UN", (), "kb/organizations.json"),
      IndexedEntry("organization", "un", "United Nations", (), "kb/organizations.json")], "duplicate id 'organization:un'"),
    ([IndexedEntry("planet", "mars", "Mars", (), "kb/planets.json")], "unknown kind 'planet'"),
    ([IndexedEntry("person", "Jean Dupont", "Jean Dupont", (), "kb/people.json")], "ids are letters"),
])
def test_bad_entries_are_refused_naming_the_file(entries, message):
    with pytest.raises(DataError) as error:
        AliasIndex(entries)
    assert message in str(error.value) and entries[0].file in str(error.value)


def test_a_reference_to_a_missing_entry_names_where_it_was_made():
    with pytest.raises(DataError, match=r"kb/people.json.*'office:mayor_of_atlantis'"):
        _index().require("office:mayor_of_atlantis", "kb/people.json: ana_lopez.offices[0]")


# --- the installed knowledge, and references between its files -----------------------------

import json  # noqa: E402
import shutil  # noqa: E402

from kzeu_extract.data import data_dir  # noqa: E402
from kzeu_extract.knowledge import Knowledge, load_knowledge  # noqa: E402


def test_every_part_of_the_installed_knowledge_is_in_one_index():
    index = load_knowledge().index
    kinds = {ref.kind for alias in ("EU", "Kazakhstan", "Tokayev") for ref in index.candidates(alias)}
    assert kinds == {"organization", "country", "person"}
    assert index.get("country:FR") is not None
    assert any(r.kind == "agreement" for r in index.candidates("EPCA"))


def _knowledge_copy(tmp_path, file: str, change) -> Knowledge:
    folder = tmp_path / "data"
    shutil.copytree(data_dir() / "kb", folder / "kb")
    for name in ("geo_countries.json", "geo_cities.json"):
        shutil.copy(data_dir() / name, folder / name)
    path = folder / "kb" / file
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return Knowledge(folder)


def test_an_agreement_party_that_names_nothing_known_is_refused(tmp_path):
    def unknown_party(content):
        content["agreements"]["entries"][0]["parties"] = ["Kingdom of Atlantis"]
    knowledge = _knowledge_copy(tmp_path, "agreements.json", unknown_party)
    with pytest.raises(DataError, match=r"kb/agreements.json.*parties\.0.*Kingdom of Atlantis"):
        knowledge.validate_all()


def test_an_office_of_an_unknown_organization_is_refused(tmp_path):
    def unknown_body(content):
        office = next(o for o in content["offices"] if o.get("organization"))
        office["organization"] = "Galactic Senate"
    knowledge = _knowledge_copy(tmp_path, "offices.json", unknown_body)
    with pytest.raises(DataError, match=r"kb/offices.json.*Galactic Senate"):
        knowledge.validate_all()
