"""`kzeu evaluate`: precision, recall and F1 of the extraction against gold annotations."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .options import Language, format_option


class ReportFormat(str, Enum):
    table = "table"
    json = "json"


def evaluate(
    gold_dir: Optional[Path] = typer.Argument(None, metavar="GOLD_DIR", show_default=False,
                                              help="Folder of gold files (*.json), one per document."),
    docs: Optional[Path] = typer.Option(
        None, "--docs", metavar="DIR",
        help="Folder of the documents the gold files name. Default: beside the gold files, in a "
             "docs/ folder beside them, or the seeds/ folder above them (the bundled seed gold)."),
    report_format: ReportFormat = format_option("table (a readable report) or json (machine-readable).",
                                                default=ReportFormat.table),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also report F1 per document and category."),
    errors: bool = typer.Option(False, "--errors", help="Also list, per document and category, the gold items "
                                                        "missed and the predictions that match no gold item."),
    predictions: Optional[Path] = typer.Option(
        None, "--predictions", metavar="FILE",
        help="Score records written earlier (JSON Lines, JSON, or a folder of them) instead of "
             "extracting the documents."),
    lang: Optional[Language] = typer.Option(None, "--lang", metavar="LANG",
                                            help="Force the language (en, fr: the language packs installed); "
                                                 "default: detected."),
    events_merge: Optional[Path] = typer.Option(
        None, "--events-merge", metavar="GOLD_CLUSTERS", dir_okay=False,
        help="Score the merging of events across documents instead: pairwise precision and recall against "
             "this gold clusters file (tests/merge_corpus/gold_clusters.json); --docs: the documents "
             "(default: docs/ beside it); --errors lists the pairs merged or split wrongly."),
) -> None:
    """Score the extraction against gold annotations: precision, recall and F1."""
    from .process import command_process

    command_process()
    from ..errors import KzeuError
    from ..render import print_error

    language = lang.value if lang else None
    if events_merge is not None:
        _evaluate_merge(events_merge, docs, predictions, language, report_format, errors)
        return
    if gold_dir is None:
        print_error("evaluate: give GOLD_DIR, or --events-merge GOLD_CLUSTERS (see 'kzeu evaluate --help')")
        raise typer.Exit(2)
    from ..evaluate import evaluate as run_evaluation

    try:
        result = run_evaluation(gold_dir, docs, predictions=predictions, lang=language)
    except KzeuError as exc:
        print_error(str(exc))
        raise typer.Exit(1) from None
    if report_format is ReportFormat.json:
        print(json.dumps(result.to_dict(per_doc=per_doc, errors=errors), indent=2, ensure_ascii=False))
    else:
        _print_table(result.to_dict(per_doc=per_doc, errors=errors))


# Appended here to keep evaluate() short; typer reads the docstring when the app is built.
evaluate.__doc__ += """

    Per category (counted as distinct items: a name, an office, a date value once per
    document, however often the text repeats it), event attribute accuracies and the
    document-date accuracy. With --events-merge: the merging of events across documents
    (kzeu events), pairwise.

    Examples:

      kzeu evaluate tests/gold/seeds

      kzeu evaluate tests/gold/dev --per-doc --errors

      kzeu evaluate --events-merge tests/merge_corpus/gold_clusters.json
"""


def _evaluate_merge(gold: Path, docs: Optional[Path], predictions: Optional[Path], lang: Optional[str],
                    report_format: ReportFormat, errors: bool) -> None:
    from ..crossdoc.scoring import evaluate_merge
    from ..errors import KzeuError
    from ..render import print_error

    try:
        report = evaluate_merge(gold, docs, predictions=predictions, lang=lang).to_dict(errors=errors)
    except KzeuError as exc:
        print_error(str(exc))
        raise typer.Exit(1) from None
    if report_format is ReportFormat.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    print(f"events merged across documents: pairwise precision {report['precision']:.3f}, "
          f"recall {report['recall']:.3f}, F1 {report['f1']:.3f}")
    print(f"gold events {report['gold_events']} (found by the extraction: {report['found_events']}), "
          f"gold pairs {report['gold_pairs']}, merged pairs {report['merged_pairs']}, "
          f"correct {report['correct_pairs']}")
    for label in report["missed_events"]:
        print(f"  not extracted  {label}")
    for kind in ("wrongly_merged", "not_merged"):
        for first, second in report.get(kind, []):
            print(f"  {kind.replace('_', ' '):<14} {first}  +  {second}")


def _print_table(report: dict) -> None:
    from rich import box
    from rich.table import Table

    from .terminal import stdout_console

    from ..evaluate import CORE_CATEGORIES

    console = stdout_console()
    console.print(f"documents: {report['documents']} (with a prediction: {report['predicted_documents']})")
    # The counts are those P and R divide: P = correct / predicted, R = found / gold (distinct
    # items per document; several predictions may match one gold item, so correct and found differ).
    categories = Table("category", "P", "R", "F1", "correct/predicted", "found/gold", title="Items",
                       caption="distinct items per document; P = correct/predicted, R = found/gold")
    for name, c in report["categories"].items():
        label = name if name in CORE_CATEGORIES else f"{name} (not core)"
        categories.add_row(label, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                           f"{c['correct']}/{c['predicted']}", f"{c['found']}/{c['gold']}")
    console.print(categories)

    attributes = Table("event attribute", "accuracy", "matched events", title="Events")
    for name, (accuracy, count) in report["event_attributes"].items():
        attributes.add_row(name, "-" if accuracy is None else f"{accuracy:.3f}", str(count))
    attributes.add_row("document date", _fraction(report["document_date_accuracy"]), "(per document)")
    attributes.add_row("language", _fraction(report["language_accuracy"]), "(per document)")
    console.print(attributes)

    if "per_document" in report:
        names = list(report["categories"])
        # Four-letter headers keep the table within 80 columns.
        per_doc = Table("document", *(n[:4] for n in names), title="F1 per document", box=box.SIMPLE,
                        caption=" ".join(f"{n[:4]}={n}" for n in names if n[:4] != n))
        for document, scores in report["per_document"].items():
            per_doc.add_row(document, *(f"{scores[n]:.2f}" for n in names))
        console.print(per_doc)
    for document, categories in report.get("errors", {}).items():
        if categories:
            console.print(f"[bold]{document}[/bold]", highlight=False)
        for category, lists in categories.items():
            for kind in ("missed", "spurious"):
                for item in lists[kind]:
                    console.print(f"  {category:<13} {kind:<8} {item}", highlight=False, markup=False, soft_wrap=True)
    console.print(f"core F1 {report['core_f1']:.3f}  (mean F1 of {', '.join(CORE_CATEGORIES)})")


def _fraction(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
