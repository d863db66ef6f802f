"""The RAG rule: red, amber or green from an actual, a target, a polarity and a tolerance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from .numbers import finite
from .types import DEFAULT_TOLERANCE, Point, Polarity, Rag, Tolerance

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
    if (
        type(actual) is float
        and type(target) is float
        and actual - actual == 0.0
        and target - target == 0.0
        and (polarity == "higher_is_better" or polarity == "lower_is_better")
    ):  # the common case, decided inline as ``compute_rags`` decides it
        gap = target - actual if polarity == "higher_is_better" else actual - target
        magnitude = abs(target)
        room = 1e-9 * (magnitude if magnitude > 1.0 else 1.0)  # _slack(target), inline
        if gap <= room:
            return "green"
        amber = amber_band(target, tolerance)
        return "amber" if amber > 0 and gap <= amber + room else "red"
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


def compute_rags(
    points: Sequence[Point], polarity: Polarity | str, tolerance: Tolerance = DEFAULT_TOLERANCE
) -> tuple[Rag | None, ...]:
    """compute_rag for every point of one series, the same answers in a fraction of the time.

    The rule's constants are worked out once per series, and the common case (a finite
    float actual and target, a directional polarity) is decided inline.
    """
    if polarity not in DIRECTIONAL:
        return tuple([compute_rag(p.actual, p.target, polarity, tolerance) for p in points])
    higher = polarity == "higher_is_better"
    amber = finite(tolerance.amber) or 0.0
    no_band = amber <= 0
    points_mode = tolerance.mode == "points"
    rags: list[Rag | None] = []
    for p in points:
        a, t = p.actual, p.target
        if type(a) is not float or type(t) is not float or a - a != 0.0 or t - t != 0.0:
            rags.append(compute_rag(a, t, polarity, tolerance))
            continue
        short = t - a if higher else a - t
        magnitude = abs(t)
        slack = 1e-9 * (magnitude if magnitude > 1.0 else 1.0)  # _slack(t), inline
        if short <= slack:
            rags.append("green")
            continue
        if no_band:
            band = 0.0
        elif points_mode:
            band = amber
        else:
            band = abs(t) * amber / 100.0
        rags.append("amber" if band > 0 and short <= band + slack else "red")
    return tuple(rags)


class RagsAsRead(Sequence["Rag | None"]):
    """``compute_rags`` of a series' points, each worked out when it is first read: what
    is stored of a series reads the latest point's RAG and those of the red run before it,
    not every point's."""

    __slots__ = ("_computed", "_known", "_points", "_polarity", "_tolerance")

    def __init__(
        self,
        points: Sequence[Point],
        polarity: Polarity | str,
        tolerance: Tolerance,
        computed: RagsAsRead | None = None,
    ) -> None:
        self._points = points
        self._polarity = polarity
        self._tolerance = tolerance
        # given the computed RAGs: each point's published RAG where given, else its computed
        # one (``effective_rag``)
        self._computed = computed
        self._known: dict[int, Rag | None] = {}

    def __len__(self) -> int:
        return len(self._points)

    @overload
    def __getitem__(self, index: int) -> Rag | None: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Rag | None]: ...

    def __getitem__(self, index: int | slice) -> Rag | Sequence[Rag | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        try:
            return self._known[index]
        except KeyError:
            point = self._points[index]  # (an index out of range raises here)
            if self._computed is None:
                rag = compute_rag(point.actual, point.target, self._polarity, self._tolerance)
            else:
                rag = point.rag_published
                if rag is None:
                    rag = self._computed[index]
            self._known[index] = rag
            return rag


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
