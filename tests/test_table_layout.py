"""terminal_layout: a table only where every column fits whole, else one block per item;
evidence cut between words around an anchor."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from kzeu_extract.terminal_layout import (
    Column,
    anchors_of,
    column_widths,
    evidence_length,
    item_list,
    shorten,
)

COLUMNS = [Column("name", whole=True, heading=True), Column("offices", joiner="; "),
           Column("country", whole=True), Column("participants", whole=True)]
ROWS = [["Gurbanguly Berdimuhamedow", ["Chairman of the People's Council of Turkmenistan", "Head of State"],
         "TM", ["Serdar Berdimuhamedow", "Rashid Meredov"]],
        ["Ilham Aliyev", ["President of Azerbaijan"], "AZ", None]]


def render(width: int, columns=COLUMNS, rows=ROWS) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(item_list("People", columns, rows, width))
    return console.file.getvalue()


def test_the_table_is_as_wide_as_it_may_be_and_no_narrower_than_its_longest_name():
    widths = column_widths(COLUMNS, ROWS, 120)
    assert widths[0] == len("Gurbanguly Berdimuhamedow") and widths[2] == len("country")
    assert sum(widths) + 3 * len(COLUMNS) + 1 <= 120
    # offices may wrap between words, down to its floor (24), never below its longest word
    assert column_widths(COLUMNS, ROWS, 25 + 24 + 7 + 21 + 13) == [25, 24, 7, 21]
    assert column_widths(COLUMNS, ROWS, 25 + 24 + 7 + 21 + 12) is None
    narrow_offices = [Column("name", whole=True), Column("offices", floor=0)]
    assert column_widths(narrow_offices, ROWS, 25 + 12 + 7) == [25, 12]  # "Turkmenistan"


def test_a_table_whose_columns_do_not_fit_whole_is_none():
    assert column_widths(COLUMNS, ROWS, 60) is None


@pytest.mark.parametrize("width", [40, 60, 80, 120, 160])
def test_no_name_or_header_is_broken_at_any_width(width):
    out = render(width)
    assert all(len(line) <= width for line in out.splitlines())
    for whole in ("Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow", "Turkmenistan",
                  "participants", "Chairman", "Rashid"):
        assert whole in out, (width, out)


def test_wide_is_a_table_and_narrow_is_one_block_per_item():
    wide, narrow = render(120), render(60)
    assert "┃ name" in wide and "People (2)" in wide
    lines = [line.rstrip() for line in narrow.splitlines()]
    assert lines[0] == "People (2)"
    assert lines[1] == "Gurbanguly Berdimuhamedow"
    assert lines[2:4] == ["  offices:      Chairman of the People's Council of", "                Turkmenistan; Head of State"]
    assert "  country:      TM" in lines
    assert "Ilham Aliyev" in lines
    # a block leaves out what an item lacks (Aliyev has no participants)
    aliyev = lines[lines.index("Ilham Aliyev"):]
    assert not any("participants" in line for line in aliyev)
    assert "; Head of State" in narrow  # a block joins a cell's values with the column's joiner


def test_a_column_empty_in_every_row_is_left_out_of_the_table():
    rows = [["Ilham Aliyev", None, "AZ", None]]
    out = render(120, rows=rows)
    assert "name" in out and "country" in out and "offices" not in out and "participants" not in out


def test_cells_are_text_not_markup():
    out = render(120, rows=[["[bold]Ilham[/bold] Aliyev", None, "AZ", None]])
    assert "[bold]Ilham[/bold] Aliyev" in out


def test_no_items_no_list():
    assert item_list("People", COLUMNS, [], 80) is None


SENTENCE = ("On the sidelines of the summit in Astana, the Minister of Foreign Affairs of Kyrgyzstan "
            "Jeenbek Kulubaev held talks with his counterpart from Mongolia Battsetseg Batmunkh on the "
            "transit of goods, the joint commission and a road linking the two countries.")


def test_a_short_text_is_kept_whole_on_one_line():
    assert shorten("Talks were held\nin Bishkek.", 60) == "Talks were held in Bishkek."


def test_a_long_text_is_cut_between_words_around_its_anchor():
    anchor = SENTENCE.index("Jeenbek")
    cut = shorten(SENTENCE, 70, [anchor])
    assert cut.startswith("…") and cut.endswith("…") and "Jeenbek Kulubaev" in cut
    assert len(cut) <= 72
    inner = cut.strip("…")
    assert f" {inner} " in f" {SENTENCE} "  # whole words of the sentence, in order


def test_without_an_anchor_the_text_is_cut_at_its_end_only():
    cut = shorten(SENTENCE, 50)
    assert not cut.startswith("…") and cut.endswith("…") and SENTENCE.startswith(cut[:-1])


def test_an_anchor_near_the_end_shows_the_end():
    cut = shorten(SENTENCE, 60, [SENTENCE.index("road")])
    assert cut.startswith("…") and cut.endswith("two countries.")


def test_anchors_are_names_or_their_last_word():
    assert anchors_of(SENTENCE, ["Jeenbek Kulubaev"]) == [SENTENCE.index("Jeenbek")]
    assert anchors_of(SENTENCE, ["B. Batmunkh", "Nobody Here"]) == [SENTENCE.index("Batmunkh")]


def test_evidence_grows_with_the_width_within_bounds():
    assert evidence_length(60) < evidence_length(80) < evidence_length(160)
    assert evidence_length(20) == 60 and evidence_length(1000) == 160


def test_a_figure_bound_shows_its_sign():
    from types import SimpleNamespace

    from kzeu_extract.render import _figure_value

    def figure(**fields):
        return SimpleNamespace(**{"value": None, "min": None, "max": None, **fields})

    assert _figure_value(figure(value=1200)) == "1,200"
    assert _figure_value(figure(min=40, max=60)) == "40 – 60"
    assert _figure_value(figure(min=100, min_inclusive=False)) == "> 100"
    assert _figure_value(figure(min=100, min_inclusive=True)) == "≥ 100"
    assert _figure_value(figure(max=5, max_inclusive=True)) == "≤ 5"
    assert _figure_value(figure(max=5)) == "max 5"  # a record that does not say
    assert _figure_value(figure()) == "?"
