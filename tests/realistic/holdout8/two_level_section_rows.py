"""Two levels of heading rows over the measures: 'Priority 2: Thriving communities', then 'Housing', then its measures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Performance Q2"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
PRIORITY_FILL = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
THEME_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# ("P", priority heading) | ("T", theme heading) | (code, measure, Q1, Q2, target, RAG for Q2)
ROWS: tuple[tuple[object, ...], ...] = (
    ("P", "Priority 1: A green and clean environment"),
    ("T", "Waste and recycling"),
    ("WR01", "Household waste sent for reuse, recycling or composting (%)", 53.9, 54.6, 55.0, "Amber"),
    ("WR02", "Residual household waste per household (kg)", 118, 121, 115, "Amber"),
    ("T", "Parks and open spaces"),
    ("PK01", "Green Flag parks maintained to standard (%)", 100.0, 85.7, 100.0, "Red"),
    ("PK02", "Trees planted on council land", 0, 126, None, None),
    ("P", "Priority 2: Thriving communities"),
    ("T", "Housing"),
    ("HS01", "Homelessness cases prevented or relieved (%)", 61.0, 63.7, 60.0, "Green"),
    ("HS02", "Households in temporary accommodation (snapshot)", 138, 129, 120, "Amber"),
    ("HS03", "Affordable homes delivered", 38, 57, 50, "Green"),
    ("T", "Leisure"),
    ("LE01", "Visits to leisure centres and pools", 291088, 302570, 280000, "Green"),
    ("LE02", "Leisure centre memberships held at the quarter end", 9455, 9311, 10000, "Amber"),
    ("P", "Priority 3: An efficient, customer-focused council"),
    ("T", "Customer services"),
    ("CS01", "Calls answered within 90 seconds (%)", 68.1, 61.9, 75.0, "Red"),
    ("CS02", "Online forms completed without an agent's help (%)", 66.8, 69.5, 65.0, "Green"),
    ("T", "People"),
    ("PE01", "Working days lost to sickness per full-time employee (rolling 12 months)", 9.5, 9.1, 8.5, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report laid out under its Corporate Plan.

    The table follows the plan: a dark row for each corporate priority
    ('Priority 2: Thriving communities'), a lighter row under it for each
    service or theme ('Housing', 'Leisure'), then that theme's measures,
    with two quarters, one target and a RAG. The
    heading rows hold only their title, in the measure-code column. One
    measure (trees planted, a seasonal count) is reported for information
    without a target or rating.

    A careful reader files each measure under its priority (the portfolio a
    councillor would look under) and theme, takes neither heading as a
    measure, the Target for both quarters and the RAG for Q2.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Rushcliffe Borough Council \u2013 Corporate Performance Report, Quarter 2 2024/25",
    )
    sheet["A2"] = "Measures grouped by Corporate Strategy 2024-2027 priority and service area."
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, ["Code", "Measure", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, row_values in enumerate(ROWS):
        row = 5 + i
        if row_values[0] in ("P", "T"):
            priority = row_values[0] == "P"
            cell = sheet.cell(row=row, column=1, value=row_values[1])
            cell.font = (
                Font(bold=True, color="FFFFFFFF") if priority else Font(bold=True, italic=True)
            )
            for col in range(1, 7):
                sheet.cell(row=row, column=col).fill = PRIORITY_FILL if priority else THEME_FILL
            continue
        code, name, q1, q2, target, rag = row_values
        put_row(sheet, row, 1, [code, name, q1, q2, target, rag])
        t = None if target is None else float(str(target))
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2), t, None if rag is None else RAG[str(rag)]
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="RAG: Green on or above target; Amber within 10%; Red more than 10% from target. "
               "PK02 is reported for information.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 66
    save(book, path)
    return exp
