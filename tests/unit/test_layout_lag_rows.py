"""A 'Reporting lag' column moves each row's figures back from the period their column names."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.lag_rows import read_lag
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Current quarter", 0, "month"),
        ("In period", 0, "month"),
        ("No lag", 0, "month"),
        ("One quarter in arrears", 1, "quarter"),
        ("1 qtr in arrears", 1, "quarter"),
        ("Two quarters behind", 2, "quarter"),
        ("A month in arrears", 1, "month"),
        ("Four months in arrears", 4, "month"),  # every number word the column reads
        ("Lag of 1 month", 1, "month"),
        ("Lagged by two months", 2, "month"),
        ("Previous quarter", 1, "quarter"),
        ("Prior month's figure", 1, "month"),
        ("3 months behind", 3, "month"),
    ],
)
def test_lag_wordings(text: str, count: int, unit: str) -> None:
    lag = read_lag(text)
    assert lag is not None and lag.year is None and (lag.count, lag.unit) == (count, unit)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Annual \u2013 2023/24", "2023/24"),
        ("Annual - 2023/24 academic year", "2023/24 (AY)"),
        ("Annual \u2013 calendar year 2023", "2023"),
        ("Annual: 2022-23", "2022/23"),
        ("Yearly (2023/24)", "2023/24"),
    ],
)
def test_an_annual_lag_names_its_year(text: str, label: str) -> None:
    lag = read_lag(text)
    assert lag is not None and lag.year is not None and lag.year.label == label


@pytest.mark.parametrize("text", ["Annual", "Varies", "See note", "Monthly", "Q2 2024/25"])
def test_words_that_are_no_lag(text: str) -> None:
    assert read_lag(text) is None


@pytest.mark.parametrize(
    ("period", "count", "unit", "label"),
    [
        ("Q2 2024/25", 1, "quarter", "Q1 2024/25"),
        ("Q1 2024/25", 1, "quarter", "Q4 2023/24"),
        ("Q3 2024/25", 6, "month", "Q1 2024/25"),
        ("Sep 2024", 1, "month", "Aug 2024"),
        ("Jan 2025", 2, "month", "Nov 2024"),
        ("Sep 2024", 1, "quarter", "Jun 2024"),
        ("2024/25", 1, "year", "2023/24"),
        ("2024", 1, "year", "2023"),
        ("2023/24 (AY)", 1, "year", "2022/23 (AY)"),
        ("Q2 2024/25", 0, "quarter", "Q2 2024/25"),
    ],
)
def test_in_arrears_moves_a_period_back(period: str, count: int, unit: str, label: str) -> None:
    found = cells.period(period)
    assert found is not None
    moved = period_spans.in_arrears(found, count, unit)
    assert moved is not None and moved.label == label


@pytest.mark.parametrize(
    ("period", "count", "unit"),
    [("Q2 2024/25", 2, "month"), ("Q2 2024/25", 1, "month"), ("2024/25", 1, "quarter")],
)
def test_a_lag_making_no_period_of_the_kind_is_none(period: str, count: int, unit: str) -> None:
    found = cells.period(period)
    assert found is not None
    assert period_spans.in_arrears(found, count, unit) is None


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Q2", [["Performance report Quarter 2 2024/25"], [], *rows])
    return detect(Workbook(path="/tmp/lag.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.name: sorted((o.period.label, o.actual, o.target) for o in i.observations)
        for i in read.indicators
    }


def test_each_row_dated_by_its_lag() -> None:
    read = _read(
        ["Indicator", "Data lag", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
        ["Council tax collected (%)", "In quarter", 29.4, 56.8, 96.5],
        ["Recycling rate (%)", "1 quarter behind", 44.9, 49.6, 48.0],
        ["Net additional homes", "Annual - 2023/24", None, 612, None],
        ["Good level of development (%)", "Annual: 2023/24 academic year", None, 67.9, None],
    )
    assert _seen(read) == {
        "Council tax collected (%)": [("Q1 2024/25", 29.4, 96.5), ("Q2 2024/25", 56.8, 96.5)],
        "Recycling rate (%)": [("Q1 2024/25", 49.6, 48.0), ("Q4 2023/24", 44.9, None)],
        "Net additional homes": [("2023/24", 612.0, None)],
        "Good level of development (%)": [("2023/24 (AY)", 67.9, None)],
    }
    assert read.review == []


def test_a_month_grid_a_month_in_arrears() -> None:
    read = _read(
        ["Measure", "Lag", "Jul 2024", "Aug 2024", "Sep 2024"],
        ["Calls answered (%)", "Current month", 81.0, 82.0, 83.0],
        ["Sickness days per FTE", "One month in arrears", 0.8, 0.9, 0.7],
    )
    assert _seen(read)["Sickness days per FTE"] == [
        ("Aug 2024", 0.7, None),
        ("Jul 2024", 0.9, None),
        ("Jun 2024", 0.8, None),
    ]
    assert read.review == []


def test_a_lag_that_makes_no_quarter_is_asked_about_at_its_cell() -> None:
    read = _read(
        ["Indicator", "Reporting lag", "Quarter 1", "Quarter 2"],
        ["Council tax collected (%)", "Current quarter", 29.4, 56.8],
        ["Fly-tipping cleared in 5 days (%)", "Current quarter", 92.3, 94.0],
        ["People receiving long-term support", "Two months in arrears", 2214, 2238],
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Q2", "B6")]
    assert "Two months in arrears" in read.review[0].reason
