"""A value column left out beside dated ones whose heading names a period: never silently.

Beside columns read with their periods, a value column whose heading names none ('Actual',
'Current value') repeats one of them and is left out with a warning. One whose heading
does name a period the importer could not place its figures in ('To end of Q2 2024/25'
over 'Actual', a band whose words say the figures run to a quarter's end without saying
from when) is no repeat: its figures are that period's, or a span around it, and leaving
them out would import the file with a quarter's figures gone and the row's target and
rating put on the one column that was read. Where it holds figures it is held for review,
naming its heading.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells

SCAN = 400  # data rows looked through
KIND = "figures under a period heading not read"


def doubt(header: Header, column: Column, notes: Notes) -> bool:
    """Hold a left-out value column whose heading names a period and whose cells hold
    figures; True when it was held."""
    if cells.period_in_text(column.header) is None:
        return False
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    if not any(column.index < len(r) and cells.is_figure(r[column.index]) for r in rows):
        return False
    notes.doubt(
        header.sheet.name,
        header.top,
        column.index,
        f"'{' '.join(column.header.split())}' names a period, but which span its figures "
        "cover could not be read from it, so they would be left out — write "
        "the period the figures cover in the heading (e.g. 'Q2 2024/25', or 'Apr–Sep 2024' "
        "for a figure to date), or map the column",
        kind=KIND,
    )
    return True
