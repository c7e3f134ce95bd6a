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


# --width: shared by the commands that draw a table (extract, events, timeline)
WIDTH = typer.Option(
    None, "--width", min=30, metavar="N",
    help="Width of --format table in columns (at least 30). Default: the terminal's ($COLUMNS when set; "
         "80 when not a terminal). A list whose columns do not fit whole is shown as one block per item.")


def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH...",
                                      help="Files, folders (searched recursively) or - for stdin."),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="table (a readable view), json (one object for one document, a list for several) "
             "or jsonl (one record per line). Default: table on a terminal, jsonl otherwise."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", dir_okay=False,
        help="Write to this file instead of stdout, atomically (a link's target is replaced, the link kept; "
             "a named pipe or /dev/null is written through). Not an input (see --force). Default format jsonl."),
    force: bool = typer.Option(False, "--force", help="Write --output even over an input, or where an input "
                                                      "folder's --glob takes it (it is then not read)."),
    lang: Optional[Language] = typer.Option(None, "--lang", help="Language of the texts; default: detected."),
    date: Optional[str] = typer.Option(
        None, "--date", callback=_check_date, metavar="YYYY-MM-DD",
        help="Publication date to resolve relative dates against when a text states none."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from folders (a pattern "
                                                     "inside them: no absolute path, no '..')."),
    max_bytes: int = typer.Option(50_000_000, "--max-bytes", min=1, metavar="N",
                                  help="Refuse an input (a file or stdin) over N bytes."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes; output order is kept."),
    timeout_per_doc: float = typer.Option(
        60.0, "--timeout-per-doc", min=0, metavar="SECONDS",
        help="Time one document may take before it is given up (an error line; the batch goes "
             "on): SECONDS for a text of up to a million characters, as many again per million "
             "beyond. 0: no limit."),
    model: Optional[str] = typer.Option(
        None, "--model", help="An installed spaCy pipeline (e.g. en_core_web_sm) whose entities "
                              "add to the rules' candidates. Never downloaded."),
    width: Optional[int] = WIDTH,
) -> None:
    """Extract a record from each document.

    Examples:

      kzeu extract article.txt

      kzeu extract articles/ | jq '.people[].name'

      kzeu extract articles/ --glob '*.md' --format jsonl --output records.jsonl

      cat article.txt | kzeu extract - --format json --date 2022-01-10

    Only regular files are read from folders and paths (a named pipe or a device: give it
    on stdin as -). Errors name the file, one line each, on stderr; the batch goes on.
    """
    from .process import command_process

    command_process()
    from ..batch import run_command

    if output_format is None:
        output_format = OutputFormat.jsonl if output or not sys.stdout.isatty() else OutputFormat.table
    code = run_command(paths, output_format=output_format.value, output=output,
                       lang=lang.value if lang else None, reference_date=date, pattern=glob,
                       jobs=jobs, model=model, width=width,
                       max_bytes=max_bytes, force=force, timeout_per_doc=timeout_per_doc or None)
    raise typer.Exit(code)


# Appended here to keep extract() short; typer reads the docstring when the app is built.
extract.__doc__ += """
    Exit codes:

      0  every document was processed

      1  some input could not be read or extracted (or a path in a folder was passed
    over), or the records could not be written (stdout closed by its reader, as in
    kzeu extract dir | head -1: quietly)

      2  usage error: bad option, --glob leaving its folder, --output among the inputs

      129, 130, 143  interrupted by SIGHUP, SIGINT (Ctrl-C), SIGTERM (128 + signal
    number); an --output file is left as it was
"""
