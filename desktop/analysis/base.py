"""How many cases a figure rests on, and what one case more or fewer would make of it."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .numbers import finite, infer_scale
from .rag import compute_rag
from .types import Rag

SMALL_BASE = 20  # ONS: a rate on fewer than 20 cases is unreliable


@dataclass(frozen=True, slots=True)
class SmallBase:
    """The latest figure's base and what one case more or fewer would make of it."""

    denominator: float
    numerator: float
    value: float
    fewer: float | None  # the figure with one case fewer (None when there are none)
    more: float | None  # the figure with one case more (None when all cases count)
    rag: Rag | None
    rag_fewer: Rag | None
    rag_more: Rag | None

    @property
    def rag_moves(self) -> bool:
        return self.rag is not None and any(
            alt is not None and alt != self.rag for alt in (self.rag_fewer, self.rag_more)
        )


def small_base(ctx: Context) -> SmallBase | None:
    point = ctx.latest_point
    if point is None:
        return None
    n, d, a = finite(point.numerator), finite(point.denominator), finite(point.actual)
    if n is None or d is None or a is None or d <= 0 or n < 0 or n > d:
        return None
    scale = infer_scale([(a, n, d)], ctx.series.unit)
    if scale is None:
        return None
    s = ctx.series

    def rag_of(value: float | None) -> Rag | None:
        return None if value is None else compute_rag(value, point.target, s.polarity, s.tolerance)

    fewer = (n - 1) / d * scale if n >= 1 else None
    more = (n + 1) / d * scale if n + 1 <= d else None
    rag = ctx.computed[ctx.latest] if ctx.latest is not None else None
    return SmallBase(d, n, a, fewer, more, rag, rag_of(fewer), rag_of(more))


def base_size(ctx: Context) -> float | None:
    """The latest figure's denominator, when it is a positive number."""
    point = ctx.latest_point
    size = None if point is None else finite(point.denominator)
    return size if size is not None and size > 0 else None
