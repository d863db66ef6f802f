"""Months three apart at quarter ends name their quarters only where the title says quarterly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def test_quarter_end_months_under_a_quarterly_title_are_quarters(tmp_path: Path) -> None:
    rows = [
        ["Quarterly performance report 2024/25"],
        ["Ref", "Measure", "Target", "June 2024", "Sept 2024", "Dec 2024", "Mar 2025"],
        ["H1", "Homes let within 28 days (%)", 80, 71.5, 74.2, 79.9, 82.0],
        ["H2", "Rent arrears (£)", 900000, 980000, 940000, 910000, 880000],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Homes let within 28 days (%)"] == [
        ("Q1 2024/25", 71.5), ("Q2 2024/25", 74.2), ("Q3 2024/25", 79.9), ("Q4 2024/25", 82.0),
    ]  # fmt: skip


def test_dates_as_headings_latest_first_and_qtr_in_the_sheet_text(tmp_path: Path) -> None:
    rows = [
        ["Qtr figures to the end of each month shown"],
        [
            "Indicator",
            dt.datetime(2024, 12, 31),
            dt.datetime(2024, 9, 30),
            dt.datetime(2024, 6, 30),
        ],
        ["Missed bins per 100,000 collections", 41, 52, 47],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert sorted(figures(parsed)["Missed bins per 100,000 collections"]) == [
        ("Q1 2024/25", 47), ("Q2 2024/25", 52), ("Q3 2024/25", 41),
    ]  # fmt: skip


def test_without_a_word_saying_quarterly_the_run_is_held_for_review(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Jun-24", "Sep-24", "Dec-24"],
        ["Children looked after per 10,000", 71.2, 70.8, 69.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review, "quarters or month-end figures: nothing says which"
    assert any("quarter" in item.reason for item in parsed.review)
    assert all(item.cell for item in parsed.review)


def test_a_monthly_table_and_a_yearly_march_run_stay_months(tmp_path: Path) -> None:
    monthly = [
        ["Quarterly report: monthly figures"],
        ["Measure", "Jan 2025", "Feb 2025", "Mar 2025"],
        ["Calls answered (%)", 81, 83, 85],
    ]
    parsed = detect_rows(tmp_path / "m.xlsx", monthly)
    assert [p for p, _ in figures(parsed)["Calls answered (%)"]] == [
        "Jan 2025", "Feb 2025", "Mar 2025",
    ]  # fmt: skip
    yearly = [
        ["Quarterly benchmarking pack"],
        ["Measure", "Mar 2022", "Mar 2023", "Mar 2024"],
        ["Households in temporary accommodation", 410, 455, 502],
    ]
    parsed = detect_rows(tmp_path / "y.xlsx", yearly)
    assert [p for p, _ in figures(parsed)["Households in temporary accommodation"]] == [
        "Mar 2022", "Mar 2023", "Mar 2024",
    ]  # fmt: skip


def test_a_quarter_ending_band_beside_the_other_headings_says_quarterly(tmp_path: Path) -> None:
    """'Quarter ending' on the upper heading row over month-end dates on the row below."""
    ends = [dt.datetime(2024, 6, 30), dt.datetime(2024, 9, 30), dt.datetime(2024, 12, 31)]
    rows = [
        ["Corporate scorecard"],
        ["Ref", "Measure", "Quarter ending", None, None, "Target"],
        [None, None, *ends, None],
        ["H1", "Homes let within 28 days (%)", 71.5, 74.2, 79.9, 80],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert sorted(figures(parsed)["Homes let within 28 days (%)"]) == [
        ("Q1 2024/25", 71.5), ("Q2 2024/25", 74.2), ("Q3 2024/25", 79.9),
    ]  # fmt: skip
