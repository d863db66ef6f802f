"""An 'Actuals' table and, below it under its own title, a 'Targets' table of profiled quarterly targets."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Q3 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
BAND = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
HEAD = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

ACTUALS_TITLE = 4  # the 'Actuals' title row; its headings are on the row below
TARGETS_TITLE = 21  # the 'Targets' title row, after a note and a two-row gap

# code, measure as in the Actuals table, percent?, Q1, Q2, Q3, Q3 RAG
ACTUALS: tuple[tuple[object, ...], ...] = (
    ("HC01", "Households prevented from becoming homeless", False, 68, 74, 59, "A"),
    ("HC02", "Households in temporary accommodation at quarter end", False, 92, 101, 97, "R"),
    ("HC03", "Average days to re-let council homes (general needs)", False, 31.4, 28.9, 26.2, "G"),
    ("HC04", "Rent collected as a percentage of rent due", True, 0.968, 0.979, 0.986, "G"),
    ("HC05", "Responsive repairs completed within target time", True, 0.912, 0.887, 0.864, "A"),
    ("HC06", "Council homes with a valid gas safety certificate", True, 0.998, 0.999, 1.0, "G"),
    ("HC07", "Disabled facilities grants completed", False, 14, 19, 12, "R"),
    ("HC08", "Tenants satisfied with the repairs service", True, "Not available", 0.715, 0.73, "A"),
    ("HC09", "Visits to council leisure centres", False, 118452, 124910, 102377, "G"),
    ("HC10", "Anti-social behaviour cases resolved within 28 days", True, 0.78, 0.813, 0.846, "G"),
    ("HC11", "Community grants awarded to voluntary groups (\u00a3)", False, 42500, 18750, 36200, "A"),
    ("HC12", "Homes improved through the Warm Homes scheme", False, 6, 11, 23, None),
)  # fmt: skip

# code, measure as typed in the Targets table, Q1..Q4 targets, annual target; HC12 has none
TARGETS: tuple[tuple[object, ...], ...] = (
    ("HC09", "Visits to council leisure centres", 115000, 120000, 100000, 110000, 445000),
    ("HC10", "ASB cases resolved within 28 days", 0.8, 0.8, 0.8, 0.8, 0.8),
    ("HC11", "Community grants awarded to voluntary groups (\u00a3)", 40000, 20000, 40000, 20000, 120000),
    ("HC01", "Households prevented from becoming homeless", 65, 65, 65, 65, 260),
    ("HC02", "Households in temporary accommodation at quarter end", 90, 90, 85, 85, 85),
    ("HC03", "Average days to re-let council homes (general needs)", 30, 30, 28, 28, 28),
    ("HC04", "Rent collected as a percentage of rent due", 0.965, 0.975, 0.985, 0.995, 0.995),
    ("HC05", "Responsive repairs completed within target time", 0.92, 0.92, 0.92, 0.92, 0.92),
    ("HC06", "Council homes with a valid gas safety certificate", 1.0, 1.0, 1.0, 1.0, 1.0),
    ("HC07", "Disabled facilities grants completed", 15, 15, 20, 20, 70),
    ("HC08", "Tenants satisfied with the repairs service", 0.75, 0.75, 0.75, 0.75, 0.75),
)  # fmt: skip

PERCENT = {str(row[0]) for row in ACTUALS if row[2]}


def _points(value: object, percent: bool) -> float:
    assert isinstance(value, int | float)
    return round(float(value) * 100, 6) if percent else float(value)


def _number_format(value: object, percent: bool) -> str:
    if percent:
        return "0.0%"
    return "#,##0" if isinstance(value, int) else "0.0"


def _band(sheet: Worksheet, row: int, text: str, last_col: int) -> None:
    for col in range(1, last_col + 1):
        sheet.cell(row=row, column=col).fill = BAND
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = Font(bold=True, color="FFFFFFFF", size=12)


def build(path: Path) -> Expected:
    """Imitates a borough council's housing and communities quarterly scorecard.

    Nuneaton and Bedworth Borough Council style: the scorecard keeps its
    figures and its targets in two tables on one sheet, the way a
    performance officer lays out a workbook fed from two sources. At the top
    an 'Actuals' table (Code, Measure, 'Q1 2024/25', 'Q2 2024/25',
    'Q3 2024/25', 'Q3 RAG' letters, filled); a note under it says the RAG
    compares Q3 with Q3's profiled target; then two empty rows and a
    'Targets 2024/25 (profiled by quarter)' table pasted in from the
    service plan, with the same codes in the plan's order (communities
    first), the same quarter headings plus 'Q4 2024/25' and an 'Annual'
    column. One target name is abbreviated ('ASB cases ...'); codes match.
    HC12 is new this year and has no row in the Targets table (a note says
    so). Percentages are stored as fractions shown with a % format in both
    tables; HC08's survey did not run in Q1 ('Not available').

    A careful reader joins the two tables by code and attaches each
    quarter's target to the same quarter's actual (HC01 Q1 68 against 65,
    HC09 Q3 102,377 against 100,000), not the annual figure and not the
    target row's position; the Q4 targets and annual targets have no
    actual to go with. HC12's figures have no target. The Q3 RAG belongs to
    Q3. HC08's Q1 is kept as what it said, with Q1's target. No polarity
    or unit column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Nuneaton and Bedworth Borough Council \u2013 Housing and Communities")
    sheet["A2"] = "Quarterly performance report 2024/25: position at the end of Quarter 3"
    sheet["A2"].font = Font(italic=True)

    _band(sheet, ACTUALS_TITLE, "Actuals", 6)
    put_row(sheet, ACTUALS_TITLE + 1, 1, ["Code", "Measure", *QUARTERS, "Q3 RAG"], bold=True)
    for col in range(1, 7):
        sheet.cell(row=ACTUALS_TITLE + 1, column=col).fill = HEAD
    targets = {str(row[0]): row for row in TARGETS}
    exp = Expected([])
    for i, (code, name, percent, *figures, rag) in enumerate(ACTUALS):
        row = ACTUALS_TITLE + 2 + i
        put_row(sheet, row, 1, [code, name, *figures, rag])
        for k, value in enumerate(figures):
            if isinstance(value, int | float):
                sheet.cell(row=row, column=3 + k).number_format = _number_format(
                    value, bool(percent)
                )
        if rag is not None:
            fill(sheet, f"F{row}", RAG_FILL[str(rag)])
            sheet[f"F{row}"].alignment = Alignment(horizontal="center")
        profile = targets.get(str(code))
        for k, (quarter, value) in enumerate(zip(QUARTERS, figures, strict=True)):
            target = None if profile is None else _points(profile[2 + k], bool(percent))
            status = RAG[str(rag)] if rag is not None and k == 2 else None
            if isinstance(value, int | float):
                actual, text = _points(value, bool(percent)), None
            else:
                actual, text = None, str(value)
            exp.observations.append(
                Obs(str(code), str(name), quarter, actual, text, target, status)
            )
    note = ACTUALS_TITLE + 2 + len(ACTUALS)
    sheet.cell(
        row=note,
        column=1,
        value="Q3 RAG compares the Quarter 3 actual with the Quarter 3 profiled target below. "
        "HC08: tenant survey not run in Quarter 1.",
    ).font = Font(size=9, italic=True)
    assert note + 3 == TARGETS_TITLE

    _band(sheet, TARGETS_TITLE, "Targets 2024/25 (profiled by quarter)", 7)
    heading = ["Code", "Measure", *QUARTERS, "Q4 2024/25", "Annual"]
    put_row(sheet, TARGETS_TITLE + 1, 1, heading, bold=True)
    for col in range(1, 8):
        sheet.cell(row=TARGETS_TITLE + 1, column=col).fill = HEAD
    for i, (code, name, *values) in enumerate(TARGETS):
        row = TARGETS_TITLE + 2 + i
        put_row(sheet, row, 1, [code, name, *values])
        for k, value in enumerate(values):
            sheet.cell(row=row, column=3 + k).number_format = _number_format(
                value, str(code) in PERCENT
            )
    foot = TARGETS_TITLE + 2 + len(TARGETS) + 1
    lines = (
        "Targets as agreed in the Housing and Communities Service Plan 2024/25 (Cabinet, March 2024).",
        "HC12 is a new measure for 2024/25; a target will be set once a full year's baseline is known.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 58
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 13
    save(book, path)
    return exp
