"""The current quarter's scorecard, with last quarter's copy of it kept on a hidden sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

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

CURRENT, PREVIOUS = "Q3 24-25", "Q2 24-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}

# ref, measure, Q1, Q2 (as now reported), Q3, target, RAG (Q3),
# Q2 as reported last quarter, RAG (Q2) as reported last quarter
ROWS: tuple[tuple[object, ...], ...] = (
    ("HSG 01", "Households prevented from becoming homeless (%)", 48.2, 51.6, 47.9, 50, "A", 51.6, "G"),
    ("HSG 02", "Households in temporary accommodation at quarter end", 212, 236, 251, 200, "R", 236, "R"),
    ("HSG 03", "Families with children in bed and breakfast over 6 weeks", 3, 1, 0, 0, "G", 1, "A"),
    ("HSG 04", "Average days to re-let a council home (general needs)", 38.5, 35.1, 33.8, 35, "G", 36.4, "A"),
    ("HSG 05", "Rent collected as a % of rent due (excluding arrears)", 96.1, 97.3, 98.0, 98.5, "A", 97.3, "A"),
    ("HSG 06", "Emergency repairs completed within 24 hours (%)", 97.8, 98.9, 99.2, 98, "G", 98.9, "G"),
    ("HSG 07", "Routine repairs completed within 28 days (%)", 81.3, 79.4, 84.6, 90, "R", 77.0, "R"),
    ("HSG 08", "Homes with a valid gas safety certificate (%)", 99.6, 99.8, 100.0, 100, "G", 99.8, "A"),
    ("HSG 09", "Disabled facilities grants completed", 34, 41, 29, 35, "R", 41, "G"),
    ("HSG 10", "Empty homes brought back into use", 6, 9, 11, 8, "G", 9, "G"),
)  # fmt: skip

HEADER = ("Ref", "Measure", "Target")


def _heading(sheet: Worksheet, quarter: str, quarters: tuple[str, ...]) -> None:
    title(sheet, "A1", "Maidstone Borough Council - Housing and Health Performance")
    sheet["A2"] = f"Communities, Housing and Environment Policy Advisory Committee - {quarter}"
    put_row(sheet, 4, 1, [*HEADER, *quarters, "RAG"], bold=True)
    for col in range(1, len(HEADER) + len(quarters) + 2):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    sheet.column_dimensions["B"].width = 60


def build(path: Path) -> Expected:
    """Imitates a borough council's housing quarterly scorecard rolled forward each quarter.

    The officer who keeps it copies last quarter's sheet, renames the copy
    for the new quarter, adds the new column and hides the old sheet rather
    than deleting it ('Q2 24-25', sheet state hidden, kept to the left of
    the current sheet). The visible sheet 'Q3 24-25' is the report: Q1, Q2
    and Q3 with the target and a RAG letter for Q3. Two Q2 figures
    were revised after late returns (re-let days and routine repairs), so
    the hidden copy still holds the superseded Q2 figures and its own Q2
    ratings; the visible sheet footnotes the revision.

    A careful reader opening the workbook sees only the current sheet and
    takes it as the scorecard: the hidden copy is superseded working
    material, so neither its old Q2 figures nor its Q2 ratings are
    observations. The target (one column, no year in its heading) applies
    to each quarter, the RAG to Q3.
    """
    book, old = new_book(PREVIOUS)
    _heading(old, "Quarter 2 2024/25", QUARTERS[:2])
    sheet = book.create_sheet(CURRENT)
    _heading(sheet, "Quarter 3 2024/25", QUARTERS)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, rag, old_q2, old_rag) in enumerate(ROWS):
        r = 5 + i
        put_row(old, r, 1, [ref, name, target, q1, old_q2, old_rag])
        fill(old, f"F{r}", RAG_FILL[str(old_rag)])
        put_row(sheet, r, 1, [ref, name, target, q1, q2, q3, rag])
        fill(sheet, f"G{r}", RAG_FILL[str(rag)])
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Q2 figures for HSG 04 and HSG 07 revised since the Quarter 2 report following "
        "late contractor returns.",
    ).font = Font(italic=True, size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="RAG compares Quarter 3 with the target: G met, A within 5%, R more than 5% off.",
    ).font = Font(italic=True, size=9)
    old.sheet_state = "hidden"
    old.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    book.active = 1
    save(book, path)
    return exp
