"""A 'No.' column of figures beside the indicators' names: a count, not a code.

'No.' heads a column of reference numbers (1, 2, 3 …) in many scorecards, and a column of
counts ('No.' beside 'Rate') in others. Reference numbers go up one row after another;
counts do not, and may have decimals. A code column holding figures like that, beside a
column of names, is not read as codes (each indicator would be keyed by a count): the
file is held for review at the column instead. A 'No.' beside a 'Rate' under the same
period is a count whatever its figures look like (10, 40, 120 go up too), with or without
a column of names; a table read as a count and a rate per indicator never gets here.
"""

from __future__ import annotations

from itertools import pairwise

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, names_a_measure
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse.cells import period_header

SAMPLE = 40


def check(header: Header, notes: Notes) -> None:
    """Doubt (and leave out) a code column whose cells are figures, not reference numbers."""
    named = header.one("name") is not None
    for column in header.of("code"):
        beside_rate = _count_beside_rate(header, column)
        if not named and not beside_rate:
            continue
        rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE]
        cells = [r[column.index] for r in rows if column.index < len(r)]
        filled = [v for v in cells if v is not None and not (isinstance(v, str) and not v.strip())]
        numbers = [v for v in filled if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) < 2 or len(numbers) != len(filled):
            continue
        if _reference_numbers(numbers) and not beside_rate:
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


def _measure(text: str) -> str | None:
    """The measure a heading names, a period before or after it aside ('2023/24 No.')."""
    dated = period_header(text)
    return names_a_measure(text if dated is None or not dated[1] else dated[1])


def _count_beside_rate(header: Header, column: Column) -> bool:
    """'No.' beside 'Rate' under one period: counts, whatever the figures look like."""
    if _measure(column.header) != "count":
        return False
    beside = [c for c in header.columns if abs(c.index - column.index) == 1]
    return any(c.period == column.period and _measure(c.header) == "rate" for c in beside)


def _reference_numbers(numbers: list[int | float]) -> bool:
    """Whole numbers going up row by row (1, 2, 3 … or 101, 102, 110)."""
    if any(float(v) != int(v) for v in numbers):
        return False
    return all(b > a for a, b in pairwise(numbers))


def _shown(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
