"""Builders of quarterly and monthly points shared by the analysis tests (no tests here)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.analysis import Point, Series


def quarter(year: int, n: int, **fields: Any) -> Point:
    """Quarter n (1-4) of financial year year/year+1, e.g. quarter(2024, 1) is Q1 2024/25."""
    month = 4 + 3 * (n - 1)
    start_year = year if month <= 12 else year + 1
    month = month if month <= 12 else month - 12
    start = dt.date(start_year, month, 1)
    next_month = month + 3
    end = dt.date(start_year + (next_month > 12), (next_month - 1) % 12 + 1, 1) - dt.timedelta(
        days=1
    )
    label = f"Q{n} {year}/{str(year + 1)[2:]}"
    return Point(label, start, end, "quarter", **fields)


def month(year: int, number: int, **fields: Any) -> Point:
    start = dt.date(year, number, 1)
    end = dt.date(year + (number == 12), number % 12 + 1, 1) - dt.timedelta(days=1)
    return Point(start.strftime("%b %Y"), start, end, "month", **fields)


def financial_year(year: int, **fields: Any) -> Point:
    label = f"{year}/{str(year + 1)[2:]}"
    return Point(label, dt.date(year, 4, 1), dt.date(year + 1, 3, 31), "financial_year", **fields)


def series(*points: Point, polarity: str = "higher_is_better", **fields: Any) -> Series:
    fields.setdefault("unit", "%")
    fields.setdefault("name", "Indicator")
    return Series(key=fields.pop("key", "k1"), points=points, polarity=polarity, **fields)  # type: ignore[arg-type]


def run_of_quarters(values: list[float | None], start: int = 2023, **fields: Any) -> list[Point]:
    """Consecutive quarters from Q1 start/start+1, one per value."""
    points = []
    for i, value in enumerate(values):
        points.append(quarter(start + i // 4, i % 4 + 1, actual=value, **fields))
    return points
