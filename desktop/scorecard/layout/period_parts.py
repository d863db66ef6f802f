"""The parts of a period spread over several columns (Year, Quarter, Month), as text.

Upload templates and database extracts write each part as a number: Year 2012, Quarter 3,
Month -1, where -1 (or any negative number) means "not applicable". A negative part is left
out, and a bare 1-4 under a Quarter heading is that quarter ("Q3"), so the parts read as
"Q3 2012" — placed by the usual rule for a quarter beside a year. A month's number is left
as it is: whether month 1 of "2012" is January 2012 or 2013 the cells do not say.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


def _not_applicable(value: CellValue) -> bool:
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    return number is not None and number < 0


def period_parts(columns: Sequence[Column], values: Sequence[CellValue]) -> list[CellValue]:
    """Each part that says something, in the columns' order: the cell, or "Q3" for a quarter."""
    parts: list[CellValue] = []
    for column, value in zip(columns, values, strict=True):
        if cells.is_blank(value) or _not_applicable(value):
            continue
        text = text_of(value)
        if text in ("1", "2", "3", "4") and "quarter" in vocabulary.normalise(column.header):
            value = f"Q{text}"
        parts.append(value)
    return parts
