"""The options several `kzeu` commands share, defined once (as sqlite-utils shares its output
options), so that `--format`, `--output`, `--lang`, `--date`, `--jobs` and the extraction
options read, check and document themselves the same way in every command.

Choices are Enums (typer checks them and lists them in errors); every value an option takes
has a plain metavar (PATH..., FILE, FORMAT, N, SECONDS, YYYY-MM-DD, LANG). A command takes
an option by naming it as a parameter's default: ``jobs: int = JOBS``.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

STDOUT = "-"


def _language_choices() -> type[Enum]:
    """--lang accepts the code of every language pack found (data/lang/, $KZEU_LANG_PATH)."""
    from ..langpacks import available_languages

    return Enum("Language", {code: code for code in available_languages()}, type=str)


Language = _language_choices()


def check_date(value: Optional[str]) -> Optional[str]:
    """The --date callback: YYYY-MM-DD or a usage error."""
    if value is None:
        return None
    from ..api import check_reference_date
    from ..errors import KzeuError

    try:
        return check_reference_date(value)
    except KzeuError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def format_option(help_text: str, default=None):
    """``--format/-f FORMAT``: each command has its own choices (an Enum) and says them."""
    return typer.Option(default, "--format", "-f", metavar="FORMAT", help=help_text)


# --- inputs --------------------------------------------------------------------------------

PATHS_HELP = "Files, folders (searched recursively) or - for stdin."
PATHS = typer.Argument(None, metavar="PATH...", help=PATHS_HELP, show_default=False)
PATHS_REQUIRED = typer.Argument(..., metavar="PATH...", help=PATHS_HELP, show_default=False)
FROM = typer.Option(None, "--from", metavar="RECORDS",
                    help="Records written earlier by kzeu extract (JSON Lines or JSON), instead of or besides "
                         "extracting PATH...; may be given several times.")
GLOB = typer.Option("*.txt", "--glob", metavar="PATTERN",
                    help="Which files to take from folders (a pattern inside them: no absolute path, no '..').")
MAX_BYTES = typer.Option(50_000_000, "--max-bytes", min=1, metavar="N",
                         help="Refuse an input (a file or stdin) over N bytes.")

# --- output --------------------------------------------------------------------------------

OUTPUT = typer.Option(
    None, "--output", "-o", metavar="FILE", dir_okay=False,
    help="Write to FILE instead of stdout (- : stdout), atomically: an earlier file is replaced only "
         "once the new one is whole, and keeps its permissions; a new file gets the umask's. Its "
         "folder must exist. A summary line goes to stderr.")
FORCE = typer.Option(False, "--force", help="Write --output even over an input, or where an input "
                                            "folder's --glob takes it (it is then not read).")

WIDTH = typer.Option(
    None, "--width", min=30, metavar="N",
    help="Width of --format table in columns (at least 30). Default: the terminal's ($COLUMNS when set; "
         "80 when not a terminal). A list whose columns do not all fit whole is shown as one block per item.")

# --- extraction ----------------------------------------------------------------------------

LANG = typer.Option(None, "--lang", metavar="LANG",
                    help="Language of the texts (en, fr: the language packs installed); default: detected.")
DATE = typer.Option(None, "--date", callback=check_date, metavar="YYYY-MM-DD",
                    help="Publication date to resolve relative dates against when a text states none.")
JOBS = typer.Option(1, "--jobs", "-j", min=1, metavar="N",
                    help="Worker processes for the extraction (at least 1); output order is kept.")
TIMEOUT = typer.Option(
    60.0, "--timeout-per-doc", min=0, metavar="SECONDS",
    help="Time one document may take before it is given up (an error line; the batch goes on): "
         "SECONDS for a text of up to a million characters, as many again per million beyond. 0: no limit.")


class Engine(str, Enum):
    local = "local"
    dask = "dask"


ENGINE = typer.Option(
    Engine.local, "--engine", metavar="ENGINE",
    help="local (this machine: --jobs processes) or dask (a Dask cluster: the dask extra; without "
         "--scheduler, a local one of --jobs worker processes). Same records either way. README: "
         "\"Running on a cluster\".")
SCHEDULER = typer.Option(
    None, "--scheduler", metavar="ADDRESS",
    help="With --engine dask: the Dask scheduler to run on (tcp://host:8786); its workers read the "
         "inputs by path, so the files must be where they can reach them.")


def engine_options(engine: Engine, scheduler: Optional[str]) -> dict:
    """--engine and --scheduler as the batch takes them; --scheduler without dask: a usage error."""
    if scheduler is not None and engine is not Engine.dask:
        raise typer.BadParameter("applies to --engine dask only", param_hint="'--scheduler'")
    return {"engine": engine.value, "scheduler": scheduler}


MODEL = typer.Option(
    None, "--model", metavar="[LANG=]NAME",
    help="An installed spaCy pipeline, by package or pipeline name (en_core_web_sm), whose entities "
         "add to the rules' candidates, for the documents of its language only; en=NAME fr=NAME: one "
         "per language (give --model once per language). Never downloaded.")


def output_path(output: Optional[Path]) -> Optional[Path]:
    """--output as the run takes it: None for stdout (no option, or -)."""
    if output is None or str(output) == STDOUT:
        return None
    return output


def default_format(chosen: Optional[Enum], output: Optional[Path]) -> str:
    """The --format given, else table on a terminal and jsonl elsewhere (a file, a pipe)."""
    if chosen is not None:
        return chosen.value
    return "jsonl" if output_path(output) or not sys.stdout.isatty() else "table"


def extraction_options(lang: Optional[Enum], date: Optional[str], max_bytes: int, jobs: int,
                       timeout: float, model: Optional[list[str]] = None) -> dict:
    """The extraction options, as the library's batch runs take them."""
    return {"lang": lang.value if lang else None, "reference_date": date, "max_bytes": max_bytes,
            "jobs": jobs, "timeout": timeout or None, "model": parse_models(model)}


def parse_models(values: Optional[list[str]]):
    """--model values as the library takes them: None, one name, or {lang: name}; a usage
    error for a language given twice or a bad LANG= prefix."""
    from ..models import parse_model_option
    from ..errors import UsageError

    try:
        return parse_model_option(list(values or []))
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--model'") from None
