"""Excel day numbers in a long table's date columns: 45383 for 1 April 2024.

A date pasted as a value into a cell formatted General shows, and a CSV saved from it
carries, the date's day number in Excel's 1900 date system: 'Period start' 45383 and
'Period end' 45473 for April to June 2024. Such a column is read as the dates it counts
when all three hold:

- it is one of the table's period columns and its heading says it holds a date or a
  period's first or last day ('Period start', 'Period end', 'Date', 'Period') — a count
  never sits under such a heading, and a 'Year' of 2024 is no date;
- every filled cell below the heading is a whole number;
- each of them falls on a day from 1990 to 2100 (32874 to 73415), the days a scorecard
  reports on.

Day 1 is 1 January 1900, and the system counts a 29 February 1900 that never was, so a
day number from 61 on counts from 30 December 1899; the numbers below 61 fall far outside
the range above and are never read.

Where the headings say which of two such columns is the first day and which the last, a
row whose last day comes before its first, or whose span is longer than ten years, pairs
no period: the row is left out and the file asked about, naming the cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

EPOCH = dt.date(1899, 12, 30)  # day 0 as day numbers from 61 on count (the 1900 leap day)
FIRST = (dt.date(1990, 1, 1) - EPOCH).days  # 32874
LAST = (dt.date(2100, 12, 31) - EPOCH).days  # 73415
LONGEST_SPAN = 10 * 366  # days a period given by its first and last day can cover
SCAN = 2000  # rows looked at to tell a column of day numbers


def whole(value: CellValue, digits: int = 6) -> int | None:
    """A whole number as a cell or a CSV writes it: 45383, 45383.0, '45383' (text of at most
    `digits` digits, so figures run together are not taken for one)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(".0"):
            text = text[:-2]
        return int(text) if text.isdecimal() and len(text) <= digits else None
    return None


def day(value: CellValue) -> dt.date | None:
    """The date a day number in the range counts, or None."""
    number = whole(value)
    if number is None or not FIRST <= number <= LAST:
        return None
    return EPOCH + dt.timedelta(days=number)


def columns(period_cols: Sequence[Column], rows: Sequence[Sequence[CellValue]]) -> set[int]:
    """The period columns whose headings say they hold dates and whose every filled cell is a
    day number in the range."""
    found: set[int] = set()
    for column in period_cols:
        if not vocabulary.DAY_NUMBER_HEADING.search(vocabulary.normalise(column.header)):
            continue
        filled = [
            row[column.index]
            for row in rows[:SCAN]
            if column.index < len(row) and not cells.is_blank(row[column.index])
        ]
        if filled and all(day(value) is not None for value in filled):
            found.add(column.index)
    return found


def ends(period_cols: Sequence[Column], days: set[int]) -> tuple[int, int] | None:
    """(first day's column, last day's column) where the headings of two day-number columns
    say which is which ('Period start' | 'Period end'); else None."""
    said = [c for c in period_cols if c.index in days]
    if len(said) != 2:
        return None
    keys = [vocabulary.normalise(c.header) for c in said]
    starts = [bool(vocabulary.DAY_NUMBER_START.search(k)) for k in keys]
    finishes = [bool(vocabulary.DAY_NUMBER_END.search(k)) for k in keys]
    for first, last in ((0, 1), (1, 0)):
        if starts[first] and not finishes[first] and finishes[last] and not starts[last]:
            return said[first].index, said[last].index
    return None


def pair_problem(first: dt.date, last: dt.date) -> str | None:
    """Why a first and a last day give no period, or None when they pair."""
    if last < first:
        return "ends before it starts"
    if (last - first).days > LONGEST_SPAN:
        return "spans more than ten years"
    return None
