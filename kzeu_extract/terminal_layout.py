"""Lists of items on a terminal: a table where it fits, else one block of lines per item.

The rule, for every list on its own: a table is drawn when each of its columns can be given
at least its minimum width at the console's width, the minimum being its header, its
longest word, and for a column of names or codes (``whole``) its longest line, so that no
word and no name is ever broken across lines; a column of words also gets at least 24
characters (or its longest line), as a narrower one would read worse than a block. Where a table does not fit (on a narrow
terminal, or a list with many columns at 80), each item is a small block: a heading line
and then one ``field: value`` line per filled field, values wrapping between words.
The column widths are worked out here rather than by rich, whose squeezing of a table too
wide for the terminal folds words wherever it must.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

if TYPE_CHECKING:
    from rich.console import RenderableType

# A cell: one value, several (one a line in a table, joined in a block), or nothing. A
# value of several may hold line breaks: lines of its own in a table, spaces in a block.
Cell = str | Sequence[str] | None

ELLIPSIS = "…"
BLOCK_INDENT = 2


@dataclass(frozen=True)
class Column:
    header: str
    whole: bool = False          # names, dates, codes: each line of a cell is kept on one line
    heading: bool = False        # in a block, part of the item's heading line, not a field
    # the least width worth giving a column of words (its longest line when shorter): a
    # narrower one reads worse than a block
    floor: int = 24
    joiner: str = ", "           # how a block joins a cell's values ("\n": one a line)


def _values(cell: Cell) -> list[str]:
    if cell is None or cell == "":
        return []
    if isinstance(cell, str):
        return cell.split("\n")
    return [value for value in cell if value]  # a list's empty values: left out


def _lines(cell: Cell) -> list[str]:
    """The cell's lines in a table."""
    return [line for value in _values(cell) for line in value.split("\n")]


def _longest_word(lines: list[str]) -> int:
    return max((cell_len(word) for line in lines for word in line.split()), default=0)


def _bounds(column: Column, cells: list[list[str]]) -> tuple[int, int]:
    """The least and the most width the column's content wants."""
    longest_line = max((cell_len(line) for lines in cells for line in lines), default=0)
    least = max(cell_len(column.header), longest_line if column.whole else _longest_word(
        [line for lines in cells for line in lines]))
    if not column.whole:
        least = max(least, min(column.floor, longest_line))
    return least, max(least, longest_line)


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> list[int] | None:
    """The content width of each column of a table as wide as ``width`` at most (borders
    and padding: 3 a column, plus 1), or None when the minimums do not fit."""
    cells = [[_lines(row[index]) for row in rows] for index in range(len(columns))]
    bounds = [_bounds(column, column_cells) for column, column_cells in zip(columns, cells)]
    widths = [least for least, _ in bounds]
    spare = width - (3 * len(columns) + 1) - sum(widths)
    if spare < 0:
        return None
    # the spare width, a character at a time, to the column furthest from what it wants
    while spare > 0:
        wanting = [(most - widths[i], i) for i, (_, most) in enumerate(bounds) if widths[i] < most]
        if not wanting:
            break
        widths[max(wanting)[1]] += 1
        spare -= 1
    return widths


def item_list(title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]],
              width: int) -> RenderableType | None:
    """The items as a table if it fits in ``width``, else as blocks; None without items."""
    from rich.table import Table
    from rich.text import Text
    if not rows:
        return None
    # a column empty in every row says nothing: left out
    kept = [i for i in range(len(columns)) if any(_lines(row[i]) for row in rows)]
    columns, rows = [columns[i] for i in kept], [[row[i] for i in kept] for row in rows]
    widths = column_widths(columns, rows, width)
    if widths is None:
        return _blocks(title, columns, rows)
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", title_style="bold", expand=False)
    for column, column_width in zip(columns, widths):
        table.add_column(column.header, width=column_width, no_wrap=column.whole, overflow="fold")
    for row in rows:
        # Text(), not markup strings: document text may contain "[...]".
        table.add_row(*[Text("\n".join(_lines(cell))) for cell in row])
    return table


def _blocks(title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[RenderableType] = [Text(f"{title} ({len(rows)})", style="bold")]
    labels = [column.header for column in columns if not column.heading]
    label_width = max((cell_len(label) for label in labels), default=0) + 1
    for row in rows:
        heading = " · ".join(", ".join(_block_values(cell)) for column, cell in zip(columns, row)
                             if column.heading and _values(cell))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=BLOCK_INDENT - 1)
        grid.add_column(no_wrap=True, width=label_width, style="dim")
        grid.add_column(overflow="fold")
        for column, cell in zip(columns, row):
            values = _block_values(cell)
            if column.heading or not values:
                continue
            grid.add_row("", f"{column.header}:", Text(column.joiner.join(values)))
        parts += [Text(heading or "-", style="bold"), grid]
    return Group(*parts)


def _block_values(cell: Cell) -> list[str]:
    return [" ".join(value.split("\n")) for value in _values(cell)]


def evidence_length(width: int) -> int:
    """How many characters of an evidence sentence to show at a console width."""
    return max(60, min(160, width * 4 // 3))


def shorten(text: str, limit: int, anchors: Sequence[int] = ()) -> str:
    """``text`` on one line, cut to about ``limit`` characters between words around the
    earliest anchor (an offset in ``text``), an ellipsis where something was left out."""
    if len(text) <= limit:
        return " ".join(text.split())
    anchor = min((a for a in anchors if 0 <= a < len(text)), default=0)
    begin = max(0, min(anchor - limit // 4, len(text) - limit))
    if begin > 0:  # start at a word
        space = text.find(" ", begin, anchor + 1)
        begin = space + 1 if space >= 0 else begin
    end = begin + limit
    if end < len(text):  # stop after a word
        space = text.rfind(" ", begin + limit // 2, end)
        end = space if space > 0 else end
    else:
        end = len(text)
    cut = " ".join(text[begin:end].split())
    return (ELLIPSIS if begin > 0 else "") + cut + (ELLIPSIS if end < len(text) else "")


def anchors_of(text: str, names: Sequence[str]) -> list[int]:
    """Where the first of ``names`` (or the last word of one, a surname) stands in ``text``."""
    found = []
    for name in names:
        for probe in (name, name.split()[-1] if name.split() else name):
            at = text.find(probe)
            if at >= 0:
                found.append(at)
                break
    return found
