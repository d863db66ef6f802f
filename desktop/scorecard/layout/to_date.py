"""A figure for a quarter or month alone beside one counted from April ('In quarter' |
'Year to date' under 'Quarter 2 2024/25', 'Q3 2024/25 YTD', 'Sep 2024 Cumulative'): the
first is that period's figure, the second covers April to the end of that period."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import period_spans, periods


class _Column(Protocol):
    header: str
    field: Role | None
    period: Period | None
    why: str


def subheading(text: str) -> bool:
    """'In quarter', 'Year to date', 'Discrete', 'Cumulative': a sub-heading under a period."""
    key = vocabulary.normalise(text)
    return key in vocabulary.IN_PERIOD_SUBHEADINGS or key in vocabulary.TO_DATE_SUBHEADINGS


def in_period(rest: str) -> bool:
    """The words beside a period say the figure is for that period alone ('In quarter')."""
    return vocabulary.normalise(rest) in vocabulary.IN_PERIOD_SUBHEADINGS


def counted_from_april(heading: str, rest: str) -> bool:
    """The words beside a period say the figure runs from April ('YTD', 'Cumulative')."""
    return (
        periods.is_year_to_date(heading)
        or vocabulary.normalise(rest) in vocabulary.TO_DATE_SUBHEADINGS
    )


def span(period: Period) -> Period | None:
    """April to the end of a quarter or month of the financial year (the quarter itself for
    Q1): None for any other kind of period."""
    if period.kind not in ("quarter", "month"):
        return None
    first = period.start.year if period.start.month >= 4 else period.start.year - 1
    return period_spans.month_range(first, 4, period.end.year, period.end.month)


def settle(columns: Iterable[_Column]) -> None:
    """At the first quarter (or April) the figure to date is the period's own figure again:
    beside that period's own column it is read once, from the period's column."""
    columns = list(columns)
    own = {
        c.period
        for c in columns
        if c.field == "actual"
        and c.period is not None
        and not periods.is_year_to_date(c.header)
        and not _to_date_word(c.header)
    }
    for column in columns:
        if column.field != "actual" or column.period not in own:
            continue
        if periods.is_year_to_date(column.header) or _to_date_word(column.header):
            assert column.period is not None
            column.field = "ignore"
            column.why = (
                f"its heading: at {column.period.label} the figure to date is the period's own"
            )


def _to_date_word(heading: str) -> bool:
    words = vocabulary.normalise(heading)
    return any(f" {w} " in f" {words} " for w in vocabulary.TO_DATE_SUBHEADINGS)
