"""Quarter columns for the earlier quarters ('Q1', 'Q2') then the current quarter's months ('Oct', 'Nov', 'Dec')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, merge, new_book, observed, put_row, save, title

SHEET = "Waste Dec 24"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Oct 2024", "Nov 2024", "Dec 2024")
HEADINGS = ("Q1", "Q2", "Oct", "Nov", "Dec")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# ref, indicator, Q1, Q2, Oct, Nov, Dec, target, RAG (December)
ROWS: tuple[tuple[object, ...], ...] = (
    ("WR01", "Household waste sent for reuse, recycling or composting (%)", 54.2, 55.8, 49.1, 44.3, 38.7, 50.0, "Red"),
    ("WR02", "Missed bin collections per 100,000 scheduled", 38.0, 42.0, 35.0, 51.0, 64.0, 45.0, "Red"),
    ("WR03", "Missed collections put right by the end of the next working day (%)", 96.4, 95.1, 97.2, 94.8, 93.1, 95.0, "Amber"),
    ("WR04", "Residual household waste collected (kg per household)", 98.5, 101.2, 33.6, 32.9, 36.4, None, None),
    ("WR05", "Garden waste service subscribers", 38412, 39105, 39188, 39190, 39201, None, None),
    ("WR06", "Fly-tips cleared within 2 working days (%)", 91.0, 88.5, 93.3, 90.2, "Awaiting data", 90.0, None),
    ("WR07", "Bulky waste collections made within 10 working days (%)", 97.8, 98.3, 100.0, 96.7, 98.9, 95.0, "Green"),
    ("WR08", "Waste enquiries resolved at first contact (%)", 82.0, 84.5, 85.1, 83.9, 86.2, 85.0, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's waste and recycling monthly performance sheet in December.

    The sheet is rolled forward each month: once a quarter has closed its
    three month columns are collapsed into one quarter column, so in
    December it shows 'Q1' and 'Q2' for the closed quarters and 'Oct',
    'Nov' and 'Dec' for the quarter under way, with the year only in the
    title ('2024/25'). One Target column and a RAG for the latest month.
    The December fly-tipping figure was awaiting the contractor's return;
    its row has no rating.

    A careful reader takes Q1 and Q2 as quarters of 2024/25 and the months
    as October to December 2024 (the financial year's months), each a
    period of its own; the quarter figures are not sums of months shown
    here and the months are not repeated in a Q3 column. The target applies
    to every period in its row (percentages and a rate, the same for a
    month as for a quarter); the residual waste and subscriber counts have
    none. The RAG rates December.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Kesteven District Council")
    sheet["A2"] = (
        "Waste and Recycling Service \u2013 performance report 2024/25 (to end of December)"
    )
    merge(sheet, "C4:D4", "Quarter")
    merge(sheet, "E4:G4", "Month")
    header = ["Ref", "Indicator", *HEADINGS, "Target", "RAG"]
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(3, 10):
        sheet.cell(row=5, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    for i, (ref, name, q1, q2, oct_, nov, dec, target, rag) in enumerate(ROWS):
        row = 6 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, oct_, nov, dec, target, rag])
        if ref == "WR05":
            for col in range(3, 8):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        exp.observations += observed(
            str(ref),
            str(name),
            PERIODS,
            (q1, q2, oct_, nov, dec),
            None if target is None else float(str(target)),
            RAG.get(str(rag)),
        )
    foot = 6 + len(ROWS) + 1
    notes = (
        "Quarterly columns are shown once a quarter has closed; the current quarter is shown "
        "by month. Figures for the most recent month are provisional.",
        "Garden waste subscribers: live subscriptions at the end of the period.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 66
    save(book, path)
    return exp
