"""A macro-enabled .xlsm scorecard: a 'Control' sheet of button labels and named ranges before the scorecard."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
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
    put_row,
    save,
    title,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
COLOUR = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
FIRST = 5  # first indicator row on 'Scorecard'
BUTTON_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
EDGE = Side(style="medium", color="FF2F5597")
BUTTON_EDGE = Border(left=EDGE, right=EDGE, top=EDGE, bottom=EDGE)

# code, indicator, percent?, Q1, Q2, Q3, target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Council tax collected in year (cumulative)", True, 0.296, 0.571, 0.846, 0.97, "Green",
     "On profile for the year."),
    ("CP02", "Business rates collected in year (cumulative)", True, 0.312, 0.589, 0.861, 0.98, "Amber",
     "Two large appeals settled late."),
    ("CP03", "Average days to process new Housing Benefit and Council Tax Support claims", False,
     21.4, 19.8, 18.6, 20, "Green", None),
    ("CP04", "Major planning applications decided within 13 weeks or agreed time", True,
     0.889, 1.0, 0.75, 0.9, "Red", "One of four decided late; Planning Committee deferral."),
    ("CP05", "Minor planning applications decided within 8 weeks or agreed time", True,
     0.912, 0.874, 0.903, 0.85, "Green", None),
    ("CP06", "Household waste sent for reuse, recycling and composting", True,
     0.468, 0.452, None, 0.48, "Amber", "Q3 tonnage from the county due late January; rating is Q2."),
    ("CP07", "Residual household waste per household (kg, quarter)", False, 108.2, 111.6, 117.3, 110,
     "Amber", None),
    ("CP08", "Missed bins per 100,000 collections", False, 38, 44, 71, 50, "Red",
     "Round changes in November; recovered by mid-December."),
    ("CP09", "Homelessness cases prevented (households)", False, 61, 58, 66, None, None,
     "Count only: no target set."),
    ("CP10", "Households in temporary accommodation at quarter end", False, 47, 52, 49, 45, "Amber", None),
    ("CP11", "Working days lost to sickness per FTE (rolling 12 months)", False, 8.6, 8.9, 9.4, 8.0,
     "Red", "Long-term absences in Environmental Services."),
    ("CP12", "Stage 1 complaints answered within 10 working days", True, 0.842, 0.881, 0.907, 0.9,
     "Green", None),
)  # fmt: skip


def _button(sheet: Worksheet, ref: str, text: str) -> None:
    """A shaded, bordered box labelled as the form button drawn over it."""
    sheet.merge_cells(ref)
    first = sheet[ref.split(":")[0]]
    first.value = text
    first.font = Font(bold=True, color="FF1F3864")
    first.alignment = Alignment(horizontal="center", vertical="center")
    for row in sheet[ref]:
        for cell in row:
            cell.fill = BUTTON_FILL
            cell.border = BUTTON_EDGE


def build(path: Path) -> Expected:
    """Imitates a borough council's macro-enabled corporate scorecard workbook (.xlsm).

    Performance teams that fill their scorecard from a Pentana or CAMMS
    extract often keep it as a macro-enabled workbook: a 'Control' sheet
    first, with the reporting year and quarter the macros read (named
    ranges ReportYear and ReportQuarter), shaded boxes labelled as the
    buttons ('Import latest Pentana extract', 'Update RAG ratings',
    'Create Cabinet PDF', 'Clear working data') and a 'last run' line; then
    the 'Scorecard' sheet (Code, Indicator, Q1..Q3 2024/25, Target, RAG
    words filled in their colours, Comments) with the RAG cells on a drop-
    down list from a hidden 'Lists' sheet (named range RAGList), and the
    table itself named ScorecardData. The file is saved as .xlsm (the
    macro-enabled workbook content type); the VBA project is not part of
    this copy, as when the file is passed on without its macros.

    A careful reader ignores the Control sheet (settings and button labels,
    no measures) and the hidden lists, and reads the scorecard: each
    quarter's figure (percentages stored as fractions and shown as %), the
    one Target for every quarter of its row, and the RAG for the row's
    latest figure; for CP06 that is Q2, since Q3 is not in yet and the
    comment says the rating is Q2's. CP09 is a count with no target and no
    rating.
    """
    book, control = new_book("Control")
    title(control, "B2", "Corporate Scorecard 2024/25 \u2013 control panel")
    put_row(control, 4, 2, ["Reporting year", "2024/25"])
    put_row(control, 5, 2, ["Reporting quarter", "Q3"])
    for ref in ("C4", "C5"):
        fill(control, ref, "FFFFF2CC")
        control[ref].alignment = Alignment(horizontal="center")
    control["B7"] = "Buttons (macros must be enabled):"
    control["B7"].font = Font(italic=True)
    _button(control, "B9:D10", "Import latest Pentana extract")
    _button(control, "B12:D13", "Update RAG ratings")
    _button(control, "B15:D16", "Create Cabinet PDF")
    _button(control, "B18:D19", "Clear working data")
    control["B21"] = "Last refreshed: 13/01/2025 08:47 (Performance and Intelligence Team)"
    control["B22"] = (
        "If the buttons do nothing, close the file, then File > Options > Trust Center: enable "
        "macros for the Performance shared drive."
    )
    control["B22"].font = Font(size=9)
    control.column_dimensions["B"].width = 24
    control.column_dimensions["C"].width = 16
    control.column_dimensions["D"].width = 16

    sheet = book.create_sheet("Scorecard")
    title(sheet, "A1", "Dacorum Borough Council \u2013 Corporate Performance Scorecard 2024/25")
    sheet["A2"] = (
        "Quarter 3 (October to December 2024). Generated from Pentana; do not edit by hand."
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Code", "Indicator", *QUARTERS, "Target", "RAG", "Comments"]
    put_row(sheet, FIRST - 1, 1, header, bold=True)
    for col in range(1, 9):
        fill(sheet, f"{chr(64 + col)}{FIRST - 1}", "FFD9E1F2")
    exp = Expected([])
    for i, (code, name, percent, q1, q2, q3, target, rag, comment) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag, comment])
        for letter, value in zip("CDEF", (q1, q2, q3, target), strict=True):
            if value is not None:
                plain = "0.0" if isinstance(value, float) else "0"
                sheet[f"{letter}{row}"].number_format = "0.0%" if percent else plain
        if rag is not None:
            fill(sheet, f"G{row}", COLOUR[str(rag)])
        scale = 100.0 if percent else 1.0
        figures = [None if v is None else round(float(str(v)) * scale, 6) for v in (q1, q2, q3)]
        goal = None if target is None else round(float(str(target)) * scale, 6)
        exp.observations += observed(
            str(code), str(name), QUARTERS, figures, goal, RAG.get(str(rag))
        )
    last = FIRST + len(ROWS) - 1
    sheet[f"A{last + 2}"] = (
        "RAG: Green on or better than target; Amber within 10% of target; Red more than 10% "
        "adrift. Cumulative collection targets are for the full year."
    )
    sheet[f"A{last + 2}"].font = Font(size=9)
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["H"].width = 50
    sheet.freeze_panes = f"C{FIRST}"

    lists = book.create_sheet("Lists")
    put_row(lists, 1, 1, ["RAG", "Quarter"], bold=True)
    for j, word in enumerate(("Red", "Amber", "Green", "Not due")):
        lists.cell(row=2 + j, column=1, value=word)
    for j, quarter in enumerate(("Q1", "Q2", "Q3", "Q4")):
        lists.cell(row=2 + j, column=2, value=quarter)
    lists.sheet_state = "hidden"

    names = {
        "ReportYear": "Control!$C$4",
        "ReportQuarter": "Control!$C$5",
        "RAGList": "Lists!$A$2:$A$5",
        "ScorecardData": f"Scorecard!$A${FIRST - 1}:$H${last}",
    }
    for name, ref in names.items():
        book.defined_names[name] = DefinedName(name, attr_text=ref)
    check = DataValidation(type="list", formula1="RAGList", allow_blank=True)
    sheet.add_data_validation(check)
    check.add(f"G{FIRST}:G{last}")
    book.active = 0
    save(book, path)
    _make_macro_enabled(path)
    return exp


def _make_macro_enabled(path: Path) -> None:
    """Give the workbook part the macro-enabled content type, as Excel saves an .xlsm."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                assert XLSX_MAIN in text
                data = text.replace(XLSX_MAIN, XLSM_MAIN).encode("utf-8")
            zf.writestr(info, data)
