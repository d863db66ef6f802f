"""A series' history around its latest point: streaks, recoveries, best and worst, comparators."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Context
from .numbers import finite
from .trend import better_than, compare, distance_from_aim
from .types import ComparatorGap, Point

RED_WINDOW = 4  # "red in N of the last 4 periods"


def latest_numeric(
    points: Sequence[Point], actuals: Sequence[float | None] | None = None
) -> int | None:
    """The most recent observation with a number (latest end, then latest start)."""
    if actuals is None:
        actuals = [finite(p.actual) for p in points]
    best: int | None = None
    # (end, start) >= the best's, compared a field at a time: this runs per observation
    best_end = best_start = None
    for i, point in enumerate(points):
        if actuals[i] is None:
            continue
        end = point.period_end
        if best is None or (
            end > best_end if end != best_end else point.period_start >= best_start  # type: ignore[operator]
        ):
            best, best_end, best_start = i, end, point.period_start
    return best


def red_run(ctx: Context, start: int | None) -> tuple[int, int | None]:
    """Length and first index of the unbroken run of reds ending at start (walking back)."""
    count, first = 0, None
    i = start
    while i is not None and ctx.effective[i] == "red" and count <= len(ctx.points):
        count, first = count + 1, i
        i = ctx.index.previous(i)
    return count, first


def fill_history(ctx: Context) -> None:
    """Streak, red-in-last, first red, recovery, best and worst for the latest's kind."""
    latest = ctx.latest
    if latest is None:
        return
    ctx.red_streak, ctx.first_red = red_run(ctx, latest)
    same_kind = ctx.index.up_to(latest)
    window = same_kind[-RED_WINDOW:]
    ctx.red_in_last = (sum(1 for i in window if ctx.effective[i] == "red"), len(window))
    if ctx.red_streak == 0:
        last_red = next((i for i in reversed(same_kind) if ctx.effective[i] == "red"), None)
        _, ctx.first_red = red_run(ctx, last_red)
    if ctx.previous is not None and ctx.effective[latest] in ("amber", "green"):
        run, _ = red_run(ctx, ctx.previous)
        ctx.recovered, ctx.red_run_before = run > 0, run
    ctx.best, ctx.worst = best_and_worst(ctx, same_kind)
    ctx.gaps = comparator_gaps(ctx)


def best_and_worst(ctx: Context, members: Sequence[int]) -> tuple[int | None, int | None]:
    polarity = ctx.series.polarity
    if polarity in ("higher_is_better", "lower_is_better"):
        best = worst = None
        best_value = worst_value = 0.0
        for i in members:
            value = ctx.actuals[i]
            if value is None:
                continue
            if best is None or better_than(value, best_value, polarity):
                best, best_value = i, value
            if worst is None or better_than(worst_value, value, polarity):
                worst, worst_value = i, value
        return best, worst
    if polarity == "on_target":
        distances: list[tuple[float, int]] = []
        for i in members:
            reading = ctx.actuals[i]
            if reading is None:
                continue
            distance = distance_from_aim(reading, ctx.points[i], ctx.series.tolerance)
            if distance is not None:
                distances.append((distance, i))
        if not distances:
            return None, None
        return min(distances)[1], max(distances, key=lambda d: (d[0], -d[1]))[1]
    return None, None


def comparator_gaps(ctx: Context) -> tuple[ComparatorGap, ...]:
    point = ctx.latest_point
    actual = None if point is None else finite(point.actual)
    if point is None or actual is None:
        return ()
    gaps = []
    for name, raw in point.comparators.items():
        value = finite(raw)
        if value is None:
            continue
        verdict = compare(actual, value, ctx.series.polarity)
        gaps.append(ComparatorGap(str(name), value, actual - value, verdict))
    return tuple(gaps)
