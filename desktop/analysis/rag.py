"""The RAG rule: red, amber or green from an actual, a target, a polarity and a tolerance."""

from __future__ import annotations

from .numbers import finite
from .types import DEFAULT_TOLERANCE, Polarity, Rag, Tolerance

DIRECTIONAL: frozenset[str] = frozenset({"higher_is_better", "lower_is_better"})


def _slack(target: float) -> float:
    """Room for binary rounding (59.8 - 53.8 is not exactly 6.0); far below any printed digit."""
    return 1e-9 * max(1.0, abs(target))


def amber_band(target: float, tolerance: Tolerance) -> float:
    """How far short of target is still amber, in the value's own units (never negative)."""
    amber = finite(tolerance.amber)
    if amber is None or amber <= 0:
        return 0.0
    if tolerance.mode == "points":
        return amber
    return abs(target) * amber / 100.0


def shortfall(actual: float, target: float, polarity: Polarity | str) -> float | None:
    """How far the actual falls short of target by polarity (negative or 0 when met)."""
    if polarity == "higher_is_better":
        return target - actual
    if polarity == "lower_is_better":
        return actual - target
    return None


def compute_rag(
    actual: float | None,
    target: float | None,
    polarity: Polarity | str,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Rag | None:
    """The computed RAG by the default rule of CONTRACT.md, or None when it cannot be judged."""
    a = finite(actual)
    if a is None:
        return None
    if polarity == "on_target":
        return band_rag(a, tolerance)
    t = finite(target)
    if t is None:
        return None
    short = shortfall(a, t, polarity)
    if short is None:
        return None
    slack = _slack(t)
    if short <= slack:
        return "green"
    band = amber_band(t, tolerance)
    if band > 0 and short <= band + slack:
        return "amber"
    return "red"


def band_rag(actual: float, tolerance: Tolerance) -> Rag | None:
    """on_target: green inside [band_low, band_high] (either end may be open), red outside."""
    low, high = finite(tolerance.band_low), finite(tolerance.band_high)
    if low is None and high is None:
        return None
    if low is not None and actual < low - _slack(low):
        return "red"
    if high is not None and actual > high + _slack(high):
        return "red"
    return "green"


def effective_rag(published: Rag | None, computed: Rag | None) -> Rag | None:
    """The published RAG where the scorecard gave one, else the computed one."""
    return published if published is not None else computed
