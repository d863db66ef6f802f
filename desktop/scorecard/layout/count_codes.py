"""A 'No.' column of figures beside the indicators' names: a count, not a code.

'No.' heads a column of reference numbers (1, 2, 3 …) in many scorecards, and a column of
counts ('No.' beside 'Rate') in others. Reference numbers go up one row after another;
counts do not, and may have decimals. A code column holding figures like that, beside a
column of names, is not read as codes (each indicator would be keyed by a count): the
file is held for review at the column instead.
"""

from __future__ import annotations

from itertools import pairwise

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes

SAMPLE = 40


def check(header: Header, notes: Notes) -> None:
    """Doubt (and leave out) a code column whose cells are figures, not reference numbers."""
    if header.one("name") is None:
        return
    for column in header.of("code"):
        rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE]
        cells = [r[column.index] for r in rows if column.index < len(r)]
        filled = [v for v in cells if v is not None and not (isinstance(v, str) and not v.strip())]
        numbers = [v for v in filled if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) < 2 or len(numbers) != len(filled) or _reference_numbers(numbers):
            continue
        column.take("ignore")
        column.why = "cells: figures, not reference numbers"
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"column '{short(column.header)}' is headed like a code but holds figures "
            f"({', '.join(_shown(v) for v in numbers[:3])}) — if they are counts, map the "
            "column or give each count a row of its own; import with --accept to leave it out",
            kind=f"figures as codes:{column.index}",
        )


def _reference_numbers(numbers: list[int | float]) -> bool:
    """Whole numbers going up row by row (1, 2, 3 … or 101, 102, 110)."""
    if any(float(v) != int(v) for v in numbers):
        return False
    return all(b > a for a, b in pairwise(numbers))


def _shown(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
