"""Every file in data/ loads and validates (one top-level key named like the file)."""
import json

import pytest

from kzeu_extract.data import all_data_files, data_dir, load_data
from kzeu_extract.errors import DataError


@pytest.mark.parametrize("name", all_data_files())
def test_every_data_file_loads(name):
    assert load_data(name) is not None


def test_a_malformed_data_file_names_file_and_key(tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text(json.dumps({"wrong": 1}))
    monkeypatch.setenv("KZEU_DATA", str(tmp_path))
    data_dir.cache_clear()
    load_data.cache_clear()
    try:
        with pytest.raises(DataError, match="broken.json.*'broken'"):
            load_data("broken")
    finally:
        monkeypatch.delenv("KZEU_DATA")
        data_dir.cache_clear()
        load_data.cache_clear()
