"""Status coded 1/2/3 in a 'Status' column, the key printed in a footer row under the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

CODE: dict[int, Rag] = {1: "green", 2: "amber", 3: "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# PI code, description, unit, Q1, Q2, Q3, target, status code
ROWS: tuple[tuple[object, ...], ...] = (
    ("LPI 101", "Households in temporary accommodation", "No.", 212.0, 226.0, 241.0, 200.0, 3),
    ("LPI 102", "Homelessness cases where homelessness was prevented", "%", 58.3, 61.0, 63.4, 60.0, 1),
    ("LPI 103", "Average days to re-let general needs council homes", "Days", 32.0, 29.5, 31.0, 28.0, 2),
    ("LPI 104", "Rent collected as a percentage of rent due", "%", 97.2, 98.1, 98.6, 98.5, 1),
    ("LPI 105", "Repairs completed within target time", "%", 84.7, 86.2, 82.9, 90.0, 3),
    ("LPI 106", "Disabled Facilities Grants completed", "No.", 23.0, 24.0, 19.0, 20.0, 2),
    ("LPI 107", "Empty homes brought back into use", "No.", 9.0, 6.0, 7.0, 6.0, 1),
    ("LPI 108", "Gas safety certificates in date", "%", 99.91, 99.87, 99.96, 100.0, 2),
)  # fmt: skip

UNIT = {"%": "%", "No.": "number", "Days": "days"}


def build(path: Path) -> Expected:
    """Imitates a housing services quarterly return rated with status numbers.

    Some councils' performance templates, built to be filtered and counted,
    code the status as a number: 1, 2 or 3 in the 'Status' column, with the
    key printed in a row under the table ('Status key: 1 = Target met, 2 =
    Within tolerance, 3 = Target missed'). A careful reader reads 1 as green,
    2 as amber and 3 as red, for the latest quarter (Q3), and does not take
    the status numbers for figures. The one Target column applies to every
    quarter of its row.
    """
    book, sheet = new_book("Housing PIs")
    title(sheet, "A1", "Housing Services - Performance Indicators, Quarter 3 2024/25")
    header = ["PI code", "Description", "Unit", *QUARTERS, "Target", "Status"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, unit, q1, q2, q3, target, status) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, unit, q1, q2, q3, target, status])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3), float(str(target)), CODE[int(str(status))]
        )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    foot = 4 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Status key: 1 = Target met, 2 = Within tolerance, 3 = Target missed",
    )
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Figures are for the quarter; temporary accommodation is the number at the quarter's end.",
    )
    for r in (foot, foot + 1):
        sheet.cell(row=r, column=1).font = Font(italic=True)
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
