"""Whether a column's cells are figures no period is written as (45, 85.7, 31,000), or may
be periods: a year (2024, 2425), a month key or year code (202404, 202425), an Excel day
number or a small whole number (quarter 3, month 11, week 45)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_SCAN = 400  # rows looked through
_SAMPLE = 40  # figures weighed
_NUMBERED = 53  # the largest number a period may be written as (a week of the year)
_SHORT = 20  # characters of the first figure kept to show


def period_like(value: CellValue) -> bool:
    """A figure that may be a period's name or number: a year, a month key, a small count."""
    if cells.period(value) is not None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    number = cells.number(value).value  # '202404' typed as text too
    if number is None or not float(number).is_integer():
        return False
    whole = int(number)
    return (
        1 <= whole <= _NUMBERED
        or 1990 <= whole <= 2100  # a year
        or ((whole // 100 + 1) % 100 == whole % 100 and 1000 <= whole <= 9999)  # 2425: 2024/25
        or 32874 <= whole <= 73415  # an Excel day number, 1990 to 2100 (``day_numbers``)
        or 199000 <= whole <= 210099  # a month key (202404) or a year's code (202425)
        or 19900101 <= whole <= 21001231  # a day written yyyymmdd
    )


def first_figure(rows: Sequence[Sequence[CellValue]], start: int, index: int) -> CellValue | None:
    """The first figure in column ``index`` of ``rows`` from row ``start`` (a table's first
    data row), where most of its cells are figures no period is written as; None where its
    cells may be periods."""
    weighed = 0
    other = 0
    first: CellValue | None = None
    for row in rows[start : start + _SCAN]:
        value = row[index] if index < len(row) else None
        if cells.is_blank(value):
            continue
        weighed += 1
        if cells.is_figure(value) and not period_like(value):
            other += 1
            first = first if first is not None else value
        if weighed >= _SAMPLE:
            break
    if weighed < 2 or other * 2 <= weighed:
        return None
    return first
