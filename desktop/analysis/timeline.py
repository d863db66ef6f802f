"""A point's neighbours in time: the period just before, the same period a year earlier."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from operator import lt

from .types import Point

# Nominal length in days of the kinds that follow one another without gaps. Kinds not
# listed here (single dates, ranges) have no fixed rhythm: the previous one is simply
# the nearest earlier one, and no gap can be told.
NOMINAL_DAYS: dict[str, int] = {
    "quarter": 91,
    "month": 30,
    "financial_year": 365,
    "academic_year": 365,
    "calendar_year": 365,
}
_YEAR_SLACK_DAYS = 3  # month-end snapshots: 28 Feb one year, 29 Feb the next
_YEAR_SLACK = dt.timedelta(days=_YEAR_SLACK_DAYS)


def one_year_earlier(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def missing_between(earlier: Point, later: Point) -> int:
    """How many whole periods of the kind fit between two points (0 when adjacent)."""
    nominal = NOMINAL_DAYS.get(later.period_kind)
    if nominal is None:
        return 0
    gap_days = (later.period_start - earlier.period_end).days - 1
    if gap_days <= nominal // 2:
        return 0
    return max(1, round(gap_days / nominal))


class PointIndex:
    """Points grouped by kind and ordered by start, built once per series (no quadratic scans)."""

    __slots__ = ("_order", "_points", "_pos", "_starts")

    def __init__(self, points: Sequence[Point]) -> None:
        self._points = points
        kinds = [point.period_kind for point in points]
        groups: dict[str, list[int]] = {}
        if kinds and kinds.count(kinds[0]) == len(kinds):  # the usual case: one kind
            groups[kinds[0]] = list(range(len(kinds)))
        else:
            for i, kind in enumerate(kinds):
                groups.setdefault(kind, []).append(i)
        self._order: dict[str, list[int]] = {}
        self._starts: dict[str, list[dt.date]] = {}
        self._pos: dict[int, int] = {}
        for kind, members in groups.items():
            starts = [points[i].period_start for i in members]
            # points usually come in order of their starts: then they are sorted already
            if not all(map(lt, starts, starts[1:])):  # (each start before the next)
                members.sort(key=lambda i: (points[i].period_start, points[i].period_end, i))
                starts = [points[i].period_start for i in members]
            self._order[kind] = members
            self._starts[kind] = starts
            self._pos.update(zip(members, range(len(members)), strict=True))

    def kinds(self) -> list[str]:
        return list(self._order)

    def of_kind(self, kind: str) -> list[int]:
        """Indices of the points of one kind, earliest first."""
        return self._order.get(kind, [])

    def up_to(self, i: int) -> list[int]:
        """Indices of the points of i's kind up to and including i, earliest first."""
        kind = self._points[i].period_kind
        return self._order[kind][: self._pos[i] + 1]

    def earlier(self, i: int) -> int | None:
        """The nearest earlier point of the same kind, however far back."""
        point = self._points[i]
        members = self._order[point.period_kind]
        pos = self._pos[i] - 1
        while pos >= 0:
            j = members[pos]
            if self._points[j].period_start < point.period_start:
                return j
            pos -= 1
        return None

    def previous(self, i: int) -> int | None:
        """The period just before i, of the same kind; None when it is missing."""
        j = self.earlier(i)
        if j is None or missing_between(self._points[j], self._points[i]):
            return None
        return j

    def last_year(self, i: int) -> int | None:
        """The point of the same kind starting one year before i (within a few days)."""
        point = self._points[i]
        wanted = one_year_earlier(point.period_start)
        starts = self._starts[point.period_kind]
        members = self._order[point.period_kind]
        lo = bisect.bisect_left(starts, wanted - _YEAR_SLACK)
        hi = bisect.bisect_right(starts, wanted + _YEAR_SLACK)
        best: int | None = None
        best_days = _YEAR_SLACK_DAYS + 1
        for pos in range(lo, hi):
            days = abs((starts[pos] - wanted).days)
            if days < best_days:
                best, best_days = members[pos], days
        return best


def previous_point(points: Sequence[Point], i: int) -> int | None:
    """Index of the period just before points[i], of the same kind (None when missing)."""
    if not 0 <= i < len(points):
        return None
    return PointIndex(points).previous(i)


def same_period_last_year(points: Sequence[Point], i: int) -> int | None:
    """Index of the same kind of period starting one year before points[i], or None."""
    if not 0 <= i < len(points):
        return None
    return PointIndex(points).last_year(i)
