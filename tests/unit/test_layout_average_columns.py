"""A column averaging the periods beside it ('6 month average' after the months) is a summary,
left out with a line in --explain; one with no such periods beside it, or whose heading says
no span, is still asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.average_columns import averaged
from tests.helpers.layout_sheets import detect_rows, figures

MONTHS = ["Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024"]
QUARTERS = ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"]


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("6 month average", {"month"}),
        ("Rolling 12 month average", {"month"}),
        ("3-month rolling avg", {"month"}),
        ("Monthly average", {"month"}),
        ("Average of the last six months", {"month"}),
        ("4 quarter average", {"quarter"}),
        ("3 yr avg", {"financial_year", "academic_year", "calendar_year"}),
        ("Rolling average", {"month", "quarter", "financial_year", "academic_year",
                             "calendar_year"}),
    ],
)  # fmt: skip
def test_headings_of_an_average_over_a_span(heading: str, kinds: set[str]) -> None:
    assert averaged(heading) == kinds


@pytest.mark.parametrize(
    "heading",
    ["Average", "Average for the period", "England average", "Average days to process",
     "Monthly average vs quarterly average", "6 month target", "Mean"],
)  # fmt: skip
def test_headings_that_are_no_average_over_a_span(heading: str) -> None:
    assert averaged(heading) is None


def _table(periods: list[str], extra: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Measure", *periods, *extra, "Target"]]
    for n in range(1, 4):
        figures_ = [10 * n + k for k in range(len(periods))]
        means = [round(sum(figures_) / len(figures_), 1) for _ in extra]
        rows.append([f"M{n}", f"Measure number {n}", *figures_, *means, 20 * n])
    return rows


@pytest.mark.parametrize(
    "extra",
    [["6 month average"], ["6 month average", "Rolling 12 month average"], ["Monthly avg"],
     ["Rolling 3 month average"]],
)  # fmt: skip
def test_averages_after_the_months_are_left_out(tmp_path: Path, extra: list[str]) -> None:
    parsed = detect_rows(tmp_path / "months.xlsx", _table(MONTHS, extra))
    assert not parsed.review, [r.line() for r in parsed.review]
    found = figures(parsed)
    assert [label for label, _ in found["Measure number 1"]] == MONTHS
    assert any("an average of the periods beside it" in line for line in parsed.explain)


def test_an_average_after_the_quarters_is_left_out(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "quarters.xlsx", _table(QUARTERS, ["4 quarter average"]))
    assert not parsed.review, [r.line() for r in parsed.review]
    assert [label for label, _ in figures(parsed)["Measure number 2"]] == QUARTERS


def test_an_average_of_another_kind_of_period_is_still_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "kinds.xlsx", _table(QUARTERS, ["12 month average"]))
    assert parsed.review


def test_an_average_that_is_the_only_figures_is_still_asked_about(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", "Sep 2024", "6 month average", "Target"],
        ["M1", "Measure number 1", 12, 11.5, 10],
        ["M2", "Measure number 2", 22, 21.5, 20],
    ]
    parsed = detect_rows(tmp_path / "alone.xlsx", rows)
    assert parsed.review
