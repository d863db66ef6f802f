"""Columns headed by the meeting their figures went to: the period is what a heading over or
under the meeting names, and a meeting alone names none."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.meeting_columns import is_meeting, without_meeting
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures

TITLE = ["Corporate Performance Scorecard 2024/25"]
ROWS = [
    ["A1", "Rent collected (%)", 98.0, 30.1, 58.2, 98, "Green"],
    ["A2", "Homes relet within 28 days (%)", 81.0, 84.5, 85.0, 90, "Red"],
]
MEETINGS = {
    "cabinet": ["Cabinet 11 Jun 2024", "Cabinet 17 Sep 2024", "Cabinet 10 Dec 2024"],
    "committee": [
        "Policy and Resources Committee 12/06/2024",
        "Policy and Resources Committee 18/09/2024",
        "Policy and Resources Committee 11/12/2024",
    ],
    "reported to": [
        "Reported to Executive (11 June 2024)",
        "Reported to Executive (17 September 2024)",
        "Reported to Executive (10 December 2024)",
    ],
    "board": [
        "O&S Panel \u2013 Jun 2024",
        "O&S Panel \u2013 Sept 2024",
        "O&S Panel \u2013 Dec 2024",
    ],
}


def _read(tmp_path: Path, rows: list[list[object]]) -> ParsedScorecard:
    return detect_rows(tmp_path / "s.xlsx", [TITLE, [], *rows])


@pytest.mark.parametrize("kind", sorted(MEETINGS))
@pytest.mark.parametrize(
    "covers",
    [
        ["Year end 2023/24", "Quarter 1 (Apr\u2013Jun)", "Quarter 2 (Jul\u2013Sep)"],
        ["2023/24", "Q1 2024/25", "Q2 2024/25"],
        ["Outturn 2023/24", "Q1", "Q2"],
    ],
)
def test_the_period_under_a_meeting_dates_its_column(
    tmp_path: Path, kind: str, covers: list[str]
) -> None:
    heads = ["Ref", "Indicator", *MEETINGS[kind], "Target 2024/25", "RAG"]
    parsed = _read(tmp_path, [heads, [None, None, *covers, None, None], *ROWS])
    assert figures(parsed)["Rent collected (%)"] == [
        ("2023/24", 98.0), ("Q1 2024/25", 30.1), ("Q2 2024/25", 58.2)
    ]  # fmt: skip
    assert parsed.review == []


def test_the_period_over_a_meeting_dates_its_column(tmp_path: Path) -> None:
    heads = ["Ref", "Indicator", "2023/24", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG"]
    under = [None, None, *MEETINGS["committee"], None, None]
    parsed = _read(tmp_path, [heads, under, *ROWS])
    assert figures(parsed)["Homes relet within 28 days (%)"] == [
        ("2023/24", 81.0), ("Q1 2024/25", 84.5), ("Q2 2024/25", 85.0)
    ]  # fmt: skip
    assert parsed.review == []


@pytest.mark.parametrize("kind", sorted(MEETINGS))
def test_a_meeting_alone_is_held_naming_its_heading(tmp_path: Path, kind: str) -> None:
    heads = ["Ref", "Indicator", *MEETINGS[kind], "Target 2024/25", "RAG"]
    parsed = _read(tmp_path, [heads, *ROWS])
    assert parsed.review
    assert parsed.review[0].cell == "C3"
    assert "names the meeting" in parsed.review[0].reason


def test_a_meeting_with_no_period_under_it_is_held_the_others_read(tmp_path: Path) -> None:
    heads = ["Ref", "Indicator", *MEETINGS["cabinet"], "Target 2024/25", "RAG"]
    under = [None, None, "Year end 2023/24", "Quarter 1", None, None, None]
    parsed = _read(tmp_path, [heads, under, *ROWS])
    assert [r.cell for r in parsed.review] == ["E3"]
    assert figures(parsed)["Rent collected (%)"] == [("2023/24", 98.0), ("Q1 2024/25", 30.1)]


def test_a_meeting_in_brackets_after_a_period_only_says_where_it_went(tmp_path: Path) -> None:
    heads = ["Ref", "Indicator", "Q4 2023/24 (Cabinet 11 Jun 2024)",
             "Q1 2024/25 (Cabinet 17 Sep 2024)", "Q2 [Cabinet 10 Dec 2024]", "Target 2024/25",
             "RAG"]  # fmt: skip
    parsed = _read(tmp_path, [heads, *ROWS])
    assert figures(parsed)["Rent collected (%)"] == [
        ("Q4 2023/24", 98.0), ("Q1 2024/25", 30.1), ("Q2 2024/25", 58.2)
    ]  # fmt: skip
    assert parsed.review == []


@pytest.mark.parametrize(
    "text",
    [
        "Cabinet 11 Jun 2024",
        "Full Council 24 July 2024",
        "Health and Wellbeing Board 5 Jun 2024",
        "Cabinet meeting 11/06/24",
        "Board date: 3 Sep 2024",
        "As reported to Scrutiny Committee 2 October 2024",
    ],
)
def test_meeting_headings(text: str) -> None:
    assert is_meeting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Council tax Jun 2024",
        "Council tax collected (%)",
        "Jun 2024",
        "Q1 2024/25",
        "Board",
        "Target agreed by Cabinet Feb 2024",
        "Approved by Council 27 Feb 2024",
    ],
)
def test_not_meeting_headings(text: str) -> None:
    assert not is_meeting(text)


def test_without_meeting() -> None:
    assert without_meeting("Q1 2024/25 (Cabinet 17 Sep 2024)") == "Q1 2024/25"
    assert without_meeting("Q1 2024/25 (Apr\u2013Jun)") is None
