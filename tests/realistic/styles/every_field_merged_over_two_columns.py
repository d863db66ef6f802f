"""A scorecard laid out for printing in which every heading and every cell is two columns merged."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    observed,
    save,
)

SHEET = "Scorecard"
BANNER_ROW = 5
SUB_ROW = 6
FIRST = SUB_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
SECTION = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NCOL = 18  # nine fields, two columns each: A:B code ... Q:R commentary

# A 1-tuple is a portfolio row. Otherwise: code, indicator, Q1, Q2, Q3, Q4, target, RAG, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("Portfolio: Communities and Housing",),
    ("CH01", "Households prevented from becoming homeless", 64, 71, 58, None, 60, "Amber",
     "Two caseworker vacancies filled in December."),
    ("CH02", "Households in temporary accommodation at quarter end", 118, 126, 131, None, 110,
     "Red", "Demand up 14% on last year; new leased units from March."),
    ("CH03", "Average days to re-let council homes (key to key)", 34.2, 29.8, 27.5, None, 28,
     "Green", None),
    ("CH04", "Disabled Facilities Grant adaptations completed", 41, 38, "n/a", None, 160, None,
     "Q3 figure being validated with the home improvement agency."),
    ("CH05", "Affordable homes delivered (cumulative)", 22, 57, 96, None, 150, "Amber", None),
    ("Portfolio: Environment and Place",),
    ("EP01", "Household waste reused, recycled or composted (%)", 52.4, 54.1, 49.8, None, 53,
     "Amber", "Seasonal fall in garden waste."),
    ("EP02", "Missed bin collections per 100,000 collections", 38, 45, 41, None, 50, "Green",
     None),
    ("EP03", "Fly-tipping incidents removed within 2 working days (%)", 91.6, 93.0, 95.2, None,
     95, "Green", None),
    ("EP04", "Major planning applications determined in 13 weeks or agreed time (%)", 100.0,
     87.5, 76.9, None, 85, "Red", "Three complex schemes decided after the agreed time."),
    ("EP05", "Street lights repaired within 7 days (%)", 88.0, None, 92.3, None, 90, "Green",
     "Q2 contractor data not supplied."),
    ("Portfolio: Resources",),
    ("RS01", "Council tax collected (%)", 29.6, 57.4, 84.9, None, 97.2, "Green", None),
    ("RS02", "Business rates collected (%)", 31.2, 58.0, 83.1, None, 98.0, "Amber", None),
    ("RS03", "Average days sickness absence per FTE (rolling 12 months)", 9.8, 10.1, 10.6, None,
     8.5, "Red", "Musculoskeletal absence in waste crews."),
    ("RS04", "Invoices paid within 30 days (%)", 96.1, 97.4, 96.8, None, 95, "Green", None),
    ("RS05", "Stage 1 complaints responded to within 10 working days (%)", "Not available",
     82.0, 85.7, None, None, None, "New case system; no target until 2025/26."),
)  # fmt: skip


def _pair(sheet: Worksheet, row: int, field: int, value: object, rows: int = 1) -> str:
    """Write value into the left cell of field's two columns and merge them (and rows more)."""
    left = 1 + 2 * field
    first = f"{get_column_letter(left)}{row}"
    last = f"{get_column_letter(left + 1)}{row + rows - 1}"
    cell = sheet.cell(row=row, column=left)
    if value is not None:
        cell.value = value
    sheet.merge_cells(f"{first}:{last}")
    for r in range(row, row + rows):
        for c in (left, left + 1):
            sheet.cell(row=r, column=c).border = BOX
    return first


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard built as a print layout in Excel.

    The kind of 'performance clinic' sheet a district's policy officer
    lays out to print on A3 for the Overview and Scrutiny Committee agenda:
    every field is two narrow columns merged (value in the left cell, the
    right one empty) so the page can be re-gridded without widening
    columns. Code, Indicator, Target 2024/25, RAG and Commentary headings
    are each merged over two columns and two rows; a 'Performance 2024/25'
    banner spans the quarter fields, with 'Q1'..'Q4' merged over two
    columns beneath it. Portfolio rows are merged across the whole width.
    Q4 is not yet reported (empty merged cells).

    A careful reader takes each merged pair as one field: the figures as
    Q1-Q3 2024/25 (the year from the banner), the target for every
    quarter, the filled RAG word for the latest quarter given. The
    adaptations Q3 is 'n/a' and unrated; the street-light Q2 is blank
    (no observation); the new complaints measure has 'Not available' for
    Q1 and no target or rating. No unit or polarity is stated.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Tewkesbury Borough Council"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:R1")
    sheet["A2"] = "Quarterly Performance Scorecard \u2013 Quarter 3 2024/25 (October to December)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet.merge_cells("A2:R2")
    sheet["A3"] = "Overview and Scrutiny Committee \u2013 4 March 2025"
    sheet["A3"].font = Font(italic=True)
    sheet.merge_cells("A3:R3")
    heads = {0: "Code", 1: "Indicator", 6: "Target 2024/25", 7: "RAG", 8: "Commentary"}
    for field, text in heads.items():
        _pair(sheet, BANNER_ROW, field, text, rows=2)
    sheet.cell(row=BANNER_ROW, column=5, value="Performance 2024/25")
    sheet.merge_cells(start_row=BANNER_ROW, start_column=5, end_row=BANNER_ROW, end_column=12)
    for k in range(4):
        _pair(sheet, SUB_ROW, 2 + k, f"Q{k + 1}")
    for r in (BANNER_ROW, SUB_ROW):
        for c in range(1, NCOL + 1):
            cell = sheet.cell(row=r, column=c)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOL)
            sheet.cell(row=row, column=1).fill = SECTION
            row += 1
            continue
        code, name, q1, q2, q3, q4, target, rag, comment = spec
        for field, value in enumerate((code, name, q1, q2, q3, q4, target, rag, comment)):
            ref = _pair(sheet, row, field, value)
            if 2 <= field <= 6:
                sheet[ref].alignment = Alignment(horizontal="center")
            if field == 1 or field == 8:
                sheet[ref].alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            sheet[f"O{row}"].fill = PatternFill(
                fill_type="solid", start_color=RAG_FILL[str(rag)], end_color=RAG_FILL[str(rag)]
            )
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG[str(rag)] if rag else None
        exp.observations += observed(str(code), str(name), PERIODS, (q1, q2, q3, q4), goal, status)
        row += 1
    notes = (
        "RAG compares the latest quarter with the 2024/25 target: Green met or exceeded; Amber "
        "within 5%; Red more than 5% short.",
        "Cumulative measures show the position from 1 April to the end of each quarter.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
        sheet.merge_cells(start_row=j, start_column=1, end_row=j, end_column=NCOL)
    for c in range(1, NCOL + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 6
    for letter in ("C", "D", "Q", "R"):
        sheet.column_dimensions[letter].width = 24
    sheet.print_title_rows = f"{BANNER_ROW}:{SUB_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
