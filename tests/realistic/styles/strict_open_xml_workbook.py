"""An ordinary quarterly scorecard saved by Excel as 'Strict Open XML Spreadsheet' (ISO 29500 strict namespaces)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    num,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q3 2024-25"
HEAD_ROW = 4
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "\u00a3": "\u00a3"}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
THIN = Side(style="thin", color="FFA6A6A6")

# Transitional namespaces and relationship types, and what Excel writes for them in a
# Strict Open XML file; the package namespaces (content types, core properties) stay.
STRICT = (
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ),
    (
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://purl.oclc.org/ooxml/drawingml/main",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    ),
)

# Section rows are a 1-tuple. Otherwise: ref, measure, unit, good is, Q1, Q2, Q3, target, RAG,
# comment. Percentages are stored as fractions under a '0.0%' format.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Finance and Assets",),
    ("FA01", "Council tax collected in year", "%", "Higher", 0.293, 0.571, 0.846, 0.975, "Amber",
     "Profiled target to December is 85.5%."),
    ("FA02", "Business rates collected in year", "%", "Higher", 0.318, 0.602, 0.873, 0.985, "Green", None),
    ("FA03", "Undisputed invoices paid within 30 days", "%", "Higher", 0.942, 0.951, 0.963, 0.95, "Green", None),
    ("FA04", "Car parking income to date", "\u00a3", "Higher", 1184250, 2392600,
     3461180, None, None, "Budget profile under review; reported for information."),
    ("Customer and Support Services",),
    ("CS01", "Average days to process new Housing Benefit claims", "Days", "Lower", 18.4, 21.7, 19.2, 20,
     "Green", None),
    ("CS02", "Average days to process changes of circumstances", "Days", "Lower", 6.1, 7.8, 8.9, 8,
     "Red", "Backlog after the September system upgrade; cleared by mid-January."),
    ("CS03", "Stage 1 complaints answered within 10 working days", "%", "Higher", 0.874, 0.812, 0.889,
     0.9, "Amber", None),
    ("CS04", "Working days lost to sickness per FTE (rolling 12 months)", "Days", "Lower", 8.6, 8.9,
     9.4, 8.5, "Red", None),
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting", "%", "Higher", 0.512, 0.498,
     "Not yet available", 0.5, None, "Q3 tonnages are confirmed by the county council in February."),
    ("PE02", "Missed bin collections per 100,000 collections", "Number", "Lower", 42, 37, 55, 50,
     "Amber", "Christmas collection changes."),
    ("PE03", "Fly-tipping incidents removed within 2 working days", "%", "Higher", 0.936, 0.958,
     0.944, 0.95, "Amber", None),
    ("PE04", "Major planning applications determined in time", "%", "Higher", 1.0, 0.857, 0.8, 0.7,
     "Green", "4 of 5 applications."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council quarterly scorecard that an officer saved as Strict Open XML.

    Cheltenham Borough Council style, an ordinary Quarter 3 2024/25
    scorecard: Ref, Measure, Unit (%, Days, Number, \u00a3), 'Good is'
    (Higher/Lower), Q1/Q2/Q3 2024/25, 'Target 2024/25', a filled 'RAG'
    word and Comments, under shaded service rows, with percentages stored
    as fractions under '0.0%'. Excel's Save As offers 'Strict Open XML
    Spreadsheet (*.xlsx)' beside the usual 'Excel Workbook (*.xlsx)'; an
    officer who picks it writes the same .xlsx package with the ISO 29500
    strict namespaces (http://purl.oclc.org/ooxml/spreadsheetml/main for
    the sheets, workbook and styles, purl.oclc.org relationship types, a
    workbook marked conformance="strict"). Many readers built for the
    transitional namespaces see an empty workbook.

    A careful reader, who opens it in Excel or LibreOffice, sees an
    ordinary scorecard: the three quarters with the 2024/25 target on each,
    the RAG with Q3 (or with the latest figure given), percentages in
    points, polarity from 'Good is' and units from the Unit column. The car
    park income has no target and no rating; the recycling rate's Q3 says
    'Not yet available', kept as that quarter's text with no rating, so the
    blank RAG leaves Q2 unrated too. Nothing on the sheet is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cheltenham Borough Council \u2013 Corporate Performance Scorecard")
    sheet["A2"] = (
        "Quarter 3 2024/25 (October to December 2024). Overview and Scrutiny, February 2025."
    )
    sheet["A2"].font = Font(italic=True, size=10)
    header = ["Ref", "Measure", "Unit", "Good is", *QUARTERS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, q1, q2, q3, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, unit, good, q1, q2, q3, target, rag, comment])
        fmt = {"%": "0.0%", "Days": "0.0", "Number": "#,##0", "\u00a3": "\u00a3#,##0"}[str(unit)]
        for col in range(5, 9):
            sheet.cell(row=row, column=col).number_format = fmt
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag in RAG_FILL:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        scale = 100.0 if unit == "%" else 1.0
        figures = [round(v * scale, 6) if isinstance(v, float | int) else v for v in (q1, q2, q3)]
        goal = num(target)
        goal = None if goal is None else round(goal * scale, 6)
        status = RAG.get(str(rag))
        exp.observations += observed(str(ref), str(name), QUARTERS, figures, goal, status)
        exp.add_meta(str(ref), str(name), GOOD[str(good)], UNIT[str(unit)])
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: Green \u2013 on or better than target; Amber \u2013 within 5% of target; Red \u2013 more than 5% worse.").font = Font(size=9)  # fmt: skip
    sheet.cell(row=row + 2, column=1, value="Source: service returns, Performance and Improvement Team.").font = Font(size=9, italic=True)  # fmt: skip
    for letter, width in {"A": 7, "B": 56, "C": 8, "D": 9, "H": 11, "I": 9, "J": 48}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    _make_strict(path)
    return exp


def _make_strict(path: Path) -> None:
    """Rewrite the saved package as Excel's 'Strict Open XML Spreadsheet' writes it."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename.endswith((".xml", ".rels")) and info.filename != "[Content_Types].xml":
                text = data.decode("utf-8")
                for transitional, strict in STRICT:
                    text = text.replace(transitional, strict)
                if info.filename == "xl/workbook.xml":
                    opening = '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
                    assert opening in text
                    text = text.replace(opening, opening + ' conformance="strict"', 1)
                data = text.encode("utf-8")
            zf.writestr(info, data)
