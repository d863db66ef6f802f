"""A rolling year ('R12M Dec 24', 'LTM Jun 24', 'Rolling year to Sep 24') is the twelve months
ending with its month, labelled as the app labels that span; a rolling mark the importer
cannot place is held for review, never dropped to leave the month alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period, parse_period_header
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("R12M Dec 24", "2024"),
        ("R12M Mar-25", "2024/25"),
        ("R12M: Sep 2024", "Oct 2023–Sep 2024"),
        ("R12M to Jun 24", "Jul 2023–Jun 2024"),
        ("Rolling 12 months Jun 24", "Jul 2023–Jun 2024"),
        ("Rolling 12 months to Jun 24", "Jul 2023–Jun 2024"),
        ("rolling twelve months to end of March 2024", "2023/24"),
        ("Rolling year to Nov 2024", "Dec 2023–Nov 2024"),
        ("Rolling year Dec 2023", "2023"),
        ("12m to Sep-24", "Oct 2023–Sep 2024"),
        ("12 mths to Jul 24", "Aug 2023–Jul 2024"),
        ("12 month rolling - Feb 2025", "Mar 2024–Feb 2025"),
        ("Year to Jun 2024", "Jul 2023–Jun 2024"),
        ("Year to 31 December 2024", "2024"),
        ("LTM Jun 24", "Jul 2023–Jun 2024"),
        ("TTM Oct-24", "Nov 2023–Oct 2024"),
        ("L12M Jan 25", "Feb 2024–Jan 2025"),
        ("Last 12 months to Jul 2024", "Aug 2023–Jul 2024"),
        ("R6M Sep 24", "H1 2024/25"),
        ("R3M Jun 24", "Q1 2024/25"),
    ],
)
def test_every_rolling_form_is_the_months_ending_then(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label
    assert parse_period(found.label) == found
    header = parse_period_header(f"{text} Actual")
    assert header is not None and header[0] == found


@pytest.mark.parametrize(
    "text",
    [
        "R12M Actual Dec 24",
        "Dec 24 R12M",
        "Jun 2024 (rolling 12 months)",
        "R12 Jun 24",
        "Q2 2024/25 R12M",
        "Sep-24 LTM",
        "Rolling average Mar 25",
    ],
)
def test_a_rolling_mark_beside_a_period_it_cannot_place_reads_no_period(text: str) -> None:
    assert parse_period_header(text) is None


def test_year_to_date_is_not_a_rolling_year() -> None:
    assert parse_period("Year to date") is None
    found = parse_period_header("Q2 2024/25 year to date")
    assert found is not None and found[0].label == "Q2 2024/25"


def test_rolling_headings_beside_quarters_read_as_spans(tmp_path: Path) -> None:
    rows = [
        ["Quarter 3 performance 2024/25"],
        ["Ref", "Measure", "LTM Jun 24", "Rolling year to Sep 24", "R12M Dec-24", "Q3 2024/25"],
        ["W1", "Residual waste per household (kg)", 412, 409, 405, None],
        ["W2", "Missed bins per 100,000", None, None, None, 71],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    got = figures(parsed)
    assert sorted(got["Residual waste per household (kg)"]) == [
        ("2024", 405), ("Jul 2023–Jun 2024", 412), ("Oct 2023–Sep 2024", 409),
    ]  # fmt: skip
    assert got["Missed bins per 100,000"] == [("Q3 2024/25", 71)]


@pytest.mark.parametrize(
    "headings",
    [
        ["R12 Jun 24", "R12 Sep 24", "R12 Dec 24"],
        ["Jun 24 R12M", "Sep 24 R12M", "Dec 24 R12M"],
    ],
)
def test_a_rolling_heading_not_read_is_held_for_review(tmp_path: Path, headings: list[str]) -> None:
    rows = [
        ["Code", "Indicator", *headings, "Q3 2024/25"],
        ["P1", "Sickness days per FTE", 9.4, 9.1, 8.8, 2.1],
        ["P2", "Staff turnover (%)", 11.8, 12.4, 12.9, 3.0],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review, "a rolling span whose months are not read"
    assert any("rolling" in item.reason and item.cell for item in parsed.review)


def test_months_under_a_rolling_band_are_held_for_review(tmp_path: Path) -> None:
    rows = [
        ["", "", "Rolling 12-month figures", "", ""],
        ["Code", "Indicator", "Oct 2024", "Nov 2024", "Dec 2024"],
        ["P1", "Sickness days per FTE", 9.4, 9.1, 8.8],
        ["P2", "Staff turnover (%)", 11.8, 12.4, 12.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review, "the twelve months to each month, or the month alone?"
    assert any("rolling" in item.reason and item.cell for item in parsed.review)


@pytest.mark.parametrize(
    "title",
    [
        "Monthly performance report: rolling 12 months to September 2024",
        "Rolling 12 months to Sep 24 - monthly figures",
        "Last 12 months to September 2024",
    ],
)
def test_months_inside_the_rolling_window_a_title_names_are_months(
    tmp_path: Path, title: str
) -> None:
    """The title names the window the months are shown for, not a twelve-month sum each."""
    rows = [
        [title],
        [],
        ["Code", "Indicator", "Jul 2024", "Aug 2024", "Sep 2024"],
        ["P1", "Sickness days per FTE", 9.4, 9.1, 8.8],
        ["P2", "Staff turnover (%)", 11.8, 12.4, 12.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Sickness days per FTE"] == [
        ("Jul 2024", 9.4),
        ("Aug 2024", 9.1),
        ("Sep 2024", 8.8),
    ]


def test_months_outside_the_window_a_title_names_are_still_asked_about(tmp_path: Path) -> None:
    rows = [
        ["Rolling 12 months to June 2024"],
        [],
        ["Code", "Indicator", "Jul 2024", "Aug 2024", "Sep 2024"],
        ["P1", "Sickness days per FTE", 9.4, 9.1, 8.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert any("rolling" in item.reason for item in parsed.review)
