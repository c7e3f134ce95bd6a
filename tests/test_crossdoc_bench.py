"""bench/merge_bench.py: its generated records are what merging reads, collide as real
reports do, and a small run prints its CPU time (never timed here)."""
import importlib.util
import json
from pathlib import Path

from kzeu_extract.crossdoc.inputs import record_problem

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "merge_bench.py"


def _module():
    spec = importlib.util.spec_from_file_location("merge_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_records_are_records_with_collisions():
    bench = _module()
    records = bench.generate(400)
    assert bench.generate(400) == records                     # seeded
    assert all(record_problem(r) is None for r in records)
    texts = [e["text"] for r in records for e in r["events"]]
    assert len(set(texts)) < len(texts) * 0.8                 # occasions reported several times
    dates = [e["date"] for r in records for e in r["events"]]
    assert None in dates and any(d and len(d) == 7 for d in dates) and any(d and len(d) == 10 for d in dates)


def test_a_small_run_prints_its_figures(tmp_path, capsys):
    out = tmp_path / "merge.json"
    assert _module().main(["--records", "300", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "merge_events CPU" in printed and "records 300" in printed
    figures = json.loads(out.read_text())
    assert figures["records"] == 300 and 0 < figures["merged"] < figures["events"]


def test_merging_generated_records_does_not_depend_on_their_order():
    import random

    from kzeu_extract.crossdoc import merge_events

    records = _module().generate(300)
    expected = [event.model_dump() for event in merge_events(records)]
    for seed in (1, 2):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert [event.model_dump() for event in merge_events(shuffled)] == expected
    sources = sum(len(e["sources"]) for e in expected)
    assert sources == sum(len(r["events"]) for r in records) and len(expected) < sources
