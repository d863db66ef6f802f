"""A row's first filled cells, and whether it has three: told alike by both questions."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.layout.rows import first_filled, three_filled
from desktop.scorecard.read.grid import CellValue


@pytest.mark.parametrize(
    ("row", "filled"),
    [
        (["WR01", "Household waste recycled (%)", 55.1, 54.2], [0, 1, 2]),
        ([None, "  ", "Missed bins", "Q1 2024/25", 61.0], [2, 3, 4]),
        (["Housing", None, None], [0]),
        (["", "Note: provisional", "\t"], [1]),
        ([0, False, dt.date(2024, 6, 30)], [0, 1, 2]),  # a nought and False are filled
        (["Rent arrears", " ", 4.2, None, "Lower"], [0, 2, 4]),
        ([], []),
        ([None, None], []),
    ],
)
def test_the_first_three_cells_not_blank_and_whether_there_are_three(
    row: list[CellValue], filled: list[int]
) -> None:
    assert [position for position, _ in first_filled(row)] == filled
    assert three_filled(row) == (len(filled) == 3)
