"""Monthly finance and performance columns headed with financial period numbers, 'P1' to 'P7'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

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

SHEET = "Monitor P7"
HEADINGS = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024", "Oct 2024")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}

# ref, measure, unit, target for 2024/25, P1..P7, RAG (at P7)
ROWS: tuple[tuple[object, ...], ...] = (
    ("FP01", "Undisputed invoices paid within 30 days", "%", 95,
     (96.1, 94.8, 97.2, 95.5, 93.9, 96.0, 95.7), "G"),
    ("FP02", "Sundry debt more than 90 days old", "\u00a3000", 450,
     (512, 498, 476, 463, 471, 448, 439), "G"),
    ("FP03", "Business rates arrears from previous years", "\u00a3000", 900,
     (1046, 1012, 988, 957, 941, 930, 925), "A"),
    ("FP04", "Spend on agency and interim staff in the period", "\u00a3000", None,
     (84.2, 91.7, 77.9, 102.3, 95.0, 88.6, "TBC"), None),
    ("FP05", "Average days taken to pay suppliers", "days", 10,
     (9.2, 10.4, 8.7, 8.9, 11.3, 9.6, 9.1), "G"),
    ("FP06", "Working days lost to sickness per FTE in the period", "days", 0.75,
     (0.81, 0.69, 0.72, 0.58, 0.77, 0.84, 0.91), "R"),
    ("FP07", "Third-party spend with suppliers based in the district", "%", 35,
     (31.2, 36.8, 33.5, 38.1, 34.0, 37.6, None), None),
    ("FP08", "Average rate of return on treasury investments", "%", 4.75,
     (5.12, 5.08, 5.03, 4.96, 4.91, 4.84, 4.79), "G"),
    ("FP09", "Housing Benefit overpayments recovered in the period", "\u00a3000", 40,
     (36.5, 42.1, 38.9, 44.6, 41.2, 39.7, 43.8), "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's monthly corporate finance and performance monitor.

    Finance teams close the ledger by accounting period, and their monthly
    monitor heads its columns with the period numbers of the financial year
    the title names: P1 is April 2024, P7 is October 2024 (the figures for
    the period just closed are provisional). Money lines are in £000 beside
    percentage and day measures, with a 'Unit' column, the year's target in
    'Target 2024/25' (a level each period is held to: a ceiling on old
    debt, a payment standard, a monthly recovery figure) and a RAG for the
    latest period.

    A careful reader places P1..P7 on April to October 2024. The year's
    target applies to each period of its row; agency spend has no target,
    and its October figure was still 'TBC'. The local-spend figure for P7
    was not yet available, so that row has no rating. The unit stated for
    the percentage and day measures is expected; the £000 lines are money
    in thousands.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Kesteven District Council")
    sheet["A2"] = "Corporate Finance and Performance Monitor 2024/25 \u2013 Period 7"
    header = ["Ref", "Measure", "Unit", "Target 2024/25", *HEADINGS, "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, unit, target, months, rag) in enumerate(ROWS):
        row = 5 + i
        assert isinstance(months, tuple)
        put_row(sheet, row, 1, [ref, name, unit, target, *months, rag])
        if rag is not None:
            fill(sheet, f"L{row}", FILLS[str(rag)])
        goal = None if target is None else float(str(target))
        status = None if rag is None else RAG[str(rag)]
        exp.observations += observed(str(ref), str(name), MONTHS, months, goal, status)
        if unit in ("%", "days"):
            exp.add_meta(str(ref), str(name), None, str(unit))
    foot = 6 + len(ROWS)
    notes = (
        "P7 figures are provisional until the ledger is closed.",
        "FP04: October agency invoices still being matched to orders.",
        "FP07: the October spend analysis had not been run at the time of writing.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp
