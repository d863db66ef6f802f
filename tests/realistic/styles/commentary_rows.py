"""Each indicator's figures row followed by a merged commentary row spanning the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# ref, indicator, target, Q1..Q3, RAG, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH1", "Opiate users successfully completing treatment (%)", 6.0, 4.8, 5.1, 5.5, "Amber",
     "Performance has improved for three quarters; the new provider began in July."),
    ("PH2", "Eligible population offered an NHS Health Check (%)", 20.0, 4.1, 9.0, 13.8, "Green",
     "On course to meet the annual target of 20% by March."),
    ("PH3", "Mothers smoking at time of delivery (%)", 9.0, 11.2, 10.9, 11.4, "Red",
     "Above target and the England average of 7.4%. Commissioning review under way."),
    ("PH4", "Breastfeeding prevalence at 6-8 weeks (%)", 50.0, 47.5, 49.0, 48.2, "Amber",
     "Peer support service extended to two more children's centres."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a cabinet report table laid out like a Word document.

    Reports drafted in Word and pasted into Excel keep each indicator's
    commentary in its own row under the figures, merged across the whole
    table and wrapped. Those rows are commentary, not indicators: the
    sentence 'On course to meet the annual target of 20% by March.' holds a
    number but is not a figure.
    """
    book, sheet = new_book("Public Health")
    title(sheet, "A1", "Public Health Performance - Quarter 3 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Indicator", "Target", *QUARTERS, "RAG"], bold=True)
    exp = Expected([])
    row = 4
    for ref, name, target, q1, q2, q3, rag, comment in ROWS:
        put_row(sheet, row, 1, [ref, name, target, q1, q2, q3, rag])
        sheet.cell(row=row + 1, column=2, value=comment).alignment = Alignment(wrap_text=True)
        sheet.merge_cells(start_row=row + 1, start_column=2, end_row=row + 1, end_column=7)
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
        )
        row += 2
    save(book, path)
    return exp
