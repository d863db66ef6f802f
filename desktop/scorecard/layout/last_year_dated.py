"""A 'same period last year' column whose heading names its period: that period's figures.

A monthly or quarterly return often shows, before this year's months, a grey column headed
'Same month last year' (or 'Same quarter last year', 'Last year') over the period it holds:
'Oct-23' in a return to October 2024. Such a column is no comparator waiting for a period to
join: its heading says whose figures it holds, the measures' own for that month or quarter
a year back. It is read as the figures of that period, where no other column gives them and
the period a year on is one the table gives figures for (so 'last year' and the date agree).
Anything else (a date that is not a year before any of the table's periods) is left as it
was: a comparator with no figure to join, named in a warning (``dropped``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import period_spans

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Column

_STEPS = {"month": 12, "quarter": 4}  # a year on, in the period's own steps


def place(columns: list[Column]) -> None:
    """Read each dated last-year comparator column as its period's own figures."""
    given = {c.period for c in columns if c.field == "actual" and c.period is not None}
    for column in columns:
        period = column.period
        if column.field != "comparator" or period is None or period in given:
            continue
        if column.comparator != vocabulary.LAST_YEAR_COMPARATOR or period.kind not in _STEPS:
            continue
        on = period_spans.shifted(period, _STEPS[period.kind])
        if on is None or on not in given:
            continue
        column.take("actual")
        column.why = (
            f"its heading: last year's figures, for {period.label} (a year before {on.label})"
        )
