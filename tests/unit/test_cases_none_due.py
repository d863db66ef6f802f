"""Slash cells that are no count over a base: '0/0' (none due) in a '%' row is no rate and
is kept as text; '4/5' in a '%' row is 4 of 5 cases, not a score out of 5; and '2023/24'
(a financial year) is never two figures, whichever column it stands in."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse import cases, figure_targets, periods
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from tests.helpers.layout_sheets import detect_rows

HEAD = ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"]


@pytest.mark.parametrize("text", ["0/0", "0 of 0", "0 out of 0", " 0 / 0 "])
def test_none_due_is_told(text: str) -> None:
    assert cases.none_due(text)
    assert cases.split(text) is None


@pytest.mark.parametrize("text", ["0/3", "3/3", "2023/24", "n/a"])
def test_other_cells_are_not_none_due(text: str) -> None:
    assert not cases.none_due(text)


@pytest.mark.parametrize("text", ["2023/24", "2023/2024", "1999/00", " 2019/20 "])
def test_a_year_with_a_slash_is_no_pair_and_no_cases(text: str) -> None:
    assert periods.is_year_over_year(text)
    assert not figure_targets.is_pair(text)
    assert cases.split(text) is None


@pytest.mark.parametrize("text", ["12/15", "183 / 201", "2023/25", "1200/2024"])
def test_other_slashes_are_not_years(text: str) -> None:
    assert not periods.is_year_over_year(text)


def test_none_due_in_a_percent_row_is_kept_as_text_with_no_figure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "t.xlsx",
        [HEAD, ["C1", "Children found within 20 school days", "%", "9/12", "0/0", 80]],
    )
    got = [(o.actual, o.actual_text) for o in parsed.indicators[0].observations]
    assert got == [(75.0, None), (None, "0/0")]
    assert not parsed.review
    assert any("0/0" in w and "none due" in w for w in parsed.warnings)


def test_none_due_in_a_count_row_is_still_held(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "t.xlsx", [HEAD, ["C1", "Grants completed", "No.", "0/0", 4, None]]
    )
    assert any(item.cell == "D2" for item in parsed.review)


def test_a_score_like_slash_in_a_percent_row_is_cases(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "t.xlsx",
        [HEAD, ["A5", "Carers' assessments within 28 days", "%", "1/2", "4/5", 80]],
    )
    got = [(o.actual, o.numerator, o.denominator) for o in parsed.indicators[0].observations]
    assert got == [(50.0, 1.0, 2.0), (80.0, 4.0, 5.0)]
    assert not parsed.review


def test_a_latest_period_column_of_labels_is_each_rows_period() -> None:
    rows: list[list[CellValue]] = [
        ["Benchmarking report, 22 April 2025"],
        ["Code", "Indicator", "Latest period", "Value"],
        ["NI 192", "Household waste recycled (%)", "2023/24", 60.8],
        ["HB-NEW", "Days to process new claims", "Q3 2024/25", 18.0],
    ]
    book = Workbook(path="/tmp/latest.xlsx", format="xlsx", sheets=[Sheet("S", rows)])
    parsed = detect(book)
    got = {i.code: [(o.period.label, o.actual) for o in i.observations] for i in parsed.indicators}
    assert got == {"NI 192": [("2023/24", 60.8)], "HB-NEW": [("Q3 2024/25", 18.0)]}
    assert not parsed.review
