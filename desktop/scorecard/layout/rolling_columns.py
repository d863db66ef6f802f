"""Months under a line saying the figures are rolling ('Rolling 12-month measures' merged over
'Jun 24', 'Sep 24', 'Dec 24'; a title 'R12M figures'): each figure may be the twelve months
ending with its month, or the month alone, and the line does not say which columns it covers.
Such month columns are left in no period and held for review naming their headings, never
read as the month alone. A heading that says the span itself ('12 months to Jun 24', 'R12M
Dec 24') is read by the period parser; a rolling mark left over beside a month it cannot place
('R12M Actual Dec 24') unplaces the heading there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells


class _Column(Protocol):
    header: str
    period: Period | None
    why: str
    doubt: str


def place(columns: Sequence[_Column], context: Iterable[str]) -> None:
    """Withhold the months of a table whose title lines (``context``) say it is rolling.

    A line naming the span's end ('Monthly report: rolling 12 months to September 2024')
    over months that all fall in that span describes the window the months are shown for,
    not figures each summing twelve months: those months are read as months."""
    rolling = [text for text in context if vocabulary.ROLLING_WORD.search(text or "")]
    if not rolling:
        return
    months = [c for c in columns if c.period is not None and c.period.kind == "month"]
    windows = [w for w in (cells.period_in_text(text) for text in rolling) if w is not None]
    if months and any(_within(months, window) for window in windows):
        return
    for column in months:
        column.why = "a month under a line saying the figures are rolling"
        column.doubt = (
            f"'{column.header}' is a month under a line saying the figures are rolling — the "
            "twelve months to it, or the month alone? head the column with the span (e.g. "
            "'12 months to Jun 2024' or 'Rolling 12 months to Jun 24'), or map the columns"
        )
        column.period = None


def _within(months: Sequence[_Column], window: Period) -> bool:
    """Whether every month column falls inside the stated span."""
    return all(
        c.period is not None and window.start <= c.period.start and c.period.end <= window.end
        for c in months
    )
