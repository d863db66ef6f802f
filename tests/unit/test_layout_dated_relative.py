"""Relative headings that name their own period ('Latest (Dec 2024)'), and figures that only
the file's date would date: held for review at their heading."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import dated_relative
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells
from desktop.scorecard.read.workbook import read_workbook

SAVED = dt.datetime(2025, 3, 14, 9, 30)  # the day the test files were "last saved"


def _book(path: Path, rows: Sequence[Sequence[object]], title: str = "Report") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    stamp = SAVED.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def _read(path: Path) -> ParsedScorecard:
    return detect(read_workbook(path))


def _figures(read: ParsedScorecard) -> dict[str, dict[str, float | str | None]]:
    return {
        i.name: {o.period.label: o.actual if o.actual is not None else o.actual_text
                 for o in i.observations}
        for i in read.indicators
    }  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Latest (Dec 2024)", "Dec 2024"),
        ("Previous (Nov 2024)", "Nov 2024"),
        ("Latest: December 2024", "Dec 2024"),
        ("Previous - Nov-24", "Nov 2024"),
        ("Current [Q3 2024/25]", "Q3 2024/25"),
        ("This period (Q3 2024-25)", "Q3 2024/25"),
        ("Prior period: Q2 2024/25", "Q2 2024/25"),
        ("Last quarter (Jul-Sep 2024)", "Q2 2024/25"),
        ("Last month (Nov 2024)", "Nov 2024"),
        ("Same month last year (Dec 2023)", "Dec 2023"),
        ("Last year (2023/24)", "2023/24"),
        ("Latest (as at 31 Dec 2024)", "Dec 2024"),
        ("Current position as at 31/12/2024", "Dec 2024"),
        ("Previous outturn (2023/24)", "2023/24"),
        ("Last reported (Sep 2024)", "Sep 2024"),
        ("Latest value – 2024", "2024"),
    ],
)
def test_a_relative_heading_that_names_its_period_is_that_periods_figure(
    heading: str, label: str
) -> None:
    column = classify(heading)
    assert column.field == "actual"
    assert column.period is not None and column.period.label == label


@pytest.mark.parametrize(
    "heading",
    ["Previous", "Latest", "YTD (Dec 2024)", "Target (Dec 2024)", "Change since Nov 2024",
     "Dec 2024 commentary", "Previous target (Nov 2024)"],
)  # fmt: skip
def test_headings_that_are_not_a_dated_relative_figure(heading: str) -> None:
    assert dated_relative.period_named(heading) is None


def test_two_months_side_by_side_each_dated_by_its_brackets(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "monthly.xlsx",
        [
            ["Housing performance, monthly"],
            [],
            ["Code", "Indicator", "Last month [Aug 2024]", "This month [Sep 2024]",
             "Difference", "Target", "RAG"],
            ["H1", "Homeless preventions", 41, 52, 11, 45, "Green"],
            ["H2", "Voids relet in 28 days (%)", 71.0, 66.5, -4.5, 80, "Red"],
        ],
    )  # fmt: skip
    read = _read(path)
    assert read.review == []
    assert _figures(read) == {
        "Homeless preventions": {"Aug 2024": 41.0, "Sep 2024": 52.0},
        "Voids relet in 28 days (%)": {"Aug 2024": 71.0, "Sep 2024": 66.5},
    }
    # the difference is arithmetic on the two months, not a figure; the rating is the latest's
    rags = {i.name: {o.period.label: o.rag for o in i.observations} for i in read.indicators}
    assert rags["Voids relet in 28 days (%)"] == {"Aug 2024": None, "Sep 2024": "red"}


def test_quarters_after_a_dash_with_a_change_column(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "quarterly.xlsx",
        [
            ["Measure", "Previous quarter - Q2 2024/25", "Current quarter - Q3 2024/25",
             "Change on previous quarter", "Target"],
            ["Council tax collected (%)", 55.1, 82.4, 27.3, 83.0],
            ["Days to process new benefit claims", 19.5, 17.2, -2.3, 18.0],
        ],
    )  # fmt: skip
    read = _read(path)
    assert read.review == []
    assert _figures(read) == {
        "Council tax collected (%)": {"Q2 2024/25": 55.1, "Q3 2024/25": 82.4},
        "Days to process new benefit claims": {"Q2 2024/25": 19.5, "Q3 2024/25": 17.2},
    }


def test_years_named_after_a_colon(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "annual.xlsx",
        [
            ["Indicator", "Previous year: 2022/23", "Latest: 2023/24", "Movement"],
            ["Recycling rate (%)", 40.6, 41.2, 0.6],
        ],
    )  # fmt: skip
    assert _figures(_read(path)) == {"Recycling rate (%)": {"2022/23": 40.6, "2023/24": 41.2}}


def test_a_title_sentence_ending_with_a_stop_names_the_period(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "snapshot.xlsx",
        [
            ["Reporting month: December 2024. Figures are provisional."],
            [],
            ["Measure", "Latest", "Target"],
            ["Calls answered (%)", 81.0, 85.0],
        ],
    )
    read = _read(path)
    assert read.review == []
    assert _figures(read) == {"Calls answered (%)": {"Dec 2024": 81.0}}


@pytest.mark.parametrize(
    "text", ["Reporting month: December 2024.", "Position as at 31/12/2024.", "Period: Dec-24."]
)
def test_a_period_followed_by_a_full_stop_is_found_in_text(text: str) -> None:
    found = cells.period_in_text(text)
    assert found is not None and found.label == "Dec 2024"


@pytest.mark.parametrize(
    "heading", ["Latest", "Current position", "Latest (as at month end)", "Latest figure"]
)
def test_figures_only_the_files_date_would_date_are_held_at_their_heading(
    tmp_path: Path, heading: str
) -> None:
    path = _book(
        tmp_path / "extract.xlsx",
        [["Measure", heading, "Target"], ["Calls answered (%)", 81.0, 85.0]],
    )
    read = _read(path)
    lines = [r.line() for r in read.review]
    assert len(lines) == 1
    assert lines[0].startswith(f"Report!B1: the figures under '{heading}'")
    assert "14 Mar 2025" in lines[0] and "--accept" in lines[0]


def test_a_plain_actual_column_stays_a_snapshot_at_the_files_date(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "extract.xlsx",
        [["Indicator", "Actual", "Target"], ["Calls answered (%)", 81.0, 85.0]],
    )
    read = _read(path)
    assert read.review == []
    assert _figures(read) == {"Calls answered (%)": {"14 Mar 2025": 81.0}}
    assert any("(the file's date)" in w for w in read.warnings)


@pytest.mark.parametrize(
    "heading",
    ["Change", "Change (Nov 2024 to Dec 2024)", "Difference (Dec - Nov)",
     "% change (2023/24 to 2024/25)", "Movement (Q2 to Q3)", "Change since last month"],
)  # fmt: skip
def test_a_change_between_the_periods_is_arithmetic_not_a_figure(heading: str) -> None:
    assert classify(heading).field == "ignore"
