"""A note on the sheet saying what a 'year to date' or 'cumulative' mark on a measure's name
means.

Under quarter columns a name marked '(year to date)' or '(cumulative)' keeps each quarter's
own label: many councils mean the position the quarter reports, and a bare 'cumulative' may
be a running total since a programme began. Some say in a note line beside the table that
such measures count from 1 April:

- 'Measures marked (year to date) are cumulative from 1 April, so their Q3 2023/24 is April
  to December 2023': on that sheet each quarter's figure of a measure so marked covers April
  to the quarter's end (Q2 is H1, Q3 April to December), the quarter alone only at Q1;
- 'Collection rates are cumulative: the percentage … collected from 1 April to the end of
  the month', over tables of a month a row: each month's figure of a measure named
  cumulative covers April to that month. Under quarters such a name still keeps each
  quarter's label (the position at its end), as readings of such sheets take it.

A line dating the report ('year to date, from 1 April 2024 to 31 December 2024') is no such
note: April there is a day of one year, not where counting starts.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.read.grid import Sheet

_MAX_NOTE = 400


def counted_from_april(sheet: Sheet) -> frozenset[str]:
    """The kinds of name (``to_date.name_counts``: 'to_date', 'cumulative') a note line of
    the sheet says count from April: 'to_date' where the line names the year-to-date mark,
    'cumulative' where it says only cumulative; empty where no note says so."""
    kinds: set[str] = set()
    for line in note_lines(sheet, 0, _MAX_NOTE):
        if vocabulary.NOTE_FROM_APRIL.search(line) is None:
            continue
        if vocabulary.NOTE_YEAR_TO_DATE_MARK.search(line) is not None:
            kinds.add("to_date")
        elif vocabulary.NAME_CUMULATIVE.search(line) is not None:
            kinds.add("cumulative")
    return frozenset(kinds)
