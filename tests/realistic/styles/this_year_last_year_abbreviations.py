"""Columns headed 'Q2 TY', 'SPLY', 'YTD TY', 'YTD LY' and 'Target TY', the financial year only in the title."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Rev & Bens Q2"
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
HEADINGS = ("Q2 TY", "SPLY", "YTD TY", "YTD LY")
PERIODS = ("Q2 2024/25", "Q2 2023/24", "H1 2024/25", "H1 2023/24")
THIS_YEAR = ("Q2 2024/25", "H1 2024/25")  # the periods 'Target TY' belongs to

# ref, measure, Q2 TY, SPLY, YTD TY, YTD LY, target TY, Q2 status
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB01", "Average days to process new Housing Benefit claims", 18.4, 21.0, 19.1, 22.3, 20, "Green"),
    ("RB02", "Average days to process Housing Benefit changes of circumstances", 6.2, 5.8, 7.0, 6.1, 6, "Amber"),
    ("RB03", "Council Tax Reduction new claims decided within 14 days (%)", 84.0, 79.5, 82.7, 80.1, 85, "Amber"),
    ("RB04", "Business rates refunds paid within 10 working days (%)", 96.5, 97.2, 95.9, 96.8, 95, "Green"),
    ("RB05", "Housing Benefit overpayments recovered as % of those raised", 68.2, 71.5, 66.9, 70.3, 70, "Amber"),
    ("CS01", "Calls to the contact centre answered within 2 minutes (%)", 71.0, 64.3, 73.8, 61.0, 80, "Red"),
    ("CS02", "Average wait before a call is answered (seconds)", 128, 198, 131, 205, 120, "Amber"),
    ("CS03", "Stage 1 complaints answered within 10 working days (%)", 88.0, 91.2, 86.4, 90.0, 90, "Amber"),
    ("CS04", "Customer contacts made through online forms (%)", 58.4, 52.1, 57.0, 50.8, 55, "Green"),
    ("RB06", "Benefit claims awaiting assessment at quarter end", 312, 488, "n/a", "n/a", None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's revenues, benefits and customer services quarterly return.

    The finance system's report names the financial year and quarter only in
    its title and heads the columns with the abbreviations used across the
    service: 'Q2 TY' (this year's quarter), 'SPLY' (same period last year),
    'YTD TY' and 'YTD LY' (April to the end of the quarter, this year and
    last), 'Target TY' and 'Q2 Status'. A key under the table spells them
    out. The quarter-end backlog has no year-to-date figure ('n/a') and no
    target or status.

    A careful reader, knowing the report is for Q2 2024/25, takes SPLY as
    Q2 2023/24, the year-to-date columns as April to September (H1) of each
    year, the target as this year's only (the heading says TY), and the
    status as Q2 2024/25's.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Revenues, Benefits and Customer Services - Performance Report 2024/25, Quarter 2",
    )
    sheet["A2"] = "Resources Scrutiny Committee, 14 November 2024"
    put_row(sheet, 4, 1, ["Ref", "Measure", *HEADINGS, "Target TY", "Q2 Status"], bold=True)
    for col in range(3, 9):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    for i, (ref, name, *values, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, *values, target, status])
        code, nm = str(ref), str(name)
        for period, value in zip(PERIODS, values, strict=True):
            t = float(str(target)) if target is not None and period in THIS_YEAR else None
            rag = STATUS[str(status)] if status is not None and period == PERIODS[0] else None
            exp.observations.append(Obs(code, nm, period, num(value), text_of(value), t, rag))
    foot = 5 + len(ROWS) + 1
    key = (
        "TY = this year (2024/25); LY = last year (2023/24); SPLY = same period last year; "
        "YTD = year to date (April to September).",
        "Q2 Status: Green = target met; Amber = within 10% of target; Red = more than 10% off target.",
    )
    for j, text in enumerate(key):
        sheet.cell(row=foot + j, column=1, value=text).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
