"""A line dating the file ('Last updated: 12/11/2024') names no period while another line
does: bare quarter headings go in the year the report's own lines name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.stamps import is_file_stamp
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "text",
    [
        "Last updated: 12/11/2024",
        "Downloaded on 12 November 2024",
        "Date printed: 03/12/2024 14:05",
        "Report produced 12.11.2024",
        "Run date 12/11/2024",
        "Data extracted on 4 Dec 2024",
        "Date of last update: 12/11/2024",
        "Diweddarwyd ddiwethaf: 12/11/2024",
    ],
)
def test_lines_dating_the_file_are_stamps(text: str) -> None:
    assert is_file_stamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Data as at 30 September 2024",
        "Position at the end of January 2025",
        "Quarter 2 report 2024/25",
        "Performance to 30 September 2024",
        "Updated quarterly 2024/25",
        "Report date: 12/11/2024",
        "Last updated",
    ],
)
def test_lines_naming_the_period_are_not(text: str) -> None:
    assert not is_file_stamp(text)


def test_a_print_date_above_a_year_line_leaves_the_quarters_in_that_year(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "printed.xlsx",
        [
            ["Adult Social Care performance"],
            ["Date printed: 03/06/2024 14:05"],
            ["Final outturn 2023/24"],
            [],
            ["Ref", "Measure", "Q1", "Q2", "Q3", "Q4", "Target"],
            ["AS1", "Reviews completed on time (%)", 81.0, 84.5, 86.0, 88.2, 85],
            ["AS2", "Carers assessed", 120, 141, 133, 150, 150],
        ],
    )
    assert figures(read)["Carers assessed"] == [
        ("Q1 2023/24", 120.0),
        ("Q2 2023/24", 141.0),
        ("Q3 2023/24", 133.0),
        ("Q4 2023/24", 150.0),
    ]


def test_a_download_date_beside_a_sheet_named_for_the_year_leaves_the_quarters_there(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    from desktop.scorecard.layout import find
    from desktop.scorecard.read.workbook import read_workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Housing 2022-23"
    for row in (
        ["Downloaded on 14 January 2025"],
        [],
        ["Indicator", "Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"],
        ["Empty homes re-let (days)", 41, 38, 44, 36],
        ["Rent collected (%)", 96.2, 97.0, 97.4, 98.1],
    ):
        ws.append(row)
    path = tmp_path / "download.xlsx"
    book.save(path)
    read = find.detect(read_workbook(path))
    labels = {o.period.label for i in read.indicators for o in i.observations}
    assert labels == {"Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23"}


def test_a_stamp_alone_still_dates_bare_quarters(tmp_path: Path) -> None:
    """With nothing else naming a period, the day the file was updated is what places
    them, as before."""
    read = detect_rows(
        tmp_path / "alone.xlsx",
        [
            ["Last updated: 12/11/2024"],
            ["Ref", "Measure", "Q1", "Q2"],
            ["C1", "Calls answered (%)", 81.3, 86.9],
            ["C2", "Complaints answered on time (%)", 77.0, 79.5],
        ],
    )
    assert figures(read)["Calls answered (%)"] == [("Q1 2024/25", 81.3), ("Q2 2024/25", 86.9)]
