"""Percentages written on two scales: a fraction (0.92) among figures in points is a doubt."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Measure", "Unit", "2022/23", "2023/24", "2024/25"]


def _read(*rows: list[CellValue], styles: dict[tuple[int, int], CellStyle] | None = None):
    sheet = Sheet("Adults", [HEADING, *rows], styles=styles or {})
    return detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))


def _cells(read: ParsedScorecard) -> list[str]:
    return [f"{r.sheet}!{r.cell}" for r in read.review]


def test_a_fraction_among_a_percentage_s_points_is_a_doubt_at_its_cell() -> None:
    read = _read(
        ["Reviews held on time", "%", 81.0, 0.87, 84.5],
        ["Carers assessed", "number", 410.0, 452.0, 470.0],
    )
    assert _cells(read) == ["Adults!D2"]
    assert "87" in read.review[0].reason and "fraction" in read.review[0].reason


def test_a_percent_heading_makes_the_column_a_percentage() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Indicator", "Quarter", "Result (%)"],
            ["Reviews held on time", "Q1 2024/25", 79.5],
            ["Reviews held on time", "Q2 2024/25", 0.83],
            ["Reviews held on time", "Q3 2024/25", 81.0],
            ["Reablement completed", "Q1 2024/25", 64.0],
            ["Reablement completed", "Q2 2024/25", 66.0],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert _cells(read) == ["Adults!C3"]


def test_an_unlabelled_column_says_nothing_of_its_scale() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Indicator", "Quarter", "Result"],
            ["Households in temporary accommodation per 1,000", "Q1 2024/25", 9.5],
            ["Households in temporary accommodation per 1,000", "Q2 2024/25", 0.9],
            ["Households in temporary accommodation per 1,000", "Q3 2024/25", 8.0],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []


def test_small_percentages_throughout_are_genuine() -> None:
    read = _read(["Delayed transfers of care", "%", 0.8, 1.2, 0.6])
    assert read.review == []


def test_a_small_percentage_among_other_small_ones_is_genuine() -> None:
    read = _read(["Staff turnover", "%", 2.4, 4.9, 0.9])
    assert read.review == []


def test_rates_and_counts_are_not_percentages() -> None:
    read = _read(
        ["Falls per 1,000 residents", "rate", 12.0, 0.4, 9.5],
        ["Serious incidents", "number", 14.0, 1.0, 8.0],
    )
    assert read.review == []


def test_zero_is_the_same_on_both_scales() -> None:
    read = _read(["Complaints upheld", "%", 12.0, 0.0, 9.0])
    assert read.review == []


def test_a_figure_written_with_its_percent_sign_says_its_scale() -> None:
    read = _read(["Reviews held on time", "%", 81.0, "0.87%", 84.5])
    assert read.review == []
    formatted = {(1, 3): CellStyle(number_format="0.00%")}
    read = _read(["Reviews held on time", "%", 81.0, 0.0087, 84.5], styles=formatted)
    assert read.review == []


def test_fractions_beside_targets_in_points_are_still_one_doubt() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Measure", "Target", "Q1 2024/25", "Q2 2024/25"],
            ["Reviews held on time (%)", 85.0, 0.81, 0.83],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert [r.cell for r in read.review] == ["C2"]
    assert "targets" in read.review[0].reason
