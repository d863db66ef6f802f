"""Month headings written in full, short or as 'Sept' over a table named by a name column
alone: found, placed in the year the heading, title, a year row or the sheet names, and never
placed by a guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures

_NAMES = ["Calls answered (%)", "Missed bins", "Complaints received"]
_FULL_FY = [
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "January",
    "February",
    "March",
]


def _body(width: int) -> list[list[object]]:
    return [[name, *(10 * k + j for j in range(width))] for k, name in enumerate(_NAMES)]


def _labels(rows: list[list[object]], tmp_path: Path, name: str = "Missed bins") -> list[str]:
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    return [label for label, _ in figures(parsed)[name]]


@pytest.mark.parametrize(
    ("heading", "months", "first", "last"),
    [
        ("Monthly performance 2024/25", _FULL_FY, "Apr 2024", "Mar 2025"),
        ("Service KPIs 2024-25", [m[:3] for m in _FULL_FY], "Apr 2024", "Mar 2025"),
        ("Corporate measures - calendar year 2024", ["January", "February", "March"], "Jan 2024",
         "Mar 2024"),
        ("Performance report 2023", ["June", "July", "August", "Sept"], "Jun 2023", "Sep 2023"),
    ],
)  # fmt: skip
def test_month_names_take_the_year_of_the_title(
    tmp_path: Path, heading: str, months: list[str], first: str, last: str
) -> None:
    labels = _labels([[heading], ["Indicator", *months], *_body(len(months))], tmp_path)
    assert (labels[0], labels[-1], len(labels)) == (first, last, len(months))


def test_month_names_with_their_year_need_no_title(tmp_path: Path) -> None:
    months = ["April 2024", "May 2024", "June 2024", "Sept 2024"]
    labels = _labels([["Measure", *months], *_body(4)], tmp_path)
    assert labels == ["Apr 2024", "May 2024", "Jun 2024", "Sep 2024"]


def test_a_financial_years_full_month_names_under_a_year_row(tmp_path: Path) -> None:
    years: list[object] = [None, 2024, *[None] * 8, 2025, None, None]
    labels = _labels([years, ["Indicator", *_FULL_FY], *_body(12)], tmp_path)
    assert labels[0] == "Apr 2024" and labels[8] == "Dec 2024" and labels[9] == "Jan 2025"
    assert labels[-1] == "Mar 2025"


def test_a_month_title_places_the_months_up_to_it(tmp_path: Path) -> None:
    months = _FULL_FY[3:] + _FULL_FY[:3]  # July to June
    rows = [["Position at the end of June 2024"], ["KPI", *months], *_body(12)]
    labels = _labels(rows, tmp_path)
    assert (labels[0], labels[5], labels[6], labels[-1]) == (
        "Jul 2023",
        "Dec 2023",
        "Jan 2024",
        "Jun 2024",
    )


def test_the_sheet_name_gives_the_calendar_year(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2025"
    for row in [["Indicator", "Jan", "Feb", "Mar"], *_body(3)]:
        sheet.append(row)
    book.save(path)
    parsed = find.detect(read_workbook(path))
    assert [o.period.label for o in parsed.indicators[0].observations] == [
        "Jan 2025",
        "Feb 2025",
        "Mar 2025",
    ]


def _refusal(rows: list[list[object]], tmp_path: Path) -> str:
    with pytest.raises(ScorecardError) as raised:
        detect_rows(tmp_path / "t.xlsx", rows)
    return str(raised.value)


@pytest.mark.parametrize("months", [["January", "February", "March"], ["Jul", "Aug", "Sept"]])
def test_months_with_no_year_anywhere_are_not_guessed(tmp_path: Path, months: list[str]) -> None:
    error = _refusal([["Indicator", *months], *_body(3)], tmp_path)
    assert f"Scorecard!B1: '{months[0]}'" in error and "no year" in error


def test_a_financial_years_months_under_a_calendar_year_are_not_guessed(tmp_path: Path) -> None:
    # April to March under '2024' may be 2023/24 or 2024/25
    rows = [["Performance report 2024"], ["Indicator", *_FULL_FY], *_body(12)]
    error = _refusal(rows, tmp_path)
    assert "Scorecard!B2: 'April'" in error


def test_months_that_come_round_past_a_month_title_are_not_guessed(tmp_path: Path) -> None:
    # January to December in a report dated July 2024: not the twelve months up to July
    months = _FULL_FY[9:] + _FULL_FY[:9]
    error = _refusal([["Report as at July 2024"], ["Indicator", *months], *_body(12)], tmp_path)
    assert "Scorecard!B2: 'January'" in error


def test_a_year_merged_over_each_years_full_month_names(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in [[None, 2024, *[None] * 8, 2025], ["Service measure", *_FULL_FY], *_body(12)]:
        sheet.append(row)
    sheet.merge_cells("B1:J1")
    sheet.merge_cells("K1:M1")
    book.save(path)
    parsed = find.detect(read_workbook(path))
    assert not parsed.review
    labels = [o.period.label for o in parsed.indicators[0].observations]
    assert (labels[0], labels[8], labels[9], labels[-1]) == (
        "Apr 2024",
        "Dec 2024",
        "Jan 2025",
        "Mar 2025",
    )


def test_months_past_december_with_no_year_over_them_are_held_at_their_heading(
    tmp_path: Path,
) -> None:
    # '2024' typed over April only: January to March come round again with no year
    years: list[object] = [None, 2024]
    parsed = detect_rows(tmp_path / "t.xlsx", [years, ["Indicator", *_FULL_FY], *_body(12)])
    assert [item.line().split(":")[0] for item in parsed.review] == ["Scorecard!K2"]
    assert "L2, M2" in parsed.review[0].line()
    labels = [label for label, _ in figures(parsed)["Missed bins"]]
    assert labels[0] == "Apr 2024" and labels[-1] == "Dec 2024" and len(labels) == 9


@pytest.mark.parametrize("periods", [["April", "May", "June"], ["Q1", "Q2", "Q3"]])
def test_names_under_a_heading_no_vocabulary_knows_beside_bare_periods(
    tmp_path: Path, periods: list[str]
) -> None:
    rows = [["Recorded crime 2024/25"], ["Crime type", *periods], *_body(3)]
    labels = _labels(rows, tmp_path)
    assert labels[0] in ("Apr 2024", "Q1 2024/25") and len(labels) == 3
