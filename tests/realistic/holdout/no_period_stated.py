"""Doubtful: 'Current' and 'Previous' columns with no date anywhere in the file."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, new_book, put_row, save, title

ROWS: tuple[tuple[object, ...], ...] = (
    ("Occupancy of council-owned industrial units (%)", 92.0, 94.5, 95.0, "Amber"),
    ("Rent collected from commercial estate (%)", 97.0, 98.1, 97.5, "Green"),
    ("Energy use in council buildings (MWh)", 4100.0, 3985.0, 4200.0, "Green"),
    ("Reactive maintenance jobs completed on time (%)", 78.0, 74.0, 85.0, "Red"),
)


def build(path: Path) -> Expected:
    """Imitates a property services sheet lifted out of a report with its dates left behind.

    Excerpts pasted from a report into a fresh workbook often keep only
    'Current' and 'Previous' columns: the title and the covering report named
    the quarter, the sheet does not. No figure here can be placed in a period,
    so the file must go to review (the 'Current' heading, C3) and nothing may
    be imported silently.
    """
    book, sheet = new_book("Sheet1")
    title(sheet, "A1", "Property Services KPIs")
    put_row(sheet, 3, 1, ["KPI", "Previous", "Current", "Target", "Status"], bold=True)
    for r, row in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, list(row))
    save(book, path)
    return Expected([], status="needs_review", review_cells=["Sheet1!C3"])
