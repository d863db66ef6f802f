"""Missing figures written every way people write them: '-', '\u2013', 'n/a', '..', '*', 'c', 'x', 'tbc', words, blank."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
DASH = "\u2013"

# ref, measure, target (number or text), Q1, Q2, Q3, Q4, RAG (None: blank cell)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ACH01", "Older people still at home 91 days after discharge from hospital into reablement (%)",
     82.0, 79.4, 81.2, "..", "awaiting data", None),
    ("ACH02", "Adults with a learning disability in paid employment (%)",
     5.0, 4.1, 4.3, 4.6, 4.8, "Amber"),
    ("ACH03", "Safeguarding enquiries where the risk was reduced or removed (%)",
     90.0, 91.5, "*", 88.9, 92.7, "Green"),
    ("ACH04", "Average days from referral to start of a home care package",
     14.0, 16.0, "-", 15.2, 13.8, "Green"),
    ("ACH05", "Carers' assessments completed",
     "n/a", 412, 398, "tbc", 455, "N/A"),
    ("ACH06", "Deprivation of Liberty Safeguards applications completed within 21 days (%)",
     25.0, 18.0, 21.0, None, 24.0, "Amber"),
    ("ACH07", "Adult social care users who have as much social contact as they would like (%)",
     46.0, None, None, None, "Not available", None),
    ("PH01", "Smokers setting a quit date who have quit at 4 weeks (%)",
     50.0, 53.1, 49.8, "c", 51.6, "Green"),
    ("PH02", "Eligible population aged 40-74 receiving an NHS Health Check (%)",
     50.0, 44.6, "Not available", DASH, 47.3, "Amber"),
    ("PH03", "Under-18 conception rate per 1,000 females aged 15-17",
     14.0, "x", "x", 13.2, None, None),
    ("PH04", "Successful completion of drug treatment - opiate users (%)",
     6.0, 5.2, 5.6, "n/a", "N/A", "N/A"),
    ("PH05", "Children with excess weight in Reception (%)",
     21.0, None, None, 22.4, "tbc", None),
)  # fmt: skip

KEY = (
    "Key to symbols",
    "..  figure not yet available from the national data collection",
    "*   fewer than 5 cases - figure withheld",
    "c   confidential: suppressed to protect individuals (small numbers)",
    "x   not available for this period (annual or lagged measure)",
    "-   / \u2013  no data returned by the service",
    "tbc  figure to be confirmed after validation",
    "Blank cells: not collected for that quarter.",
)


def build(path: Path) -> Expected:
    """Imitates an adult care and public health quarterly report pasted together from many returns.

    When a year-end report is assembled from service returns, national
    collections and public health extracts, each source marks a missing
    figure its own way: the statistician's '..', '*', 'c' (confidential)
    and 'x' (not available) from the GSS symbol conventions, a hyphen or an
    en dash typed by an officer, 'n/a' and 'N/A', 'tbc', 'Not available',
    'awaiting data', or simply a blank cell. A key under the table explains
    most of them. The status column also holds 'N/A' where no rating was
    given (a count with no target, a quarter without a figure).

    A careful reader takes every real figure with the row's single target,
    records each marker as what the cell said (no figure, the text kept,
    never a zero), takes a blank cell as no observation, reads the status
    column as the rating of the row's latest entry, 'N/A' there as no
    rating, and a Target cell of 'n/a' as no target.
    """
    book, sheet = new_book("ACH Q4")
    title(
        sheet, "A1", "Wirral Council - Adult Care and Health: Performance Report Quarter 4 2024/25"
    )
    sheet["A2"] = (
        "Sources: local case management system, NHS Digital, OHID Fingertips, service returns"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", "2024/25 Target", *QUARTERS, "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, target, q1, q2, q3, q4, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, target, q1, q2, q3, q4, rag])
        for col in range(3, 9):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        t = float(target) if isinstance(target, float) else None
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3, q4), t, RAG.get(str(rag))
        )
    key = 5 + len(ROWS) + 1
    for j, line in enumerate(KEY):
        sheet.cell(row=key + j, column=1, value=line).font = Font(bold=j == 0, size=9)
    sheet.column_dimensions["B"].width = 72
    save(book, path)
    return exp
