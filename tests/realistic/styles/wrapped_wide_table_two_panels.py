"""A twelve-month table wrapped for printing: April-September in a top panel, October-March below it with Target and RAG."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Neighbourhoods"
FIRST = tuple(datetime(2024, m, 1) for m in range(4, 10))
SECOND = (
    *(datetime(2024, m, 1) for m in range(10, 13)),
    *(datetime(2025, m, 1) for m in (1, 2, 3)),
)
LABELS = tuple(d.strftime("%b %Y") for d in (*FIRST, *SECOND))
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}

# ref, indicator, April 2024 .. March 2025 (February and March not yet reported), target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("NH01", "Average days to relet empty council homes (key to key)",
     (38.4, 36.1, 41.7, 35.2, 33.9, 34.6, 31.8, 30.2, 33.5, 29.7, None, None), 32.0, "G"),
    ("NH02", "Responsive repairs completed right first time (%)",
     (86.2, 87.0, 85.4, 88.1, 89.3, 87.7, 88.0, 86.9, 84.2, 86.3, None, None), 90.0, "A"),
    ("NH03", "Emergency repairs attended within 24 hours (%)",
     (98.9, 99.2, 97.6, 98.4, 99.5, 99.1, 98.7, 96.8, 95.9, 97.3, None, None), 99.0, "A"),
    ("NH04", "Current tenant rent arrears as a % of the annual rent debit",
     (2.41, 2.55, 2.62, 2.48, 2.57, 2.69, 2.60, 2.52, 2.88, 2.95, None, None), 2.50, "R"),
    ("NH05", "Gas safety certificates in date (%)",
     (99.96, 99.98, 100.0, 99.94, 99.97, 99.99, 100.0, 99.98, 99.95, 99.99, None, None), 100.0, "A"),
    ("NH06", "Anti-social behaviour cases closed as resolved (%)",
     (81.0, 79.5, 83.2, 84.6, 80.9, 82.3, 85.1, 86.0, 83.7, None, None, None), 80.0, "G"),
    ("NH07", "Bulky waste collections made within 10 working days (%)",
     (91.4, 88.2, 84.9, 79.3, 82.6, 87.5, 90.1, 92.4, 89.8, 93.0, None, None), 90.0, "G"),
    ("NH08", "Pest control requests visited within 5 working days (%)",
     (74.2, 68.9, 61.3, 58.7, 63.4, 70.8, 77.5, 82.1, 85.6, 88.0, None, None), 85.0, "G"),
    ("NH09", "Housing register applications assessed within 28 days (%)",
     (None, None, None, 54.3, 61.8, 66.2, 70.9, 72.4, 69.1, 74.6, None, None), 80.0, "R"),
)  # fmt: skip


def _panel(months: tuple[datetime, ...], tail: tuple[str, ...]) -> list[object]:
    return ["Ref", "Indicator", *months, *tail]


def build(path: Path) -> Expected:
    """Imitates a monthly housing and neighbourhoods table wrapped into two panels to fit a printed page.

    A table with a column for every month of the year is too wide for an A4
    agenda page, so whoever prepared it cut it in two and stacked the halves:
    the first panel holds April to September, and a second panel below it,
    under a 'continued' line and a page break, repeats the Ref and Indicator
    columns with October to March, the Target and the RAG. Month headings are
    real dates shown as 'Apr-24'. February and March are not reported yet;
    the ASB figure for January is not in, and the housing register measure
    began in July.

    A careful reader joins the two panels into one row per indicator, April
    2024 to January 2025, takes the target (printed once, at the end of the
    second panel) for every month of its row, and the RAG for the row's
    latest month: January, or December for the ASB measure.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Sandwell Council \u2013 Housing and Neighbourhoods monthly performance 2024/25",
    )
    sheet["A2"] = "Position at the end of January 2025"
    exp = Expected([])
    top = 4
    bottom = top + len(ROWS) + 4
    put_row(sheet, top, 1, _panel(FIRST, ()), bold=True)
    sheet.cell(
        row=bottom - 2, column=1, value="Monthly performance 2024/25 (continued)"
    ).font = Font(bold=True, italic=True)
    put_row(sheet, bottom, 1, _panel(SECOND, ("Target", "RAG")), bold=True)
    for col in range(3, 9):
        sheet.cell(row=top, column=col).number_format = "mmm-yy"
        sheet.cell(row=bottom, column=col).number_format = "mmm-yy"
    for i, (ref, name, values, target, rag) in enumerate(ROWS):
        months = cast(tuple[object, ...], values)
        put_row(sheet, top + 1 + i, 1, [ref, name, *months[:6]])
        put_row(sheet, bottom + 1 + i, 1, [ref, name, *months[6:], target, rag])
        exp.observations += observed(
            str(ref), str(name), LABELS, months, float(str(target)), RAG[str(rag)]
        )
    sheet.row_breaks.append(Break(id=bottom - 3))
    sheet.cell(row=bottom + len(ROWS) + 2, column=1, value="RAG for the latest month reported: "
               "G on or better than target, A within 5%, R more than 5% off target.")  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
