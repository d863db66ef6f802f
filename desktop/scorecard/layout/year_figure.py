"""'Full year', 'Year end', 'Annual' after the quarters or months of one year: that year's figure.

A year-end table gives Q1..Q4 of a financial year (or its months) and then the whole year's
figure under a heading that names no year ("Full year", "Year end", "Year total"). Its year
is the one every quarter or month beside it belongs to: a financial year for quarters, and
for months that run over a new year or start in April; a calendar year for months that run
over April. Beside periods of several years, or months that could be of either kind of year
('Jan 2025' to 'Mar 2025'), nothing places it: it is read as figures no period dates, and
held for review like any such column.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import periods


class Column(Protocol):
    header: str
    field: Role | None
    period: Period | None
    why: str

    def take(self, role: Role | None, comparator: str | None = None) -> None: ...


def place(columns: Iterable[Column]) -> None:
    """Date each bare year-figure heading by the one year of the quarters or months beside it."""
    columns = list(columns)
    waiting = [
        c
        for c in columns
        if c.period is None
        and c.field in ("actual", "period", None)
        and vocabulary.normalise(c.header) in vocabulary.YEAR_FIGURE_WORDS
    ]
    if not waiting:
        return
    dated = [c.period for c in columns if c.period is not None]
    if not any(p.kind in ("quarter", "month") for p in dated):
        # no quarter or month beside it: a column of periods headed 'Year end' stays one
        waiting = [c for c in waiting if c.field != "period"]
    year = _one_year(dated)
    for column in waiting:  # a figure column still, never a column of periods
        column.take("actual", None)
        if year is not None:
            column.period = year
            column.why = "the year of the quarters or months beside it"


def _one_year(dated: list[Period]) -> Period | None:
    """The one year every quarter and month beside the column falls in; None when they fall
    in more than one, or the months could be of a financial or a calendar year alike."""
    quarters = [p for p in dated if p.kind == "quarter"]
    months = [p for p in dated if p.kind == "month"]
    if not quarters and not months:
        return None
    financial = {_financial_year(p) for p in months}
    if quarters:  # 'Q1 2024/25': the year as its label writes it
        named = {periods.parse_period(q.label.split(" ", 1)[-1]) for q in quarters}
        if len(named) != 1:
            return None
        year = named.pop()
        if year is None or year.kind != "financial_year":
            return None
        return year if financial <= {year.start.year} else None
    if len(financial) == 1 and _financial(months):
        return periods.financial_year(financial.pop())
    calendar = {p.start.year for p in months}
    if len(calendar) == 1 and _calendar(months):
        return periods.calendar_year(calendar.pop())
    return None


def _financial_year(month: Period) -> int:
    return month.start.year if month.start.month >= 4 else month.start.year - 1


def _financial(months: list[Period]) -> bool:
    """Months that show a financial year: they run over a new year, or start in April."""
    first = min(p.start for p in months)
    return len({p.start.year for p in months}) > 1 or first.month == 4


def _calendar(months: list[Period]) -> bool:
    """Months that show a calendar year: they run over April (January to March alone may
    as well be the end of a financial year)."""
    return len({_financial_year(p) for p in months}) > 1
