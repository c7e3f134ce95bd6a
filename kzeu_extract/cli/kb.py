"""`kzeu kb`: look things up in the knowledge base and check what the extractor will do."""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer

from .extract import Language, _check_date

kb_app = typer.Typer(help="Look up the knowledge base: who held an office on a date, a person's tenures, "
                          "what it holds.", no_args_is_help=True, add_completion=False,
                     pretty_exceptions_enable=False, rich_markup_mode=None)


class ViewFormat(str, Enum):
    table = "table"
    json = "json"


FORMAT = typer.Option(ViewFormat.table, "--format", "-f", help="table (readable) or json.")


def _json(value) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False))


def _table(title: str, columns: list[str], rows: list[list]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console(highlight=False).print(table)


def _tenure(t: dict) -> str:
    still = f"in office (as of {t['as_of']})" if t.get("as_of") else "in office"
    return f"{t['start'] or '?'} – {t['end'] or still}"


@kb_app.command("who")
def who(
    role: str = typer.Argument(..., metavar="ROLE", help='A title as a text writes it: "Foreign Minister of Kenya".'),
    on: Optional[str] = typer.Option(None, "--on", callback=_check_date, metavar="YYYY-MM-DD",
                                     help="The day to resolve the role on; default: every holder."),
    lang: Optional[Language] = typer.Option(None, "--lang", help="Language of ROLE; default: detected."),
    output_format: ViewFormat = FORMAT,
) -> None:
    """Who held the office ROLE names, on a date (as a document of that date would resolve it)."""
    from ..knowledge.lookup import who as look_up

    found = look_up(role, on=on, lang=lang.value if lang else None)
    if output_format is ViewFormat.json:
        return _json(found)
    rows = [[o["title"], o["kb_id"], o["wikidata"], h["name"], h["wikidata"], "; ".join(map(_tenure, h["tenures"]))]
            for o in found["offices"] for h in (o["holders"] or [{"name": None, "wikidata": None, "tenures": []}])]
    _table(f"{role!r} on {on or 'any date'}", ["title", "office", "office QID", "holder", "QID", "tenure"], rows)
    if not found["offices"]:
        typer.echo("no office: the words name no title the extractor knows")


@kb_app.command("person")
def person(
    query: str = typer.Argument(..., metavar="NAME", help="A full name, a surname the KB lists, an id or a QID."),
    output_format: ViewFormat = FORMAT,
) -> None:
    """A person's tenures, aliases and ids."""
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


@kb_app.command("stats")
def stats(output_format: ViewFormat = FORMAT) -> None:
    """Counts per kind, the date of the data, its sources and how many countries are covered since 2010."""
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
