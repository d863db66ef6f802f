"""Monthly columns headed 'Apr'..'Mar' with no year; the financial year is only in the title ('2024/25')."""

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

SHEET = "Monthly PIs"
MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")
PERIODS = tuple(f"{m} {2025 if m in ('Jan', 'Feb', 'Mar') else 2024}" for m in MONTHS)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
NA = "n/a"

# PI, measure, target, Apr..Feb (March not yet reported), status (February)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS01", "Telephone calls answered by the Customer Service Centre (%)", 85.0,
     (88.2, 86.9, 84.1, 79.6, 81.3, 85.7, 87.4, 83.0, 89.1, 76.8, 82.5), "A"),
    ("CS02", "Average time to answer a call (seconds)", 120,
     (96, 104, 131, 188, 162, 117, 99, 142, 88, 214, 151), "R"),
    ("CS03", "Online forms completed within 5 working days (%)", 90.0,
     (93.4, 91.8, 92.6, 90.2, 88.7, 91.1, 94.0, 92.3, 90.9, 89.4, 92.8), "G"),
    ("RB01", "Average days to process new Housing Benefit claims", 20,
     (22.4, 19.8, 18.6, 21.1, 23.7, 19.2, 17.9, 18.4, 16.8, 24.6, 21.0), "A"),
    ("RB02", "Average days to process Housing Benefit change events", 8,
     (9.6, 7.4, 6.9, 8.8, 10.2, 7.1, 6.5, 7.7, 5.9, 11.4, 7.8), "G"),
    ("RB03", "Council tax collected in year, cumulative (%)", None,
     (10.9, 20.1, 29.3, 38.6, 47.8, 57.0, 66.2, 75.4, 84.3, 93.1, 96.2), None),
    ("RB04", "Business rates collected in year, cumulative (%)", None,
     (11.6, 20.8, 30.4, 39.9, 49.2, 58.8, 68.1, 76.9, 85.6, 94.0, 97.4), None),
    ("CS04", "Stage 1 complaints answered within 10 working days (%)", 90.0,
     (86.0, 91.3, 88.9, 94.1, None, 92.0, 85.7, 90.5, 87.5, 81.8, 84.6), "R"),
    ("CS05", "Stage 2 complaints answered within 20 working days (%)", 100.0,
     (100.0, 66.7, 100.0, NA, 100.0, 50.0, 100.0, 100.0, NA, 100.0, 100.0), "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's monthly customer and revenues performance sheet.

    Monthly trackers kept through the financial year are often headed with
    the bare month names, 'Apr' to 'Mar', the year appearing only in the
    title ('Monthly Performance Indicators 2024/25'); the March column waits
    empty for the next update. Here the sheet stands at February with a G/A/R
    status for the latest month, a key under the table, 'n/a' in the months
    with no stage 2 complaint to answer, and an August figure missing after
    a case-system outage. The cumulative collection rates have no target.

    A careful reader places April to December in 2024 and January to March
    in 2025, the financial year named in the title. Each month is an
    observation with the row's target; the status rates February, the
    latest month reported; 'n/a' is kept as text; blank months are not
    observations.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Dacorum Borough Council")
    sheet["A2"] = "Customer Services and Revenues \u2013 Monthly Performance Indicators 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Position at the end of February; March figures to follow."
    header = ["PI", "Measure", "Target", *MONTHS, "Status"]
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(3, len(header) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    status_col = len(header)
    for i, (pi, name, target, values, status) in enumerate(ROWS):
        assert isinstance(values, tuple)
        r = 6 + i
        put_row(sheet, r, 1, [pi, name, target, *values])
        for c in range(4, 4 + len(values)):
            if sheet.cell(row=r, column=c).value == NA:
                sheet.cell(row=r, column=c).alignment = Alignment(horizontal="right")
        if status is not None:
            sheet.cell(row=r, column=status_col, value=status).alignment = Alignment(
                horizontal="center"
            )
            fill(sheet, sheet.cell(row=r, column=status_col).coordinate, RAG_FILL[str(status)])
        goal = None if target is None else float(str(target))
        rag = RAG[str(status)] if status is not None else None
        exp.observations += observed(str(pi), str(name), PERIODS[: len(values)], values, goal, rag)
    foot = 6 + len(ROWS) + 1
    notes = (
        "Status is for the latest month: G on or better than target; A within 5% of target; "
        "R more than 5% from target.",
        "n/a: no stage 2 complaints due a response in the month. CS04 August not available "
        "following the case management system outage.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
