"""A rating column dated the table's latest period, when the sheet says it falls back.

A scorecard's one rating column may be headed with the quarter it rates ('RAG (Q3)', 'RAG'
over 'Q3'). In a row whose figure for that quarter is not in yet, a filled rating then
rates nothing the row shows. Many councils rate the latest figure there is instead, and say
so under the table ('Where the Q3 figure is not yet available the RAG is based on Q2',
'RAG compares the Q3 position (or latest available) with the target'). Where a line of
the sheet says so, and the column is the table's only rating and names the latest period
the table gives figures for, the column rates each row's latest figure, as a plain 'RAG'
column does. Without such a line the column keeps its period.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header
from desktop.scorecard.parse import cells

WHY = "the sheet says a rating rates the latest figure there is"
_MAX_NOTE = 400


def place(header: Header) -> None:
    """Read the table's one rating column, dated its latest period, as the rating of each
    row's latest figure, where a line of the sheet says a rating falls back to it."""
    rated = [c for c in header.columns if c.field == "rag"]
    if len(rated) != 1 or rated[0].period is None:
        return
    column = rated[0]
    shown = [c.period for c in header.columns if c.field == "actual" and c.period is not None]
    if not shown or column.period != max(shown, key=lambda p: (p.end, -p.start.toordinal())):
        return
    if not _noted(header):
        return
    column.why = f"{WHY}, where {column.period.label} has none"
    column.period = None


def _noted(header: Header) -> bool:
    """A line of the sheet (one text cell) saying a rating rates the latest figure there is."""
    for row in header.sheet.rows:
        texts = [v for v in row if not cells.is_blank(v)]
        if len(texts) != 1 or not isinstance(texts[0], str) or len(texts[0]) > _MAX_NOTE:
            continue
        text = texts[0]
        if vocabulary.RATING_FALLS_BACK.search(text) and vocabulary.RATING_WORD.search(text):
            return True
    return False
