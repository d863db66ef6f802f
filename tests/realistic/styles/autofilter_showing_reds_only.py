"""A quarterly scorecard saved with its AutoFilter left on the status column, showing only the Red rows."""

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

SHEET = "Q3 performance"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
STATUS_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}

# measure id, measure, service, Q1, Q2, Q3, target 2024/25, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PE-101", "Highway defects made safe within the response time", "Highways", 94.2, 91.8, 86.5, 95, "Red"),
    ("PE-102", "Street lighting faults repaired within 7 days", "Highways", 88.0, 90.4, 92.1, 90, "Green"),
    ("PE-103", "Principal roads where maintenance should be considered (%)", "Highways", None, 4.0, 4.0, 4, "Green"),
    ("PE-110", "Household waste reused, recycled or composted (%)", "Waste", 41.3, 39.8, 35.2, 40, "Red"),
    ("PE-111", "Bins missed per 100,000 collections", "Waste", 61, 58, 73, 60, "Red"),
    ("PE-112", "Fly-tipping incidents removed within 5 working days (%)", "Waste", 96.4, 97.0, 95.5, 95, "Green"),
    ("PE-120", "Minor planning applications determined in time (%)", "Planning", 79.5, 82.2, 84.0, 85, "Amber"),
    ("PE-121", "Householder planning appeals allowed (%)", "Planning", 31.0, 28.6, 25.0, 30, "Green"),
    ("PE-130", "Food premises rated 4 or 5 for hygiene (%)", "Public protection", 93.1, 93.4, 92.8, 95, "Amber"),
    ("PE-131", "Licensing applications processed within 28 days (%)", "Public protection", 72.0, 68.5, 61.9, 90, "Red"),
    ("PE-140", "Visits to country parks", "Countryside", 186400, 241950, 118230, 150000, "Red"),
    ("PE-141", "Public rights of way open and easy to use (%)", "Countryside", 87.0, 87.5, 88.2, 88, "Green"),
)  # fmt: skip

HEADER = (
    "Measure ID",
    "Measure",
    "Service",
    *QUARTERS,
    "Target 2024/25",
    "Status",
)
FIRST = 5  # the heading row; data from FIRST + 1


def build(path: Path) -> Expected:
    """Imitates a county council's place and environment quarterly scorecard, saved filtered.

    The performance officer filtered the Status column to 'Red' to pick out
    the exceptions for the portfolio holder's briefing and saved the workbook
    that way before it went to the scrutiny committee: the AutoFilter arrows
    sit on the heading row, the filter on Status keeps 'Red', and every
    Amber and Green row is hidden by it. Nothing was deleted: each hidden row
    still holds its three quarters, the 2024/25 target and its status, and
    clearing the filter shows all twelve measures. One measure (the
    principal road condition survey) had no Q1 figure.

    A careful reader takes every row, hidden or shown, as the scorecard: the
    filter is a view, not a selection of what was reported. The target
    applies to each 2024/25 quarter and the Status word rates Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Northumberland County Council - Place and Environment")
    sheet["A2"] = "Quarterly performance report, Quarter 3 2024/25 (October to December 2024)"
    sheet["A3"] = "Communities and Place Overview and Scrutiny Committee, 5 February 2025"
    put_row(sheet, FIRST, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        sheet.cell(row=FIRST, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (ref, name, service, q1, q2, q3, target, status) in enumerate(ROWS):
        r = FIRST + 1 + i
        put_row(sheet, r, 1, [ref, name, service, q1, q2, q3, target, status])
        fill(sheet, f"H{r}", STATUS_FILL[str(status)])
        if status != "Red":
            sheet.row_dimensions[r].hidden = True
        if isinstance(q3, int) and q3 > 1000:
            for letter in "DEFG":
                sheet[f"{letter}{r}"].number_format = "#,##0"
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), STATUS[str(status)]
        )
    last = FIRST + len(ROWS)
    sheet.auto_filter.ref = f"A{FIRST}:H{last}"
    sheet.auto_filter.add_filter_column(7, ["Red"])
    note = sheet.cell(
        row=last + 2,
        column=1,
        value="Status compares Quarter 3 with the 2024/25 target. Sources: service "
        "performance returns; DEFRA WasteDataFlow; FSA food hygiene ratings.",
    )
    note.font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["C"].width = 18
    sheet.freeze_panes = f"C{FIRST + 1}"
    save(book, path)
    return exp
