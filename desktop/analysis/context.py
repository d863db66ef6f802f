"""What the rules read about one series: its points, RAGs, neighbours and history, worked out once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .averages import Average
from .numbers import finite, fmt_value
from .timeline import PointIndex
from .types import ComparatorGap, Direction, Point, Rag, Series


@dataclass(slots=True)
class Context:
    series: Series
    points: tuple[Point, ...]
    index: PointIndex
    computed: Sequence[Rag | None]  # aligned with points (a tuple, or worked out as read)
    effective: Sequence[Rag | None]  # published where given, else computed
    actuals: tuple[float | None, ...]  # finite actuals, aligned with points
    latest: int | None = None
    previous: int | None = None  # the period just before the latest
    last_year: int | None = None  # the same period a year before the latest
    direction_previous: Direction | None = None
    direction_last_year: Direction | None = None
    red_streak: int = 0
    red_in_last: tuple[int, int] = (0, 0)
    first_red: int | None = None  # first period of the latest run of reds
    recovered: bool = False
    red_run_before: int = 0  # when recovered: how long the red run that ended lasted
    year_to_date: Average | None = None
    whole_year: Average | None = None
    best: int | None = None
    worst: int | None = None
    gaps: tuple[ComparatorGap, ...] = field(default_factory=tuple)

    @property
    def latest_point(self) -> Point | None:
        return None if self.latest is None else self.points[self.latest]

    @property
    def kind(self) -> str:
        point = self.latest_point
        return point.period_kind if point is not None else ""

    def show(self, value: float | None) -> str:
        """A value in the series' unit, or 'no figure'."""
        number = finite(value)
        return "no figure" if number is None else fmt_value(number, self.series.unit)

    def label(self, i: int | None) -> str:
        return "" if i is None else self.points[i].period_label
