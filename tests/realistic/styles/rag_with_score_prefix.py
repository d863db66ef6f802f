"""Status cells written as a performance system's score and word: '3 - Green', '1 - Red', '0 - Not rated'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "Performance Report"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag | None] = {
    "3 - Green": "green",
    "3-Green": "green",
    "2 - Amber": "amber",
    "2 \u2013 Amber": "amber",
    "1 - Red": "red",
    "0 - Not rated": None,
    "N/A - Data only": None,
}
SCORE_FILL = {"green": GREEN_FILL, "amber": AMBER_FILL, "red": RED_FILL}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF002060", end_color="FF002060")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a directorate row. Otherwise: PI code, PI name, unit, Q1, Q2, Q3, target,
# performance score, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("Neighbourhoods Directorate",),
    ("NBH-001", "Household waste recycled, reused or composted", "%", 51.3, 52.8, 48.7, 50,
     "2 - Amber", "Garden waste tonnage down with the dry autumn."),
    ("NBH-002", "Missed bin collections per 100,000 collections", "Number", 42, 39, 47, 50,
     "3 - Green", None),
    ("NBH-003", "Abandoned vehicles removed within 5 working days", "%", 81.0, 76.5, 70.2, 90,
     "1 - Red", "Contractor capacity; new framework from April."),
    ("NBH-004", "Fly-tipping incidents reported", "Number", 683, 712, 598, None,
     "N/A - Data only", None),
    ("NBH-005", "Parks with Green Flag status", "Number", 6, 6, 6, 6, "3-Green", None),
    ("Housing and Regeneration Directorate",),
    ("HRD-010", "Average days to re-let council homes", "Days", 39.6, 35.2, 33.8, 30,
     "1 - Red", "Improving; 14 long-term voids let in Q3."),
    ("HRD-011", "Homelessness cases prevented or relieved", "%", 58.2, 61.7, 63.0, 60,
     "3 - Green", None),
    ("HRD-012", "Council homes meeting the Decent Homes Standard", "%", 88.4, 89.1, 89.9, 90,
     "2 \u2013 Amber", None),
    ("HRD-013", "Major planning applications decided in 13 weeks or agreed time", "%", 90.0,
     "n/a", 84.6, 85, "2 - Amber", "Q2 figure withheld pending DLUHC recount."),
    ("HRD-014", "New affordable homes started on site", "Number", 12, 31, None, 80,
     "0 - Not rated", "Q3 returns from housing associations awaited."),
    ("Resources Directorate",),
    ("RES-020", "Council tax collected in year", "%", 29.4, 56.9, 83.6, 84.0, "2 - Amber",
     None),
    ("RES-021", "Sundry debt over 90 days", "\u00a3", 612450, 588130, 541900, 500000,
     "1 - Red", "Two disputed commercial invoices account for \u00a3118k."),
    ("RES-022", "Average working days lost to sickness per FTE", "Days", 2.4, 2.2, 2.9, 2.5,
     "1 - Red", None),
    ("RES-023", "Telephone calls answered", "%", 89.8, 91.2, 90.4, 90, "3 - Green", None),
    ("RES-024", "Employee engagement index", "%", None, None, 68.0, None, "0 - Not rated",
     "Baseline year for the new staff survey."),
)  # fmt: skip

KEY = (
    "Performance score key:",
    "3 - Green: on or better than target",
    "2 - Amber: below target but within tolerance (10%)",
    "1 - Red: below target and outside tolerance",
    "0 - Not rated: no figure for the quarter or baseline year",
    "N/A - Data only: contextual measure, no target",
)


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly report exported from its performance system.

    A metropolitan borough's quarterly performance report to its Overview
    and Scrutiny Management Commission, saved from a performance
    management system that scores each PI 0-3: PI Code, PI Name, Unit
    (%, Number, Days, \u00a3), Q1-Q3 2024/25, 'Target 2024/25',
    'Performance score' cells holding the score and its word ('3 -
    Green', '2 - Amber', '1 - Red', '0 - Not rated', 'N/A - Data only'),
    filled in their colours, and commentary under directorate rows. Rough
    edges from hand corrections: one '3-Green' without spaces and one '2
    \u2013 Amber' with an en dash. A key below the table explains the
    scores.

    A careful reader takes the word after the score as the RAG for the
    latest quarter given, and '0 - Not rated' and 'N/A - Data only' as no
    rating. Affordable homes has no Q3 figure and is not rated; the staff
    survey has only Q3; planning Q2 is 'n/a'. Units from the Unit column;
    no polarity stated. The target applies to every quarter.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Management Commission \u2013 13 February 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Source: performance management system, report run 27/01/2025"
    sheet["A3"].font = Font(size=9, color="FF595959")
    heads = ["PI Code", "PI Name", "Unit", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
             "Target 2024/25", "Performance score", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, unit, q1, q2, q3, target, score, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if unit == "\u00a3":
                cell.number_format = "\u00a3#,##0"
            elif unit == "Number":
                cell.number_format = "#,##0"
        rag = RAG[str(score)]
        if rag:
            fill(sheet, f"H{row}", SCORE_FILL[rag])
        else:
            sheet[f"H{row}"].fill = GREY
        goal = float(target) if isinstance(target, int | float) else None
        code_s, label = str(code), str(name)
        exp.observations += observed(code_s, label, PERIODS, (q1, q2, q3), goal, rag)
        exp.add_meta(code_s, label, None, UNIT[str(unit)])
        row += 1
    for j, line in enumerate(KEY, start=row + 2):
        sheet.cell(row=j, column=2, value=line).font = Font(size=9, bold=(j == row + 2))
    widths = {"A": 10, "B": 58, "C": 8, "G": 10, "H": 16, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
