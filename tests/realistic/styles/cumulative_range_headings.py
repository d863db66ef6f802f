"""Year-to-date columns headed by the months they cover from April: 'Apr–Jun 24', 'Apr-Sep 24', 'Apr–Dec 24'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "YTD Performance"
# as typed: en dash, hyphen, en dash
HEADINGS = ("Apr\u2013Jun 24", "Apr-Sep 24", "Apr\u2013Dec 24")
# April to the end of June is the first quarter, to September the half year
SPANS = ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
FIRST = 6  # first indicator row

# ref, measure, cumulative figures to Jun / Sep / Dec, year-end target, RAG (Apr-Dec)
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB01", "Council tax collected (% of net collectable debit)", 29.4, 57.1, 84.9, 98.0, "G"),
    ("RB02", "Business rates collected (% of net collectable debit)", 31.2, 58.0, 83.7, 98.5, "A"),
    ("RB03", "Average days to process new Housing Benefit and Council Tax Support claims", 18.2, 17.5, 16.9, 18.0, "G"),
    ("RB04", "Average days to process changes of circumstances", 6.1, 5.8, 6.4, 6.0, "A"),
    ("RB05", "Housing Benefit overpayments recovered (\u00a3)", 61240, 118905, 170330, 230000, "G"),
    ("HS01", "Households prevented or relieved from homelessness", 71, 148, 209, 280, "A"),
    ("HS02", "Affordable homes delivered", 22, 47, 58, 120, "R"),
    ("WS01", "Household waste sent for reuse, recycling and composting (%)", 62.4, 61.8, "Data to follow", 60.0, None),
    ("WS02", "Missed bin collections per 100,000 collections", 38, 41, 44, 40, "R"),
    ("PL01", "Major planning applications determined within 13 weeks or agreed time (%)", 100.0, 91.7, 88.2, 90.0, "A"),
    ("PL02", "Minor planning applications determined within 8 weeks or agreed time (%)", 84.1, 86.0, 87.3, 85.0, "G"),
    ("CS01", "Stage 1 complaints responded to within 10 working days (%)", 88.0, 90.5, 91.2, 95.0, "R"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's cumulative year-to-date performance report.

    Cotswold District Council style, a finance-led quarterly report where
    every figure is the year to date: the columns are headed by the months
    they cover from April, 'Apr\u2013Jun 24', 'Apr-Sep 24', 'Apr\u2013Dec 24'
    (typed with an en dash, a hyphen and an en dash again); a line above the
    table says the figures are cumulative from 1 April 2024. Then a
    'Year-end target' and a 'RAG (Apr\u2013Dec)' for the latest span,
    filled. Recycling figures lag a quarter: WS01's Apr\u2013Dec cell says
    'Data to follow' and it has no RAG.

    A careful reader places each figure on the span its heading names,
    April to June 2024 (the first quarter, Q1 2024/25), April to September
    2024 (the half year, H1 2024/25) and April to December 2024 (Apr
    2024\u2013Dec 2024); the hyphen and the en dash mean the same. The
    single target column names no year and is written against each figure of
    its row as the sheet gives it (a year-end target: the part-year rates
    and running totals are rated by the sheet's own RAG, not recomputed).
    The RAG belongs to April to December. WS01's Apr\u2013Dec is kept as what
    it said. No polarity or unit column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cotswold District Council \u2013 Corporate Performance Report 2024/25")
    sheet["A2"] = "Quarter 3 monitoring to Cabinet"
    sheet["A3"] = (
        "All figures are cumulative: each column is the year to date from 1 April 2024 to the end "
        "of the month shown."
    )
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Measure", *HEADINGS, "Year-end target", "RAG (Apr\u2013Dec)"]
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, *figures, target, rag) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, *figures, target, rag])
        if isinstance(target, int) and target >= 1000:
            for letter in "CDEF":
                sheet[f"{letter}{row}"].number_format = "#,##0"
        if rag is not None:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
            sheet[f"G{row}"].alignment = Alignment(horizontal="center")
        exp.observations += observed(
            str(ref),
            str(name),
            SPANS,
            figures,
            float(str(target)),
            None if rag is None else RAG[str(rag)],
        )
    foot = FIRST + len(ROWS) + 1
    notes = (
        "RAG compares the position at the end of December with the profile needed to reach the "
        "year-end target.",
        "WS01: recycling tonnages are confirmed by Gloucestershire County Council a quarter in "
        "arrears.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 70
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 13
    save(book, path)
    return exp
