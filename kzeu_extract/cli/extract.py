"""`kzeu extract`: files, folders or stdin in; records out as a table, JSON or JSON Lines."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _language_choices() -> type[Enum]:
    """--lang accepts the code of every language pack found (data/lang/, $KZEU_LANG_PATH)."""
    from ..langpacks import available_languages

    return Enum("Language", {code: code for code in available_languages()}, type=str)


Language = _language_choices()


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from ..api import check_reference_date
    from ..errors import KzeuError

    try:
        return check_reference_date(value)
    except KzeuError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH...",
                                      help="Files, folders (searched recursively) or - for stdin."),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="table (a readable view), json (one object for one document, a list for several) "
             "or jsonl (one record per line). Default: table on a terminal, jsonl otherwise."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", dir_okay=False,
        help="Write to this file instead of stdout (atomically: all or nothing). Default format jsonl."),
    lang: Optional[Language] = typer.Option(None, "--lang", help="Language of the texts; default: detected."),
    date: Optional[str] = typer.Option(
        None, "--date", callback=_check_date, metavar="YYYY-MM-DD",
        help="Publication date to resolve relative dates against when a text states none."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from folders."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes; output order is kept."),
    timeout_per_doc: float = typer.Option(
        60.0, "--timeout-per-doc", min=0, metavar="SECONDS",
        help="Time one document may take before it is given up (an error line; the batch goes "
             "on): SECONDS for a text of up to a million characters, as many again per million "
             "beyond. 0: no limit."),
    model: Optional[str] = typer.Option(
        None, "--model", help="An installed spaCy pipeline (e.g. en_core_web_sm) whose entities "
                              "add to the rules' candidates. Never downloaded."),
) -> None:
    """Extract a record from each document.

    Examples:

      kzeu extract article.txt

      kzeu extract articles/ | jq '.people[].name'

      kzeu extract articles/ --glob '*.md' --format jsonl --output records.jsonl

      cat article.txt | kzeu extract - --format json --date 2022-01-10

    Exit code: 0 when every document was processed, 1 when some could not be, 2 for a
    usage error. Errors name the file, one line each, on stderr; the batch goes on.
    """
    from ..batch import run_extract
    from ..errors import KzeuError

    if output_format is None:
        output_format = OutputFormat.jsonl if output or not sys.stdout.isatty() else OutputFormat.table
    try:
        failures = run_extract(paths, output_format=output_format.value, output=output,
                               lang=lang.value if lang else None, reference_date=date, pattern=glob,
                               jobs=jobs, model=model, timeout_per_doc=timeout_per_doc or None)
    except KzeuError as exc:
        from ..render import print_error

        print_error(str(exc))
        raise typer.Exit(1)
    raise typer.Exit(1 if failures else 0)
