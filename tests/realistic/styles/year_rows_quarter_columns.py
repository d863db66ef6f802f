"""A row per measure per financial year, the year in a 'Year' column, Q1..Q4 and 'Full year' across, a target per row."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "PI trend"
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FIRST_ROW = 5
TOP = Border(top=Side(style="thin"))

# code, indicator, repeat code and name on later rows?, then per year:
# (year as typed, canonical year, Q1, Q2, Q3, Q4, full year, target, RAG)
MEASURES: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major planning applications determined within 13 weeks or an agreed extension (%)", False, (
        ("2022/23", "2022/23", 75.0, 66.7, 80.0, 71.4, 73.1, 60.0, None),
        ("2023/24", "2023/24", 83.3, 100.0, 60.0, 85.7, 81.8, 60.0, None),
        ("2024/25", "2024/25", 66.7, 57.1, 61.5, None, None, 65.0, "A"),
    )),
    ("PL02", "Minor planning applications determined within 8 weeks or an agreed extension (%)", False, (
        ("2022/23", "2022/23", 71.2, 68.4, 74.0, 77.5, 72.6, 70.0, None),
        ("2023/24", "2023/24", 79.1, 82.6, 80.3, 84.0, 81.4, 70.0, None),
        ("2024/25", "2024/25", 85.2, 88.0, 86.9, None, None, 75.0, "G"),
    )),
    ("PL03", "Other planning applications determined within 8 weeks or an agreed extension (%)", True, (
        ("2022-23", "2022/23", 84.5, 82.0, 87.3, 88.9, 85.6, 80.0, None),
        ("2023-24", "2023/24", 90.2, 91.7, 89.4, 92.8, 91.0, 80.0, None),
        ("2024-25", "2024/25", 93.1, 90.6, 92.4, None, None, 85.0, "G"),
    )),
    ("PL04", "Planning appeals allowed against the council's decision (%)", False, (
        ("2022/23", "2022/23", 33.3, 20.0, 40.0, 25.0, 29.4, 30.0, None),
        ("2023/24", "2023/24", 16.7, 50.0, 28.6, 33.3, 31.8, 30.0, None),
        ("2024/25", "2024/25", 20.0, 42.9, 37.5, None, None, 30.0, "R"),
    )),
    ("PL05", "Planning enforcement cases closed", True, (
        ("2022/23", "2022/23", 41.0, 38.0, 29.0, 47.0, 155.0, None, None),
        ("2023/24", "2023/24", 52.0, 45.0, 36.0, 50.0, 183.0, None, None),
        ("2024/25", "2024/25", 48.0, None, 39.0, None, None, None, None),
    )),
    ("EH01", "Food businesses rated 3 (generally satisfactory) or better (%)", False, (
        ("2022/23", "2022/23", 95.8, 96.1, 96.0, 96.4, 96.4, 95.0, None),
        ("2023/24", "2023/24", 96.7, 96.9, 97.2, 97.0, 97.0, 95.0, None),
        ("2024/25", "2024/25", 97.4, 97.1, 96.8, None, None, 97.0, "A"),
    )),
    ("EH02", "Noise complaints first responded to within 3 working days (%)", True, (
        ("2023/24", "2023/24", 78.6, 84.2, 88.0, 91.3, 85.4, 85.0, None),
        ("2024/25", "2024/25", 89.5, 92.0, 94.1, None, None, 90.0, "G"),
    )),
    ("LI01", "Licence applications decided within the statutory period (%)", False, (
        ("2022/23", "2022/23", 98.1, 100.0, 97.4, 99.0, 98.6, 98.0, None),
        ("2023/24", "2023/24", 99.2, 98.8, 100.0, 99.5, 99.4, 98.0, None),
        ("2024/25", "2024/25", 100.0, 99.1, 98.9, None, None, 99.0, "A"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's planning and regulatory services trend table.

    A trend table kept for scrutiny, one row per indicator per financial
    year: the year in a 'Year' column, the quarters across (Q1, Q2, Q3, Q4)
    and a 'Full year' outturn, with that year's target on the row and an
    R/A/G only on the current year's row. Some indicators have their code
    and name typed on the first of their rows and left blank below; others
    were filled down onto every row; one officer typed the years '2022-23'.
    The noise measure began in 2023/24 and has two rows; one enforcement
    quarter is missing; 2024/25 runs to Q3.

    A careful reader takes the year from the 'Year' cell and the quarter
    from the column heading (Q2 on the 2023/24 row is Q2 2023/24), the full
    year as the year itself, each row's target for every period on that row
    (targets change from year to year), blank rows' code and name from the
    row above, and the R/A/G for the latest quarter given on the 2024/25 row.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wyre Forest District Council \u2013 Planning and Regulatory Services")
    sheet["A2"] = "Performance indicator trend, 2022/23 to 2024/25 (Quarter 3)"
    sheet["A2"].font = Font(italic=True)
    header = ["Code", "Performance indicator", "Year", *QUARTERS, "Full year", "Target", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(3, 11):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    row = FIRST_ROW
    for code, name, repeat, years in MEASURES:
        assert isinstance(years, tuple)
        for y, (typed, year, *figures, target, rag) in enumerate(years):
            label = [code, name] if y == 0 or repeat else [None, None]
            put_row(sheet, row, 1, [*label, typed, *figures, target, rag])
            if y == 0:
                for col in range(1, 11):
                    sheet.cell(row=row, column=col).border = TOP
            periods = [f"{q} {year}" for q in QUARTERS] + [str(year)]
            goal = None if target is None else float(str(target))
            status = RAG[str(rag)] if rag is not None else None
            exp.observations += observed(str(code), str(name), periods, figures, goal, status)
            row += 1
    notes = (
        "Full year: the outturn for the whole financial year (for PL05, the total of the quarters).",
        "RAG compares the latest quarter of 2024/25 with the 2024/25 target. PL05 Q2 2024/25 not "
        "reported (case management system change).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp
