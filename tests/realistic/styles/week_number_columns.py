"""Doubtful for the store: weekly figures in columns 'Wk 1'..'Wk 6' over a 'w/e' row of dates, target and latest-week status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Weekly"
WEEKS = 6
FIRST_WEEK_ENDING = dt.datetime(2024, 4, 7)  # Sunday; week 1 is Monday 1 to Sunday 7 April 2024
WEEK_COL = 4  # column D holds 'Wk 1'
HEADING_ROW, DATE_ROW, FIRST_ROW = 4, 5, 6
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
NONE_REPORTED = "none reported"

# ref, measure, target, six weeks' figures, status for the latest week
ROWS: tuple[tuple[object, ...], ...] = (
    ("WS01", "Missed bin collections reported", 100,
     (112, 96, 141, 88, 79, 134), "R"),
    ("WS02", "Missed collections put right within 2 working days (%)", 95.0,
     (94.6, 97.9, 91.5, 98.9, 100.0, 93.3), "A"),
    ("WS03", "Fly-tipping incidents reported", None,
     (58, 63, 71, 49, 66, 74), None),
    ("WS04", "Fly-tips cleared within 1 working day (%)", 90.0,
     (89.7, 92.1, 87.3, 95.9, 93.9, 90.5), "G"),
    ("WS05", "Bulky waste collections booked", None,
     (61, 57, 70, 64, None, 52), None),
    ("WS06", "Calls to the waste and recycling line answered (%)", 85.0,
     (82.4, 85.0, 76.2, 88.1, 90.3, 79.8), "R"),
    ("WS07", "Abandoned vehicle reports inspected within 2 working days (%)", 95.0,
     (100.0, 100.0, 88.9, 100.0, NONE_REPORTED, 100.0), "G"),
    ("WS08", "Streets inspected found below the cleanliness standard (%)", 7.0,
     (6.2, 5.1, 7.8, 4.9, 5.5, 8.4), "A"),
)  # fmt: skip

WEEK_HEADINGS = [f"{SHEET}!{get_column_letter(WEEK_COL + w)}{HEADING_ROW}" for w in range(WEEKS)]


def build(path: Path) -> Expected:
    """Imitates a borough council's weekly waste and street scene performance sheet.

    Operational services that manage week by week (waste collection, street
    cleansing, contact centres) keep a weekly sheet: one column per week of
    the financial year headed 'Wk 1', 'Wk 2'..., a 'w/e' row under the
    headings giving each week's ending Sunday as a date, a target and an
    R/A/G status for the latest week. This one covers weeks 1 to 6 of
    2024/25 (w/e 07/04/2024 to w/e 12/05/2024); bulky waste bookings are
    missing for week 5 (system outage) and no abandoned vehicles were
    reported in week 5 ('none reported').

    A careful reader knows exactly what each figure is: the figure for the
    week ending on the date above it. But the store keeps periods as
    quarters, half years, months and years (CONTRACT.md), and a week is none
    of them: six weeks would land in no period the app can label, and
    placing them on April and May would put several different figures on
    one month. The weeks are the whole of the file's data, so the file goes
    to review at the week headings rather than being imported as something
    it is not; no observation is promised.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Basildon Borough Council \u2013 Waste and Street Scene Weekly Performance")
    sheet["A2"] = "2024/25 weeks 1\u20136. Weeks run Monday to Sunday; w/e = week ending."
    sheet["A2"].font = Font(italic=True)
    weeks = [f"Wk {w + 1}" for w in range(WEEKS)]
    put_row(sheet, HEADING_ROW, 1, ["Ref", "Measure", "Target", *weeks, "Status (latest week)"],
            bold=True)  # fmt: skip
    sheet.cell(row=DATE_ROW, column=3, value="w/e").font = Font(italic=True)
    for w in range(WEEKS):
        cell = sheet.cell(
            row=DATE_ROW, column=WEEK_COL + w, value=FIRST_WEEK_ENDING + dt.timedelta(weeks=w)
        )
        cell.number_format = "dd/mm/yyyy"
        cell.font = Font(italic=True)
        cell.alignment = Alignment(horizontal="center")
    status_col = WEEK_COL + WEEKS
    for i, (ref, name, target, figures, status) in enumerate(ROWS):
        assert isinstance(figures, tuple)
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, target, *figures, status])
        if status is not None:
            fill(sheet, f"{get_column_letter(status_col)}{row}", FILLS[str(status)])
    foot = FIRST_ROW + len(ROWS) + 1
    notes = (
        "Week 6 includes the early May bank holiday; collections ran one day late all week.",
        "WS05 week 5 not available (booking system outage).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return Expected([], status="needs_review", review_cells=list(WEEK_HEADINGS))
