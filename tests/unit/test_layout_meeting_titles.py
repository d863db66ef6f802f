"""A title line naming the meeting a report goes to ('Overview and Scrutiny Committee, 17
June 2025') says when the figures were reported, not the year they are of: bare quarters
take their year from what names it (the sheet's name, a title), or are asked about."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.layout.stamps import is_meeting_day
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import figures

HEADINGS = ["Code", "Indicator", "Q1", "Q2", "Q3", "Year End", "Target"]
ROWS = [
    ["EP1", "Net additional homes (cumulative)", 96, 211, 318, 481, 500],
    ["RS1", "Council tax collected (%)", 29.1, 56.4, 83.0, 96.9, 97],
]


def _read(path: Path, sheet_name: str, titles: list[str]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_name
    for row in [*([t] for t in titles), [], HEADINGS, *ROWS]:
        sheet.append(row)
    book.save(path)
    return find.detect(read_workbook(path))


@pytest.mark.parametrize(
    "text",
    [
        "Overview and Scrutiny Committee, 17 June 2025 \u2013 Appendix A",
        "Overview and Scrutiny Committee \u2013 3 June 2025",
        "Cabinet 12/11/2024",
    ],
)
def test_lines_naming_a_meeting_and_its_day(text: str) -> None:
    assert is_meeting_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quarter 2 report to Cabinet 12 November 2024",
        "Target agreed by Cabinet Feb 2024",
        "Corporate Performance Scorecard 2024/25",
        "Scrutiny Committee",
    ],
)
def test_lines_naming_a_period_or_no_day_are_not(text: str) -> None:
    assert not is_meeting_day(text)


def test_a_june_committee_does_not_put_the_year_end_in_the_next_year(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "year_end.xlsx",
        "Year End 2024-25",
        ["Council Plan performance report", "Overview and Scrutiny Committee, 17 June 2025"],
    )
    assert figures(read)["Council tax collected (%)"] == [
        ("Q1 2024/25", 29.1),
        ("Q2 2024/25", 56.4),
        ("Q3 2024/25", 83.0),
        ("2024/25", 96.9),
    ]
    assert not read.review


def test_a_meeting_alone_names_no_year_for_the_quarters(tmp_path: Path) -> None:
    with pytest.raises(ScorecardError, match="name no year"):
        _read(
            tmp_path / "no_year.xlsx",
            "Sheet1",
            ["Council Plan performance report", "Overview and Scrutiny Committee, 17 June 2025"],
        )
