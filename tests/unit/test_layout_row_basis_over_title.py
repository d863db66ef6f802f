"""A note or title saying the figures are cumulative, over a grid of months beside a column
saying how each row is counted ('Basis': In month, Year to date): each row's own cell
decides. An in-month row keeps its single months; a year-to-date row runs from April. A row
with figures and no basis, or a basis not understood, is held naming its cell; without such a
column the title's words still count every month from April."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import IndicatorRow
from db.store import Store
from desktop.scorecard.importer import import_file, preview
from desktop.scorecard.model import ParsedScorecard

MONTHS = [dt.datetime(2024, m, 1) for m in (4, 5, 6)]
NOTE = "Basis: 'Year to date' figures are cumulative from 1 April."


def _write(
    path: Path,
    rows: list[tuple[str, str, str | None, list[object]]],
    *,
    heading: str | None = "Basis",
    note: str = NOTE,
) -> Path:
    """A title, a note line, then Ref, Measure, [the basis column], Apr-24..Jun-24, Target."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Return"
    sheet.append(["Waste and Recycling Monthly Return 2024/25"])
    sheet.append([note])
    sheet.append([])
    typed = [heading] if heading is not None else []
    sheet.append(["Ref", "Measure", *typed, *MONTHS, "Target 2024/25"])
    for col in range(len(typed) + 3, len(typed) + 3 + len(MONTHS)):
        sheet.cell(row=4, column=col).number_format = "mmm-yy"
    for code, name, said, figures in rows:
        sheet.append([code, name, *([said] if heading is not None else []), *figures, None])
    book.save(path)
    return path


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [o.period.label for o in indicator.observations]


ROWS: list[tuple[str, str, str | None, list[object]]] = [
    ("W1", "Residual waste collected (tonnes)", "In month", [2431.5, 2486.9, 2402.3]),
    ("W2", "Household waste recycled (%)", "Year to date", [49.8, 52.1, 52.7]),
]


@pytest.mark.parametrize(
    ("in_month", "to_date"),
    [("In month", "Year to date"), ("Monthly", "Cumulative"), ("In month", "YTD"),
     ("Discrete month", "Cumulative from 1 April")],
)  # fmt: skip
def test_each_rows_basis_decides_over_the_notes_cumulative(
    tmp_path: Path, in_month: str, to_date: str
) -> None:
    rows = [(ROWS[0][0], ROWS[0][1], in_month, ROWS[0][3]), (*ROWS[1][:2], to_date, ROWS[1][3])]
    parsed = preview(_write(tmp_path / "w.xlsx", rows))
    assert not parsed.review
    assert _labels(parsed, "W1") == ["Apr 2024", "May 2024", "Jun 2024"]
    assert _labels(parsed, "W2") == ["Apr 2024", "Apr 2024–May 2024", "Q1 2024/25"]


def test_a_snapshot_row_keeps_its_month_ends(tmp_path: Path) -> None:
    rows = [("H1", "Households in temporary accommodation", "Snapshot", [62, 68, 71]), ROWS[1]]
    parsed = preview(_write(tmp_path / "w.xlsx", rows))
    assert not parsed.review
    assert _labels(parsed, "H1") == ["Apr 2024", "May 2024", "Jun 2024"]


def test_without_a_basis_column_the_note_still_counts_every_month_from_april(
    tmp_path: Path,
) -> None:
    parsed = preview(_write(tmp_path / "w.xlsx", ROWS, heading=None))
    assert not parsed.review
    for code in ("W1", "W2"):
        assert _labels(parsed, code) == ["Apr 2024", "Apr 2024–May 2024", "Q1 2024/25"]


def test_a_type_column_of_other_words_leaves_the_note_to_count_from_april(
    tmp_path: Path,
) -> None:
    """'Type' saying KPI or Context is no basis: the note's 'cumulative' still holds."""
    rows = [(ROWS[0][0], ROWS[0][1], "KPI", ROWS[0][3]), (*ROWS[1][:2], "Context", ROWS[1][3])]
    parsed = preview(_write(tmp_path / "w.xlsx", rows, heading="Type"))
    assert _labels(parsed, "W1") == ["Apr 2024", "Apr 2024–May 2024", "Q1 2024/25"]


def _import(tmp_path: Path, path: Path) -> tuple[str, list[str], int]:
    store = Store.open(tmp_path / "scrutineer.sqlite")
    try:
        report = import_file(store, path)
        with store.read_session() as session:
            count = session.scalar(select(func.count(IndicatorRow.id))) or 0
        return report.status, list(report.review), count
    finally:
        store.close()


def test_a_row_with_figures_and_no_basis_is_held_naming_its_cell(tmp_path: Path) -> None:
    rows = [*ROWS, ("W3", "Garden waste collected (tonnes)", None, [1184.2, 1402.6, 1236.9])]
    status, review, stored = _import(tmp_path, _write(tmp_path / "w.xlsx", rows))
    assert status == "needs_review"
    assert stored == 0
    (line,) = review
    assert line.startswith("Return!C7: the row's 'Basis' is blank")


def test_a_basis_not_understood_is_held_naming_its_cell(tmp_path: Path) -> None:
    rows = [*ROWS, ("W3", "Garden waste collected (tonnes)", "Seasonal", [1184.2, 1402.6, 1236.9])]
    status, review, stored = _import(tmp_path, _write(tmp_path / "w.xlsx", rows))
    assert status == "needs_review"
    assert stored == 0
    (line,) = review
    assert line.startswith("Return!C7: the measure type 'Seasonal' is not known")


def _last_year(
    path: Path, last: dt.datetime, rows: list[tuple[str, str, str, list[object]]]
) -> Path:
    """Ref, Measure, Basis, a 'Same month last year' column over ``last``, then Apr-24..Mar-25
    under a '2024/25' band (figures to October)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Return"
    sheet.append(["Waste and Recycling Monthly Return 2024/25 - figures to the end of October"])
    sheet.append([NOTE])
    months = [dt.datetime(2024 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(4, 16)]
    sheet.append(["", "", "", "Same month last year", "2024/25"])
    sheet.append(["Ref", "Measure", "Basis", last, *months, "Target 2024/25"])
    for col in range(4, 17):
        sheet.cell(row=4, column=col).number_format = "mmm-yy"
    sheet.merge_cells("E3:P3")
    for code, name, said, figures in rows:
        sheet.append([code, name, said, *figures])
    book.save(path)
    return path


LAST_YEAR_ROWS = [
    ("W1", "Residual waste collected (tonnes)", "In month", [2698.1, 2431.5, 2486.9]),
    ("W2", "Household waste recycled (%)", "Year to date", [51.2, 49.8, 52.1]),
    ("W3", "Residents satisfied with waste collection (%)", "Annual", [81.0, *[None] * 11, 84.0]),
]


def test_a_dated_same_month_last_year_column_holds_that_months_figures(tmp_path: Path) -> None:
    parsed = preview(_last_year(tmp_path / "w.xlsx", dt.datetime(2023, 10, 1), LAST_YEAR_ROWS[:2]))
    assert not parsed.review
    assert _labels(parsed, "W1") == ["Oct 2023", "Apr 2024", "May 2024"]
    assert _labels(parsed, "W2") == ["Apr 2023–Oct 2023", "Apr 2024", "Apr 2024–May 2024"]


def test_an_annual_row_beside_last_years_month_is_still_the_financial_year(
    tmp_path: Path,
) -> None:
    parsed = preview(_last_year(tmp_path / "w.xlsx", dt.datetime(2023, 10, 1), LAST_YEAR_ROWS))
    assert "2024/25" in _labels(parsed, "W3")


def test_a_last_year_date_a_year_before_none_of_the_months_is_not_read(tmp_path: Path) -> None:
    """'Same month last year' over Oct-22 beside 2024/25: the date and 'last year' disagree,
    so its figures join nothing and are named in a warning, not read."""
    parsed = preview(_last_year(tmp_path / "w.xlsx", dt.datetime(2022, 10, 1), LAST_YEAR_ROWS[:2]))
    assert "Oct 2022" not in _labels(parsed, "W1")
    assert _labels(parsed, "W1") == ["Apr 2024", "May 2024"]
    assert any("Return!D3" in w and "not imported" in w for w in parsed.warnings)
