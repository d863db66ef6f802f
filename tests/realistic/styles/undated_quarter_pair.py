"""Doubtful: 'Last qtr' and 'This qtr' columns, and no quarter named anywhere."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, new_book, put_row, save, title

ROWS: tuple[tuple[object, ...], ...] = (
    ("Household waste sent for reuse, recycling or composting (%)", 44.8, 46.1, 45.0, "\u2191"),
    ("Missed bin collections per 100,000 collections", 61.0, 72.0, 60.0, "\u2193"),
    ("Fly-tipping incidents removed within 2 working days (%)", 93.4, 92.9, 95.0, "\u2193"),
    ("Litter: streets below grade B (%)", 6.1, 5.4, 7.0, "\u2191"),
)


def build(path: Path) -> Expected:
    """Imitates a few rows of a waste services table copied into a new workbook for a briefing.

    Officers often lift the lines a member asked about out of the full
    quarterly report and paste them into a fresh sheet; the quarter was named
    in the report's title, which stays behind. What is left says only 'Last
    qtr' and 'This qtr'. Which quarters these are cannot be read from the
    file, so it must be held for review (the first such heading, B3) rather
    than dated by the file's modification time.
    """
    book, sheet = new_book("Sheet1")
    title(sheet, "A1", "Waste and street scene - figures for the briefing")
    put_row(sheet, 3, 1, ["Measure", "Last qtr", "This qtr", "Target", "Trend"], bold=True)
    for r, row in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, list(row))
    save(book, path)
    return Expected([], status="needs_review", review_cells=["Sheet1!B3"])
