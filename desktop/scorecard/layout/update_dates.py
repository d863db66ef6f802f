"""'Last updated' and 'Next update due' columns: the day each row's figures came, and the next.

A running scorecard kept through the year often gives each measure the day its figures were
last refreshed ('Last updated', 'Date updated', 'Last refreshed') and the day the next is
expected ('Next update due', 'Next due', 'Next release'), as real dates or words ('TBC',
'April 2025'). Both are housekeeping: neither column holds a figure or names a period.

The 'Last updated' day does say when a row's newest figure arrived. An annual measure kept in
a grid of quarters has one figure a year, entered in the quarter it came in; out of the year's
last quarter, what it covers the grid does not say (``frequency_rows``). Where the row's own
'Last updated' day falls inside the quarter whose column holds the figure, the sheet says the
figure is the one that came in that quarter: it is that quarter's figure, as reported. The
column is used so only where it dates rows one by one: most of its filled cells are days, and
not all the same day (one day on every row is when the file was refreshed, which says nothing
of when any one figure came). A row whose next update is due, by a real date, no later than
its last update says two things that do not agree, and its day is not used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.as_at import date_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header

SAMPLE_ROWS = 200  # rows a date column is judged by


def said_by(heading: str) -> str:
    """What a heading of a row's update days names ('Last updated', 'Next update due'), as
    the words of a column's reason; '' for any other heading."""
    words = vocabulary.normalise(heading)
    if words in vocabulary.ROW_UPDATED_HEADINGS:
        return "the day the row's figures were last refreshed, not a period"
    if words in vocabulary.NEXT_UPDATE_HEADINGS:
        return "when the row's next figure is expected, not a period"
    return ""


@dataclass(frozen=True, slots=True)
class UpdateDates:
    """A table's 'Last updated' column (and its 'Next update due' column, if any), by index."""

    updated: int
    due: int | None

    @classmethod
    def find(cls, header: Header) -> UpdateDates | None:
        """The table's one column of each row's last update, where its cells date the rows
        one by one; None where it has none (or more than one)."""
        updated = _headed(header, vocabulary.ROW_UPDATED_HEADINGS)
        if updated is None:
            return None
        rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
        filled = [v for v in (_cell(r, updated) for r in rows) if not cells.is_blank(v)]
        days = [d for d in (date_of(v) for v in filled) if d is not None]
        if 2 * len(days) <= len(filled) or len(set(days)) < 2:
            return None
        return cls(updated, _headed(header, vocabulary.NEXT_UPDATE_HEADINGS))

    def refreshed(self, row: list[CellValue]) -> dt.date | None:
        """The day the row's figures were last refreshed, by its own cell; None where the
        cell holds no day, or the row's next update is due no later than it."""
        day = date_of(_cell(row, self.updated))
        if day is None:
            return None
        due = date_of(_cell(row, self.due)) if self.due is not None else None
        return None if due is not None and due <= day else day


def _headed(header: Header, headings: frozenset[str]) -> int | None:
    """The index of the one column of no period and no figures headed with ``headings``."""
    found = [
        c.index
        for c in header.columns
        if c.period is None
        and c.field in (None, "ignore")
        and vocabulary.normalise(c.header) in headings
    ]
    return found[0] if len(found) == 1 else None


def _cell(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None
