"""Direction of travel and comparisons, always judged by polarity, never by sign alone."""

from __future__ import annotations

from typing import Literal

from .numbers import finite
from .types import DEFAULT_TOLERANCE, Direction, Point, Polarity, Tolerance

Verdict = Literal["better", "worse", "similar"]
NO_CHANGE_SHARE = 0.01  # a change within 1% of the earlier value is no change (CONTRACT)


def within_one_percent(value: float, reference: float) -> bool:
    return abs(value - reference) <= NO_CHANGE_SHARE * abs(reference) + 1e-12


def distance_from_aim(value: float, point: Point, tolerance: Tolerance) -> float | None:
    """on_target: how far outside the band (0 inside), or from the point's target without one."""
    low, high = finite(tolerance.band_low), finite(tolerance.band_high)
    if low is not None or high is not None:
        if low is not None and value < low:
            return low - value
        if high is not None and value > high:
            return value - high
        return 0.0
    target = finite(point.target)
    return None if target is None else abs(value - target)


def direction(
    current: Point,
    earlier: Point,
    polarity: Polarity | str,
    *,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Direction | None:
    """Improving, worsening or no change from earlier to current, judged by polarity."""
    a, b = finite(current.actual), finite(earlier.actual)
    if a is None or b is None:
        return None
    if polarity not in ("higher_is_better", "lower_is_better", "on_target"):
        return None
    if within_one_percent(a, b):
        return "no_change"
    if polarity == "higher_is_better":
        return "improving" if a > b else "worsening"
    if polarity == "lower_is_better":
        return "improving" if a < b else "worsening"
    now, then = distance_from_aim(a, current, tolerance), distance_from_aim(b, earlier, tolerance)
    if now is None or then is None or now == then:
        return None if now is None or then is None else "no_change"
    return "improving" if now < then else "worsening"


def compare(value: float, reference: float, polarity: Polarity | str) -> Verdict | None:
    """Better, worse or similar (within 1% of the reference) by polarity; None if undirected."""
    if polarity not in ("higher_is_better", "lower_is_better"):
        return None
    if within_one_percent(value, reference):
        return "similar"
    higher = value > reference
    return "better" if higher == (polarity == "higher_is_better") else "worse"


def better_than(a: float, b: float, polarity: Polarity | str) -> bool:
    """Strictly better by polarity (lower_is_better: smaller)."""
    return a < b if polarity == "lower_is_better" else a > b
