import os
import tempfile
from pathlib import Path

import pytest

# The test runs' disk cache lives in a folder of its own (subprocesses inherit it), never in
# the user's ~/.cache; one per user, so a run after the first loads what the first compiled
# (entries are keyed by code and data). A test of the cache itself sets its own folder.
os.environ.setdefault("KZEU_CACHE_DIR", os.path.join(tempfile.gettempdir(), f"kzeu-test-cache-{os.getuid()}"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def assert_offsets():
    """A checker: ``assert_offsets(record, text)``."""
    return check_offsets


def check_offsets(record, text: str) -> None:
    """Every piece of evidence in a record satisfies text == document[start:end]."""
    data = record.model_dump()
    for section in ("dates", "figures", "events", "quotes"):
        for item in data[section]:
            assert text[item["start"]:item["end"]] == item["text"], (section, item)
    for section in ("people", "offices", "organizations", "places", "agreements"):
        for item in data[section]:
            for m in item["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (section, m)
