"""Monthly columns headed with an apostrophe year: "Apr '24", "Nov'24", "Sep \u201924" ... "Mar '25"."""

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

SHEET = "Street Scene KPIs"
# The headings as typed: most with a space before the apostrophe, two without, one with the
# curly apostrophe Word puts in when the row was pasted from the committee report.
HEADINGS = (
    "Apr '24", "May '24", "Jun '24", "Jul '24", "Aug '24", "Sep \u201924",
    "Oct '24", "Nov'24", "Dec'24", "Jan '25", "Feb '25", "Mar '25",
)  # fmt: skip
PERIODS = (
    "Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
    "Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025",
)  # fmt: skip
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
FIRST_ROW = 5

# KPI, description, Apr..Jan (Feb and Mar not yet in), target, RAG for the latest month reported
ROWS: tuple[tuple[object, ...], ...] = (
    ("WS01", "Missed bin collections per 100,000 collections",
     (62, 58, 71, 66, 54, 49, 57, 63, 88, 74), 60, "R"),
    ("WS02", "Household waste sent for reuse, recycling and composting (%)",
     (54.1, 55.8, 56.2, 53.9, 52.7, 51.4, 49.8, 46.2, 41.5, 43.0), 50, "R"),
    ("WS03", "Fly-tips cleared within two working days of being reported (%)",
     (92.4, 94.1, 90.8, 95.0, 96.2, 93.3, 91.7, 89.9, 94.6, 95.3), 95, "G"),
    ("WS04", "Fly-tipping incidents reported",
     (211, 236, 248, 262, 240, 219, 205, 188, 171, 183), None, None),
    ("WS05", "Relevant land below grade B for litter at survey (%) - surveyed Jul, Nov and Mar",
     (None, None, None, 6.8, None, None, None, 8.1, None, None), 8, "A"),
    ("WS06", "Abandoned vehicle reports investigated within 5 working days (%)",
     (100, 97.6, 100, 95.2, 100, 100, 93.8, 100, 96.0, 100), 95, "G"),
    ("WS07", "Garden waste subscriptions held (running total)",
     (21480, 22105, 22390, 22512, 22570, 22601, 22615, 22620, 22622, 22631), None, None),
    ("WS08", "Bulky waste collections made on the booked day (%)",
     (98.2, 97.5, 99.0, 96.8, "No data", 97.9, 98.4, 99.1, 97.0, 98.8), 97, "G"),
    ("WS09", "Complaints received about waste and recycling collections",
     (48, 41, 39, 52, 44, 37, 46, 58, 71, 63), 45, "R"),
    ("WS10", "Refuse fleet available for service (%)",
     (91.0, 93.5, 94.2, 92.8, 90.1, 95.5, 96.0, 93.7, 89.4, 92.2), 95, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's monthly waste and street scene KPI tracker.

    The operational services team keeps one tracker for the year with a
    column for every month, headed the way it is typed in Excel without
    the software turning it into a date: "Apr '24", "May '24" ... "Mar '25".
    The headings were typed by more than one person: 'Nov'24' and 'Dec'24'
    have no space, and 'Sep \u201924' came in with a curly apostrophe when the
    row was copied back from the committee report. The tracker was saved
    after the January figures went in, so the February and March columns
    are empty. The litter survey is run three times a year, so that row
    has July and November figures only; the bulky waste booking system was
    being replaced in August ('No data'). The single Target column is the
    monthly standard, and the RAG compares the latest month with it.

    A careful reader takes each heading as that month (an apostrophe year
    is the year in two digits), a blank month as no figure, 'No data' as
    text, the target against every month of its row, and the RAG as the
    latest month's the row reports: January, or November for the litter
    survey.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tendring District Council \u2013 Waste & Street Scene KPI tracker 2024/25")
    sheet["A2"] = (
        "Data to the end of January 2025. February and March are added after each month-end close."
    )
    sheet["A2"].font = Font(italic=True)
    header = ["KPI", "Description", *HEADINGS, "Target", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(3, 3 + len(HEADINGS) + 2):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center")
    rag_col = 3 + len(HEADINGS) + 1
    exp = Expected([])
    for i, (code, name, months, target, rag) in enumerate(ROWS):
        row = FIRST_ROW + i
        assert isinstance(months, tuple)
        values = list(months) + [None] * (len(HEADINGS) - len(months))
        put_row(sheet, row, 1, [code, name, *values, target, rag])
        if rag is not None:
            cell = sheet.cell(row=row, column=rag_col)
            fill(sheet, cell.coordinate, FILLS[str(rag)])
            cell.alignment = Alignment(horizontal="center")
        goal = None if target is None else float(str(target))
        exp.observations += observed(
            str(code), str(name), PERIODS, values, goal, None if rag is None else RAG[str(rag)]
        )
    foot = FIRST_ROW + len(ROWS) + 1
    lines = (
        "RAG: G = target met; A = within 10% of target; R = more than 10% away from target.",
        "Targets are the monthly service standard in the Operational Services plan 2024-25.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 64
    sheet.freeze_panes = "C5"
    save(book, path)
    return exp
