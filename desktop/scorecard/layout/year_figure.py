"""'Full year', 'Year total', 'Annual' after the quarters of one year: that year's own figure.

A year-end table gives Q1..Q4 of a financial year and then the whole year's figure under a
heading that names no year ("Full year", "Year total", "Whole year"). Its year is the one
every quarter beside it belongs to; beside quarters of several years, or none, nothing
places it: it is read as figures no period dates, and held for review like any such column.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells


class Column(Protocol):
    header: str
    field: Role | None
    period: Period | None
    why: str

    def take(self, role: Role | None, comparator: str | None = None) -> None: ...


def place(columns: Iterable[Column]) -> None:
    """Date each bare year-figure heading by the one financial year of the quarters beside it."""
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
    quarters = [c.period for c in columns if c.period is not None and c.period.kind == "quarter"]
    years = {q.label.split(" ", 1)[-1] for q in quarters}
    year = cells.period(years.pop()) if len(years) == 1 else None
    if year is None or year.kind != "financial_year":
        for column in waiting:  # a figure column still, never a column of periods: undated
            column.take("actual", None)
        return
    for column in waiting:
        column.take("actual", None)
        column.period = year
        column.why = "the year of the quarters beside it"
