"""Dates typed as text month first ('03/31/2024'), as US-built software exports them."""

from __future__ import annotations

from desktop.scorecard.layout import month_first
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Measure ID", "Measure Name", "Frequency", "Period",
                            "Period End Date", "Actual", "Target", "Last Edited"]  # fmt: skip


def _rows(*rows: list[CellValue]) -> list[list[CellValue]]:
    return [list(HEADING), *(list(r) for r in rows)]


US_ROWS = (
    ["C1", "Complaints answered in time", "Quarterly", "Quarter Ending 03/31/2024", "3/31/2024",
     88.0, 90.0, "04/08/2024"],
    ["C1", "Complaints answered in time", "Quarterly", "Quarter Ending 06/30/2024", "6/30/2024",
     91.0, 90.0, "07/05/2024"],
    ["H1", "Households in temporary accommodation", "Monthly", "10/31/2024", "10/31/2024", 118,
     100, "11/12/2024"],
    ["H1", "Households in temporary accommodation", "Monthly", "11/30/2024", "11/30/2024", 124,
     100, "12/10/2024"],
    ["S1", "Residents satisfied with their area", "Annually", "Year Ending 03/31/2024",
     "3/31/2024", 76.0, 75.0, "05/07/2024"],
)  # fmt: skip


def test_a_file_with_month_first_dates_only_is_written_out_one_way() -> None:
    sheet = Sheet("Export", _rows(*US_ROWS, ["X", "Note", None, None, None, None, None,
                                             "Checked 3/31/2024 by the team"]))  # fmt: skip
    notes = Notes()
    month_first.settle([sheet], notes)
    assert sheet.rows[1][3:5] == ["Quarter Ending 31 Mar 2024", "2024-03-31"]
    assert sheet.rows[3][3:5] == ["2024-10-31", "2024-10-31"]
    assert sheet.rows[3][7] == "2024-11-12"  # '11/12/2024' read as the file writes dates
    assert sheet.rows[5][3] == "Year Ending 31 Mar 2024"
    assert sheet.rows[6][7] == "Checked 3/31/2024 by the team"  # a sentence is left as typed
    assert not notes.review()


def test_dates_that_read_either_way_are_left_day_first() -> None:
    sheet = Sheet("Export", _rows(["C1", "Calls", "Monthly", "01/08/2025", "01/08/2025", 5, 6,
                                   "02/03/2025"]))  # fmt: skip
    notes = Notes()
    month_first.settle([sheet], notes)
    assert sheet.rows[1][3] == "01/08/2025" and not notes.review()


def test_a_uk_file_is_left_as_it_is() -> None:
    sheet = Sheet("Export", _rows(["C1", "Calls", "Monthly", "31/10/2024", "31/10/2024", 5, 6,
                                   "12/11/2024"]))  # fmt: skip
    notes = Notes()
    month_first.settle([sheet], notes)
    assert sheet.rows[1][3] == "31/10/2024" and not notes.review()


def test_dates_of_both_orders_are_held_for_review() -> None:
    sheet = Sheet("Export", _rows(["C1", "Calls", "Monthly", "10/31/2024", "10/31/2024", 5, 6,
                                   "12/11/2024"],
                                  ["C1", "Calls", "Monthly", "30/11/2024", "30/11/2024", 5, 6,
                                   "01/12/2024"]))  # fmt: skip
    notes = Notes()
    month_first.settle([sheet], notes)
    review = notes.review()
    assert sheet.rows[1][3] == "10/31/2024"
    assert len(review) == 1 and review[0].cell == "D2" and "30/11/2024" in review[0].reason


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Export", _rows(*rows))
    return detect(Workbook(path="/tmp/export.csv", format="csv", sheets=[sheet]))


def test_a_us_long_export_reads_each_row_by_its_period_and_frequency() -> None:
    read = _read(*US_ROWS)
    found = {(i.code, o.period.label): o.actual for i in read.indicators for o in i.observations}
    assert found == {
        ("C1", "Q4 2023/24"): 88.0,
        ("C1", "Q1 2024/25"): 91.0,
        ("H1", "Oct 2024"): 118,
        ("H1", "Nov 2024"): 124,
        ("S1", "2023/24"): 76.0,
    }
    assert not read.review


def test_a_period_and_its_end_naming_one_day_are_the_rows_frequencys_period() -> None:
    # day first, as a UK export writes it: the monthly row's 31/10/2024 is October, not a day
    read = _read(
        ["H1", "Households in temporary accommodation", "Monthly", "31/10/2024", "31/10/2024",
         118, 100, None],
        ["C1", "Complaints answered in time", "Quarterly", "31/12/2024", "31/12/2024", 88.0,
         90.0, None],
        ["C2", "Calls answered", "Quarterly", "30/11/2024", "30/11/2024", 50.0, 60.0, None],
    )  # fmt: skip
    found = {(i.code, o.period.label) for i in read.indicators for o in i.observations}
    assert found == {("H1", "Oct 2024"), ("C1", "Q3 2024/25")}
    assert [r.cell for r in read.review] == ["D4"]
