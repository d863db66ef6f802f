"""A row of figures that only looks like a heading row of day numbers that lost their format.

A contact centre's calls offered (38412, 36905, 37288 …) are whole numbers that are each a
day from 2000 to 2045 in Excel's date system, and the first row of figures under a table's
headings has nothing but headings above it: the row looks like month headings pasted as
values (45383 for 'Apr-24'). It is read as figures, its numbers left as they are, when
either holds:

- every number of the run carries a number format no date that lost its format shows: a
  thousands separator ('#,##0'), decimal places ('0.0'), a percentage ('0%'), a currency or
  words. A date pasted as a value, or saved to a CSV, shows its day number as 'General'
  (or '0') does;
- the table's period headings already stand above it, and it is labelled as the rows of
  figures under it are. The nearest row above holding at least three cells over the run
  names periods in them (dates, or words read as periods: 'Apr-24', 'Q1 2024/25'): a
  heading row of day numbers would be the sheet's period headings, not a second row under
  them. And the row holds a code ('CC01') and a name ('Calls offered') beside the run, in
  the columns where the rows of figures below hold their codes and names, and any other
  label it has there (a unit, 'No.') is of the kind those rows hold in its column: a
  heading row holds words such as 'Ref' and 'Measure' there, never a code.

Numbers in General format under period headings in a row of heading words ('Ref | Measure
| 45383 …') are left to the reading of day numbers, which holds the file for review where
it is not sure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.scorecard.layout.code_name import is_code
from desktop.scorecard.parse import cells, periods, values
from desktop.scorecard.read.grid import CellValue, Sheet
from desktop.scorecard.read.styles import says_a_unit, shows_a_figure

RUN = 3  # period headings over the run, at least
BELOW = 30  # rows below looked at for the rows of figures
FEWEST_ROWS = 2  # rows of figures below to compare the row's labels with
UNIT_LENGTH = 12  # a unit written in a cell is short ('No.', '%', 'mm:ss', 'Secs')


def shown_as_figures(sheet: Sheet, r: int, start: int, stop: int) -> bool:
    """Every cell of row ``r`` from start to stop carries a figure's number format."""
    return all(_figure_format(sheet.number_format(r, c)) for c in range(start, stop))


def under_period_headings(
    rows: Sequence[Sequence[CellValue]], r: int, start: int, stop: int
) -> bool:
    """The nearest row above row ``r`` with at least RUN cells over columns start..stop names
    periods in (nearly) all of them."""
    for above in reversed(rows[:r]):
        over = [v for v in above[start:stop] if not cells.is_blank(v)]
        if len(over) < RUN:
            continue  # blank, a section's title or a band over the headings
        named = sum(_names_period(v) for v in over)
        return named >= RUN and named * 5 >= len(over) * 4
    return False


def labelled_as_figures(rows: Sequence[Sequence[CellValue]], r: int, start: int, stop: int) -> bool:
    """Row ``r`` holds a code and a name before columns start..stop, and each of its labels
    there is of the kind most rows of figures below hold in its column."""
    labels = {c: kind for c, v in enumerate(rows[r][:start]) if (kind := _kind(v)) is not None}
    if "code" not in labels.values() or "name" not in labels.values():
        return False
    below = [
        row
        for row in rows[r + 1 : r + 1 + BELOW]
        if any(cells.is_figure(v) for v in row[start:stop])
    ]
    if len(below) < FEWEST_ROWS:
        return False
    return all(
        sum(1 for row in below if c < len(row) and _kind(row[c]) == kind) * 5 >= len(below) * 4
        for c, kind in labels.items()
    )


def _figure_format(code: str | None) -> bool:
    return code is not None and (shows_a_figure(code) or says_a_unit(code))


def _names_period(value: CellValue) -> bool:
    if isinstance(value, dt.date):  # a datetime too
        return periods.parse_period(value) is not None
    return isinstance(value, str) and periods.parse_period(value) is not None


def _kind(value: CellValue) -> str | None:
    """'code', 'unit' or 'name' for a label's text; None for anything else."""
    if not isinstance(value, str) or (not any(ch.isalpha() for ch in value) and "%" not in value):
        return None
    text = value.strip()
    if is_code(text):
        return "code"
    if len(text) <= UNIT_LENGTH and values.is_known_unit(text):
        return "unit"
    return "name"
