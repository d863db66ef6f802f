"""A weekly operational dashboard with 'w/c 02/09/24' column headings beside a month column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Weekly Dashboard"
HEAD_ROW = 5
MONTH = "Aug 2024"
MONTH_COL = 4  # D
FIRST_WEEK_COL = 5  # E
WEEKS = (
    dt.date(2024, 9, 2),
    dt.date(2024, 9, 9),
    dt.date(2024, 9, 16),
    dt.date(2024, 9, 23),
    dt.date(2024, 9, 30),
)
TEXT_WEEKS = 3  # the first three headings were typed; the last two are dates shown as 'w/c'
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")

# A 1-tuple is a service row. Otherwise: ref, measure, unit, Aug 2024, five weeks (None blank),
# target, RAG letter on the latest week, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Contact Centre",),
    ("CC01", "Calls offered", "No.", 14892, (3611, 3954, 3402, 3288, 3517), None, None,
     "Demand; no target."),
    ("CC02", "Calls answered (%)", "%", 88.4, (84.1, 79.6, 90.2, 91.5, 89.8), 90.0, "A",
     "Council tax reminder letters w/c 09/09."),
    ("CC03", "Average speed of answer (seconds)", "Secs", 142, (171, 236, 118, 97, 124), 120, "A",
     None),
    ("CC04", "Calls abandoned (%)", "%", 11.6, (15.9, 20.4, 9.8, 8.5, 10.2), 10.0, "A", None),
    ("CC05", "Emails responded to within 5 working days (%)", "%", 93.1,
     (95.0, 88.7, 91.2, "n/a", 94.6), 95.0, "A", "Email system outage 23-25 Sept."),
    ("Housing Repairs",),
    ("HR01", "Repairs raised", "No.", 4210, (1002, 1087, 968, 1031, 994), None, None, None),
    ("HR02", "Emergency repairs attended within 24 hours (%)", "%", 98.9,
     (100.0, 99.2, 97.6, 100.0, 98.8), 99.0, "A", None),
    ("HR03", "Urgent repairs completed within 5 working days (%)", "%", 91.4,
     (93.3, 90.1, 94.8, 95.6, 96.2), 95.0, "G", None),
    ("HR04", "Appointments made and kept (%)", "%", 95.2, (96.0, 94.7, 95.8, 97.1, 96.5), 95.0,
     "G", None),
    ("HR05", "Damp and mould cases inspected within 10 working days (%)", "%", 78.6,
     (81.0, 85.7, None, 88.2, 90.9), 90.0, "G", "Week of 16/09 not extracted (surveyor leave)."),
    ("HR06", "Open repairs over 28 days old", "No.", 612, (598, 604, 587, 571, 566), None, None,
     "Backlog monitored weekly by the repairs board."),
    ("Voids and Lettings",),
    ("VL01", "Average re-let time for standard voids (days)", "Days", 38.2,
     (41.0, 36.5, 44.2, 35.8, 39.1), 35.0, "R", "Two long-term voids let w/c 30/09."),
    ("VL02", "Void properties at end of week", "No.", 87, (85, 83, 86, 80, 78), None, None, None),
    ("VL03", "Offers accepted at first offer (%)", "%", 72.0, (66.7, 80.0, 75.0, 60.0, 71.4), 75.0,
     "A", "Small numbers each week."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing-owning district council's weekly operational dashboard sent to scrutiny.

    Housing management and customer services teams keep a weekly dashboard
    (often a Power BI or Excel export) that a scrutiny officer appends to a
    Housing Scrutiny Panel pack: title 'Housing and Customer Services \u2013
    Weekly Performance Dashboard', Ref, Measure, Unit, the last month's
    figure 'Aug 2024', then week columns headed 'w/c 02/09/24', 'w/c
    09/09/24', 'w/c 16/09/24' (typed text) and two more that are real dates
    shown as 'w/c 23/09/24' and 'w/c 30/09/24' by a number format, then
    'Target', a filled G/A/R 'RAG (latest week)' and Comments, under shaded
    service rows. Demand counts have no target or RAG.

    CONTRACT.md has no label for a week: 'w/c 30/09/24' runs into October,
    and no week is a month, quarter or year. A careful reader would not
    fold weeks into months; they would hold the file for review at the
    week headings that carry figures and ask how weekly figures should be
    kept. What the reader can take with confidence is each measure's Aug
    2024 figure, with the row's single Target (every targeted measure is a
    rate, time or average, so the target applies to the month as to the
    weeks); the RAG is headed as the latest week's, so it is not the
    month's. Percentages are plain numbers of points; units are in the
    Unit column (No., %, Secs, Days).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Housing and Customer Services \u2013 Weekly Performance Dashboard")
    sheet["A2"] = "Housing Scrutiny Panel, 15 October 2024 \u2013 weeks to Sunday 6 October 2024"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Weeks run Monday to Sunday. Percentages shown as numbers (e.g. 88.4 = 88.4%)."
    sheet["A3"].font = Font(size=9)
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Measure", "Unit", MONTH])
    for k, week in enumerate(WEEKS):
        cell = sheet.cell(row=HEAD_ROW, column=FIRST_WEEK_COL + k)
        if k < TEXT_WEEKS:
            cell.value = f"w/c {week:%d/%m/%y}"
        else:
            cell.value = week
            cell.number_format = '"w/c "dd/mm/yy'
    target_col = FIRST_WEEK_COL + len(WEEKS)
    put_row(sheet, HEAD_ROW, target_col, ["Target", "RAG (latest week)", "Comments"])
    last_col = target_col + 2
    for col in range(1, last_col + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    unit_of = {"No.": "number", "%": "%", "Secs": "seconds", "Days": "days"}
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, last_col + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, month, weeks, target, rag, comment = spec
        assert isinstance(weeks, tuple) and len(weeks) == len(WEEKS)
        put_row(sheet, row, 1, [ref, name, unit, month, *weeks, target, rag, comment])
        for col in range(MONTH_COL, target_col + 1):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if unit == "No.":
                cell.number_format = "#,##0"
        if rag:
            fill(sheet, f"{get_column_letter(target_col + 1)}{row}", RAG_FILL[str(rag)])
        exp.observations.append(
            Obs(str(ref), str(name), MONTH, num(month), text_of(month), num(target))
        )
        exp.add_meta(str(ref), str(name), None, unit_of[str(unit)])
        row += 1
    notes = (
        "RAG is for the latest week shown. G: target met; A: within 10% of target; R: more than "
        "10% away.",
        "Aug 2024 is the whole calendar month.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 52
    for col in range(MONTH_COL, target_col + 2):
        sheet.column_dimensions[get_column_letter(col)].width = 12
    sheet.column_dimensions[get_column_letter(last_col)].width = 42
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    exp.status = "needs_review"
    exp.review_cells = [
        f"{SHEET}!{get_column_letter(FIRST_WEEK_COL + k)}{HEAD_ROW}" for k in range(len(WEEKS))
    ]
    save(book, path)
    return exp
