"""An ordinary quarterly scorecard whose sheet was formatted by whole columns, so its used range runs to the last row and column Excel has."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
LAST_COL = 10  # A..J
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF385723", end_color="FF385723")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name="Arial", size=10)
FORMATTED_TO = 6000  # the grid dragged down this far, empty
STRAY = "F23817"  # a cell holding one space, far below the table
LAST_ROW = 1_048_576

# A 1-tuple is a section row. Otherwise: code, measure, unit, Q1, Q2, Q3, target 2024/25,
# RAG letter (for Q3, or the latest quarter given), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting", "%", 53.8, 55.1, 51.2, 52.0,
     "A", "Q3 provisional; garden waste service paused in December."),
    ("PE02", "Residual household waste per household", "No.", 112.4, 109.8, 118.3, 440.0, "G",
     "Annual target in kg; cumulative figures."),
    ("PE03", "Fly-tipping incidents removed within 2 working days", "%", 93.5, 95.2, 96.0, 95.0, "G",
     None),
    ("PE04", "Major planning applications determined in time", "%", 85.7, 100.0, 66.7, 80.0, "R",
     "2 of 3 in time; one delayed by a late highways consultation response."),
    ("PE05", "Net additional homes delivered (cumulative)", "No.", 96, 201, 288, 420, "G", None),
    ("Communities and Housing",),
    ("CH01", "Households prevented from becoming homeless", "%", 61.4, 58.9, 63.2, 60.0, "G", None),
    ("CH02", "Households in temporary accommodation at quarter end", "No.", 74, 81, 79, 70, "A",
     None),
    ("CH03", "Average days to relet council homes (general needs)", "Days", 34.2, 31.7, "n/a",
     30.0, None, "Q3 not available: housing management system migration; not rated."),
    ("CH04", "Leisure centre visits", "No.", 182_440, 171_906, 168_213, None, None,
     "Reported for information."),
    ("Resources",),
    ("RS01", "Council tax collected (cumulative)", "%", 29.4, 56.8, 84.1, 97.5, "G", None),
    ("RS02", "Business rates collected (cumulative)", "%", 31.2, 58.0, 83.7, 98.0, "A", None),
    ("RS03", "Average days to process new benefit claims", "Days", 18.6, 21.3, 19.4, 20.0, "G",
     None),
    ("RS04", "Working days lost to sickness per FTE (rolling 12 months)", "Days", 8.9, 9.3, 9.6,
     8.0, "R", "Long-term absence in operational services; wellbeing programme relaunched."),
    ("RS05", "Income from fees and charges against profile (year to date)", "\u00a3", 1_204_310,
     2_398_772, None, 3_650_000, "G", "Q3 figure after the period 9 close."),
)  # fmt: skip


def _widen_dimension(path: Path) -> None:
    """Rewrite the sheet's <dimension> to the whole grid, as Excel leaves it after whole-column formatting."""
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info.filename)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
            new.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard after someone formatted whole columns.

    A plain Quarter 3 2024/25 corporate scorecard of the kind district
    councils take to an Overview and Scrutiny Committee (Code, Measure,
    Unit, Q1-Q3 2024/25, 'Target 2024/25', RAG letter, Comments, shaded
    section rows), as it is after years of copying forward: someone once
    selected columns A:J whole and set Arial 10 and a grid, so the grid
    runs down empty to row 6,000; the RAG column has conditional formatting
    and a G/A/R drop-down applied to the whole column down to row
    1,048,576; a styled empty cell sits in the very last row; a cell far
    below the table (F23817) holds a single space; and the sheet's
    <dimension> says A1:XFD1048576, the whole grid, so the 'used range' a
    program sees is the entire sheet. The file stays small because the
    empty cells compress well.

    A careful reader sees only the table: the quarter figures with the
    row's one target, the RAG letter on the latest quarter with a figure
    (Q2 for the income row, whose Q3 is blank, as the note says), units
    from the Unit column. The formatted
    empty cells, the stray space and the dimension hold nothing. The 'n/a'
    Q3 of relets is kept as text, unrated; blank quarters are no observation; leisure visits
    have no target or rating. No polarity is stated. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    book.properties.creator = "Performance Team"
    title(sheet, "A1", "Maldon District Council \u2013 Corporate Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (to 31 December 2024)"
    sheet["A3"] = "Overview and Scrutiny Committee, 10 February 2025"
    sheet["A3"].font = Font(name="Arial", italic=True, size=9)
    header = ["Code", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
              "Target 2024/25", "RAG", "Comments", "Officer"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    officers = {"PE": "Head of Place", "CH": "Head of Housing", "RS": "Head of Finance"}
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(name="Arial", bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
                sheet.cell(row=row, column=col).border = GRID
            row += 1
            continue
        code, name, unit, q1, q2, q3, target, rag, comment = spec
        put_row(sheet, row, 1, [code, name, unit, q1, q2, q3, target, rag, comment,
                                officers[str(code)[:2]]])  # fmt: skip
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            cell.font = BODY
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            if unit == "\u00a3":
                cell.number_format = '"\u00a3"#,##0'
            elif unit == "No." and isinstance(cell.value, int):
                cell.number_format = "#,##0"
            else:
                cell.number_format = "0.0"
        sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True)
        c, n = str(code), str(name)
        exp.observations += [
            Obs(c, n, period, num(v), text_of(v), num(target))
            for period, v in zip(QUARTERS, (q1, q2, q3), strict=True)
            if v is not None
        ]
        if rag is not None:
            # the letter belongs to the latest quarter holding a figure
            k = max(
                i for i, o in enumerate(exp.observations) if o.code == c and o.actual is not None
            )
            o = exp.observations[k]
            exp.observations[k] = Obs(
                o.code, o.name, o.period, o.actual, None, o.target, RAG[str(rag)]
            )
        exp.add_meta(c, n, None, UNIT[str(unit)])
        row += 1
    key_row = row + 1
    notes = (
        "RAG: G \u2013 on or better than target; A \u2013 within 10% of target; R \u2013 more "
        "than 10% adrift. Cumulative measures are rated against the profiled target.",
        "Where the latest quarter is not available the RAG is for the previous quarter.",
    )
    for j, line in enumerate(notes, start=key_row):
        sheet.cell(row=j, column=1, value=line).font = Font(name="Arial", size=8, italic=True)
    # the whole-column formatting: the grid dragged down far below the table, empty
    for r in range(key_row + len(notes), FORMATTED_TO + 1):
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.font = BODY
            cell.border = GRID
    for letter in "ABCDEFGHIJ":
        sheet.column_dimensions[letter].font = BODY
    sheet[STRAY] = " "
    sheet[STRAY].font = BODY
    far = sheet.cell(row=LAST_ROW, column=LAST_COL)
    far.border = Border(bottom=THIN)
    far.font = BODY
    sheet.row_dimensions[LAST_ROW].height = 12.75
    whole = f"H{FIRST}:H{LAST_ROW}"
    for letter, rgb in (("R", RED_FILL), ("A", AMBER_FILL), ("G", GREEN_FILL)):
        sheet.conditional_formatting.add(
            whole,
            CellIsRule(
                operator="equal",
                formula=[f'"{letter}"'],
                fill=PatternFill(fill_type="solid", start_color=rgb, end_color=rgb),
            ),
        )
    choice = DataValidation(type="list", formula1='"G,A,R"', allow_blank=True)
    choice.add(whole)
    sheet.add_data_validation(choice)
    widths = {"A": 8, "B": 58, "C": 7, "D": 11, "E": 11, "F": 11, "G": 12, "H": 6, "I": 52,
              "J": 16}  # fmt: skip
    for letter, w in widths.items():
        sheet.column_dimensions[letter].width = w
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    _widen_dimension(path)
    return exp
