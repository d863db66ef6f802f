"""Build Periods with their canonical labels ("Q1 2024/25", "2024/25", "Apr 2024", "2014–2016")."""

from __future__ import annotations

import calendar
import datetime as dt

from desktop.scorecard.model import Period, PeriodKind

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "academic_year",
    "calendar_year",
    "financial_year",
    "financial_year_range",
    "half_year",
    "make_period",
    "month",
    "month_end",
    "month_range",
    "period_label",
    "quarter",
    "year_range",
]

MIN_YEAR = 1900
MAX_YEAR = 2100
_DASH = "\u2013"


def month_end(year: int, month_no: int) -> dt.date:
    """The last day of that month."""
    return dt.date(year, month_no, calendar.monthrange(year, month_no)[1])


def _fy(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def _mon(day: dt.date) -> str:
    return f"{calendar.month_abbr[day.month]} {day.year}"


def _range_label(start: dt.date, end: dt.date) -> str:
    month_aligned = start.day == 1 and end == month_end(end.year, end.month)
    if month_aligned and (start.month, end.month) == (1, 12):
        return f"{start.year}{_DASH}{end.year}"
    if month_aligned and (start.month, end.month) == (4, 3):
        return f"{_fy(start.year)}{_DASH}{_fy(end.year - 1)}"
    if month_aligned and (start.month, end.month) == (9, 8) and end.year - start.year > 1:
        return f"{_fy(start.year)}{_DASH}{_fy(end.year - 1)} (AY)"
    if month_aligned and start.month in (4, 10) and _months_between(start, end) == 6:
        half_no = 1 if start.month == 4 else 2
        return f"H{half_no} {_fy(start.year)}"
    if month_aligned:
        return f"{_mon(start)}{_DASH}{_mon(end)}"
    return f"{start.day} {_mon(start)}{_DASH}{end.day} {_mon(end)}"


def _months_between(start: dt.date, end: dt.date) -> int:
    """Whole months covered by a month-aligned span (inclusive)."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_label(kind: PeriodKind, start: dt.date, end: dt.date) -> str:
    """The canonical label the app shows for a period of this kind and span."""
    if kind == "quarter":
        fy_start = start.year if start.month >= 4 else start.year - 1
        q = ((start.month - 4) % 12) // 3 + 1
        return f"Q{q} {_fy(fy_start)}"
    if kind == "month":
        return _mon(start)
    if kind == "financial_year":
        return _fy(start.year)
    if kind == "academic_year":
        return f"{_fy(start.year)} (AY)"
    if kind == "calendar_year":
        return str(start.year)
    if kind == "date":
        return f"{start.day} {_mon(start)}"
    return _range_label(start, end)


def make_period(kind: PeriodKind, start: dt.date, end: dt.date) -> Period:
    """A Period with its canonical label."""
    return Period(label=period_label(kind, start, end), start=start, end=end, kind=kind)


def quarter(fy_start: int, q: int) -> Period:
    """Quarter ``q`` (1-4) of the financial year starting 1 April ``fy_start``."""
    first = 4 + 3 * (q - 1)
    year = fy_start if first <= 12 else fy_start + 1
    first = (first - 1) % 12 + 1
    start = dt.date(year, first, 1)
    return make_period("quarter", start, month_end(year, first + 2))


def half_year(fy_start: int, half_no: int) -> Period:
    """First (Apr-Sep) or second (Oct-Mar) half of a financial year."""
    if half_no == 1:
        return make_period("range", dt.date(fy_start, 4, 1), dt.date(fy_start, 9, 30))
    return make_period("range", dt.date(fy_start, 10, 1), dt.date(fy_start + 1, 3, 31))


def financial_year(fy_start: int) -> Period:
    return make_period("financial_year", dt.date(fy_start, 4, 1), dt.date(fy_start + 1, 3, 31))


def academic_year(first_year: int) -> Period:
    return make_period("academic_year", dt.date(first_year, 9, 1), dt.date(first_year + 1, 8, 31))


def calendar_year(year: int) -> Period:
    return make_period("calendar_year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def month(year: int, month_no: int) -> Period:
    return make_period("month", dt.date(year, month_no, 1), month_end(year, month_no))


def year_range(first: int, last: int) -> Period:
    """Calendar years ``first`` to ``last`` inclusive."""
    return make_period("range", dt.date(first, 1, 1), dt.date(last, 12, 31))


def financial_year_range(first_fy: int, last_fy: int) -> Period:
    """Financial years starting ``first_fy`` to ``last_fy`` inclusive."""
    return make_period("range", dt.date(first_fy, 4, 1), dt.date(last_fy + 1, 3, 31))


def month_range(y1: int, m1: int, y2: int, m2: int) -> Period | None:
    """Months m1/y1 to m2/y2 inclusive, named as a quarter, year etc. when it is one."""
    if (y2, m2) < (y1, m1) or not (y1 >= MIN_YEAR and y2 <= MAX_YEAR):
        return None
    start, end = dt.date(y1, m1, 1), month_end(y2, m2)
    count = _months_between(start, end)
    if count == 1:
        return month(y1, m1)
    if count == 3 and m1 in (1, 4, 7, 10):
        return make_period("quarter", start, end)
    if count == 12 and m1 == 4:
        return financial_year(y1)
    if count == 12 and m1 == 9:
        return academic_year(y1)
    if count == 12 and m1 == 1:
        return calendar_year(y1)
    return make_period("range", start, end)


_LAG_MONTHS = {"month": 1, "quarter": 3, "year": 12}
_YEAR_KINDS = ("financial_year", "academic_year", "calendar_year")


def year_earlier(period: Period) -> Period | None:
    """The same span of months a year before ('Apr 2024–Sep 2024' -> 'Apr 2023–Sep 2023'),
    of the same kind; None for a period that does not start and end with whole months."""
    start, end = period.start, period.end
    if start.day != 1 or end != month_end(end.year, end.month):
        return None
    return make_period(
        period.kind, dt.date(start.year - 1, start.month, 1), month_end(end.year - 1, end.month)
    )


def in_arrears(period: Period, count: int, unit: str) -> Period | None:
    """The period a figure shown under ``period`` but ``count`` ``unit``s (month, quarter,
    year) in arrears is for: the same kind of period that much earlier ('One quarter in
    arrears' under Q2 2024/25 is Q1 2024/25, a month in arrears under Sep 2024 is Aug 2024).
    None where the lag does not make a whole period of that kind (two months before a
    quarter: a month's figure, or three months to it?)."""
    months = count * _LAG_MONTHS.get(unit, 0)
    if months == 0:
        return period if count == 0 and unit in _LAG_MONTHS else None
    if period.kind == "month":
        return shifted(period, -months)
    if period.kind == "quarter":
        return shifted(period, -(months // 3)) if months % 3 == 0 else None
    if period.kind in _YEAR_KINDS and months % 12 == 0:
        years = months // 12
        start, end = period.start, period.end
        return make_period(
            period.kind, start.replace(year=start.year - years), end.replace(year=end.year - years)
        )
    return None


def shifted(period: Period, steps: int) -> Period | None:
    """The quarter, month or financial year ``steps`` before (negative) or after this one."""
    start = period.start
    if period.kind == "quarter":
        fy = start.year if start.month >= 4 else start.year - 1
        index = fy * 4 + ((start.month - 4) % 12) // 3 + steps
        return quarter(index // 4, index % 4 + 1)
    if period.kind == "month":
        index = start.year * 12 + start.month - 1 + steps
        return month(index // 12, index % 12 + 1)
    if period.kind == "financial_year":
        fy = start.year if start.month >= 4 else start.year - 1
        return financial_year(fy + steps)
    return None
