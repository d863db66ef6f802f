"""First-of-month dates three months apart: the quarters they begin where the sheet says so,
held where the sheet speaks of quarters but not which, months where nothing says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file, preview

STARTS = (dt.datetime(2024, 1, 1), dt.datetime(2024, 4, 1), dt.datetime(2024, 7, 1),
          dt.datetime(2024, 10, 1))  # fmt: skip
QUARTERS = ["Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
MONTHS = ["Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024"]


def _book(
    path: Path,
    above: Sequence[Sequence[object]],
    days: Sequence[object] = STARTS,
    below: Sequence[Sequence[object]] = (),
    extra: Sequence[object] = (),
    merge_band: bool = False,
) -> Path:
    """``above`` rows, then Ref | Measure | the dated columns (dd/mm/yyyy) | ``extra`` headings,
    three rows of figures (extra columns: their sum), then ``below``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in above:
        sheet.append(list(row))
    sheet.append(["Ref", "Measure", *days, *extra])
    head = sheet.max_row
    for col in range(3, 3 + len(days)):
        sheet.cell(row=head, column=col).number_format = "dd/mm/yyyy"
    figures = {
        "HS1": [512, 498, 537, 461],
        "HS2": [96, 88, 104, 91],
        "HS3": [1204, 1187, 1312, 1250],
    }
    for code, values in figures.items():
        shown = values[: len(days)]
        sheet.append([code, f"Measure {code}", *shown, *([sum(shown)] * len(extra))])
    for row in below:
        sheet.append(list(row))
    if merge_band:
        band = head - 1
        sheet.merge_cells(start_row=band, start_column=3, end_row=band, end_column=2 + len(days))
    book.save(path)
    return path


def _read(path: Path) -> tuple[dict[str, list[str]], list[str]]:
    parsed = preview(path)
    labels = {i.code or "": [o.period.label for o in i.observations] for i in parsed.indicators}
    return labels, [item.line() for item in parsed.review]


def test_a_quarter_beginning_band_over_the_dates_reads_each_as_its_quarter(tmp_path: Path) -> None:
    above = [["Corporate scorecard 2024/25"], ["", "", "Quarter beginning"]]
    path = _book(tmp_path / "q.xlsx", above, merge_band=True)
    labels, review = _read(path)
    assert review == []
    assert labels["HS1"] == QUARTERS
    with Store.open(tmp_path / "s.sqlite") as store:
        report = import_file(store, path)
        assert report.status == "imported" and report.observations == 12


def test_other_wordings_in_a_note_below_the_table_say_the_same(tmp_path: Path) -> None:
    for n, note in enumerate(
        (
            "Columns show the qtr commencing on the date given.",
            "Each column is the quarter that begins on the date shown.",
            "Period beginning: figures for the three months from the date shown.",
        )
    ):
        labels, review = _read(_book(tmp_path / f"n{n}.xlsx", [["Scorecard"]], below=[[note]]))
        assert review == [], note
        assert labels["HS2"] == QUARTERS, note


def test_dates_that_begin_no_financial_quarter_are_held(tmp_path: Path) -> None:
    days = (dt.datetime(2024, 2, 1), dt.datetime(2024, 5, 1), dt.datetime(2024, 8, 1))
    _, review = _read(_book(tmp_path / "f.xlsx", [["Quarter starting"]], days))
    assert len(review) == 1
    assert review[0].startswith("Scorecard!C2: '01/02/2024'")
    assert "no quarter of the financial year" in review[0]


def test_a_quarterly_title_without_saying_what_the_dates_begin_is_held(tmp_path: Path) -> None:
    path = _book(tmp_path / "t.xlsx", [["Quarterly performance report 2024/25"], []])
    _, review = _read(path)
    assert len(review) == 1
    assert review[0].startswith("Scorecard!C3: '01/01/2024' and the columns beside it")
    assert "quarters they begin, or single months?" in review[0]
    with Store.open(tmp_path / "s.sqlite") as store:
        report = import_file(store, path)
        assert report.status == "needs_review"
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(ObservationRow)) == 0


def test_a_quarter_named_only_in_a_comment_holds_the_run_too(tmp_path: Path) -> None:
    below = [["", "", "", "", "", "", "Q3 figure awaits validation"]]
    _, review = _read(_book(tmp_path / "c.xlsx", [["Performance scorecard"]], below=below))
    assert len(review) == 1 and "('Q3')" in review[0]


def test_figures_adding_up_to_the_year_beside_them_are_held(tmp_path: Path) -> None:
    days = (dt.datetime(2024, 4, 1), dt.datetime(2024, 7, 1), dt.datetime(2024, 10, 1),
            dt.datetime(2025, 1, 1))  # fmt: skip
    path = _book(
        tmp_path / "y.xlsx", [["Performance scorecard"]], days, extra=["Full year 2024/25"]
    )
    _, review = _read(path)
    assert len(review) == 1 and "add up to 'Full year 2024/25'" in review[0]


def test_a_year_column_that_is_no_sum_leaves_the_months(tmp_path: Path) -> None:
    days = (dt.datetime(2024, 4, 1), dt.datetime(2024, 7, 1), dt.datetime(2024, 10, 1))
    path = _book(tmp_path / "a.xlsx", [["Performance scorecard"]], days, extra=["2024/25"])
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in range(3, 6):  # the year's figure is not their sum (an average, a snapshot)
        sheet.cell(row=row, column=6).value = 500
    book.save(path)
    labels, review = _read(path)
    assert review == []
    assert labels["HS1"][:3] == ["Apr 2024", "Jul 2024", "Oct 2024"]


def test_beginning_and_ending_said_together_are_held(tmp_path: Path) -> None:
    above = [["Figures are for the quarter beginning on each date."], ["", "", "Quarter ending"]]
    _, review = _read(_book(tmp_path / "e.xlsx", above))
    assert len(review) == 1 and "says both" in review[0]


def test_with_nothing_said_the_dates_stay_months(tmp_path: Path) -> None:
    labels, review = _read(_book(tmp_path / "m.xlsx", [["Performance scorecard"]]))
    assert review == []
    assert labels["HS1"] == MONTHS


def test_a_sheet_saying_month_beginning_keeps_its_months(tmp_path: Path) -> None:
    above = [["Quarterly report: figures for the month beginning on each date"]]
    labels, review = _read(_book(tmp_path / "b.xlsx", above))
    assert review == []
    assert labels["HS1"] == MONTHS


def test_consecutive_months_under_a_quarterly_title_stay_months(tmp_path: Path) -> None:
    days = (dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 1))
    labels, review = _read(_book(tmp_path / "c.xlsx", [["Quarterly report – quarter beginning"]],
                                 days))  # fmt: skip
    assert review == []
    assert labels["HS1"] == ["Apr 2024", "May 2024", "Jun 2024"]


def test_first_days_of_quarter_end_months_are_still_the_quarters_they_end(tmp_path: Path) -> None:
    days = (dt.datetime(2024, 6, 1), dt.datetime(2024, 9, 1), dt.datetime(2024, 12, 1))
    labels, review = _read(_book(tmp_path / "j.xlsx", [["Quarterly performance report"]], days))
    assert review == []
    assert labels["HS1"] == ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]


def _two_row_heading(path: Path, band: str, days: Sequence[object], merge: bool) -> Path:
    """'Ref' and 'Measure' on the upper heading row beside a band over the dates below."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Corporate scorecard"])
    sheet.append(["Ref", "Measure", band, *[None] * (len(days) - 1), "Target"])
    sheet.append([None, None, *days, None])
    for col in range(3, 3 + len(days)):
        sheet.cell(row=3, column=col).number_format = "dd/mm/yyyy"
    sheet.append(["HS1", "Measure HS1", 512, 498, 537, 461, 500])
    sheet.append(["HS2", "Measure HS2", 96, 88, 104, 91, 100])
    if merge:
        sheet.merge_cells(start_row=2, start_column=3, end_row=2, end_column=2 + len(days))
    book.save(path)
    return path


def test_a_band_on_the_row_of_the_other_headings_says_what_the_dates_begin(
    tmp_path: Path,
) -> None:
    """'Quarter beginning' beside 'Ref' and 'Measure', merged over the dates or typed in the
    first of them only: each date is the quarter it begins, not a month."""
    for merge in (True, False):
        labels, review = _read(
            _two_row_heading(tmp_path / f"{merge}.xlsx", "Quarter beginning", STARTS, merge)
        )
        assert review == [], merge
        assert labels["HS1"] == QUARTERS, merge


def test_a_band_on_the_row_of_the_other_headings_over_dates_no_quarter_begins_is_held(
    tmp_path: Path,
) -> None:
    days = [dt.datetime(2024, m, 1) for m in (2, 5, 8, 11)]
    path = _two_row_heading(tmp_path / "feb.xlsx", "Quarter beginning", days, True)
    _, review = _read(path)
    assert len(review) == 1 and "no quarter of the financial year" in review[0]
    with Store.open(tmp_path / "s.sqlite") as store:
        assert import_file(store, path).status == "needs_review"


def test_a_month_beginning_band_keeps_its_months(tmp_path: Path) -> None:
    labels, review = _read(_two_row_heading(tmp_path / "m.xlsx", "Month beginning", STARTS, True))
    assert review == []
    assert labels["HS1"] == MONTHS
