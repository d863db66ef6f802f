"""Wrapped two-line headings ('Q1\\n2024/25'), shaded portfolio rows, future quarters left blank."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, PatternFill

from tests.realistic.kit import BOLD, Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEADINGS = ("Q1\n2024/25", "Q2\n2024/25", "Q3\n2024/25", "Q4\n2024/25")
GREY = "FFD9D9D9"

# portfolio, then rows: ref, indicator, annual target, Q1, Q2, RAG (Q2)
PORTFOLIOS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Adult Social Care and Health", (
        ("AH1", "Adults with learning disabilities in paid employment (%)", 6.0, 5.1, 5.4, "A"),
        ("AH2", "Permanent admissions to care homes, aged 65+ (per 100,000)", 560.0, 148.0, 301.0, "R"),
        ("AH3", "Safeguarding enquiries where risk was reduced or removed (%)", 90.0, 92.0, 93.5, "G"),
    )),
    ("Environment and Transport", (
        ("ET1", "Principal roads where maintenance should be considered (%)", 4.0, 3.0, 3.0, "G"),
        ("ET2", "Bus services running on time (%)", 85.0, 79.0, 81.5, "A"),
    )),
    ("Resources", (
        ("RS1", "Council tax collected in year (%)", 97.0, 29.4, 56.8, "G"),
        ("RS2", "Invoices paid within 30 days (%)", 95.0, 91.0, 89.0, "R"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance report to cabinet, early in the year.

    The table is designed for print: headings wrap onto two lines ('Q1' over
    '2024/25', 'Annual' over 'Target', 'RAG' over 'Status'), each portfolio
    opens with a grey shaded row merged across the table, and the whole
    year's quarter columns are printed from the start, so Q3 and Q4 are blank
    at Q2. The annual target applies to each quarter; the RAG to Q2.
    """
    book, sheet = new_book("Cabinet Report")
    title(sheet, "A1", "Quarterly Performance Report - Quarter 2 2024/25")
    header = ["Ref", "Indicator", "Annual\nTarget", *HEADINGS, "RAG\nStatus"]
    put_row(sheet, 3, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=3, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    sheet.row_dimensions[3].height = 32
    exp = Expected([])
    row = 4
    for portfolio, rows in PORTFOLIOS:
        cell = sheet.cell(row=row, column=1, value=portfolio)
        cell.font = BOLD
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = PatternFill(
                "solid", start_color=GREY, end_color=GREY
            )
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
        row += 1
        for ref, name, target, q1, q2, rag in rows:
            put_row(sheet, row, 1, [ref, name, target, q1, q2, None, None, rag])
            t = float(str(target))
            exp.observations += [
                Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
                Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t, RAG[str(rag)]),
            ]
            row += 1
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
