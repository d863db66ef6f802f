"""Counts in an accounting number format that shows a zero as '-', beside blank cells and '-' typed as text."""

from __future__ import annotations

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

SHEET = "Housing Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
COUNT = '_-* #,##0_-;-* #,##0_-;_-* "-"??_-;_-@_-'
POUNDS = '_-\u00a3* #,##0_-;-\u00a3* #,##0_-;_-\u00a3* "-"??_-;_-@_-'
PERCENT = "0.0%"
FORMAT = {"count": COUNT, "money": POUNDS, "pct": PERCENT}

# ref, indicator, kind, Q1, Q2, Q3, target, RAG (Q3); zeros are real zeros (shown '-'),
# '-' strings were typed by hand, None is a blank cell
ROWS: tuple[tuple[object, ...], ...] = (
    ("HOS01", "Households approaching the council for housing advice", "count", 412, 388, 451, "-", None),
    ("HOS02", "Homelessness cases where accommodation was secured at the prevention stage", "count", 61, 58, 67, 60, "G"),
    ("HOS03", "Households in temporary accommodation on the last day of the quarter", "count", 23, 27, 31, 25, "R"),
    ("HOS04", "Families with children in bed and breakfast for more than six weeks", "count", 0, 1, 0, 0, "G"),
    ("HOS05", "16 and 17 year olds placed in bed and breakfast", "count", 0, 0, 0, 0, "G"),
    ("HOS06", "People found sleeping rough on the quarterly street count", "count", 3, 0, 2, None, None),
    ("HOS07", "Homelessness decisions issued within 56 days", "pct", 0.872, 0.905, 0.889, 0.9, "A"),
    ("HOS08", "Reviews of homelessness decisions where the original decision was overturned", "pct", "-", 0.5, "-", None, None),
    ("HOS09", "Spend on bed and breakfast accommodation", "money", 18450, 0, 9720, None, None),
    ("HOS10", "Disabled facilities grant adaptations completed", "count", 14, 9, None, 12, None),
    ("HOS11", "Long-term empty homes brought back into use", "count", 2, 0, 0, 2, "R"),
)  # fmt: skip


def _reading(kind: str, value: object) -> object:
    """What a reader takes from a cell: percentages in points, the rest as written."""
    if kind == "pct" and isinstance(value, float):
        return round(value * 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly housing and homelessness return.

    The sheet is kept by the housing team's business support officer, who
    formats the figure columns with Excel's Accounting style (the comma
    button), which shows a zero as a dash: a quarter with no families in bed
    and breakfast shows '-', and so does a nil spend or a target of nil. In
    the same columns a few cells really hold a dash typed as text: on the
    review measure, a percentage, there were no reviews in Q1 or Q3, so
    there is nothing to work a percentage from; the count of approaches for
    advice, monitored without a target, has '-' typed in its Target cell
    (other rows with no target leave it empty). The disabled facilities
    grant figure for Q3 was not yet in and its cell is simply empty. A note
    under the table says a '-' shows a nil return.

    A careful reader takes every cell that holds a zero as 0 (the note
    agrees: nil), including the nil targets; a '-' typed on the percentage
    row as what it says, no figure (a nil return has no percentage); the
    typed '-' target of the advice count as no target (a nil target for
    approaches would mean nothing); the blank Q3 cell as no observation (so
    that row's latest figure is Q2, and it has no rating). Percentages are
    in points; the RAG belongs to Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tewkesbury Borough Council")
    sheet["A2"] = (
        "Housing Services \u2013 Quarterly Performance Return 2024/25 (to 31 December 2024)"
    )
    put_row(sheet, 4, 1, ["Ref", "Indicator", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, kind, q1, q2, q3, target, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, rag])
        for col in range(3, 7):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = FORMAT[str(kind)]
            if isinstance(cell.value, str):
                cell.alignment = Alignment(horizontal="right")
        if rag is not None:
            fill(sheet, f"G{row}", FILLS[str(rag)])
            sheet[f"G{row}"].alignment = Alignment(horizontal="center")
        values = [_reading(str(kind), v) for v in (q1, q2, q3)]
        goal = _reading(str(kind), target)
        number = float(goal) if isinstance(goal, int | float) else None
        status = RAG[str(rag)] if rag is not None else None
        exp.observations += observed(str(ref), str(name), QUARTERS, values, number, status)
    foot = 5 + len(ROWS) + 1
    notes = (
        "Note: a '-' shows a nil return for the quarter.",
        "HOS08: no reviews were requested in Q1 or Q3.",
        "HOS10: Q3 completions not yet received from the home improvement agency.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 13
    save(book, path)
    return exp
