"""`kzeu extract` imports spaCy without spaCy's own command line (spacy_setup.defer_command_line):
the pipeline tokenizes as with a plain import, and spaCy's command line is still there, the
real one, for any code that asks for it. Each case runs in a fresh process (spaCy is imported
once per process)."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TOKENS = """
import json, sys
{setup}
import spacy
nlp = spacy.blank("en")
print(json.dumps({{"weasel": "weasel" in sys.modules,
                   "tokens": [t.text for t in nlp("Dr. Smith's 2.5% rise can't wait, e.g. U.K.-based.")]}}))
"""

DEFER = "from kzeu_extract.spacy_setup import defer_command_line\ndefer_command_line()"


def _run(script: str) -> dict:
    run = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(run.stdout.splitlines()[-1])


def test_spacy_without_its_command_line_tokenizes_the_same():
    plain = _run(TOKENS.format(setup=""))
    deferred = _run(TOKENS.format(setup=DEFER))
    assert plain["weasel"] and not deferred["weasel"]   # weasel: imported by spaCy's command line only
    assert deferred["tokens"] == plain["tokens"]


def test_the_command_line_loads_for_real_on_first_use():
    result = _run(DEFER + """
import json, sys
import spacy
import spacy.cli
stand_in = type(sys.modules["spacy.cli"]).__name__
from spacy.cli import download
about = spacy.info(silent=True)
print(json.dumps({"stand_in": stand_in, "now": type(sys.modules["spacy.cli"]).__name__,
                  "download_from": download.__module__, "info_module": sys.modules["spacy.cli.info"].__file__,
                  "version": about["spacy_version"], "same_package": spacy.cli is sys.modules["spacy.cli"]}))
""")
    assert result["stand_in"] == "_DeferredModule" and result["now"] == "module"
    assert result["download_from"] == "spacy.cli.download"
    assert result["info_module"].endswith(os.path.join("spacy", "cli", "info.py"))
    assert result["same_package"] and result["version"]


def test_a_no_op_once_spacy_is_imported():
    result = _run("""
import json, sys
import spacy
from kzeu_extract.spacy_setup import defer_command_line
before = sys.modules["spacy.cli"]
defer_command_line()
print(json.dumps({"unchanged": sys.modules["spacy.cli"] is before and spacy.cli is before}))
""")
    assert result["unchanged"]


def test_kzeu_extract_runs_without_spacys_command_line(tmp_path):
    text = tmp_path / "one.txt"
    text.write_text("Foreign Minister Tomas Ferrante met President Ines Carvalho in Lisbon on 9 October 2021.",
                    encoding="utf-8")
    result = _run(f"""
import json, runpy, sys
sys.argv = ["kzeu", "extract", {str(text)!r}, "--format", "json", "--output", {str(tmp_path / "out.json")!r}]
try:
    runpy.run_module("kzeu_extract", run_name="__main__")
except SystemExit as exit:
    code = exit.code
print(json.dumps({{"code": code, "weasel": "weasel" in sys.modules}}))
""")
    assert result == {"code": 0, "weasel": False}
    record = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert record["dates"][0]["value"] == "2021-10-09"


FREEZE = """
import gc, json
from kzeu_extract import pipeline
{switch}
nlp = pipeline.build_pipeline("en")
component = nlp.get_pipe("kzeu_places")
record = nlp("President Ines Carvalho of Velmora arrived in Lisbon on 9 October 2021.")
print(json.dumps({{"frozen": gc.get_freeze_count(), "walked": any(o is component for o in gc.get_objects()),
                   "places": [s.text for s in record.spans["kzeu_places"]]}}))
"""


def test_the_command_freezes_the_pipelines_objects_out_of_later_collections():
    # the kzeu command's switch (the collector then skips the pipeline); off by default for library users
    plain = _run(FREEZE.format(switch=""))
    frozen = _run(FREEZE.format(switch="pipeline.freeze_after_build()"))
    assert plain["frozen"] == 0 and plain["walked"]
    assert frozen["frozen"] > 0 and not frozen["walked"]
    assert frozen["places"] == plain["places"] and "Lisbon" in plain["places"]
