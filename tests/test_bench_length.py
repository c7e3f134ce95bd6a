"""bench/length.py, the document-length series: texts of the asked length, growth per 10 x,
and a run on tiny sizes from another folder (it must run this checkout's code)."""
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "length.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_length", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_texts_of_the_asked_length_and_their_pieces():
    length = _module()
    units = ["Alpha beta gamma delta. " * 30, "Un deux trois quatre cinq six. " * 20]
    text, pieces = length.build(units, 2000)
    words = len(text.split())
    assert 2000 <= words < 2000 + 120
    assert "\n\n".join(pieces) == text
    assert all(len(p.split()) >= length.PIECE_WORDS for p in pieces[:-1])


def test_growth_per_ten_times():
    length = _module()
    assert length.growth({"words": 5000, "s": 2.0}, {"words": 500, "s": 0.2}, "s") == "10.0"
    assert length.growth({"words": 50000, "s": 4.0}, {"words": 5000, "s": 2.0}, "s") == "2.0"
    assert length.growth({"words": 1000, "s": 4.0}, {"words": 500, "s": 1.0}, "s") == "100.0"   # 4 x per 2 x
    assert length.growth({"words": 500, "s": 1.0}, None, "s") == "-"


def test_runs_on_tiny_sizes_from_elsewhere(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, str(SCRIPT), "--sizes", "200,3000", "--sources", "corpus"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.startswith("corpus")]
    assert len(rows) == 2
    assert rows[0][6] == "-" and float(rows[1][6]) > 0      # growth of the extraction
    assert float(rows[1][-1]) > 0                            # one text / the same as documents
