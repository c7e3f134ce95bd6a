"""The `kzeu` command: a thin Typer layer over the library.

Each command parses its options, calls one library function and renders the result. Heavy
imports (spaCy, the pipeline, rich) happen inside the commands so that `kzeu --help` and
`kzeu --version` start fast.
"""
from __future__ import annotations

import gc

import typer

from .._version import __version__
from .evaluate import evaluate
from .events import events
from .extract import extract
from .help import CONTEXT_SETTINGS, KzeuCommand, KzeuGroup
from .kb import kb_app
from .schema import schema
from .timeline import timeline
from .view import view

app = typer.Typer(
    name="kzeu",
    help="Extract people, offices, dates, figures, agreements and diplomatic events, with "
         "evidence, from English and French news.\n\n"
         "Examples:\n\n"
         "  kzeu extract article.txt\n\n"
         "  kzeu extract articles/ | jq '.events[]'\n\n"
         "  kzeu extract articles/ --format jsonl --output records.jsonl\n\n"
         "  cat article.txt | kzeu extract - --date 2022-01-10\n\n"
         "  kzeu events articles/ --format csv   (one event per occasion, across documents)\n\n"
         "  kzeu timeline articles/ --person Tokayev\n\n"
         "  kzeu view articles/ --output report.html   (one HTML page: highlights, timeline, network)",
    no_args_is_help=True,
    add_completion=False,
    cls=KzeuGroup,
    context_settings=CONTEXT_SETTINGS,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzeu-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """kzeu-extract: structured facts, with evidence, from diplomatic news."""  # the group's help is app's


for _name, _command in (("extract", extract), ("schema", schema), ("evaluate", evaluate), ("events", events),
                        ("timeline", timeline), ("view", view)):
    app.command(_name, cls=KzeuCommand)(_command)
app.add_typer(kb_app, name="kb")


def main() -> None:
    try:
        app(prog_name="kzeu")
    finally:
        # The interpreter's collections at exit would walk every object of the pipelines
        # (0.5 s of CPU after a one-document run); nothing left needs collecting.
        gc.freeze()
