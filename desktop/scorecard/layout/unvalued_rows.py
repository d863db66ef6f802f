"""Rows under the last one read whose figures are all formulas saved with no value.

A workbook written by a program and never opened in Excel keeps its formulas without their
values. A table's last indicator row whose every figure is such a formula gives no
observation, so it is not among the rows read: it is still an indicator row of the table,
and its missing figures are as doubtful as any other row's. A totals row below the table
('Total', 'Grand total', 'All', 'Average', or one with no name: sums of the rows above)
adds nothing of its own, and stays only warned about.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import totals
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet

__all__ = ["indicator_rows_below"]


def _names_an_indicator(text: str) -> bool:
    """A row label that names an indicator, not a total, a summary or a pivot's '(All)'."""
    if not any(ch.isalpha() for ch in text):
        return False
    if vocabulary.normalise(text) in vocabulary.PIVOT_PLACEHOLDERS:
        return False  # 'All', '(blank)'
    return totals.total_label(text) is None


def indicator_rows_below(sheet: Sheet, headers: Sequence[Header], last_read: int) -> set[int]:
    """The rows straight under ``last_read`` (down to a blank row or the next table) that
    the table's name column names as indicators."""
    owners = [h for h in headers if h.first_data <= last_read]
    if not owners:
        return set()
    owner = max(owners, key=lambda h: h.first_data)
    name = owner.one("name")
    if name is None:
        return set()
    starts = {h.top for h in headers if h.top > last_read}
    found: set[int] = set()
    for index in range(last_read + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if index in starts or all(cells.is_blank(v) for v in row):
            break
        text = text_of(row[name.index]) if 0 <= name.index < len(row) else ""
        if _names_an_indicator(text):
            found.add(index)
    return found
