"""A scorecard table first drafted in Word and rebuilt in Excel: every indicator two sheet rows high, each of its cells merged down both."""

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
    num,
    observed,
    save,
)

SHEET = "Q3 Performance"
HEAD_ROW = 5  # the heading row is rows 5 and 6 merged
FIRST = HEAD_ROW + 2
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEADINGS = ("PI Ref", "Performance Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
            "Q4 2024/25", "Target 2024/25", "RAG", "Commentary")  # fmt: skip
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF005A54", end_color="FF005A54")
SECTION = PatternFill(fill_type="solid", start_color="FFD8E9E6", end_color="FFD8E9E6")
THIN = Side(style="thin", color="FF000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a well-being objective row (one sheet row high). Otherwise: ref, indicator,
# percent? (pasted from Word as '61.2%', so stored as a fraction under a % format), Q1..Q4,
# target 2024/25 ('-' where none is set), RAG word, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Well-being Objective 1: Supporting people to live safe, healthy and independent lives",),
    ("PAM/012", "Percentage of households successfully prevented from becoming homeless", True,
     0.612, 0.587, 0.634, None, 0.65, "Amber",
     "163 of 257 households prevented in Q3. Two prevention officer posts filled in November."),
    ("PAM/015", "Average number of calendar days taken to deliver a Disabled Facilities Grant",
     False, 214, 198, 187, None, 200, "Green",
     "Framework contractor in place since July; 41 grants completed in Q3."),
    ("PAM/025", "Rate of people kept in hospital while waiting for social care per 1,000 "
     "population aged 75+", False, 4.1, 3.6, None, None, 3.5, "Amber",
     "Q3 data not yet received from the Health Board. RAG shown is for Q2."),
    ("LASC/07", "Percentage of adults who had their care and support plan reviewed within the "
     "agreed timescale", True, 0.724, 0.759, 0.781, None, 0.8, "Amber",
     "1,214 of 1,554 reviews due were completed on time."),
    ("Well-being Objective 2: A greener county with clean and attractive places",),
    ("PAM/030", "Percentage of municipal waste collected by local authorities and prepared "
     "for reuse and/or recycled, including composted", True, 0.689, 0.672, 0.641, None, 0.7,
     "Amber", "Q3 provisional (WasteDataFlow not yet validated). Seasonal fall in green waste."),
    ("PAM/010", "Percentage of highways inspected of a high or acceptable standard of "
     "cleanliness", True, 0.963, 0.958, 0.971, None, 0.95, "Green", None),
    ("PAM/035", "Average number of working days taken to clear fly-tipping incidents", False,
     2.4, 1.9, 2.2, None, 2.0, "Amber",
     "487 incidents cleared in Q3, up from 402 in Q2."),
    ("PAM/020", "Percentage of A roads in overall poor condition", True,
     None, None, 0.038, None, 0.04, "Green",
     "Annual condition survey result for 2024/25, reported at Q3."),
    ("CP2.11", "Number of publicly available electric vehicle charge points", False,
     None, 86, 112, None, 120, "Amber",
     "New indicator for 2024/25; first counted at Q2. 26 points commissioned in Q3."),
    ("Well-being Objective 3: A council that is well run and fit for the future",),
    ("PAM/001", "Number of working days lost to sickness absence per full-time equivalent "
     "(FTE) employee (rolling 12 months)", False, 11.2, 11.5, 11.9, None, 10.5, "Red",
     "Mental health and musculoskeletal absence account for 58% of days lost."),
    ("CP3.02", "Percentage of Freedom of Information requests responded to within 20 working "
     "days", True, 0.875, 0.912, "TBC", None, 0.9, None,
     "Q3 figure TBC: requests moved to the new case management system in December."),
    ("CP3.05", "Number of customer contacts handled by Contact Bro Taf (telephone, web and "
     "face to face)", False, 48312, 51907, 46120, None, "-", None,
     "Contextual measure, no target set. Web contacts now 44% of the total."),
    ("CP3.09", "Percentage of undisputed invoices paid within 30 days", True,
     0.938, 0.946, 0.951, None, 0.95, "Green", None),
)  # fmt: skip


def _cell(sheet: Worksheet, row: int, col: int, value: object, rows: int = 2) -> None:
    """Write value into the top cell and merge it down over rows sheet rows, boxed like the Word table."""
    if value is not None:
        sheet.cell(row=row, column=col, value=value)
    if rows > 1:
        sheet.merge_cells(start_row=row, start_column=col, end_row=row + rows - 1, end_column=col)
    for r in range(row, row + rows):
        sheet.cell(row=r, column=col).border = BOX


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's quarterly Corporate Plan report table, rebuilt in Excel from Word.

    The performance team drafted the table in the Word report for the
    Governance and Audit Committee and later rebuilt it in Excel for the
    published appendix, keeping the Word look: each indicator takes two
    sheet rows and every one of its cells - PI Ref, Performance Indicator,
    each of 'Q1 2024/25'..'Q4 2024/25', 'Target 2024/25', RAG and
    Commentary - is merged down over both rows so the long PAM names and
    the commentary wrap; the value sits in the top cell of each merge and
    the bottom cell is empty. The heading row is likewise two rows merged.
    The well-being objective rows are one row high, merged across the
    table and shaded. Percentages were pasted from Word as '61.2%', so
    Excel holds them as fractions under a % format. Q4 is not yet
    reported (empty merged cells). A key under the table says the RAG is
    for the latest quarter reported.

    A careful reader takes each two-row merge as one cell: one row of
    figures per indicator, Q1-Q3 2024/25 with the 2024/25 target on each,
    the RAG word with the latest quarter given (Q2 for the delayed
    hospital discharge rate, as its commentary and the key say; nothing for
    the 'TBC' FOI quarter, kept as text). The road condition survey has
    only its Q3 figure; the charge point count starts at Q2; the contact
    count has a '-' target, that is none, and no RAG. Percentages are read
    in points. No polarity or unit column is given.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Bro Taf County Borough Council"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Corporate Plan 2023-2028: Quarter 3 Performance Report 2024/25 (October - December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Appendix A - Governance and Audit Committee, 13 February 2025"
    sheet["A3"].font = Font(italic=True)
    for col, text in enumerate(HEADINGS, start=1):
        _cell(sheet, HEAD_ROW, col, text)
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=spec[0])
            cell.font = Font(bold=True)
            cell.fill = SECTION
            cell.alignment = Alignment(vertical="center")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOL)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).border = BOX
            sheet.row_dimensions[row].height = 18
            row += 1
            continue
        ref, name, pct, q1, q2, q3, q4, target, rag, comment = spec
        for col, value in enumerate((ref, name, q1, q2, q3, q4, target, rag, comment), start=1):
            _cell(sheet, row, col, value)
            cell = sheet.cell(row=row, column=col)
            if col in (2, 9):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            if 3 <= col <= 7 and isinstance(value, int | float):
                cell.number_format = (
                    ("0%" if col == 7 else "0.0%")
                    if pct
                    else ("#,##0" if isinstance(value, int) and value > 999 else "General")
                )
        if rag:
            colour = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=8).fill = PatternFill(
                fill_type="solid", start_color=colour, end_color=colour
            )
        scale = 100.0 if pct else 1.0
        figures = [
            round(float(v) * scale, 6) if isinstance(v, int | float) else v
            for v in (q1, q2, q3, q4)
        ]
        goal = num(target)
        goal = None if goal is None else round(goal * scale, 6)
        status = RAG[str(rag)] if rag else None
        exp.observations += observed(str(ref), str(name), PERIODS, figures, goal, status)
        sheet.row_dimensions[row].height = 22.5
        sheet.row_dimensions[row + 1].height = 22.5
        row += 2
    key = (
        "RAG key: Green - on or better than target; Amber - within 10% of target; Red - more "
        "than 10% away from target.",
        "RAG is for the latest quarter reported. Where a Q3 figure is not yet available the RAG "
        "shown relates to Q2.",
        "PAM = Public Accountability Measure (Data Cymru). '-' = no target set for 2024/25.",
    )
    for j, line in enumerate(key, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 10, "B": 46, "C": 10, "D": 10, "E": 10, "F": 10, "G": 10, "H": 9, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.row_dimensions[HEAD_ROW].height = 18
    sheet.row_dimensions[HEAD_ROW + 1].height = 18
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    assert get_column_letter(NCOL) == "I"
    save(book, path)
    return exp
