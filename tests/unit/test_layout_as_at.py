"""A report whose only period is the date it is 'as at': the quarter or month ending then."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.layout import as_at
from tests.helpers.layout_sheets import detect_rows, figures

ROWS = [
    ["C1", "Calls answered (%)", 84.2, 85],
    ["C2", "Complaints answered in 10 days (%)", 78, 90],
    ["C3", "Web forms processed in 5 days (%)", 96, 95],
]


@pytest.mark.parametrize(
    ("title", "stamp", "heading", "period"),
    [
        (
            "Quarterly Performance Report",
            ["Data as at:", dt.datetime(2024, 9, 30)],
            "Current",
            "Q2 2024/25",
        ),
        (
            "Monthly performance dashboard",
            ["Position as at 31 March 2025"],
            "Latest",
            "Mar 2025",
        ),
        ("Quarterly KPI report", ["Period ending", "31/12/2024"], "Actual", "Q3 2024/25"),
        ("Corporate indicators - quarterly", ["Data to 30th June 2024"], "Current", "Q1 2024/25"),
    ],
)
def test_the_as_at_date_dates_the_current_figures(
    tmp_path: Path, title: str, stamp: list[object], heading: str, period: str
) -> None:
    parsed = detect_rows(
        tmp_path / "as_at.xlsx",
        [[title], [], stamp, [], ["Ref", "Indicator", heading, "Target"], *ROWS],
    )
    assert not parsed.review
    assert figures(parsed)["Calls answered (%)"] == [(period, 84.2)]


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Performance Report", dt.datetime(2024, 9, 30)),  # neither quarterly nor monthly
        ("Quarterly Performance Report", dt.datetime(2024, 10, 15)),  # no period ends then
        ("Quarterly Performance Report", dt.datetime(2024, 10, 31)),  # no quarter ends then
    ],
)
def test_an_as_at_date_that_ends_no_period_of_the_report_is_asked_about(
    tmp_path: Path, title: str, day: dt.datetime
) -> None:
    parsed = detect_rows(
        tmp_path / "unclear.xlsx",
        [[title], ["Data as at:", day], [], ["Ref", "Indicator", "Current", "Target"], *ROWS],
    )
    assert [item.cell for item in parsed.review] == ["C4"]


def test_dates_written_as_text() -> None:
    assert as_at.date_of("30/09/2024") == dt.date(2024, 9, 30)
    assert as_at.date_of("30th Sept 2024") == dt.date(2024, 9, 30)
    assert as_at.date_of("31 March, 2025") == dt.date(2025, 3, 31)
    assert as_at.date_of("Q2") is None
