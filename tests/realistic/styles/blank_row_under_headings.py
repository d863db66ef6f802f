"""A merged year heading, a thin shaded spacer row, the quarter headings, then a blank row before the data."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "PIs 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
UNDER = Border(bottom=Side(style="medium"))
LAST_COL = 8  # A..H

# portfolio, then its indicators: ref, indicator, Q1, Q2, Q3 (Q4 not yet reported), target, RAG
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Resources", (
        ("R1", "Calls to customer services answered within 60 seconds (%)", 78.4, 81.9, 84.6, 85.0, "A"),
        ("R2", "Stage 1 complaints answered within 10 working days (%)", 88.0, 91.5, 93.2, 90.0, "G"),
        ("R3", "Undisputed invoices paid within 30 days (%)", 96.2, 97.4, 98.1, 98.0, "G"),
        ("R4", "Average working days lost to sickness per FTE in the quarter", 2.1, 2.5, 2.6, 2.0, "R"),
    )),
    ("Place", (
        ("P1", "Major planning applications determined within 13 weeks (%)", 100.0, 75.0, 85.7, 80.0, "G"),
        ("P2", "Minor planning applications determined within 8 weeks (%)", 82.4, None, 79.5, 85.0, "R"),
        ("P3", "Household waste sent for reuse, recycling and composting (%)", 54.1, 53.6, 49.8, 52.0, "A"),
        ("P4", "Fly-tipping incidents removed within 3 working days (%)", 91.0, 94.3, 95.7, 95.0, "G"),
        ("P5", "Missed bin collections per 100,000 collections", 42.0, 57.0, 61.0, 50.0, "R"),
    )),
    ("Communities", (
        ("C1", "Households prevented from becoming homeless", 31, 27, 35, 30, "G"),
        ("C2", "Households in bed and breakfast accommodation at quarter end", 4, 6, 3, 5, "G"),
        ("C3", "Disabled facilities grants approved", 9, 12, 7, 10, "R"),
        ("C4", "Visits to Blackwater Leisure Centre", 61207, 64880, 57650, 60000, "A"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance indicator report to committee.

    Maldon District Council style, laid out for printing: '2024/25' merged
    across the quarter columns, then a thin grey-shaded spacer row (four
    points high), then the headings row ('Ref', 'Performance indicator',
    bare 'Q1'..'Q4', 'Target', 'RAG'), then an empty row before the first
    portfolio row ('Resources', shaded), and an empty row between
    portfolios ('Place', 'Communities'). Q4 is an empty column awaiting the
    year-end figures. RAG letters filled; a key under the table says the RAG
    rates Quarter 3. P2's Q2 figure is blank (planning system migration).

    A careful reader reads past the spacer and blank rows: the quarter
    headings take their year from the merged '2024/25' above (Q1 is Q1
    2024/25), the single Target applies to each quarter of its row, and the
    RAG belongs to Q3, the row's latest figure (for P2 too: only Q2 is
    missing). Blank cells, including the whole Q4 column, are no
    observation; the portfolio rows and the empty rows are not indicators.
    No polarity or unit column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Maldon District Council")
    sheet["A2"] = (
        "Corporate performance indicators \u2013 Quarter 3 report to the Performance, "
        "Governance and Audit Committee"
    )
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "C4:F4", "2024/25")
    for col in range(1, LAST_COL + 1):  # the thin shaded spacer under the year
        sheet.cell(row=5, column=col).fill = GREY
    sheet.row_dimensions[5].height = 4
    header = ["Ref", "Performance indicator", "Q1", "Q2", "Q3", "Q4", "Target", "RAG"]
    put_row(sheet, 6, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=6, column=col)
        cell.border = UNDER
        if col > 2:
            cell.alignment = Alignment(horizontal="center")
    sheet.row_dimensions[7].height = 6  # the blank row before the data
    exp = Expected([])
    row = 8
    for s, (portfolio, rows) in enumerate(SECTIONS):
        if s:
            row += 1  # a blank row between portfolios
        sheet.cell(row=row, column=1, value=portfolio).font = Font(bold=True)
        for col in range(1, LAST_COL + 1):
            sheet.cell(row=row, column=col).fill = SECTION
        row += 1
        for ref, name, q1, q2, q3, target, rag in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, q3, None, target, rag])
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
            exp.observations += observed(
                str(ref),
                str(name),
                QUARTERS[:3],
                (q1, q2, q3),
                float(str(target)),
                RAG[str(rag)],
            )
            row += 1
    row += 1
    notes = (
        "RAG rates the Quarter 3 figure against the target: G on or better than target, "
        "A within 5%, R more than 5% worse.",
        "P2: Quarter 2 figure not available following the planning system migration. "
        "Quarter 4 figures will be reported at year end.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["H"].width = 7
    save(book, path)
    return exp
