"""A quarterly table with a second heading row under the quarters ('Actual', 'Unit', '2024/25', 'Q4') and each row's unit in a 'Measure' column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Place Q4"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
UNIT = {
    "%": "%",
    "No.": "number",
    "days": "days",
    "\u00a3000": "\u00a3000",
    "kg": "kg",
    "Rate per 100,000": "rate",
}

# ref, indicator, measure (unit), Q1, Q2, Q3, Q4, target 2024/25, RAG (Q4)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PL01", "Household waste sent for reuse, recycling and composting", "%", 47.8, 49.1, 45.2, 43.9, 48, "A"),
    ("PL02", "Residual household waste collected per household", "kg", 112.4, 108.9, 117.6, 114.0, 115, "G"),
    ("PL03", "Missed bin collections", "Rate per 100,000", 38, 41, 52, 44, 50, "G"),
    ("PL04", "Fly-tipping incidents reported", "No.", 412, 455, 398, 371, "n/a", "-"),
    ("PL05", "Fly-tips cleared within 2 working days of report", "%", 91.2, 93.5, 94.8, 96.1, 95, "G"),
    ("PL06", "Major planning applications decided within 13 weeks or agreed time", "%", 100.0, 87.5, 92.3, 90.0, 90, "G"),
    ("PL07", "Average time to decide householder planning applications", "days", 52, 49, 47, 44, 56, "G"),
    ("PL08", "Planning application fee income", "\u00a3000", 312, 287, 251, 298, 320, "A"),
    ("PL09", "Planned food hygiene inspections completed", "%", 78.0, 84.5, 88.1, 92.6, 100, "A"),
    ("PL10", "Car parking income", "\u00a3000", 845.2, 902.7, 871.4, 798.6, 880, "A"),
    ("PL11", "Noise complaints responded to within 5 working days", "%", 86.0, 82.0, 88.0, 79.0, 90, "R"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's year-end place and regulatory services table.

    The performance team's template has two heading rows: the first names
    the columns ('Ref', 'Indicator', 'Measure', the four quarters,
    'Target', 'RAG'), and the row directly under it says what each column
    holds: 'Unit' under Measure, 'Actual' under every quarter, '2024/25'
    under Target and 'Q4' under RAG. Each indicator's unit is in its
    Measure cell ('%', 'No.', 'days', '\u00a3000', 'kg', 'Rate per 100,000'),
    not in its name; money is in thousands of pounds. Fly-tipping is
    counted for information only (target 'n/a', RAG '-').

    A careful reader takes the second row as part of the heading, not as an
    indicator; the four quarters as actuals with the 2024/25 target; the RAG
    for Q4; and the Measure cell as each indicator's unit (the money figures
    stay in \u00a3000 as written).
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Dacorum Borough Council - Place and Regulatory Services KPIs, 2024/25 year end",
    )
    sheet["A2"] = "Strategic Planning and Environment Overview and Scrutiny Committee, 10 June 2025"
    put_row(sheet, 4, 1, ["Ref", "Indicator", "Measure", *QUARTERS, "Target", "RAG"], bold=True)
    put_row(
        sheet, 5, 1, [None, None, "Unit", "Actual", "Actual", "Actual", "Actual", "2024/25", "Q4"]
    )
    under = Border(bottom=Side(style="medium"))
    for col in range(1, 10):
        cell = sheet.cell(row=5, column=col)
        cell.font = Font(italic=True)
        cell.alignment = Alignment(horizontal="center")
        cell.border = under
    exp = Expected([])
    for i, (ref, name, measure, q1, q2, q3, q4, target, rag) in enumerate(ROWS):
        put_row(sheet, 6 + i, 1, [ref, name, measure, q1, q2, q3, q4, target, rag])
        sheet.cell(row=6 + i, column=3).alignment = Alignment(horizontal="center")
        code, nm = str(ref), str(name)
        number = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(
            code, nm, QUARTERS, (q1, q2, q3, q4), number, RAG.get(str(rag))
        )
        exp.add_meta(code, nm, None, UNIT[str(measure)])
    foot = 6 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="RAG (Q4): G = target met; A = within 10% of target; R = more than 10% off target; "
        "- = monitored for information, no target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 16
    save(book, path)
    return exp
