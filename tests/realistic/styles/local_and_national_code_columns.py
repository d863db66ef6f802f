"""A local 'KPI ID' column beside a 'National ref' column (ASCOF, SALT) that is blank for local-only measures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "ASC KPIs"
HEADINGS = ("Q1 24/25", "Q2 24/25")
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}

# KPI ID, national reference (None for local measures), measure, Q1, Q2, target, Q2 RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC-01", "ASCOF 1C(2a)", "People using social care who receive direct payments (%)", 24.1, 24.6, 26.0, "A"),
    ("ASC-02", "ASCOF 2A(2)", "Older people (65+) whose long-term support needs are met by admission to residential or nursing care, per 100,000 (rolling 12 months)",
     612.5, 604.1, 560.0, "A"),
    ("ASC-03", "ASCOF 2B (1)", "Older people still at home 91 days after discharge from hospital into reablement (%)", 86.3, 84.9, 82.0, "G"),
    ("ASC-04", None, "Care Act assessments completed within 28 days of first contact (%)", 61.5, 66.2, 75.0, "R"),
    ("ASC-05", "ASCOF 1E", "Adults with a learning disability in paid employment (%)", 4.8, 5.1, 5.5, "A"),
    ("ASC-06", None, "People waiting for an occupational therapy assessment", 412, 377, 300, "R"),
    ("ASC-07", "ASCOF 1G", "Adults with a learning disability living in their own home or with family (%)", 79.4, 80.1, 80.0, "G"),
    ("ASC-08", None, "Safeguarding concerns decided within 2 working days (%)", 88.0, 91.7, 90.0, "G"),
    ("ASC-09", "SALT LTS002a", "Long-term clients reviewed in the year (%)", 52.3, 68.9, 80.0, "R"),
    ("ASC-10", None, "Home care hours awaiting a provider at month end", 1240, 985, 800, "R"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county adult social care scorecard with local and national references.

    Social care teams give every measure their own local reference ('KPI
    ID') and, beside it, the national framework reference it is reported
    under (ASCOF measures such as 'ASCOF 1C(2a)', a SALT table line), the
    national column blank for the measures the council tracks for itself.
    The national references are not written consistently ('ASCOF 2B (1)'
    with a space). Two quarters, one Target, a RAG for the second quarter.

    A careful reader takes the local ID as each measure's code: it is there
    on every row and unique, while the national reference is missing on
    four rows and is a cross-reference to a national definition, not the
    council's identifier.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Dorset Council \u2013 Adult Social Care and Housing: key performance indicators",
    )
    sheet["A2"] = (
        "Quarter 2 2024/25. National ref: Adult Social Care Outcomes Framework (ASCOF) or SALT return; blank = local measure."
    )
    put_row(
        sheet, 4, 1, ["KPI ID", "National ref", "Measure", *HEADINGS, "Target", "RAG"], bold=True
    )
    exp = Expected([])
    for i, (kpi, national, name, q1, q2, target, rag) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [kpi, national, name, q1, q2, target, rag])
        exp.observations += observed(
            str(kpi), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(rag)]
        )
    foot = 6 + len(ROWS)
    sheet.cell(row=foot, column=1, value="RAG: G on or better than target; A within 10%; R more than 10% off target.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["C"].width = 70
    save(book, path)
    return exp
