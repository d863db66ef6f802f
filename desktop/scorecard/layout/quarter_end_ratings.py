"""A quarter's rating column among month columns ('Q1 RAG' after Apr, May, Jun).

A monthly tracker may rate each quarter once, in a column after its three months. The
table gives the quarter no figure of its own, so the rating would rate nothing. Where the
sheet says the quarter's rating is the position at the quarter's end ('Quarter RAG: the
position at the end of the quarter', 'based on the quarter-end figure'), the rating goes
with the figure of the quarter's last month (the Q1 RAG rates June); the months stay
monthly figures. With nothing saying what it rates (the quarter's total, its average, or
its end), the column is asked about as a rating of a period without figures
(``lost_ratings``). A filled rating whose last month has no figure is asked about at the
cell by the reader.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.parse import cells, period_spans

WHY = "a quarter's rating at its end"
_MAX_NOTE = 400


def place(header: Header) -> None:
    """Date each quarter's rating column among month columns by its last month, where the
    sheet says the quarter's rating is its end position."""
    shown = {
        c.period.label
        for c in header.columns
        if c.field == "actual" and c.period is not None and c.period.kind == "month"
    }
    if len(shown) < 2:
        return
    rated = [
        c
        for c in header.columns
        if c.field == "rag" and c.period is not None and c.period.kind == "quarter"
    ]
    if not rated or not any(_last_month(c) in shown for c in rated):
        return
    if not (any(_says_end(c.header) for c in rated) or _noted(header)):
        return
    for column in rated:
        last = _last_month(column)
        if last in shown and column.period is not None:
            quarter = column.period.label
            column.period = period_spans.month(column.period.end.year, column.period.end.month)
            column.why = f"{WHY}: the rating of {quarter} rates {last}, the quarter's last month"


def is_quarter_end(column: Column) -> bool:
    return column.why.startswith(WHY)


def _last_month(column: Column) -> str:
    period = column.period
    if period is None:
        return ""
    return period_spans.month(period.end.year, period.end.month).label


def _says_end(text: str) -> bool:
    return vocabulary.QUARTER_END_POSITION.search(text) is not None


def _noted(header: Header) -> bool:
    """A line of the sheet (one text cell) saying a quarter's rating is its end position."""
    for row in header.sheet.rows:
        texts = [v for v in row if not cells.is_blank(v)]
        if len(texts) != 1 or not isinstance(texts[0], str) or len(texts[0]) > _MAX_NOTE:
            continue
        text = texts[0]
        if _says_end(text) and vocabulary.QUARTER_RATING_WORDS.search(text):
            return True
    return False
