"""Months keyed as six-digit numbers, yyyymm (202404 is April 2024), down a period column.

BI tools and NHS data warehouses key a month as yyyymm. The same six digits are how the
Department for Education and other open data write a year (202324 is 2023/24: the second
pair is the year after the first's), so the codes are read together, a column at a time:

* a code is a month only where its last two digits are 01–12 in a plausible year;
* the column is months when at least one code can be nothing but a month (202404): then
  every code that is a valid month is one, even a code that could also be a year (201112,
  beside 201110 and 201111, is December 2011);
* a column whose codes could each be a year as well (only 201112, 201011) says nothing
  either way, and a code that can only be a year (202324) among months mixes the two: these
  are not read, and are held for review naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.scorecard.model import Period
from desktop.scorecard.parse.period_spans import MAX_YEAR, MIN_YEAR, month
from desktop.scorecard.read.grid import CellValue

_CODE = re.compile(r"\s*(\d{6})\s*")


def code_of(value: CellValue) -> int | None:
    """The six-digit number a period cell holds (202404, 202404.0, '202404'), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return value if 100000 <= value <= 999999 else None
    if isinstance(value, str):
        found = _CODE.fullmatch(value)
        return int(found[1]) if found else None
    return None


def _as_month(code: int) -> Period | None:
    year, mm = divmod(code, 100)
    if not (MIN_YEAR <= year <= MAX_YEAR - 1 and 1 <= mm <= 12):
        return None
    return month(year, mm)


def _as_year(code: int) -> bool:
    """True when the code can be a year written as two pairs: 202324 for 2023/24."""
    year, end = divmod(code, 100)
    return MIN_YEAR <= year <= MAX_YEAR - 1 and end == (year + 1) % 100


@dataclass
class MonthCodes:
    """How one column's codes read: the months, and why each other code is not read."""

    months: dict[int, Period] = field(default_factory=dict)
    doubts: dict[int, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.months or self.doubts)


def read(values: Iterable[CellValue]) -> MonthCodes:
    """The months a column of yyyymm codes gives, and the codes held for review."""
    codes = sorted({c for c in (code_of(v) for v in values) if c is not None})
    found = MonthCodes()
    if not codes:
        return found
    only_months = [c for c in codes if _as_month(c) is not None and not _as_year(c)]
    if not only_months:
        for code in codes:
            period = _as_month(code)
            if period is not None and _as_year(code):
                found.doubts[code] = (
                    f"period '{code}' may be the month {period.label} or the year "
                    f"{_year_label(code)}, and nothing in its column says which; write it as "
                    f"e.g. '{period.label}' or '{_year_label(code)}'"
                )
        return found
    example = only_months[0]
    for code in codes:
        period = _as_month(code)
        if period is not None:
            found.months[code] = period
        elif _as_year(code):
            found.doubts[code] = (
                f"period '{code}' reads as the year {_year_label(code)} among month codes such "
                f"as '{example}' ({_month_label(example)}): the column mixes months and "
                "years, so its figures are not placed"
            )
    return found


def _year_label(code: int) -> str:
    return f"{code // 100}/{code % 100:02d}"


def _month_label(code: int) -> str:
    """The month a code names ('Apr 2024' for 202404), or the code itself."""
    period = _as_month(code)
    return str(code) if period is None else period.label
