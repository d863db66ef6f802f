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
    *,
    figure_format: str,
    headings: Sequence[object] = ("Ref", "Measure", "Unit"),
    first: Sequence[object] = ("CC01", "Calls offered", "No."),
    months: Sequence[object] = MONTHS,
    coded: bool = True,
) -> Path:
    """Title, a heading row (``headings`` then ``months`` shown 'mmm-yy', then Target), a
    section row, then the calls offered (``first`` labels, figures shown ``figure_format``)
    and two rows of percentages; without their code column where not ``coded``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contact Centre"
    sheet.append(["Contact centre performance 2024/25"])
    skip = 0 if coded else 1
    sheet.append([*headings[skip:], *months, "Target 2024/25"])
    figures = len(headings) - skip + 1  # the first column of figures (1-based)
    for col in range(figures, figures + len(months)):
        cell = sheet.cell(row=2, column=col)
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "mmm-yy"
    sheet.append(["Telephone"])
    rows = [
        ([*first], [*CALLS, "–"], figure_format),
        (["CC02", "Calls answered", "%"], [0.892, 0.874, 0.861, 0.823, 0.9], "0.0%"),
        (["CC03", "Calls abandoned", "%"], [0.108, 0.126, 0.139, 0.177, 0.1], "0.0%"),
    ]
    for labels, values, shown in rows:
        sheet.append([*labels[skip:], *values])
        for col in range(figures, figures + len(values)):
            sheet.cell(row=sheet.max_row, column=col).number_format = shown
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
    path = _book(tmp_path / "c.xlsx", figure_format="General")
    status, _, got = _imported(tmp_path, path)
    assert status == "imported"
    assert got["D4"] == 38412 and got["G4"] == 41760 and got["D5"] == 89.2


def test_a_heading_row_of_words_under_the_dates_is_still_asked_about(tmp_path: Path) -> None:
    path = _book(tmp_path / "h.xlsx", first=("Ref", "Measure", "Unit"), figure_format="General")
    status, review, _ = _imported(tmp_path, path)
    assert status == "needs_review"
    assert "Contact Centre!D4" in review[0]
    assert "not a month, a quarter or a year apart" in review[0]


def test_without_period_headings_over_them_the_counts_are_still_asked_about(
    tmp_path: Path,
) -> None:
    months = ["Monthly figures", None, None, None]
    path = _book(tmp_path / "n.xlsx", months=months, figure_format="General")
    status, review, _ = _imported(tmp_path, path)  # no other table: refused, naming the cell
    assert status == "refused" and "Contact Centre!D4" in review[0]


def test_counts_shown_with_a_thousands_separator_are_figures_without_a_code(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "g.xlsx", figure_format="#,##0", coded=False)
    status, _, got = _imported(tmp_path, path)
    assert status == "imported"
    assert got["C4"] == 38412 and got["F4"] == 41760


def test_counts_in_general_format_without_a_code_are_still_asked_about(tmp_path: Path) -> None:
    path = _book(tmp_path / "u.xlsx", coded=False, figure_format="General")
    status, review, _ = _imported(tmp_path, path)
    assert status == "needs_review" and "Contact Centre!C4" in review[0]


def test_a_heading_row_of_day_numbers_shown_0_is_still_read_as_months(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Monthly scorecard 2024/25"])
    sheet.append(["Ref", "Measure", 45383, 45413, 45444, "Target 2024/25"])
    for col in (3, 4, 5):
        sheet.cell(row=2, column=col).number_format = "0"  # no more than General shows
    sheet.append(["H1", "Average days to re-let homes", 31.5, 29.8, 36.0, 30])
    sheet.append(["H2", "Rent collected (%)", 94.1, 96.0, 97.2, 99])
    book.save(tmp_path / "m.xlsx")
    with Store.open(tmp_path / "s.sqlite") as store:
        report = import_file(store, tmp_path / "m.xlsx")
    assert report.status == "imported" and report.observations == 6
