"""A monthly report's 'YTD' and 'Same month last year', counted from the month its title names
('Same period last year' right after 'YTD': that span a year back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, PeriodRow.label, ObservationRow.actual)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


@pytest.mark.parametrize(
    ("title", "ytd", "last_year"),
    [
        (
            "Monthly Tracker 2024/25 (position at end of November 2024)",
            "YTD",
            "Same month last year",
        ),
        ("Performance to end of Nov 24", "Year to date", "Same month previous year"),
        ("Customer services report - as at 30 November 2024", "YTD", "Same period last year"),
    ],
)
def test_year_to_date_and_last_year_count_from_the_title_s_month(
    store: Store, tmp_path: Path, title: str, ytd: str, last_year: str
) -> None:
    path = book(
        tmp_path / "tracker.xlsx",
        [
            [title],
            [],
            ["Ref", "Measure", "Sep-24", "Oct-24", "Nov-24", "Dec-24", ytd, last_year],
            ["CS1", "Calls answered within 3 minutes (%)", 81.9, 83.2, 84.0, "-", 79.0, 80.6],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    # 'Same month last year' is the title's month a year back; 'Same period last year' right
    # after 'YTD' is the year to date's own span a year back
    earlier = "Apr 2023–Nov 2023" if last_year == "Same period last year" else "Nov 2023"
    assert [row for row in stored(store) if row[2] is not None] == sorted(
        [
            ("CS1", "Apr 2024–Nov 2024", 79.0),
            ("CS1", earlier, 80.6),
            ("CS1", "Nov 2024", 84.0),
            ("CS1", "Oct 2024", 83.2),
            ("CS1", "Sep 2024", 81.9),
        ]
    )


def test_the_year_to_date_at_the_end_of_june_is_the_first_quarter(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "june.xlsx",
        [
            ["Monthly report - position at end of June 2024"],
            [],
            ["Ref", "Measure", "Apr-24", "May-24", "Jun-24", "YTD"],
            ["CS1", "Calls abandoned (%)", 6.8, 8.1, 9.4, 8.1],
        ],
    )
    report = import_file(store, path)
    assert report.status == "imported"
    assert ("CS1", "Q1 2024/25", 8.1) in stored(store)


def test_same_period_last_year_in_a_quarterly_report_is_the_quarter_a_year_back(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "quarter.xlsx",
        [
            ["Quarterly report - Quarter 3 2024/25"],
            [],
            ["Ref", "Measure", "This quarter", "Same period previous year"],
            ["CS1", "Calls abandoned (%)", 6.8, 7.7],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [("CS1", "Q3 2023/24", 7.7), ("CS1", "Q3 2024/25", 6.8)]


@pytest.mark.parametrize(
    ("title", "value", "last_year", "now", "then"),
    [
        ("Quarter 2 2024/25 performance report", "Actual", "Same quarter last year",
         "Q2 2024/25", "Q2 2023/24"),
        ("Performance at the end of Q3 2023/24", "Result", "Same period last year",
         "Q3 2023/24", "Q3 2022/23"),
        ("Corporate scorecard - Quarter 4 2024/25", "Performance", "Same time last year",
         "Q4 2024/25", "Q4 2023/24"),
    ],
)  # fmt: skip
def test_a_lone_value_column_beside_last_year_s_is_the_title_s_period(
    store: Store, tmp_path: Path, title: str, value: str, last_year: str, now: str, then: str
) -> None:
    path = book(
        tmp_path / "report.xlsx",
        [
            [title],
            [],
            ["Ref", "Indicator", value, "Target", "RAG", last_year],
            ["KPI 1", "Council tax collected (%)", 57.1, 57.5, "Amber", 56.9],
            ["KPI 2", "Days to process new benefit claims", 16.2, 18.0, "Green", 19.4],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == sorted(
        [("KPI 1", now, 57.1), ("KPI 1", then, 56.9), ("KPI 2", now, 16.2), ("KPI 2", then, 19.4)]
    )


def test_two_undated_value_columns_beside_last_year_s_are_still_doubted(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "report.xlsx",
        [
            ["Quarter 2 2024/25 performance report"],
            [],
            ["Ref", "Indicator", "Actual", "Outturn", "Same quarter last year"],
            ["KPI 1", "Council tax collected (%)", 57.1, 55.0, 56.9],
        ],
    )
    report = import_file(store, path)
    assert report.status == "needs_review" or any("not imported" in w for w in report.warnings)
