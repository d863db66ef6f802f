"""Quarter columns headed by the month each quarter ended: Excel dates shown 'Jun-24', 'Sep-24', then typed 'Dec-24', 'Mar-25'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Corporate KPIs"
# the first two headings are real dates (first of the month) shown mmm-yy, the later two were typed
HEADINGS: tuple[object, ...] = (
    dt.datetime(2024, 6, 1),
    dt.datetime(2024, 9, 1),
    "Dec-24",
    "Mar-25",
)
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
NS = "Not surveyed"
FIRST_ROW = 6

# ref, measure, target, four quarters' figures, status (Mar-25)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS 01", "Contact centre calls answered within 3 minutes (%)", 75.0, (68.2, 71.9, 77.4, 79.0), "Green"),
    ("CS 02", "Average time callers waited to be answered (seconds)", 150.0, (212.0, 187.0, 141.0, 133.0), "Green"),
    ("CS 03", "Corporate complaints answered within 20 working days (%)", 90.0, (83.0, 86.5, 88.1, 84.7), "Amber"),
    ("CS 04", "Freedom of Information requests answered within 20 working days (%)", 90.0, (79.4, 81.2, 76.8, 72.5), "Red"),
    ("RV 01", "Council tax collected, cumulative (%)", 97.5, (29.6, 57.3, 84.9, 97.2), "Amber"),
    ("RV 02", "Business rates collected, cumulative (%)", 98.0, (31.2, 58.8, 86.0, 98.3), "Green"),
    ("HR 01", "Working days lost to sickness per FTE, rolling 12 months", 8.5, (9.6, 9.3, 9.1, 8.8), "Amber"),
    ("HR 02", "Voluntary staff turnover, rolling 12 months (%)", 12.0, (13.4, 12.9, 12.1, 11.6), "Green"),
    ("DG 01", "Transactions completed online without staff help (%)", 60.0, (None, 52.3, 55.8, 58.1), "Amber"),
    ("CS 05", "Residents' panel: satisfied with the way the council runs things (%)", 65.0, (NS, 61.0, NS, 58.0), "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's year-end corporate performance indicator table.

    Some councils head quarterly columns with the month the quarter ended,
    the way their performance system stamps the reporting date: the sheet
    was begun in the summer with 'Jun-24' and 'Sep-24' entered as dates
    (Excel stores the first of the month and shows mmm-yy), and the later
    columns were typed as text, 'Dec-24' and 'Mar-25'. The subtitle says the
    figures are quarterly and each column is the quarter ending in the month
    shown. One target per measure, a status on the latest quarter, a measure
    first reported in Q2, and a residents' panel measure surveyed every
    other quarter ('Not surveyed').

    A careful reader places the four columns on Q1 to Q4 2024/25 (not on
    the months June, September, December and March), applies the target to
    every quarter, takes 'Not surveyed' as what those cells said, and gives
    the status to Q4 2024/25.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Somerset Council \u2013 Corporate Performance Indicators 2024/25")
    sheet["A2"] = (
        "Quarterly figures: each column shows the quarter ending in the month given "
        "(e.g. Jun-24 = April to June 2024)."
    )
    sheet["A3"] = "Year-end report to the Corporate Policy and Scrutiny Panel"
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Performance indicator", "Target", *HEADINGS, "Status"]
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(3, 9):
        sheet.cell(row=5, column=col).alignment = Alignment(horizontal="center")
    sheet["D5"].number_format = "mmm-yy"
    sheet["E5"].number_format = "mmm-yy"
    exp = Expected([])
    for i, (ref, name, target, figures, status) in enumerate(ROWS):
        assert isinstance(figures, tuple)
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, target, *figures, status])
        fill(sheet, f"H{row}", FILLS[str(status)])
        exp.observations += observed(
            str(ref), str(name), PERIODS, figures, float(str(target)), STATUS[str(status)]
        )
    foot = FIRST_ROW + len(ROWS) + 1
    notes = (
        "Collection rates and rolling 12-month measures are the position at the end of the quarter.",
        "DG 01 reported from Quarter 2. The residents' panel is surveyed in Quarters 2 and 4.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
