"""One sheet in three sections, quarterly, monthly and annual, each under its own heading row and column order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Dashboard"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
BANNER = PatternFill(fill_type="solid", start_color="FF203764", end_color="FF203764")
HEAD = PatternFill(fill_type="solid", start_color="FFB4C6E7", end_color="FFB4C6E7")
THIN = Side(style="thin", color="FF9BC2E6")
WIDTH = 8

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
MONTHS = ("Oct 2024", "Nov 2024", "Dec 2024")
MONTH_DATES = (datetime(2024, 10, 1), datetime(2024, 11, 1), datetime(2024, 12, 1))
YEARS = ("2021/22", "2022/23", "2023/24")

# Ref, indicator, Q1, Q2, Q3, Target, RAG, comment. Percentages typed in points.
QUARTERLY: tuple[tuple[object, ...], ...] = (
    ("HR01", "Homelessness cases prevented or relieved (%)", 58.2, 61.4, 55.9, 60.0, "Amber", None),
    ("HR02", "Households in temporary accommodation (snapshot)", 187, 201, 219, 180, "Red",
     "Highest level since 2019."),
    ("HR03", "Affordable homes delivered (cumulative)", 42, 96, 131, 200, "Amber",
     "Two schemes slipped to Q4."),
    ("HR04", "Major planning applications determined in time (%)", 91.7, 88.9, 94.1, 90.0, "Green",
     None),
    ("HR05", "Empty homes brought back into use", 9, 14, "Not available", 12, None,
     "Council tax data refresh outstanding."),
)  # fmt: skip

# Ref, indicator, Oct, Nov, Dec, RAG, Target, comment.
MONTHLY: tuple[tuple[object, ...], ...] = (
    ("HM01", "Average days to relet council homes", 31.4, 28.9, 34.6, "Red", 28, None),
    ("HM02", "Emergency repairs completed within 24 hours (%)", 97.8, 98.6, 96.1, "Amber", 98.0,
     None),
    ("HM03", "Routine repairs completed within 28 days (%)", 81.2, 84.7, None, None, 85.0,
     "December figure after contractor invoicing."),
    ("HM04", "Rent collected as % of rent due (rolling)", 97.4, 98.1, 97.9, "Green", 97.5, None),
    ("HM05", "Housing register applications assessed within 10 working days (%)", 62.0, 71.5,
     78.3, "Green", 75.0, "Agency assessors from November."),
    ("HM06", "Anti-social behaviour cases opened", 48, 53, 39, None, None, "Data only."),
)  # fmt: skip

# Ref, indicator, outturns 2021/22, 2022/23, 2023/24, Target 2024/25, direction of travel, comment.
ANNUAL: tuple[tuple[object, ...], ...] = (
    ("HA01", "Council homes meeting the Decent Homes Standard (%)", 89.4, 91.2, 93.0, 95.0,
     "Improving", None),
    ("HA02", "Net additional dwellings", 612, 548, 701, 750, "Improving", "Local Plan figure."),
    ("HA03", "Tenant satisfaction with overall repairs service (%)", None, 68.0, 64.5, 72.0,
     "Declining", "Tenant Satisfaction Measures survey began in 2022/23."),
    ("HA04", "Private sector homes improved by council action", 233, 241, 238, 240, "No change",
     None),
    ("HA05", "Households living in fuel poverty (%)", 13.8, 14.6, "n/a", None, None,
     "DESNZ sub-regional statistics published two years in arrears."),
)  # fmt: skip


def _heading(sheet: Worksheet, row: int, heads: Sequence[object]) -> None:
    put_row(sheet, row, 1, heads)
    for col in range(1, WIDTH + 1):
        cell = sheet.cell(row=row, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _section_title(sheet: Worksheet, row: int, text: str) -> None:
    for col in range(1, WIDTH + 1):
        sheet.cell(row=row, column=col).fill = BANNER
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = Font(bold=True, size=12, color="FFFFFFFF")


def build(path: Path) -> Expected:
    """Imitates a borough council's housing and regeneration dashboard to a scrutiny panel.

    One sheet, 'Dashboard', built up over the years by the housing
    performance officer (Harlow / Basildon style) in three sections under
    dark title rows: 'Quarterly measures' with its own heading row Ref,
    Indicator, 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', Target, RAG,
    Comments; 'Monthly measures' with Ref, Indicator, month dates shown
    'Oct 2024', 'Nov 2024', 'Dec 2024', then RAG before Target, Comments;
    and 'Annual measures' with Ref, Indicator, 'Outturn 2021/22', 'Outturn
    2022/23', 'Outturn 2023/24', 'Target 2024/25', 'Direction of travel'
    (Improving/Declining/No change), Comments. So each column letter means
    a different thing in each section. Filled RAG words; a 'Not available'
    Q3, a blank December with no RAG, a data-only monthly row, a survey
    that began in 2022/23 and a fuel poverty figure two years in arrears
    ('n/a' for 2023/24).

    A careful reader reads each section by its own heading row: the
    quarterly rows give Q1-Q3 2024/25, the monthly rows Oct-Dec 2024 and
    the annual rows the three financial years. A bare Target applies to
    every period of its row; the RAG belongs to the row's latest period
    given (the monthly RAG is found before its Target). The annual 'Target
    2024/25' names a year with no figure on the sheet, so it goes with no
    observation; Direction of travel is no figure and no rating. 'Not
    available' and 'n/a' are kept as text. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Housing and Regeneration Performance Dashboard")
    sheet["A2"] = "Housing and Regeneration Scrutiny Panel \u2013 position at 31 December 2024"
    sheet["A2"].font = Font(italic=True)
    exp = Expected([])
    row = 4

    _section_title(sheet, row, "Quarterly measures")
    _heading(sheet, row + 1, ["Ref", "Indicator", *QUARTERS, "Target", "RAG", "Comments"])
    row += 2
    for ref, name, q1, q2, q3, target, rag, comment in QUARTERLY:
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, rag, comment])
        if rag:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
        exp.observations += _wide(ref, name, QUARTERS, (q1, q2, q3), target, rag)
        row += 1

    row += 1
    _section_title(sheet, row, "Monthly measures")
    _heading(sheet, row + 1, ["Ref", "Indicator", *MONTH_DATES, "RAG", "Target", "Comments"])
    for col in (3, 4, 5):
        sheet.cell(row=row + 1, column=col).number_format = "mmm yyyy"
    row += 2
    for ref, name, oct_, nov, dec, rag, target, comment in MONTHLY:
        put_row(sheet, row, 1, [ref, name, oct_, nov, dec, rag, target, comment])
        if rag:
            fill(sheet, f"F{row}", RAG_FILL[str(rag)])
        exp.observations += _wide(ref, name, MONTHS, (oct_, nov, dec), target, rag)
        row += 1

    row += 1
    _section_title(sheet, row, "Annual measures")
    heads = ["Ref", "Indicator", *(f"Outturn {y}" for y in YEARS), "Target 2024/25",
             "Direction of travel", "Comments"]  # fmt: skip
    _heading(sheet, row + 1, heads)
    row += 2
    for ref, name, y1, y2, y3, target, direction, comment in ANNUAL:
        put_row(sheet, row, 1, [ref, name, y1, y2, y3, target, direction, comment])
        for cell in sheet[row][2:6]:
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        exp.observations += _wide(ref, name, YEARS, (y1, y2, y3), None, None)
        row += 1

    for r in range(5, row):
        for col in range(1, WIDTH + 1):
            cell = sheet.cell(row=r, column=col)
            if cell.fill != BANNER and cell.fill != HEAD:
                cell.border = Border(bottom=THIN)
    notes = (
        "RAG: Green \u2013 target met; Amber \u2013 within 5% of target; Red \u2013 more than 5% "
        "from target. RAG is for the latest period shown.",
        "Annual measures are reported once the year's outturn is published.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 60, "C": 12, "D": 12, "E": 12, "F": 12, "G": 14, "H": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp


def _wide(
    ref: object,
    name: object,
    periods: tuple[str, ...],
    values: tuple[object, ...],
    target: object,
    rag: object,
) -> list[Obs]:
    """A row's observations: blank cells give none; the RAG goes with the last figure given."""
    out: list[Obs] = []
    given = [k for k, value in enumerate(values) if value is not None]
    for k in given:
        value = values[k]
        status = RAG[str(rag)] if rag and k == given[-1] else None
        out.append(
            Obs(str(ref), str(name), periods[k], num(value), text_of(value), num(target), status)
        )
    return out
