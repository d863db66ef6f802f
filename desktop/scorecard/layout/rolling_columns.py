"""Months under a line saying the figures are rolling ('Rolling 12-month measures' merged over
'Jun 24', 'Sep 24', 'Dec 24'; a title 'R12M figures'): each figure may be the twelve months
ending with its month, or the month alone, and the line does not say which columns it covers.
Such month columns are left in no period and held for review naming their headings, never
read as the month alone. A table with a column of its own headed as the rolling span ('Oct
2024', 'Nov 2024', 'Rolling 12 months to Nov 2024') shows its rolling figures there: a line
saying the figures are rolling is about that column, and the month columns are months, unless
the line stands over month columns and not over that one (a band merged over 'Oct 2024' and
'Nov 2024' says those are rolling). A heading that says the span itself ('12 months to Jun 24',
'R12M Dec 24') is read by the period parser; a rolling mark left over beside a month it cannot
place ('R12M Actual Dec 24') unplaces the heading there. A note headed by a contract's
penalties ('Default points (Payment Mechanism): … 20 points in any rolling 12 months …',
'Service credits: …') speaks of how those add up, not of the figures: it makes no month rolling.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells


class _Column(Protocol):
    index: int
    header: str
    period: Period | None
    why: str
    doubt: str


def place(
    columns: Sequence[_Column],
    context: Iterable[str],
    above: Iterable[Sequence[str]] = (),
) -> None:
    """Withhold the months of a table whose title lines (``context``) say it is rolling.

    A line naming the span's end ('Monthly report: rolling 12 months to September 2024')
    over months that all fall in that span describes the window the months are shown for,
    not figures each summing twelve months: those months are read as months. So are months
    beside a column of the table's own headed as the rolling span, unless a rolling line of
    the rows ``above`` the heading (each row's texts by sheet column, merged cells spread)
    stands over a month column but not over that one."""
    rolling = [
        text
        for text in context
        if vocabulary.ROLLING_WORD.search(text or "") and not vocabulary.PENALTY_NOTE.match(text)
    ]
    if not rolling:
        return
    months = [c for c in columns if c.period is not None and c.period.kind == "month"]
    own = [c for c in columns if c not in months and _headed_rolling(c)]
    if months and own and not any(_over_months_only(row, months, own) for row in above):
        return  # the line is about the table's own rolling column: the months are months
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


def _headed_rolling(column: _Column) -> bool:
    """Whether a column's own heading, read as a span and not as one month, says it holds
    the rolling figures: a rolling word ('Rolling 12 months to Nov 2024', 'R12M Dec 24',
    'LTM Jun 24') or twelve months counted ('12 months to Nov 2024')."""
    if column.period is None or column.period.kind == "month":
        return False
    if vocabulary.ROLLING_WORD.search(column.header):
        return True
    count = vocabulary.SPAN_COUNT.search(column.header)
    return count is not None and count["count"].lower() in ("12", "twelve")


def _over_months_only(
    row: Sequence[str], months: Sequence[_Column], own: Sequence[_Column]
) -> bool:
    """Whether a rolling line of one row above the heading stands over a month column and
    over none of the table's own rolling columns: it says those months are rolling."""

    def says_rolling(column: _Column) -> bool:
        text = row[column.index] if 0 <= column.index < len(row) else ""
        return bool(vocabulary.ROLLING_WORD.search(text))

    return any(says_rolling(c) for c in months) and not any(says_rolling(c) for c in own)


def _within(months: Sequence[_Column], window: Period) -> bool:
    """Whether every month column falls inside the stated span."""
    return all(
        c.period is not None and window.start <= c.period.start and c.period.end <= window.end
        for c in months
    )
