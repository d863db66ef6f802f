"""A figure dated by a real date beside it ('Data as at' 30/09/2024), read with its row's frequency.

A 'latest position' export gives each measure its figure and the date it is as at, and says
in a Frequency column how often the measure is reported. The date alone is a day; what period
the figure covers is the period of the row's frequency that ends on it. A monthly row's month
end is that month (rolling 12 months, by its frequency or its name: the twelve months ending
then); a quarterly row's quarter end is that quarter of the financial year; a half-yearly
row's 30 September or 31 March is that half. An annual row's 31 March is the financial year
ending then, its 31 August the academic year, its 31 December the calendar year. A date that
ends no period of the row's frequency (an annual measure as at 30 September, a quarterly one
as at 31 August) is asked about at the date cell: the year it falls in, the calendar year or
the year to that date, the sheet does not say.
"""

from __future__ import annotations

import datetime as dt

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.layout.row_roles import RowRole, read_role, rolling_months
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue

_HOW_OFTEN = {"month": "monthly", "quarter": "quarterly", "half": "half-yearly", "year": "annual"}


def day_of(value: CellValue) -> dt.date | None:
    """The day a cell holds as a date (a real date, not text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def row_role(frequency: CellValue, name: str) -> RowRole | None:
    """What the row's frequency cell says, with a rolling span its name gives ('Sickness
    days per FTE (rolling 12 months)'); None where neither says anything."""
    role = None if cells.is_blank(frequency) else read_role(text_of(frequency))
    months = rolling_months(vocabulary.normalise(name))
    if months and (role is None or role.basis is None):
        return RowRole(role.kind if role is not None else None, "rolling", months)
    return role


def dated(day: dt.date, role: RowRole | None) -> tuple[Period | None, str]:
    """The period a figure as at ``day`` covers in a row of ``role``, or None with why it is
    asked about. No frequency: the date's month, as the date alone says."""
    month_end = day == period_spans.month_end(day.year, day.month)
    if role is not None and role.basis == "rolling" and role.months:
        if not month_end:
            return None, _unsettled(day, role)
        back = day.year * 12 + day.month - role.months
        span = period_spans.month_range(back // 12, back % 12 + 1, day.year, day.month)
        if span is not None and span.kind == "academic_year":
            # twelve months to August: a rolling span, not a school year
            span = period_spans.make_period("range", span.start, span.end)
        return span, ""
    kind = role.kind if role is not None else None
    if kind is None or kind == "month":
        return period_spans.month(day.year, day.month), ""
    if not month_end:
        return None, _unsettled(day, role)
    if kind == "quarter":
        found = cells.quarter_of_date(day)
        return (found, "") if found is not None else (None, _unsettled(day, role))
    if kind == "half" and day.month in (3, 9):
        fy = day.year if day.month == 9 else day.year - 1
        return period_spans.half_year(fy, 1 if day.month == 9 else 2), ""
    if kind == "year" and day.month == 3:
        return period_spans.financial_year(day.year - 1), ""
    if kind == "year" and day.month == 8:
        return period_spans.academic_year(day.year - 1), ""
    if kind == "year" and day.month == 12:
        return period_spans.calendar_year(day.year), ""
    return None, _unsettled(day, role)


def _unsettled(day: dt.date, role: RowRole | None) -> str:
    how = _HOW_OFTEN.get(role.kind or "", "rolling") if role is not None else "dated"
    return (
        f"{'an' if how[0] in 'aeiou' else 'a'} {how} measure's figure as at {day:%d/%m/%Y}, a date that ends none of its "
        "periods: which period it covers (the one the date falls in, a calendar year, the "
        "year to that date), the sheet does not say — write the period beside the figure"
    )
