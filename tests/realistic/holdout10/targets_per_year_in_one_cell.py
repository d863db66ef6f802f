"""Target cells stating two years at once ('2024/25: 85% / 2025/26: 88%', '85% (24/25), 90% (25/26)') beside plain targets."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

SHEET = "Council Plan measures"
HEADINGS = ("2024/25 Q1", "2024/25 Q2", "2024/25 Q3")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
FILLS = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
FIRST_ROW = 5

# ref, measure, Q1, Q2, Q3, target cell as typed, the 2024/25 target it states, RAG (Q3), lead
ROWS: tuple[tuple[object, ...], ...] = (
    ("HE 01", "Major planning applications decided within 13 weeks or agreed time (%)",
     91.3, 88.0, 93.5, "2024/25: 85% / 2025/26: 88%", 85, "Green", "Planning"),
    ("HE 02", "Working-age residents claiming out-of-work benefits (%)",
     4.9, 4.8, 5.0, 4.5, 4.5, "Red", "Economic Growth"),
    ("HE 03", "Units let in council-owned business centres (%)",
     87.4, 89.1, 90.2, "85% (24/25), 90% (25/26)", 85, "Green", "Property"),
    ("HE 04", "Long-term empty homes brought back into use",
     38, 44, 41, 40, 40, "Green", "Private Sector Housing"),
    ("HE 05", "Households in temporary accommodation at quarter end",
     214, 231, 246, "24/25 \u2013 200\n25/26 \u2013 180", 200, "Red", "Housing Options"),
    ("HE 06", "Homeless approaches where homelessness was prevented or relieved (%)",
     61.2, 58.4, 63.0, "60% 2024-25 | 62% 2025-26", 60, "Green", "Housing Options"),
    ("HE 07", "Apprenticeship starts supported by the council", 46, 52, 39, 45, 45, "Red", "Economic Growth"),
    ("HE 08", "Average days to process new Housing Benefit claims",
     19.4, 17.8, 16.9, "2024/25 target 18 days; 2025/26 target 16 days", 18, "Green", "Revenues & Benefits"),
    ("HE 09", "Council homes meeting the Decent Homes Standard (%)",
     95.1, 95.6, 96.0, "97% by March 2025; 100% by March 2026", 97, "Amber", "Housing Assets"),
    ("HE 10", "Private rented homes improved through council intervention",
     31, 27, 35, 30, 30, "Green", "Private Sector Housing"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's quarterly Council Plan report for housing and economy.

    When the Council Plan was refreshed mid-year, the performance team
    added the newly agreed 2025/26 targets to the same 'Target(s)' cell
    rather than adding a column, each in the lead officer's own words:
    '2024/25: 85% / 2025/26: 88%', '85% (24/25), 90% (25/26)', two lines
    '24/25 \u2013 200' and '25/26 \u2013 180', '60% 2024-25 | 62% 2025-26',
    '2024/25 target 18 days; 2025/26 target 16 days', and '97% by March
    2025; 100% by March 2026'. The measures whose targets were not revised
    keep a plain number. The quarters are headed '2024/25 Q1' and so on; the
    RAG is for the latest quarter.

    A careful reader takes each quarter's figure with the target for the
    year it falls in: the 2024/25 part of a two-year cell (the 2025/26 part
    has no figure yet, so it gives no observation), and the plain number
    for the others. The RAG belongs to Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Sunderland City Council \u2013 Council Plan: Homes and Economy")
    sheet["A2"] = (
        "Quarter 3 2024/25 performance report to the Economic Prosperity Scrutiny Committee"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", *HEADINGS, "Target(s)", "RAG (Q3)", "Lead service"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, typed, target, rag, lead) in enumerate(ROWS):
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, typed, rag, lead])
        sheet.cell(row=row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
        fill(sheet, f"G{row}", FILLS[str(rag)])
        exp.observations += observed(
            str(ref), str(name), QUARTERS, [q1, q2, q3], float(str(target)), RAG[str(rag)]
        )
    foot = FIRST_ROW + len(ROWS) + 1
    notes = (
        "Where two years are shown, the second is the 2025/26 target agreed at Cabinet in November 2024.",
        "RAG: Green on or better than the 2024/25 target; Amber within 10%; Red more than 10% adrift.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["F"].width = 34
    sheet.column_dimensions["H"].width = 22
    save(book, path)
    return exp
