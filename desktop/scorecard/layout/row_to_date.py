"""A row's year to date where its figures stop before the table's latest month.

A 'YTD' column beside 'Apr' .. 'Nov' is dated April to the latest month whose column holds
figures (``to_date.year_so_far``). A measure reported a month in arrears leaves its
November cell blank ('† latest month October; YTD to the end of October'): its year to date
cannot count a month it has no figure for, so in that row it runs from April to the row's
own latest month with a figure (April to October). Only blank cells after the row's latest
figure move it; a later month holding words ('n/a', 'TBC') leaves the column's span as it
is.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue

_PARTS = ("month", "quarter")


def reach(span: Period, parts: Iterable[tuple[Period, CellValue]]) -> Period:
    """The span of a row's year to date: ``span`` (April to the table's latest month), or
    April to the row's latest month or quarter with a figure where every later one of the
    row's cells within ``span`` is blank. ``parts``: the row's cells under its month and
    quarter columns, with their periods."""
    within = [(p, v) for p, v in parts if p.kind in _PARTS and span.start <= p.start]
    within = [(p, v) for p, v in within if p.end <= span.end]
    filled = [p for p, v in within if cells.is_figure(v)]
    latest = max(filled, key=lambda p: p.end, default=None)
    if latest is None or latest.end >= span.end:
        return span
    if any(p.end > latest.end and not cells.is_blank(v) for p, v in within):
        return span
    found = period_spans.month_range(
        span.start.year, span.start.month, latest.end.year, latest.end.month
    )
    return found or span
