"""Year-to-date and whole-year averages: pooled from numerators and denominators where possible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .numbers import finite, infer_scale
from .timeline import one_year_earlier
from .types import Point

# Kinds shorter than a year, for which a year-to-date figure means something.
SUB_ANNUAL: frozenset[str] = frozenset({"quarter", "month", "date"})


@dataclass(frozen=True, slots=True)
class Average:
    value: float
    periods: int  # how many periods went into it
    numerator: float | None = None  # set when pooled from numerators and denominators
    denominator: float | None = None


def financial_year_start(day: dt.date) -> dt.date:
    """1 April of the UK local-government financial year containing day."""
    return dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def average(points: Sequence[Point], unit: str | None) -> Average | None:
    """The rate from summed numerators / denominators when every point has them, else the mean."""
    numeric = [p for p in points if finite(p.actual) is not None]
    if not numeric:
        return None
    pooled = _pooled(numeric, unit)
    if pooled is not None:
        return pooled
    total = sum(finite(p.actual) or 0.0 for p in numeric)
    return Average(total / len(numeric), len(numeric))


def _pooled(points: Sequence[Point], unit: str | None) -> Average | None:
    scale = infer_scale(((p.actual, p.numerator, p.denominator) for p in points), unit)
    if scale is None:
        return None
    numerator = sum(finite(p.numerator) or 0.0 for p in points)
    denominator = sum(finite(p.denominator) or 0.0 for p in points)
    if denominator <= 0:
        return None
    return Average(numerator / denominator * scale, len(points), numerator, denominator)


def year_to_date(points: Sequence[Point], same_kind: Sequence[int], latest: int) -> list[Point]:
    """Points of the latest's kind from the start of its financial year up to the latest."""
    last = points[latest]
    if last.period_kind not in SUB_ANNUAL:
        return []
    start = financial_year_start(last.period_start)
    return [points[i] for i in same_kind if start <= points[i].period_start <= last.period_start]


def whole_year(points: Sequence[Point], same_kind: Sequence[int], latest: int) -> list[Point]:
    """Points of the latest's kind starting within the year that ends with the latest."""
    last = points[latest]
    if last.period_kind == "range":
        return [last]
    start = one_year_earlier(last.period_end) + dt.timedelta(days=1)
    return [points[i] for i in same_kind if start <= points[i].period_start <= last.period_start]
