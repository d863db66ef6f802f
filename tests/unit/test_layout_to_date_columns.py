"""A period's own figure beside the figure counted from April: 'In quarter' | 'Year to
date' under each quarter, 'Discrete' | 'Cumulative', 'In month' | 'YTD', or a heading such
as 'Q3 2024/25 YTD'. Each goes on the span it covers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _spans(parsed: ParsedScorecard) -> dict[tuple[dt.date, dt.date], float | None]:
    (indicator,) = parsed.indicators
    return {(o.period.start, o.period.end): o.actual for o in indicator.observations}


def _merged(path: Path, top: list[str], bottom: list[str], data: list[object]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Indicator", *top])
    sheet.append(["", *bottom])
    sheet.append(data)
    for col in range(2, 2 + len(top), 2):
        sheet.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
    book.save(path)


@pytest.mark.parametrize(
    ("alone", "to_date"),
    [("Discrete", "Cumulative"), ("In qtr", "YTD"), ("Quarter only", "Cumulative to date")],
)
def test_each_quarter_s_own_figure_and_its_figure_from_april(
    tmp_path: Path, alone: str, to_date: str
) -> None:
    from desktop.scorecard.layout import find
    from desktop.scorecard.read.workbook import read_workbook

    path = tmp_path / "s.xlsx"
    _merged(
        path,
        ["Q1 2024/25", "", "Q2 2024/25", "", "Q3 2024/25", ""],
        [alone, to_date] * 3,
        ["Homes built", 40, 40, 25, 65, 30, 95],
    )
    parsed = find.detect(read_workbook(path), explaining=True)
    assert _spans(parsed) == {
        (dt.date(2024, 4, 1), dt.date(2024, 6, 30)): 40,
        (dt.date(2024, 7, 1), dt.date(2024, 9, 30)): 25,
        (dt.date(2024, 4, 1), dt.date(2024, 9, 30)): 65,
        (dt.date(2024, 10, 1), dt.date(2024, 12, 31)): 30,
        (dt.date(2024, 4, 1), dt.date(2024, 12, 31)): 95,
    }
    assert parsed.review == []


def test_months_in_month_and_year_to_date(tmp_path: Path) -> None:
    from desktop.scorecard.layout import find
    from desktop.scorecard.read.workbook import read_workbook

    path = tmp_path / "s.xlsx"
    _merged(
        path, ["May 2024", "", "Jun 2024", ""], ["In month", "YTD"] * 2, ["Visits", 9, 17, 8, 25]
    )
    parsed = find.detect(read_workbook(path), explaining=True)
    assert _spans(parsed) == {
        (dt.date(2024, 5, 1), dt.date(2024, 5, 31)): 9,
        (dt.date(2024, 4, 1), dt.date(2024, 5, 31)): 17,
        (dt.date(2024, 6, 1), dt.date(2024, 6, 30)): 8,
        (dt.date(2024, 4, 1), dt.date(2024, 6, 30)): 25,
    }


@pytest.mark.parametrize("heading", ["Q3 2024/25 YTD", "Cumulative Q3 2024/25", "YTD Q3 2024/25"])
def test_a_quarter_heading_marked_to_date_runs_from_april(tmp_path: Path, heading: str) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [["Indicator", "Q3 2024/25", heading], ["Fly tipping incidents", 31, 102]],
    )
    assert _spans(parsed) == {
        (dt.date(2024, 10, 1), dt.date(2024, 12, 31)): 31,
        (dt.date(2024, 4, 1), dt.date(2024, 12, 31)): 102,
    }


@pytest.mark.parametrize(
    "heading",
    ["Actual to date", "Cumulative", "Spend to date", "Value to date", "Achieved to date"],
)
def test_a_figure_to_date_under_a_second_quarter_title_covers_the_half_year(
    tmp_path: Path, heading: str
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Budget monitoring Quarter 2 2024/25"],
            ["Ref", "Budget line", "Annual budget", heading],
            ["BM3", "Net spend on waste collection", 5200, 2711],
        ],
    )
    assert _spans(parsed) == {(dt.date(2024, 4, 1), dt.date(2024, 9, 30)): 2711}
    assert parsed.indicators[0].name == "Net spend on waste collection"


def test_a_lone_figure_to_date_at_the_first_quarter_is_that_quarter_s(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Performance report Quarter 1 2024/25"],
            ["Indicator", "Target", "Year to date"],
            ["Missed bins per 100,000 collections", 60, 52],
        ],
    )
    assert _spans(parsed) == {(dt.date(2024, 4, 1), dt.date(2024, 6, 30)): 52}
    assert parsed.review == []


@pytest.mark.parametrize(
    ("own", "to_date", "title", "own_span"),
    [
        ("In quarter", "Year to date", "Quarter 2 2024/25", (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
        ("Discrete", "Cumulative", "Quarter 2 2024/25", (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
        ("In month", "YTD", "September 2024", (dt.date(2024, 9, 1), dt.date(2024, 9, 30))),
    ],
)  # fmt: skip
def test_the_period_s_own_figure_and_the_figure_to_date_placed_by_the_title(
    tmp_path: Path, own: str, to_date: str, title: str, own_span: tuple[dt.date, dt.date]
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            [f"Housing performance report {title}"],
            ["Ref", "Indicator", "Target", own, to_date],
            ["HP1", "Net additional homes", 100, 25, 65],
        ],
    )
    assert _spans(parsed) == {own_span: 25, (dt.date(2024, 4, 1), dt.date(2024, 9, 30)): 65}
    assert parsed.review == []


def test_a_period_s_own_figure_with_no_period_named_anywhere_is_held(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [["Ref", "Indicator", "In quarter", "YTD"], ["HP1", "Net additional homes", 25, 65]],
    )
    assert any(r.cell == "C1" for r in parsed.review)
