"""A year-to-date column ('YTD', 'Year to date') is placed by the period something on the
sheet names: the title's quarter or month, or the one dated column of figures beside it.
Where nothing names one, the file is held for review at that column, never read silently
without it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _spans(parsed: ParsedScorecard) -> dict[tuple[str, dt.date, dt.date], float | None]:
    return {
        (i.name, o.period.start, o.period.end): o.actual
        for i in parsed.indicators
        for o in i.observations
    }


@pytest.mark.parametrize("ytd", ["YTD", "Year to date", "Cumulative year to date", "YTD Actual"])
@pytest.mark.parametrize(
    ("dated", "end"),
    [("Sep 2024", dt.date(2024, 9, 30)), ("Q2 2024/25", dt.date(2024, 9, 30)),
     ("Dec 2024", dt.date(2024, 12, 31)), ("Q3 2024/25", dt.date(2024, 12, 31))],
)  # fmt: skip
def test_the_year_to_date_beside_one_dated_column_runs_to_its_end(
    tmp_path: Path, ytd: str, dated: str, end: dt.date
) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Waste performance report"],
            ["Indicator", dated, ytd],
            ["Missed bins", 20, 120],
            ["Fly tipping incidents", 5, 40],
        ],
    )
    spans = _spans(parsed)
    assert spans[("Missed bins", dt.date(2024, 4, 1), end)] == 120
    assert spans[("Fly tipping incidents", dt.date(2024, 4, 1), end)] == 40
    assert parsed.review == []
    assert any(f"counted from {dated}" in line for line in parsed.explain)


def test_the_title_s_quarter_places_the_year_to_date(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Quarter 2 2024/25 performance"],
            ["Indicator", "YTD", "Target"],
            ["Missed bins", 120, 100],
        ],
    )
    assert _spans(parsed) == {("Missed bins", dt.date(2024, 4, 1), dt.date(2024, 9, 30)): 120}
    assert parsed.review == []


@pytest.mark.parametrize("ytd", ["YTD", "Year to date"])
@pytest.mark.parametrize(
    "dated", [["2023/24"], ["Q1 2024/25", "Q2 2024/25"], ["Sep 2024", "Sep 2023"]]
)
def test_a_year_to_date_no_period_places_goes_to_review_at_its_cell(
    tmp_path: Path, ytd: str, dated: list[str]
) -> None:
    figures = list(range(10, 10 + len(dated)))
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Waste performance report"],
            ["Indicator", *dated, ytd],
            ["Missed bins", *figures, 120],
        ],
    )
    letter = "BCDE"[len(dated)]
    assert any(item.cell == f"{letter}2" for item in parsed.review), parsed.review
    assert all(o.actual != 120 for i in parsed.indicators for o in i.observations)
