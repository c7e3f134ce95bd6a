"""`kzeu evaluate` and kzeu_extract.evaluate: matching rules, agreement with the reference
scorer (shared/eval/score.py, when present beside the clone), the seed-quality floor, the CLI."""
from __future__ import annotations

import copy
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kzeu_extract.errors import KzeuError
from kzeu_extract.evaluate import (CORE_CATEGORIES, evaluate, load_gold, load_predictions, match_key, score)

TESTS = Path(__file__).parent
SEED_GOLD = TESTS / "gold" / "seeds"
FIXTURES = TESTS / "evaluate_fixtures"
REFERENCE_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

# Seed core F1 reached when this floor was last raised, less a margin; raise it as the
# extraction improves, never lower it to make a regression pass.
SEED_CORE_F1_FLOOR = 0.98

needs_reference = pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="shared/eval/score.py not beside the clone")


def fixture_predictions() -> list[dict]:
    return load_predictions(FIXTURES / "predictions.jsonl")


def reference_report(gold_dir: Path, predictions: list[dict], tmp_path: Path) -> dict:
    pred_file = tmp_path / "predictions.jsonl"
    pred_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predictions), encoding="utf-8")
    done = subprocess.run([sys.executable, str(REFERENCE_SCORER), str(gold_dir), str(pred_file), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# --- matching rules ------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("The European Council", "european council"),
    ("Kassym-Jomart Tokaïev", "kassym jomart tokaiev"),
    ("l' Union européenne", "union europeenne"),
    ("La Commission européenne", "commission europeenne"),
    ("U.S. Department of State", "u s department of state"),
    ("Astana, Kazakhstan", "astana kazakhstan"),
    ("Minister\u2019s Office", "minister's office"),
    ("", ""),
    (None, ""),
])
def test_match_key_folds_case_accents_punctuation_and_leading_article(text, key):
    assert match_key(text) == key


def one_doc_gold(**items) -> dict:
    return {"document": "x.txt", "language": "en", "document_date": None, **items}


def one_doc_pred(**items) -> dict:
    return {"source": {"path": "in/x.txt"}, "language": "en", **items}


@pytest.mark.parametrize("gold_figure, pred_figure, matched", [
    ({"value": 500, "unit": "police cars"}, {"value": 500, "unit": "cars"}, True),
    ({"value": 500, "unit": "cars"}, {"value": 500, "unit": "police cars"}, True),
    ({"value": 1300, "unit": "projects"}, {"value": 1300.0, "unit": "project"}, True),
    ({"value": 12, "unit": "companies"}, {"value": 12, "unit": "company"}, True),
    ({"value": 12, "unit": "companies"}, {"value": 13, "unit": "companies"}, False),
    ({"value": 12, "unit": "companies"}, {"value": 12, "unit": None}, False),
    ({"min": 2, "max": 3, "currency": "USD"}, {"min": 2, "max": 3, "currency": "usd"}, True),
    ({"min": 2, "max": 3, "currency": "USD"}, {"min": 2, "max": 3, "currency": "EUR"}, False),
    ({"min": 2, "max": 3, "currency": "USD"}, {"value": 2, "currency": "USD"}, False),
    ({"min": 5, "unit": "projects"}, {"value": 5, "unit": "projects"}, True),
])
def test_figures_match_on_bounds_and_currency_or_unit(gold_figure, pred_figure, matched):
    result = score([one_doc_gold(figures=[gold_figure])], [one_doc_pred(figures=[pred_figure])])
    assert result.categories["figures"].tp_gold == int(matched)


@pytest.mark.parametrize("gold_name, pred_name, matched", [
    ("Paris Agreement", "the Paris Agreement", True),
    ("Paris Agreement", "Paris Accord", False),
    # five words or more: 80 % of the words shared is enough
    ("Agreement on Partnership and Cooperation with the Republic of Kazakhstan",
     "Partnership and Cooperation Agreement with the Republic of Kazakhstan", True),
    ("Agreement on Partnership and Cooperation with Kazakhstan",
     "Agreement on Partnership and Cooperation with the Republic of Kazakhstan", False),
    ("Memorandum of Understanding on Raw Materials",
     "Memorandum of Understanding on Raw Materials and Batteries", False),
    ("Accord de partenariat et de coopération renforcé", "accord de partenariat et de cooperation renforce", True),
])
def test_agreements_match_exactly_or_at_80_percent_for_long_names(gold_name, pred_name, matched):
    result = score([one_doc_gold(agreements=[[gold_name]])], [one_doc_pred(agreements=[{"name": pred_name}])])
    assert result.categories["agreements"].tp_gold == int(matched)


def test_people_and_offices_resolve_every_spelling_of_a_gold_person():
    gold = one_doc_gold(people=[{"name": "Mukhtar Tileuberdi", "also": ["Moukhtar Tleouberdi"],
                                 "offices": [["Foreign Minister", "Minister of Foreign Affairs"]]}])
    pred = one_doc_pred(people=[{"name": "Moukhtar Tleouberdi", "offices": ["minister of foreign affairs", "Chair"]}])
    result = score([gold], [pred])
    assert (result.categories["people"].tp_gold, result.categories["people"].predicted) == (1, 1)
    offices = result.categories["offices"]
    assert (offices.tp_pred, offices.predicted, offices.tp_gold, offices.gold) == (1, 2, 1, 1)


def test_events_need_a_known_participant_and_report_attribute_accuracy():
    gold = one_doc_gold(people=[{"name": "Charles Michel"}, {"name": "Alikhan Smailov"}],
                        events=[{"type": "meeting", "mode": "in_person", "date": "2023-06-02",
                                 "participants": ["Charles Michel", "Alikhan Smailov"], "location": ["Astana"],
                                 "initiator": "Charles Michel"}])
    pred = one_doc_pred(people=[{"name": "Charles Michel"}, {"name": "Alikhan Smailov"}],
                        events=[{"type": "talks", "mode": "virtual", "date": "2023-06-02",
                                 "participants": ["Charles Michel", "Alikhan Smailov", "Nobody Known"],
                                 "location": "Astana"},
                                {"type": "visit", "participants": ["Nobody Known"]}])
    result = score([gold], [pred])
    events = result.categories["events"]
    assert (events.tp_pred, events.predicted, events.tp_gold, events.gold) == (1, 1, 1, 1)
    assert result.event_attributes == {"date": [True], "mode": [False], "location": [True], "initiator": [False]}


def test_errors_list_missed_and_spurious_items_and_wrong_event_attributes():
    gold = one_doc_gold(people=[{"name": "Amina Diallo", "offices": [["Foreign Minister"]]},
                                {"name": "Pedro Alvarez"}],
                        places=[["Dakar"], ["Lima"]], dates=["2019-05-02"],
                        events=[{"type": "meeting", "date": "2019-05-02", "location": "Dakar",
                                 "participants": ["Amina Diallo", "Pedro Alvarez"]}])
    pred = one_doc_pred(people=[{"name": "Amina Diallo", "offices": ["Minister"]}, {"name": "Pedro Alvarez"}],
                        places=[{"name": "Dakar"}, {"name": "Thies"}], dates=[{"value": "2019-05-03"}],
                        events=[{"type": "meeting", "date": "2019-05-02", "location": "Lima",
                                 "participants": ["Amina Diallo", "Pedro Alvarez"]}])
    errors = score([gold], [pred]).errors["x"]
    assert errors["places"] == {"missed": ["lima"], "spurious": ["thies"]}
    assert errors["offices"] == {"missed": ["amina diallo: foreign minister"], "spurious": ["amina diallo: minister"]}
    assert errors["dates"] == {"missed": ["2019-05-02"], "spurious": ["2019-05-03"]}
    assert errors["event attributes"]["spurious"] == [
        "meeting ['amina diallo', 'pedro alvarez']: location 'Lima', gold 'Dakar'"]
    assert "people" not in errors and "events" not in errors


def test_fixture_totals_hand_checked():
    result = score(load_gold(FIXTURES / "gold"), fixture_predictions())
    report = result.to_dict(per_doc=True)
    assert (report["documents"], report["predicted_documents"]) == (4, 3)
    counts = {c: (n.tp_pred, n.predicted, n.tp_gold, n.gold) for c, n in result.categories.items()}
    assert counts["agreements"] == (3, 5, 2, 4)
    assert counts["dates"] == (3, 5, 3, 6)
    assert counts["figures"] == (6, 10, 6, 7)
    assert report["event_attributes"]["initiator"] == [0.5, 2]
    assert report["document_date_accuracy"] == 0.5  # a right, b wrong (null in gold), c missing, d right
    # the empty document with an empty prediction is perfect; the unpredicted one scores 0
    assert set(report["per_document"]["d"].values()) == {1.0}
    assert report["per_document"]["c"]["people"] == 0.0
    assert all(0.0 <= f1 <= 1.0 for doc in report["per_document"].values() for f1 in doc.values())


# --- agreement with the reference scorer ---------------------------------------------------

def perturbed_predictions(golds: list[dict], seed: int) -> list[dict]:
    """Predictions made from gold entries with deterministic mistakes of every kind."""
    rng = random.Random(seed)
    records = []
    for gold in golds:
        gold = copy.deepcopy(gold)
        people = []
        for person in gold.get("people", []):
            if rng.random() < 0.2:
                continue
            spellings = [person["name"], *person.get("also", [])]
            rng.shuffle(spellings)
            offices = [rng.choice(o) for o in person.get("offices", []) if rng.random() < 0.7]
            offices += ["Special Envoy"] if rng.random() < 0.3 else []
            people.append({"name": spellings[0].upper() if rng.random() < 0.2 else spellings[0],
                           "aliases": spellings[1:], "offices": offices})
        if rng.random() < 0.5:
            people.append({"name": "Invented Person", "offices": ["Minister"]})
        record = {"source": {"path": f"somewhere/{gold['document']}"},
                  "language": gold["language"] if rng.random() < 0.8 else "de",
                  "document_date": gold.get("document_date") if rng.random() < 0.7 else "1999-01-01",
                  "people": people}
        for category in ("organizations", "places", "agreements"):
            named = []
            for wordings in gold.get(category, []):
                if rng.random() < 0.2:
                    continue
                name = rng.choice(wordings)
                if rng.random() < 0.3:  # cut a word off: exercises the 80 % rule for agreements
                    name = " ".join(name.split()[:-1]) or name
                named.append({"name": name, "aliases": []})
            named += [{"name": f"Imaginary {category}"}] if rng.random() < 0.4 else []
            record[category] = named
        dates = [{"value": d} for d in gold.get("dates", []) if rng.random() < 0.8]
        record["dates"] = dates + [{"value": "2000-02-02"}, {"value": None}]
        figures = []
        for figure in gold.get("figures", []):
            figure = dict(figure)
            roll = rng.random()
            if roll < 0.15:
                continue
            if roll < 0.3 and figure.get("unit"):
                figure["unit"] = figure["unit"].split()[-1]
            elif roll < 0.4:
                figure["value"] = (figure.get("value") or 1) * 10
            figures.append(figure)
        record["figures"] = figures
        events = []
        for event in gold.get("events", []):
            event = dict(event)
            if rng.random() < 0.15:
                continue
            event["type"] = {"meeting": "talks", "phone_call": "call"}.get(event["type"], event["type"]) \
                if rng.random() < 0.3 else event["type"]
            if rng.random() < 0.3:
                event["date"] = "2001-01-01"
            if rng.random() < 0.3:
                event["mode"] = "virtual"
            if isinstance(event.get("location"), list):
                event["location"] = rng.choice(event["location"])
            if isinstance(event.get("initiator"), list):
                event["initiator"] = rng.choice(event["initiator"])
            if rng.random() < 0.3 and len(event["participants"]) > 1:
                event["participants"] = event["participants"][:1]
            events.append(event)
        record["events"] = events
        records.append(record)
    return records


@needs_reference
def test_agrees_with_reference_scorer_on_hand_made_pairs(tmp_path):
    predictions = fixture_predictions()
    mine = score(load_gold(FIXTURES / "gold"), predictions).to_dict()
    assert mine == reference_report(FIXTURES / "gold", predictions, tmp_path)


@needs_reference
def test_agrees_with_reference_scorer_on_an_empty_document(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(FIXTURES / "gold" / "d.json", gold_dir)
    predictions = fixture_predictions()
    assert score(load_gold(gold_dir), predictions).to_dict() == reference_report(gold_dir, predictions, tmp_path)


@needs_reference
@pytest.mark.parametrize("seed", range(4))
def test_agrees_with_reference_scorer_on_perturbed_seed_gold(seed, tmp_path):
    golds = load_gold(SEED_GOLD)
    predictions = perturbed_predictions(golds, seed)
    assert score(golds, predictions).to_dict() == reference_report(SEED_GOLD, predictions, tmp_path)


@needs_reference
def test_agrees_with_reference_scorer_on_extracted_seeds(tmp_path):
    from kzeu_extract import Document, extract_many

    golds = load_gold(SEED_GOLD)
    seeds = sorted((TESTS.parent / "seeds").glob("*.txt"))
    records = [r.model_dump(mode="json")
               for r in extract_many(Document(p.read_text(encoding="utf-8"), str(p)) for p in seeds)]
    assert score(golds, records).to_dict() == reference_report(SEED_GOLD, records, tmp_path)


# --- the bundled seed gold -----------------------------------------------------------------

def test_seed_core_f1_stays_above_floor():
    result = evaluate(SEED_GOLD)
    assert result.documents == result.predicted_documents == 5
    assert result.core_f1 >= SEED_CORE_F1_FLOOR, {c: round(result.categories[c].f1, 3) for c in CORE_CATEGORIES}


def test_documents_are_found_by_stem_in_docs_folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "x.md").write_text("President Tokayev met Charles Michel in Brussels on 10 January 2022.\n",
                               encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "x.json").write_text(json.dumps(one_doc_gold(dates=["2022-01-10"])), encoding="utf-8")
    result = evaluate(gold_dir, docs)
    assert result.predicted_documents == 1
    assert result.language == [True]


def test_missing_document_is_a_readable_error(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps(one_doc_gold()), encoding="utf-8")
    with pytest.raises(KzeuError, match="x.txt.*--docs"):
        evaluate(tmp_path, tmp_path)


@pytest.mark.parametrize("content, error", [
    ("{not json", "not a readable JSON"),
    ('{"language": "en"}', '"document"'),
])
def test_malformed_gold_file_is_a_readable_error(tmp_path, content, error):
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(KzeuError, match=error):
        load_gold(tmp_path)


def test_predictions_load_from_json_list_single_record_or_folder(tmp_path):
    records = fixture_predictions()
    (tmp_path / "list.json").write_text(json.dumps(records[:2]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(records[2]), encoding="utf-8")
    assert len(load_predictions(tmp_path / "list.json")) == 2
    assert len(load_predictions(tmp_path)) == 3


# --- the command ---------------------------------------------------------------------------

def cli() -> typer.Typer:
    from kzeu_extract.cli.evaluate import evaluate as command

    app = typer.Typer(add_completion=False)
    app.command("evaluate")(command)
    app.callback()(lambda: None)  # keep "evaluate" a sub-command, as in the real app
    return app


def test_cli_json_report_matches_library():
    args = ["evaluate", str(FIXTURES / "gold"), "--predictions", str(FIXTURES / "predictions.jsonl"),
            "--format", "json", "--per-doc"]
    result = CliRunner().invoke(cli(), args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == score(load_gold(FIXTURES / "gold"), fixture_predictions()).to_dict(per_doc=True, counts=True)   # the CLI adds the counts P and R divide


def test_cli_table_report():
    args = ["evaluate", str(FIXTURES / "gold"), "--predictions", str(FIXTURES / "predictions.jsonl"), "--per-doc"]
    result = CliRunner().invoke(cli(), args)
    assert result.exit_code == 0, result.output
    assert "core F1 0.624" in result.stdout
    assert "agreements" in result.stdout and "F1 per document" in result.stdout


def test_cli_error_is_one_line_on_stderr_and_exit_1(tmp_path):
    result = CliRunner().invoke(cli(), ["evaluate", str(tmp_path / "missing")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"kzeu: error: {tmp_path / 'missing'}: no such gold folder"]
