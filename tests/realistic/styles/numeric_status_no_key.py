"""Doubtful: a 'Status' column coded 1, 2, 3 (and one 4) with no key anywhere in the workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, new_book, observed, put_row, save, title

SHEET = "Corporate PIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFE7E6E6", end_color="FFE7E6E6")
THIN = Side(style="thin", color="FF999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 4
FIRST = HEADER_ROW + 1

# PI ref, performance indicator, Q1, Q2, target 2024/25, status, responsible officer
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Household waste sent for reuse, recycling and composting (%)", 52.4, 54.1, 52.0, 1,
     "Waste and Recycling Manager"),
    ("CP02", "Residual household waste per household (kg)", 98.6, 101.2, 100.0, 2,
     "Waste and Recycling Manager"),
    ("CP03", "Missed bin collections per 100,000 collections", 41, 57, 50, 3,
     "Waste and Recycling Manager"),
    ("CP04", "Fly-tipping incidents removed within 5 working days (%)", 93.0, 95.5, 95.0, 1,
     "Environmental Protection Lead"),
    ("CP05", "Major planning applications determined within 13 weeks or agreed time (%)", 100.0,
     75.0, 60.0, 1, "Head of Planning"),
    ("CP06", "Minor planning applications determined within 8 weeks or agreed time (%)", 68.2,
     71.4, 70.0, 2, "Head of Planning"),
    ("CP07", "Council tax collected in year (%, cumulative)", 29.6, 57.3, 97.5, 2,
     "Revenues and Benefits Manager"),
    ("CP08", "Business rates collected in year (%, cumulative)", 31.2, 59.8, 98.0, 2,
     "Revenues and Benefits Manager"),
    ("CP09", "Average days to process new Housing Benefit claims", 22.4, 19.1, 20.0, 1,
     "Revenues and Benefits Manager"),
    ("CP10", "Working days lost to sickness absence per FTE (rolling 12 months)", 8.9, 9.6, 8.5, 3,
     "HR Manager"),
    ("CP11", "Households whose homelessness was prevented or relieved", 43, 38, None, 4,
     "Housing Options Manager"),
    ("CP12", "Stage 1 complaints answered within 10 working days (%)", 79.3, 72.6, 90.0, 3,
     "Customer Services Manager"),
    ("CP13", "Visits to council leisure centres", 121480, 118902, 120000, 2,
     "Leisure Contract Manager"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a small district council's quarterly corporate PI sheet with a numbered status.

    Some district councils' spreadsheets, kept by hand and sorted or
    counted with filters, code the status as a number. This one has a
    'Status' column of 1, 2 and 3, and a 4 on the one indicator with no
    target, but nothing in the workbook says what the numbers mean: no key
    under the table, no legend, no colours, no second sheet. Quarters Q1
    and Q2 2024/25, 'Target 2024/25', a responsible officer per row.

    A careful reader cannot tell whether 1 is green (target met) or red
    (the worst), whether the numbers rate performance at all (they could
    be a direction of travel, 1 improving, or a priority for scrutiny), or
    what 4 is (blue for complete? no target? not rated?). The figures do
    not settle it: CP06 beats its target and is 2, CP02 misses its target
    by about 1% and is 2 as well, and the polarity of several measures is not
    stated. The file goes to review at the Status column (its first cell,
    F5). Once settled, the observations are Q1 and Q2 with the 2024/25
    target, listed here without ratings since none can be read; CP11 has
    no target. The status numbers are not figures.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Torridge District Council \u2013 Corporate Performance Indicators 2024/25")
    sheet["A2"] = "Quarter 2 (July to September 2024). For Overview and Scrutiny, 19 November 2024."
    sheet["A2"].font = Font(italic=True)
    header = ["PI ref", "Performance indicator", *QUARTERS, "Target 2024/25", "Status",
              "Responsible officer"]  # fmt: skip
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([], status="needs_review", review_cells=[f"{SHEET}!F{FIRST}"])
    for i, (ref, name, q1, q2, target, status, officer) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, q1, q2, target, status, officer])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, 6):
            value = sheet.cell(row=row, column=col).value
            sheet.cell(row=row, column=col).number_format = (
                "0.0" if isinstance(value, float) else "#,##0"
            )
        sheet.cell(row=row, column=6).alignment = Alignment(horizontal="center")
        goal = float(str(target)) if target is not None else None
        exp.observations += observed(str(ref), str(name), QUARTERS, (q1, q2), goal)
    foot = FIRST + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Council tax and business rates collection are cumulative for the year to date. "
        "Figures for CP11 are counts in the quarter.",
    ).font = Font(size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Compiled by the Performance and Improvement Officer from service returns.",
    ).font = Font(size=9)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 66
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 12
    sheet.column_dimensions["F"].width = 8
    sheet.column_dimensions["G"].width = 30
    save(book, path)
    return exp
