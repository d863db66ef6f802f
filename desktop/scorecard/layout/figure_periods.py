"""A column headed like a period ('Quarter result', 'Year to date spend') whose cells are
figures no period is written as (45, 85.7, 31,000): figures, never the period of each row.

A year (2024, 2425), a month key or year code (202404, 202425), an Excel day number or a
small whole number (quarter 3, month 11, week 45) may name a period beside other columns,
and a column mostly of such numbers is left as it was. A column of
other figures is no period column: it is left out and the file held for review at its
heading, rather than each row's figures being put in a period read from a figure.
"""

from __future__ import annotations

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_SCAN = 400  # rows looked through
_SAMPLE = 40  # figures weighed
_MAPPED = "the saved mapping"  # a role the user chose stands
_NUMBERED = 53  # the largest number a period may be written as (a week of the year)


def _period_like(value: CellValue) -> bool:
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


def figures(header: Header, column: Column) -> str | None:
    """The first figure of a period column, where most of its cells are figures no period
    is written as; None where its cells may be periods."""
    rows = header.sheet.rows[header.first_data : header.first_data + _SCAN]
    weighed = 0
    other = 0
    first: str | None = None
    for row in rows:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        weighed += 1
        if cells.is_figure(value) and not _period_like(value):
            other += 1
            first = first or short(text_of(value), 20)
        if weighed >= _SAMPLE:
            break
    if weighed < 2 or other * 2 <= weighed:
        return None
    return first


def settle(header: Header, notes: Notes) -> None:
    """Leave out a period column of figures, and hold the file for review at its heading.
    Beside other period columns it is left to ``long_to_date``, which reads a 'Quarter' of
    figures as each row's own figure where the others give each row its period."""
    undated = [c for c in header.columns if c.field == "period" and c.period is None]
    if len(undated) != 1:
        return
    for column in undated:
        if column.why == _MAPPED:
            continue
        first = figures(header, column)
        if first is None:
            continue
        column.take("ignore")
        column.why = f"cells: figures such as '{first}', not periods"
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"column '{short(column.header)}' is headed like a period but holds figures "
            f"(e.g. '{first}'), which name no period — not read as each row's period; say "
            "what it holds in the heading (e.g. 'Actual', 'Target'), or map the column",
            kind="figures under a period heading",
        )
