"""Columns headed by days under four weeks apart are weeks or days: held, never made months."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.scorecard.layout.day_columns import day_of
from tests.helpers.layout_sheets import detect_rows, figures


def test_week_ending_headings_are_held_for_review(tmp_path: Path) -> None:
    rows = [
        ["Weekly waste report 2024/25"],
        ["Measure", "w/e 07/04/24", "w/e 14/04/24", "w/e 21/04/24", "Target"],
        ["Missed bins per 100,000", 38, 41, 29, 40],
    ]
    parsed = detect_rows(tmp_path / "w.xlsx", rows)
    assert parsed.review
    assert any("a week's or a day's figures" in item.reason for item in parsed.review)
    assert parsed.review[0].cell == "B2"


def test_dates_typed_as_headings_a_week_apart_are_held(tmp_path: Path) -> None:
    rows = [
        ["Indicator", dt.datetime(2024, 5, 5), dt.datetime(2024, 5, 12)],
        ["Fly-tips cleared within 2 working days (%)", 91.0, 88.5],
    ]
    parsed = detect_rows(tmp_path / "d.xlsx", rows)
    assert any("a week's or a day's figures" in item.reason for item in parsed.review)


def test_month_end_dates_stay_months(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "31/01/2025", "28/02/2025", "31/03/2025"],
        ["Households in temporary accommodation", 402, 415, 409],
    ]
    parsed = detect_rows(tmp_path / "m.xlsx", rows)
    assert parsed.review == []
    assert [p for p, _ in figures(parsed)["Households in temporary accommodation"]] == [
        "Jan 2025", "Feb 2025", "Mar 2025",
    ]  # fmt: skip


def test_the_day_a_heading_names() -> None:
    assert day_of("w/e 7 Apr 24") == dt.date(2024, 4, 7)
    assert day_of("Week ending 14-Apr-2024") == dt.date(2024, 4, 14)
    assert day_of("2024-04-21") == dt.date(2024, 4, 21)
    assert day_of("Q1 2024/25") is None
    assert day_of("Apr 2024") is None
    assert day_of("31/02/2024") is None  # no such day


def test_one_week_said_to_start_a_week_is_held_too(tmp_path: Path) -> None:
    rows = [
        ["Measure", "Target", "Week commencing 1 Apr 2024"],
        ["Calls answered within 60 seconds (%)", 85, 79.5],
    ]
    parsed = detect_rows(tmp_path / "c.xlsx", rows)
    assert any("a week's or a day's figures" in item.reason for item in parsed.review)
