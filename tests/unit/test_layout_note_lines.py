"""A sheet's note lines: rows of one text cell, as footnotes under or beside a table."""

from __future__ import annotations

from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.read.grid import CellValue, Sheet


def _lines(rows: list[list[CellValue]], *args: int | None, **kwargs: bool) -> list[str]:
    return list(note_lines(Sheet("Scorecard", rows), *args, **kwargs))  # type: ignore[arg-type]


def test_a_row_of_one_text_cell_is_a_note_line_wherever_the_cell_stands() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1", "Q2"],
        ["Rent collected (a)", 97.1, 98.0],
        ["* A lower figure is better", None, None],
        [None, None, "(a) Provisional figure, subject to validation"],
        ["", "† Position on the last day of the quarter", ""],
        ["Note: figures for Q2 are provisional"],
    ]
    assert _lines(rows) == [
        "* A lower figure is better",
        "(a) Provisional figure, subject to validation",
        "† Position on the last day of the quarter",
        "Note: figures for Q2 are provisional",
    ]


def test_rows_of_figures_two_cells_or_no_text_are_no_note_lines() -> None:
    rows: list[list[CellValue]] = [
        ["Days to re-let", 21.0, 19.5],
        ["¹ Quarterly measure", "Latest = Q1 2024/25", None],
        [None, 42.0, None],  # one cell, a figure
        [None, None, None],
        [],
    ]
    assert _lines(rows) == []


def test_from_the_row_given_and_no_longer_than_the_length_given() -> None:
    rows: list[list[CellValue]] = [
        ["Performance scorecard 2024/25"],
        ["Indicator", "Actual"],
        ["Complaints answered in time", 88.0],
        ["(C) Contextual measure"],
        ["* " + "a very long paragraph of commentary " * 20],
    ]
    assert _lines(rows, 2) == ["(C) Contextual measure", rows[4][0]]
    assert _lines(rows, 2, 100) == ["(C) Contextual measure"]
    assert _lines(rows, 0, 30) == ["Performance scorecard 2024/25", "(C) Contextual measure"]


def test_a_cell_of_spaces_is_blank_only_when_asked() -> None:
    rows: list[list[CellValue]] = [
        ["  ", "* Lower is better"],
        ["(b) Estimate", " ", None],
    ]
    assert _lines(rows) == []
    assert _lines(rows, spaces_blank=True) == ["* Lower is better", "(b) Estimate"]
