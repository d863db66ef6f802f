"""A cell says it holds a percentage by a '%' typed in it or by its number format."""

from __future__ import annotations

from desktop.scorecard.read.grid import CellStyle, Sheet


def test_a_cell_shows_percent_by_its_text_or_its_format() -> None:
    sheet = Sheet("S", [["85%", 0.85, 85.0, 12, "n/a"]])
    sheet.styles[(0, 1)] = CellStyle(number_format="0.0%")
    sheet.styles[(0, 2)] = CellStyle(number_format='0.0"%"')
    sheet.styles[(0, 3)] = CellStyle(number_format="#,##0")
    shown = [sheet.shows_percent(0, col) for col in range(5)]
    assert shown == [True, True, True, False, False]
    assert not sheet.shows_percent(3, 0)  # beyond the grid: nothing shown
