"""A row's comment saying its latest figure is for another period than its heading names."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.comment_periods import said_period
from tests.helpers.layout_sheets import detect_rows, figures

HEADINGS = [
    "Ref",
    "Measure",
    "Latest (Aug 24)",
    "Previous (May 24)",
    "Same time last year (Aug 23)",
    "Comment",
]


def test_a_comment_naming_the_month_before_dates_the_latest_figure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "digest.xlsx",
        [
            ["Performance digest"],
            HEADINGS,
            ["CUS03", "Complaints answered in time (%)", 71.2, 78.5, 80.3,
             "Figure shown is for July 2024 \u2013 August not yet validated."],
            ["CUS02", "Average wait (seconds)", 142, 211, 168, "Two new advisers from July."],
        ],
    )  # fmt: skip
    found = figures(parsed)
    assert found["Complaints answered in time (%)"] == [
        ("Jul 2024", 71.2),
        ("May 2024", 78.5),
        ("Aug 2023", 80.3),
    ]
    assert found["Average wait (seconds)"] == [
        ("Aug 2024", 142),
        ("May 2024", 211),
        ("Aug 2023", 168),
    ]
    assert not parsed.review


def test_a_comment_naming_a_month_another_column_holds_is_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "digest.xlsx",
        [
            ["Performance digest"],
            HEADINGS,
            ["CUS03", "Complaints answered in time (%)", 71.2, 78.5, 80.3,
             "Figure shown is for May 2024."],
        ],
    )  # fmt: skip
    assert [r.cell for r in parsed.review] == ["F3"]
    assert ("Aug 2024", 71.2) not in figures(parsed)["Complaints answered in time (%)"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Figure shown is for July 2024 \u2013 August not yet validated.", "Jul 2024"),
        ("Data relates to June 2024, the latest available", "Jun 2024"),
        ("Latest figure is for Q1 2024/25 (Apr-Jun)", "Q1 2024/25"),
        ("Figure is for information only", None),
        ("All three families moved on by 13 September.", None),
    ],
)
def test_the_period_a_comment_says(text: str, label: str | None) -> None:
    period = said_period(text)
    assert (period.label if period else None) == label


def test_a_comment_naming_the_latest_filled_month_changes_nothing(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "months.xlsx",
        [
            ["Monthly report 2024/25"],
            ["Ref", "Measure", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Comment"],
            ["H1", "Homes let (number)", 12, 15, 9, None, "Figures are to June 2024."],
        ],
    )
    assert figures(parsed)["Homes let (number)"] == [
        ("Apr 2024", 12),
        ("May 2024", 15),
        ("Jun 2024", 9),
    ]
    assert not parsed.review
