"""A year-to-date column ('YTD', 'Year to date') is placed by the period something on the
sheet names: the title's quarter or month, or the one dated column of figures beside it.
Where nothing names one, the file is held for review at that column, never read silently
without it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures


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
@pytest.mark.parametrize("dated", [["2023/24"], ["Sep 2024", "Sep 2023"]])
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


@pytest.mark.parametrize("ytd", ["YTD", "Year to date", "Cumulative"])
@pytest.mark.parametrize(
    ("dated", "figures", "end"),
    [(["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"], [10, 11, None], dt.date(2024, 9, 30)),
     (["Apr-24", "May-24", "Jun-24", "Jul-24"], [1, 2, 3, 4], dt.date(2024, 7, 31)),
     (["Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025"], [1, 2, 3, None], dt.date(2024, 12, 31))],
)  # fmt: skip
def test_a_bare_year_to_date_beside_a_year_s_periods_runs_to_the_latest_with_figures(
    tmp_path: Path, ytd: str, dated: list[str], figures: list[int | None], end: dt.date
) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Waste performance report"],
            ["Indicator", *dated, ytd],
            ["Missed bins", *figures, 120],
            ["Fly tipping incidents", *figures, 40],
        ],
    )
    spans = _spans(parsed)
    assert spans[("Missed bins", dt.date(2024, 4, 1), end)] == 120
    assert spans[("Fly tipping incidents", dt.date(2024, 4, 1), end)] == 40
    assert parsed.review == []


@pytest.mark.parametrize(
    "ytd", ["2024/25 YTD", "2024/25 year to date", "YTD 2024/25", "Year to date 2024-25",
            "2024/25 (year to date)", "2024/25 cumulative"]
)  # fmt: skip
@pytest.mark.parametrize(
    ("dated", "figures", "end"),
    [(["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24"], [1, 2, 3, None, None],
      dt.date(2024, 6, 30)),
     (["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"], [5, 6, 7, None],
      dt.date(2024, 12, 31)),
     (["2023/24", "Q1 2024/25", "Q2 2024/25"], [50, 5, 6], dt.date(2024, 9, 30))],
)  # fmt: skip
def test_a_year_s_figure_to_date_is_not_the_whole_year(
    tmp_path: Path, ytd: str, dated: list[str], figures: list[int | None], end: dt.date
) -> None:
    """'2024/25 YTD' beside the year's months or quarters: April to the latest of them
    holding figures, never the whole of 2024/25."""
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Housing tracker"],
            ["Indicator", *dated, ytd, "Target 2024/25"],
            ["Homes let", *figures, 99, 100],
            ["Repairs done", *figures, 98, 100],
        ],
    )
    spans = _spans(parsed)
    assert spans[("Homes let", dt.date(2024, 4, 1), end)] == 99
    assert spans[("Repairs done", dt.date(2024, 4, 1), end)] == 98
    assert not any(s == dt.date(2024, 4, 1) and e == dt.date(2025, 3, 31) for _, s, e in spans)
    assert parsed.review == []


def test_a_year_s_figure_to_date_runs_to_the_month_the_title_names(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Corporate scorecard: position at 30 November 2024"],
            ["Indicator", "2023/24 outturn", "2024/25 YTD", "Target 2024/25"],
            ["Homes let", 310, 212, 300],
        ],
    )
    assert _spans(parsed)[("Homes let", dt.date(2024, 4, 1), dt.date(2024, 11, 30))] == 212


@pytest.mark.parametrize("ytd", ["2024/25 YTD", "Year to date 2024/25"])
def test_a_year_s_figure_to_date_nothing_dates_goes_to_review_at_its_cell(
    tmp_path: Path, ytd: str
) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Housing scorecard"],
            ["Indicator", "2023/24", ytd, "Target"],
            ["Homes let", 310, 212, 300],
        ],
    )
    assert any(item.cell == "C2" for item in parsed.review), parsed.review
    assert all(o.actual != 212 for i in parsed.indicators for o in i.observations)


@pytest.mark.parametrize("label", ["2024/25 year to date", "YTD 2024/25", "Year to date (2024/25)"])
def test_a_year_to_date_row_of_a_turned_table_runs_to_its_latest_month(
    tmp_path: Path, label: str
) -> None:
    """Indicators as columns, a row per month and a year-to-date row under them."""
    months = ["Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024"]
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Monthly tracker 2024/25"],
            ["PI code", "HS01", "HS02"],
            ["Performance indicator", "Homes let", "Repairs done"],
            ["Month", None, None],
            *[[m, 10 + k, 20 + k] for k, m in enumerate(months[:3])],
            *[[m, None, None] for m in months[3:]],
            [label, 33, 63],
        ],
    )
    spans = _spans(parsed)
    assert spans[("Homes let", dt.date(2024, 4, 1), dt.date(2024, 6, 30))] == 33
    assert spans[("Repairs done", dt.date(2024, 4, 1), dt.date(2024, 6, 30))] == 63


@pytest.mark.parametrize(
    "name",
    ["Council tax collected \u2013 year to date (%)", "Council tax collected (YTD)",
     "Year-to-date council tax collected", "Council tax collected, cumulative from 1 April"],
)  # fmt: skip
@pytest.mark.parametrize(
    "headings",
    [["Latest (Aug 24)", "Previous (May 24)", "Same time last year (Aug 23)"],
     ["Aug 2024", "May 2024", "Aug 2023"]],
)  # fmt: skip
def test_a_row_named_year_to_date_covers_april_to_each_month(
    tmp_path: Path, name: str, headings: list[str]
) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Performance digest"],
            ["Ref", "Measure", *headings, "Target 24/25"],
            ["REV01", name, 47.6, 19.9, 47.9, 97.5],
            ["REV02", "Average days to process new claims", 17.8, 21.3, 19.6, 20],
        ],
    )
    found = {
        (i.code, o.period.label): (o.actual, o.target)
        for i in parsed.indicators
        for o in i.observations
    }
    assert found[("REV01", "Apr 2024\u2013Aug 2024")] == (47.6, 97.5)
    assert found[("REV01", "Apr 2024\u2013May 2024")] == (19.9, 97.5)
    assert found[("REV01", "Apr 2023\u2013Aug 2023")] == (47.9, None)
    assert found[("REV02", "Aug 2024")] == (17.8, 20)  # a row saying nothing: its months


def test_a_row_named_year_to_date_under_quarters_keeps_the_quarters(tmp_path: Path) -> None:
    """A name saying year to date under quarter columns, with no measure-type or unit cell
    saying so: each figure is the position its quarter reports, under the quarter's label."""
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["H1", "Affordable homes completed (year to date)", 40, 96, 220],
        ],
    )
    assert [p for p, _ in figures(parsed)["Affordable homes completed (year to date)"]] == [
        "Q1 2024/25",
        "Q2 2024/25",
    ]


@pytest.mark.parametrize("ytd", ["2024/25 YTD", "YTD 2024/25", "2024/25 year to date"])
def test_a_long_table_s_year_to_date_row_runs_to_the_indicator_s_latest_period(
    tmp_path: Path, ytd: str
) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Measure", "Period", "Value"],
            ["Missed bins", "Q1 2024/25", 20],
            ["Missed bins", "Q2 2024/25", 25],
            ["Missed bins", ytd, 45],
            ["Fly tipping incidents", "Jul 2024", 5],
            ["Fly tipping incidents", ytd, 12],
        ],
    )
    spans = _spans(parsed)
    assert spans[("Missed bins", dt.date(2024, 4, 1), dt.date(2024, 9, 30))] == 45
    assert spans[("Fly tipping incidents", dt.date(2024, 4, 1), dt.date(2024, 7, 31))] == 12
    assert parsed.review == []


def test_a_long_table_s_year_to_date_nothing_dates_goes_to_review(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Measure", "Period", "Value"],
            ["Missed bins", "2023/24", 80],
            ["Missed bins", "2024/25 YTD", 45],
            ["Fly tipping incidents", "2023/24", 30],
        ],
    )
    assert any(item.cell == "C3" for item in parsed.review), parsed.review
    assert all(o.actual != 45 for i in parsed.indicators for o in i.observations)


def test_a_long_extract_s_year_to_date_rows_each_run_to_their_latest_quarter(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Code", "Measure", "Period", "Value"]]
    for k in range(30):
        for period, value in (("Q1 2024/25", 1), ("Q2 2024/25", 2), ("Q3 2024/25", 3),
                              ("2024/25 (cumulative)", 6)):  # fmt: skip
            rows.append([f"M{k:02d}", f"Measure {k}", period, value + k])
    found = figures(detect_rows(tmp_path / "long.xlsx", rows))
    assert found["Measure 0"][-1] == ("Apr 2024\u2013Dec 2024", 6)
    assert found["Measure 29"][-1] == ("Apr 2024\u2013Dec 2024", 35)
