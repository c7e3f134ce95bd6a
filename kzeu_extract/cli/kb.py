"""`kzeu kb`: look things up in the knowledge base and check what the extractor will do."""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer

from .help import CONTEXT_SETTINGS, KzeuCommand, KzeuGroup
from .options import Language, check_date, format_option

kb_app = typer.Typer(help="Look up the knowledge base: who held an office on a date, a person's tenures, "
                          "what it holds.\n\n"
                          "Examples:\n\n"
                          "  kzeu kb who \"Foreign Minister of Kenya\" --on 2022-01-10\n\n"
                          "  kzeu kb person Tokayev --format json\n\n"
                          "  kzeu kb stats",
                     no_args_is_help=True, add_completion=False, cls=KzeuGroup,
                     context_settings=CONTEXT_SETTINGS, pretty_exceptions_enable=False, rich_markup_mode=None)


class ViewFormat(str, Enum):
    table = "table"
    json = "json"


FORMAT = format_option("table (readable) or json.", default=ViewFormat.table)


def _json(value) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False))


def _table(title: str, columns: list[str], rows: list[list]) -> None:
    from rich.table import Table

    from .terminal import stdout_console

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    stdout_console(highlight=False).print(table)


def _tenure(t: dict) -> str:
    still = f"in office (as of {t['as_of']})" if t.get("as_of") else "in office"
    return f"{t['start'] or '?'} – {t['end'] or still}"


@kb_app.command("who", cls=KzeuCommand)
def who(
    role: str = typer.Argument(..., metavar="ROLE", help='A title as a text writes it: "Foreign Minister of Kenya".'),
    on: Optional[str] = typer.Option(None, "--on", callback=check_date, metavar="YYYY-MM-DD",
                                     help="The day to resolve the role on; default: every holder."),
    lang: Optional[Language] = typer.Option(None, "--lang", metavar="LANG",
                                            help="Language of ROLE (en, fr); default: detected."),
    output_format: ViewFormat = FORMAT,
) -> None:
    """Who held the office ROLE names, on a date (as a document of that date would resolve it).

    Examples:

      kzeu kb who "Foreign Minister of Kenya" --on 2022-01-10

      kzeu kb who "ministre des Affaires étrangères du Sénégal" --lang fr --format json
    """
    from ..knowledge.lookup import who as look_up

    found = look_up(role, on=on, lang=lang.value if lang else None)
    if output_format is ViewFormat.json:
        return _json(found)
    rows = [[o["title"], o["kb_id"], o["wikidata"], h["name"], h["wikidata"], "; ".join(map(_tenure, h["tenures"]))]
            for o in found["offices"] for h in (o["holders"] or [{"name": None, "wikidata": None, "tenures": []}])]
    _table(f"{role!r} on {on or 'any date'}", ["title", "office", "office QID", "holder", "QID", "tenure"], rows)
    if not found["offices"]:
        typer.echo("no office: the words name no title the extractor knows")


@kb_app.command("person", cls=KzeuCommand)
def person(
    query: str = typer.Argument(..., metavar="NAME", help="A full name, a surname the KB lists, an id or a QID."),
    output_format: ViewFormat = FORMAT,
) -> None:
    """A person's tenures, aliases and ids.

    Examples:

      kzeu kb person Tokayev

      kzeu kb person Q215289 --format json
    """
    from ..knowledge.lookup import person as look_up

    found = look_up(query)
    if output_format is ViewFormat.json:
        return _json(found)
    if not found:
        typer.echo(f"no person named {query!r} in the knowledge base")
        raise typer.Exit(1)
    for entry in found:
        _table(f"{entry['name']} ({entry['kb_id']}, {entry['wikidata'] or 'no QID'}, {entry['country'] or '?'})",
               ["office", "title", "tenure", "source"],
               [[t["office"], t["title"], _tenure(t), t["source"]] for t in entry["tenures"]])
        typer.echo("aliases: " + (", ".join(entry["aliases"]) or "-") + "; alone: " + (", ".join(entry["short"]) or "-"))


@kb_app.command("stats", cls=KzeuCommand)
def stats(output_format: ViewFormat = FORMAT) -> None:
    """Counts per kind, the date of the data, its sources and how many countries are covered since 2010.

    Examples:

      kzeu kb stats

      kzeu kb stats --format json | jq .coverage
    """
    from ..knowledge.lookup import stats as count

    found = count()
    if output_format is ViewFormat.json:
        return _json(found)
    rows = [[kind, n] for kind, n in found["entries_by_kind"].items()]
    rows += [["tenures", found["tenures"]], ["people with a Wikidata QID", found["people_with_wikidata"]],
             ["states with all three offices", found["countries_with_all_three_offices"]]]
    _table("knowledge base", ["kind", "entries"], rows)
    cover = found["coverage"]
    _table(f"countries with a known holder every day from {cover['from']} to their source's date "
           f"(gaps up to {cover['gaps_allowed_days']} days)", ["role", "countries"],
           [[role, cover[role]] for role in ("head_of_state", "head_of_government", "foreign_minister", "all_three")])
    dates = found["source_dates"]
    typer.echo(f"newest fact: {found['newest_fact']}; built tables dated "
               f"{' to '.join(dates) if dates else '-'}")
    _table("tenures by source", ["source", "tenures"], [[s, n] for s, n in found["sources"].items()])
