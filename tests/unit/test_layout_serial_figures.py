"""A first row of figures whose counts fall in Excel's range of day numbers (38412 calls)
under real month headings: figures, not a heading row of dates that lost their format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file

MONTHS = [dt.datetime(2024, m, 1) for m in (4, 5, 6, 7)]
CALLS = [38412, 36905, 37288, 41760]  # days from 2005 in Excel's 1900 system, not a month apart


def _book(
    path: Path,
    headings: Sequence[object] = ("Ref", "Measure", "Unit"),
    first: Sequence[object] = ("CC01", "Calls offered", "No."),
    months: Sequence[object] = MONTHS,
    figure_format: str = "#,##0",
) -> Path:
    """Title, a heading row (``headings`` then ``months`` shown 'mmm-yy', then Target), a
    section row, then the calls offered (``first`` labels) and two rows of percentages."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contact Centre"
    sheet.append(["Contact centre performance 2024/25"])
    sheet.append([*headings, *months, "Target 2024/25"])
    for col in range(len(headings) + 1, len(headings) + 1 + len(months)):
        cell = sheet.cell(row=2, column=col)
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "mmm-yy"
    sheet.append(["Telephone"])
    rows = [
        [*first, *CALLS, "–"],
        ["CC02", "Calls answered", "%", 0.892, 0.874, 0.861, 0.823, 0.9],
        ["CC03", "Calls abandoned", "%", 0.108, 0.126, 0.139, 0.177, 0.1],
    ]
    for values in rows:
        sheet.append(values)
        for col in range(4, 5 + len(months)):  # the figures and the target
            cell = sheet.cell(row=sheet.max_row, column=col)
            cell.number_format = figure_format if values[2] == first[2] else "0.0%"
    book.save(path)
    return path


def _imported(tmp_path: Path, path: Path) -> tuple[str, list[str], dict[str, float | None]]:
    with Store.open(tmp_path / "s.sqlite") as store:
        report = import_file(store, path)
        with store.session() as session:
            got = {
                o.source_cell or "": o.actual for o in session.scalars(select(ObservationRow)).all()
            }
    return report.status, report.review or [report.error or ""], got


def test_counts_coded_and_named_as_the_rows_below_are_figures_under_month_headings(
    tmp_path: Path,
) -> None:
    status, _, got = _imported(tmp_path, _book(tmp_path / "c.xlsx"))
    assert status == "imported"
    assert got["D4"] == 38412 and got["G4"] == 41760 and got["D5"] == 89.2


def test_a_heading_row_of_words_under_the_dates_is_still_asked_about(tmp_path: Path) -> None:
    path = _book(tmp_path / "h.xlsx", first=("Ref", "Measure", "Unit"))
    status, review, _ = _imported(tmp_path, path)
    assert status == "needs_review"
    assert "Contact Centre!D4" in review[0]
    assert "not a month, a quarter or a year apart" in review[0]


def test_without_period_headings_over_them_the_counts_are_still_asked_about(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "n.xlsx", months=["Monthly figures", None, None, None])
    status, review, _ = _imported(tmp_path, path)  # no other table: refused, naming the cell
    assert status == "refused" and "Contact Centre!D4" in review[0]
