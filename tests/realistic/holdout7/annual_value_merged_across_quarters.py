"""A year-end quarterly table where annual-only measures have one figure merged across Q1 to Q4."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    BOLD,
    Expected,
    Obs,
    Rag,
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")

# PI code, indicator, Q1..Q4 (a single float = one annual figure merged C:F), target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("EL 01", "Household waste sent for reuse, recycling and composting (%)",
     (53.8, 56.1, 49.7, 44.2), 52.0, "R", "Garden waste tonnage down in Q3-Q4 as usual."),
    ("EL 02", "Missed bin collections per 100,000 collections",
     (41.0, 37.0, 52.0, 46.0), 45.0, "A", None),
    ("EL 03", "Fly-tipping incidents removed within 5 working days (%)",
     (94.2, 96.8, 97.5, 98.1), 95.0, "G", None),
    ("EL 04", "Residents satisfied with the cleanliness of their neighbourhood (%)",
     71.0, 75.0, "R", "Annual residents' survey, fieldwork November 2024."),
    ("EL 05", "Visits to leisure centres (quarterly)",
     (148210.0, 139774.0, 131902.0, 152360.0), 140000.0, "G", "Full year total 572,246."),
    ("EL 06", "Food premises rated 4 or 5 under the Food Hygiene Rating Scheme (%)",
     (92.4, 92.9, 93.3, 93.1), 92.0, "G", None),
    ("EL 07", "Carbon emissions from council buildings and fleet (tonnes CO2e)",
     4186.0, 4300.0, "G", "Annual figure; calculated from energy and fuel invoices."),
    ("EL 08", "Average days to process a new premises licence application",
     (24.0, 31.0, 27.0, 22.0), 28.0, "G", None),
    ("EL 09", "Parks holding a Green Flag Award",
     6.0, 7.0, "R", "Annual award, announced July 2024."),
    ("EL 10", "Noise complaints responded to within 3 working days (%)",
     (88.5, 83.0, None, 90.6), 90.0, "G", "Q3 figure not available (system migration)."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's year-end environment and leisure performance report.

    The report keeps one actual column per quarter of 2024/25. Measures
    collected once a year (the residents' survey, the council's carbon
    footprint, Green Flag awards) have their single figure typed into a cell
    merged across the four quarter columns and centred, as officers do to
    show it belongs to no one quarter. A careful reader takes each quarterly
    figure for its quarter and each merged figure as the figure for the year
    2024/25, the one target for every period in the row, and the RAG for the
    row's latest figure (Q4, or the year for an annual measure).
    """
    book, sheet = new_book("Year end 2024-25")
    title(sheet, "A1", "Mid Devon District Council")
    sheet["A2"] = (
        "Environment and Leisure Policy Development Group - performance to year end 2024/25"
    )
    sheet["A2"].font = BOLD
    header = ["PI code", "Indicator", *QUARTERS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, figures, target, rag, comment) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name])
        put_row(sheet, row, 7, [target, rag, comment])
        t = float(str(target))
        if isinstance(figures, tuple):
            put_row(sheet, row, 3, list(figures))
            exp.observations += observed(str(code), str(name), QUARTERS, figures, t, RAG[str(rag)])
        else:
            merge(sheet, f"C{row}:F{row}", figures)
            sheet[f"C{row}"].font = Font(bold=False)
            exp.observations.append(
                Obs(str(code), str(name), "2024/25", float(str(figures)), None, t, RAG[str(rag)])
            )
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True)
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot, column=1, value="RAG: G = target met; A = within 5% of target; R = target missed."
    )
    sheet.cell(
        row=foot + 1, column=1, value="Annual measures are shown once, across the four quarters."
    )
    for r in (foot, foot + 1):
        sheet.cell(row=r, column=1).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["I"].width = 48
    save(book, path)
    return exp
