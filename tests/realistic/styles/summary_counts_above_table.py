"""A 'Performance summary' block of Green/Amber/Red/Data only counts by portfolio above the KPI table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag | None] = {"Green": "green", "Amber": "amber", "Red": "red", "Data only": None}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
WORDS = ("Green", "Amber", "Red", "Data only")

# portfolio, ref, indicator, Q1, Q2, target, RAG, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources", "R1", "Calls answered by the customer contact centre (%)", 88.1, 84.9, 85.0, "Amber", "0.1 points below target."),
    ("Resources", "R2", "Invoices paid within 30 days (%)", 95.8, 96.4, 95.0, "Green", None),
    ("Resources", "R3", "Freedom of Information requests answered within 20 working days (%)", 86.0, 81.3, 90.0, "Red", "Higher volumes over the summer; two staff on long-term leave."),
    ("Communities", "C1", "Anti-social behaviour cases closed within 28 days (%)", 74.0, 79.5, 75.0, "Green", None),
    ("Communities", "C2", "Visits to leisure centres", 214310.0, 198702.0, None, "Data only", "Seasonal dip in August."),
    ("Communities", "C3", "Food premises inspections due that were completed (%)", 88.0, 92.0, 95.0, "Amber", None),
    ("Place", "P1", "Major planning applications determined in time (%)", 100.0, 90.9, 60.0, "Green", None),
    ("Place", "P2", "Minor planning applications determined in time (%)", 64.0, 67.2, 70.0, "Amber", None),
    ("Place", "P3", "Fly-tipping incidents reported", 512.0, 587.0, None, "Data only", None),
    ("Housing", "H1", "Households in temporary accommodation (snapshot at quarter end)", 148.0, 171.0, 130.0, "Red", "Rising demand from private rented sector evictions."),
    ("Housing", "H2", "Average days to re-let council homes", 27.0, 24.5, 25.0, "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a corporate performance report whose sheet opens with a summary of ratings.

    Quarterly performance reports often open with a 'Performance summary' box
    counting how many measures in each portfolio are Green, Amber, Red or
    'Data only' (measures monitored without a target), with totals, and put
    the real indicator table a few rows further down the same sheet. The
    counts describe the table below; they are not figures of any indicator,
    and 'Resources' in the box is a portfolio. A careful reader takes the
    observations from the KPI table alone: both quarters with the target,
    the RAG for Q2, and 'Data only' as no rating (those rows have no target).
    """
    book, sheet = new_book("Q2 2024-25")
    title(sheet, "A1", "Corporate Performance Report - Quarter 2 2024/25")
    sheet["A3"] = "Performance summary Q2 2024/25"
    sheet["A3"].font = Font(bold=True, size=12)
    put_row(sheet, 4, 1, ["Portfolio", *WORDS, "Total"], bold=True)
    portfolios = list(dict.fromkeys(str(r[0]) for r in ROWS))
    totals = [0] * len(WORDS)
    for i, portfolio in enumerate(portfolios):
        ratings = [str(r[6]) for r in ROWS if r[0] == portfolio]
        counts = [ratings.count(word) for word in WORDS]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        put_row(sheet, 5 + i, 1, [portfolio, *counts, len(ratings)])
    put_row(sheet, 5 + len(portfolios), 1, ["Total", *totals, len(ROWS)], bold=True)
    top = 5 + len(portfolios) + 3
    sheet.cell(row=top, column=1, value="Key performance indicators").font = Font(
        bold=True, size=12
    )
    header = ["Portfolio", "Ref", "Indicator", *QUARTERS, "Target", "RAG", "Comments"]
    put_row(sheet, top + 1, 1, header, bold=True)
    exp = Expected([])
    for j, (area, ref, measure, q1, q2, target, rag, comment) in enumerate(ROWS):
        put_row(sheet, top + 2 + j, 1, [area, ref, measure, q1, q2, target, rag, comment])
        t = float(target) if isinstance(target, float) else None
        exp.observations += observed(str(ref), str(measure), QUARTERS, (q1, q2), t, RAG[str(rag)])
    sheet.column_dimensions["C"].width = 62
    save(book, path)
    return exp
