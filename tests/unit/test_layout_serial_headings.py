"""Month headings stored as Excel day numbers (45383 for 'Apr-24') in a heading row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from desktop.scorecard.layout import serial_headings
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from desktop.scorecard.read.ods import _null_date
from desktop.scorecard.read.workbook import read_workbook

APR_TO_JUN = [45383, 45413, 45444]  # 1 April, 1 May, 1 June 2024 in the 1900 system
EPOCH_1904 = dt.date(1904, 1, 1)


def _sheet(title: str, days: list[CellValue]) -> Sheet:
    rows: list[list[CellValue]] = [
        [title, None, None, None, None, None],
        [None, None, None, None, None, None],
        ["Ref", "Measure", *days, "Target 2024/25"],
        ["H1", "Average days to re-let homes", 31.5, 29.8, 36.0, 30],
        ["H2", "Calls answered (%)", 90.2, 91.5, 87.3, 90],
    ]
    return Sheet("Scorecard", rows)


def _settled(sheet: Sheet, epoch: dt.date = dt.date(1899, 12, 30)) -> tuple[list[str], Notes]:
    book = Workbook("t.xlsx", "xlsx", [sheet], date_epoch=epoch)
    notes = Notes()
    return serial_headings.settle(book, notes), notes


def test_a_month_apart_day_numbers_in_the_titles_year_are_read_as_months() -> None:
    sheet = _sheet("Monthly scorecard 2024/25", list(APR_TO_JUN))
    lines, notes = _settled(sheet)
    assert sheet.rows[2][2:5] == [dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1),
                                  dt.datetime(2024, 6, 1)]  # fmt: skip
    assert not notes.review()
    assert "a month apart" in lines[0] and "Scorecard!C3" in lines[0]
    parsed = detect(
        Workbook("t.xlsx", "xlsx", [_sheet("Monthly scorecard 2024/25", list(APR_TO_JUN))]),
        explaining=True,
    )
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"Apr 2024", "May 2024", "Jun 2024"}
    assert any("Excel day numbers" in line for line in parsed.explain)


def test_day_numbers_as_csv_text_and_quarter_ends_are_read_too() -> None:
    ends = [str((dt.date(*d) - dt.date(1899, 12, 30)).days) for d in
            ((2024, 6, 30), (2024, 9, 30), (2024, 12, 31))]  # fmt: skip
    sheet = _sheet("Quarterly report", list(ends))
    lines, notes = _settled(sheet)
    assert sheet.rows[2][4] == dt.datetime(2024, 12, 31)
    assert "a quarter apart" in lines[0] and not notes.review()


def test_the_1904_date_system_counts_from_1904() -> None:
    days: list[CellValue] = [(dt.date(2024, m, 1) - EPOCH_1904).days for m in (4, 5, 6)]
    sheet = _sheet("Monthly scorecard 2024/25", days)
    _settled(sheet, EPOCH_1904)
    assert sheet.rows[2][2] == dt.datetime(2024, 4, 1)


def test_day_numbers_of_other_years_than_the_title_names_are_held_for_review() -> None:
    days: list[CellValue] = [(dt.date(2024, m, 1) - EPOCH_1904).days for m in (4, 5, 6)]
    sheet = _sheet("Monthly scorecard 2024/25", days)  # a 1904 workbook's, read as 1900
    lines, notes = _settled(sheet)
    assert sheet.rows[2][2] == days[0] and not lines
    (item,) = notes.review()
    assert item.cell == "C3" and "names 2024–2025" in item.reason


def test_irregular_day_numbers_are_held_for_review() -> None:
    sheet = _sheet("Monthly scorecard 2024/25", [45383, 45400, 45444])
    lines, notes = _settled(sheet)
    assert sheet.rows[2][2] == 45383 and not lines
    (item,) = notes.review()
    assert item.cell == "C3" and "not a month, a quarter or a year apart" in item.reason


def test_a_row_of_figures_or_a_row_over_dates_is_no_heading_row() -> None:
    figures = _sheet("Scorecard 2024/25", list(APR_TO_JUN))
    figures.rows[2][0:2] = [None, None]
    figures.rows[2][5] = None  # no heading in words beside the numbers
    lines, notes = _settled(figures)
    assert not lines and not notes.review() and figures.rows[2][2] == 45383
    dates = _sheet("Scorecard 2024/25", list(APR_TO_JUN))
    for row in dates.rows[3:]:
        row[2:5] = [45400, 45430, 45460]  # days under the numbers, not figures
    lines, notes = _settled(dates)
    assert not lines and not notes.review()


def test_the_workbooks_date_system_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active["A1"] = "x"
    book.save(tmp_path / "mac.xlsx")
    assert read_workbook(tmp_path / "mac.xlsx").date_epoch == EPOCH_1904
    assert _null_date(b'<table:null-date table:date-value="1904-01-01"/>') == EPOCH_1904
    assert _null_date(b"<office:spreadsheet>") is None


def test_a_file_refused_for_want_of_its_headings_names_the_cell() -> None:
    sheet = _sheet("Monthly scorecard 2024/25", [45383, 45400, 45444])
    try:
        detect(Workbook("t.xlsx", "xlsx", [sheet]))
    except ScorecardError as err:
        assert "Scorecard!C3" in str(err) and "not a month, a quarter or a year apart" in str(err)
    else:
        raise AssertionError("read without its period headings")


def test_a_row_of_large_counts_under_the_headings_is_no_heading_row() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Apr 2024", "May 2024", "Jun 2024", "Target"],
        ["C1", "Calls received", 38412, 41205, 45000, 40000],
        ["C2", "Calls answered", 36990, 39850, 43876, 40000],
        ["C3", "Calls answered (%)", 96.3, 96.7, 97.5, 95],
    ]
    sheet = Sheet("Contact centre", rows)
    lines, notes = _settled(sheet)
    assert not lines and not notes.review() and sheet.rows[1][2] == 38412
