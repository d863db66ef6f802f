"""A printed report where each figure has a narrow cell of its own for its unit ('%', 'days'), the '£' in a cell to its left."""

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
    fill,
    new_book,
    observed,
    save,
    title,
)

SHEET = "Housing & Customer"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
COLOUR = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
UNIT = {"%": "%", "days": "days", "\u00a3": "\u00a3"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFC65911", end_color="FFC65911")
THIN = Side(style="thin", color="FF7F7F7F")
HEADER_ROW = 5
PAIRS = (3, 5, 7, 9)  # first column of Q1, Q2, Q3 and Target pairs (C, E, G, I)
RAG_COL = 11  # K

# Sections of (ref, indicator, unit ('' for a count), Q1, Q2, Q3, target 2024/25, RAG).
# A Q3 of None leaves the figure blank but the template still prints the unit.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Housing", (
        ("HS01", "Rent collected as a percentage of rent due (excluding arrears brought forward)",
         "%", 97.8, 98.4, 98.9, 98.5, "G"),
        ("HS02", "Emergency repairs completed within 24 hours", "%", 96.2, 94.7, 97.1, 98.0, "A"),
        ("HS03", "Non-emergency repairs completed within target time", "%", 85.2, 88.0, 81.6, 90.0, "R"),
        ("HS04", "Average time to re-let standard void properties", "days", 31, 27, 24, 25, "G"),
        ("HS05", "Average cost of a void repair", "\u00a3", 1204, 1310, 1187, 1150, "A"),
        ("HS06", "Homelessness preventions and reliefs", "", 64, 71, 58, 60, "A"),
        ("HS07", "Households in temporary accommodation at the end of the quarter", "", 112, 118, 127, 100, "R"),
        ("HS08", "Stage 1 housing complaints answered within 10 working days", "%", 89.3, 91.6, None, 95.0, None),
    )),
    ("Revenues, benefits and customer services", (
        ("CS01", "Calls to the customer contact centre answered", "%", 88.9, 91.2, 90.4, 90.0, "G"),
        ("CS02", "Average time to process Housing Benefit changes of circumstances", "days", 8.7, 7.9, 6.4, 8.0, "G"),
        ("CS03", "Average time to process new Housing Benefit claims", "days", 21.3, 18.9, 17.4, 20.0, "G"),
        ("CS04", "Housing Benefit overpayments recovered", "\u00a3", 48210, 51336, 46907, 45000, "G"),
        ("CS05", "Discretionary Housing Payments awarded", "\u00a3", 38450, 41200, 29875, None, None),
        ("CS06", "Freedom of Information requests answered within 20 working days", "%", 92.1, 88.5, 94.3, 90.0, "G"),
    )),
)  # fmt: skip


def _pair(sheet: Worksheet, row: int, col: int, unit: str, value: object) -> None:
    """A figure and its unit in two cells: the '\u00a3' to the left of the figure, other units right."""
    figure_col, unit_col = (col + 1, col) if unit == "\u00a3" else (col, col + 1)
    if value is not None:
        cell = sheet.cell(row=row, column=figure_col, value=value)
        cell.number_format = "0.0" if isinstance(value, float) else "#,##0"
        cell.alignment = Alignment(horizontal="right")
    if unit:
        mark = sheet.cell(row=row, column=unit_col, value=unit)
        mark.alignment = Alignment(horizontal="right" if unit == "\u00a3" else "left")
        mark.font = Font(size=9)
    left, right = sheet.cell(row=row, column=col), sheet.cell(row=row, column=col + 1)
    left.border = Border(left=THIN, top=THIN, bottom=THIN)
    right.border = Border(right=THIN, top=THIN, bottom=THIN)


def build(path: Path) -> Expected:
    """Imitates a district council's housing and customer services report laid out for print.

    A performance officer's quarterly report built to print like the Word
    tables it replaced: each figure sits in a wide cell with a narrow cell
    beside it holding only its unit ('85.2' then '%', '24' then 'days'),
    and money has its '£' in the narrow cell to the LEFT of the figure
    ('£' then '1,204'). The quarter headings ('Q1 2024/25'..'Q3 2024/25')
    and 'Target 2024/25' are each merged over their figure-and-unit pair;
    one RAG column of R/A/G letters filled in their colours; counts have no
    unit cell. The template prints the '%' beside HS08's Q3 even though the
    figure is not yet in. Two shaded section rows.

    A careful reader takes each pair as one figure, whichever side its
    unit is on: Q1-Q3 2024/25 observations with the row's 2024/25 target,
    percentages as typed in points (85.2 is 85.2%), the RAG for Q3. The
    unit cells give each indicator's unit ('%', 'days', '£'); counts state
    none. HS08's Q3 holds only a '%' and no figure: no observation, and no
    RAG (its RAG cell is blank), so its Q2 carries no rating. CS05 has no
    target and no RAG.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tendring District Council")
    sheet["A2"] = "Housing and Customer Services \u2013 Performance Report, Quarter 3 2024/25"
    sheet["A3"] = (
        "October to December 2024. Report to the Resources and Services Overview and Scrutiny Committee."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    head = Font(bold=True, color="FFFFFFFF")
    for col, text in ((1, "Ref"), (2, "Performance indicator"), (RAG_COL, "RAG")):
        sheet.cell(row=HEADER_ROW, column=col, value=text)
    for col, text in zip(PAIRS, (*QUARTERS, "Target 2024/25"), strict=True):
        sheet.cell(row=HEADER_ROW, column=col, value=text)
        sheet.merge_cells(
            start_row=HEADER_ROW, start_column=col, end_row=HEADER_ROW, end_column=col + 1
        )
    for col in range(1, RAG_COL + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.font = head
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEADER_ROW + 1
    for section, rows in SECTIONS:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=RAG_COL)
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        sheet.cell(row=row, column=1).fill = SECTION_FILL
        row += 1
        for ref, name, unit, q1, q2, q3, target, rag in rows:
            u = str(unit)
            sheet.cell(row=row, column=1, value=ref)
            sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
            for col, value in zip(PAIRS, (q1, q2, q3, target), strict=True):
                if value is None and (col == PAIRS[-1] or u == "\u00a3"):
                    continue
                _pair(sheet, row, col, u, value)
            if rag is not None:
                cell = sheet.cell(row=row, column=RAG_COL, value=rag)
                cell.alignment = Alignment(horizontal="center")
                fill(sheet, f"{get_column_letter(RAG_COL)}{row}", COLOUR[str(rag)])
            goal = float(str(target)) if target is not None else None
            code, nm = str(ref), str(name)
            exp.observations += observed(code, nm, QUARTERS, (q1, q2, q3), goal, RAG.get(str(rag)))
            if u:
                exp.add_meta(code, nm, None, UNIT[u])
            row += 1
    notes = (
        "RAG compares the Q3 result with the 2024/25 target: G = met or better; A = within 5%; "
        "R = more than 5% worse. HS08 Q3 to follow (complaints system migration).",
        "CS05 is demand-led and has no target. Money figures are in whole pounds.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 56
    for col in PAIRS:
        sheet.column_dimensions[get_column_letter(col)].width = 9
        sheet.column_dimensions[get_column_letter(col + 1)].width = 4.5
    sheet.column_dimensions[get_column_letter(RAG_COL)].width = 6
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    save(book, path)
    return exp
