"""Indicators down and councils across, each row naming its own period ('Latest period'):
with --area the named council's column is the figures, the averages, region and England its
comparators, and the other councils are left out; without --area the file is refused."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook

ROWS: list[list[CellValue]] = [
    ["District council – benchmarking against nearest neighbours, 22 April 2025"],
    [],
    ["Code", "Indicator", "Latest period", "Cotswold", "Stroud", "Wychavon", "England"],
    ["NI 192", "Household waste recycled (%)", "2023/24", 60.1, 60.8, 49.1, 41.7],
    ["PS1", "Major planning applications on time (%)", "2024/25 Q2", 92.9, 88.2, 95.0, 90.2],
    ["HB-NEW", "Days to process new claims", "Q3 2024/25", 14.0, 18.0, 15.0, 20.0],
]


def _book() -> Workbook:
    return Workbook(path="/tmp/across.xlsx", format="xlsx", sheets=[Sheet("NN", ROWS)])


def test_the_named_councils_column_is_read_in_each_rows_own_period() -> None:
    parsed = detect(_book(), area="Stroud")
    got = {
        i.code: [(o.period.label, o.actual, o.comparators, o.cell) for o in i.observations]
        for i in parsed.indicators
    }
    assert got == {
        "NI 192": [("2023/24", 60.8, {"England": 41.7}, "E4")],
        "PS1": [("Q2 2024/25", 88.2, {"England": 90.2}, "E5")],
        "HB-NEW": [("Q3 2024/25", 18.0, {"England": 20.0}, "E6")],
    }
    assert not parsed.review


def test_without_an_area_the_sheet_is_refused_naming_the_councils() -> None:
    with pytest.raises(ScorecardError, match="--area"):
        detect(_book())


def test_an_area_not_among_the_columns_is_refused() -> None:
    with pytest.raises(ScorecardError, match="'Tewkesbury' is not a column"):
        detect(_book(), area="Tewkesbury")


def test_the_fill_picking_out_the_councils_column_is_no_rating() -> None:
    yellow = {(r, 4): CellStyle(fill="FFFF00") for r in range(3, len(ROWS))}
    dark_headings = {(2, c): CellStyle(fill="1F4E79") for c in range(len(ROWS[2]))}
    sheet = Sheet("NN", ROWS, styles=yellow | dark_headings)
    book = Workbook(path="/tmp/across.xlsx", format="xlsx", sheets=[sheet])
    parsed = detect(book, area="Stroud")
    assert [o.rag for i in parsed.indicators for o in i.observations] == [None, None, None]
    assert not parsed.review


def test_explain_names_the_councils_column_read_and_those_left_out() -> None:
    parsed = detect(_book(), area="Stroud", explaining=True)
    said = [line for line in parsed.explain if "--area" in line]
    assert said == [
        "  read for --area: Stroud's column (E3) is the figures, of 3 councils across; "
        "the other 2 are left out (Cotswold, Wychavon)"
    ]
