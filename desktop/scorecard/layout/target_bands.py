"""A target given as a band over two columns: its low end in one ('Target (min)', 'Lower
limit', 'Tolerance from', 'Floor') and its high end in the other ('Target (max)', 'Upper
limit', 'Tolerance to', 'Ceiling')."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import aims
from desktop.scorecard.model import Period, PlacedColumn, Role
from desktop.scorecard.parse import cells

# an end's heading may have been read as the target, left out ('Upper limit' alone is a
# control chart's) or not placed
_TAKEN: frozenset[Role | None] = frozenset({None, "target", "ignore"})


class _Column(PlacedColumn, Protocol):
    band_end: str | None
    partner: int


def pair(columns: Iterable[_Column]) -> None:
    """Read a low end and a high end of the same period (or of none) as one target band.

    Only one pair per period, and only where no other column gives that period's target:
    beside a plain 'Target', 'Lower limit' | 'Upper limit' stay what they were."""
    columns = list(columns)
    groups: dict[Period | None, list[tuple[_Column, str]]] = {}
    for column in columns:
        if column.field not in _TAKEN:
            continue
        end, period = _end(column)
        if end is not None:
            groups.setdefault(period, []).append((column, end))
    for period, ends in groups.items():
        lows = [c for c, end in ends if end == "low"]
        highs = [c for c, end in ends if end == "high"]
        if len(lows) != 1 or len(highs) != 1:
            continue
        low, high = lows[0], highs[0]
        others = [
            c
            for c in columns
            if c.field == "target"
            and _end(c)[0] is None
            and not aims.is_aim(c.header)  # 'Goal' over 'Higher is better': its cells decide
            and (period is None or c.period is None or c.period == period)
        ]
        if others:
            continue
        for column, end, partner in ((low, "low", high), (high, "high", low)):
            column.field, column.band_end, column.partner = "target", end, partner.index
            column.period = period
            column.why = (
                f"its heading '{column.header}': the {end} end of a target band, "
                f"with '{partner.header}'"
            )


def _end(column: _Column) -> tuple[str | None, Period | None]:
    """Which end of a band a heading names, and the period it names with it ('Target
    2024/25 (min)', 'Q1 2024/25 Target max', 'Tolerance from 2024/25')."""
    end = vocabulary.target_band_end(column.header)
    if end is not None:
        return end, column.period
    found = cells.period_header(column.header)
    if found is None or (column.period is not None and column.period != found[0]):
        return None, None
    return vocabulary.target_band_end(found[1]), found[0]
