"""A column headed like a period over figures no period is written as ('Quarter result'
over 45, 85.7, 31000) is never each row's period: left out and held for review; quarter
numbers, years and month keys under a period heading stay periods."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows


def test_a_period_heading_over_figures_is_held_not_read_as_periods(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Performance report – Quarter 3 2024/25"],
            [],
            ["Ref", "Measure", "Target", "Actual", "Quarter result", "RAG"],
            ["ER01", "Business grants awarded", 45, 49, 120, "Green"],
            ["ER02", "Jobs created through business support", 120, 104, 85.7, "Red"],
            ["ER03", "Visitors to the museum", 31000, 33906, 31000, "Green"],
        ],
    )
    assert any(
        r.cell == "E3" and "headed like a period but holds figures" in r.reason
        for r in parsed.review
    )


def test_quarter_numbers_beside_a_year_stay_periods(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Year", "Quarter", "Actual"],
            ["HB1", "Days to process new claims", "2024/25", 1, 19.8],
            ["HB1", "Days to process new claims", "2024/25", 2, 17.5],
            ["HB1", "Days to process new claims", "2024/25", 3, 16.1],
        ],
    )
    assert not any("headed like a period" in r.reason for r in parsed.review)
