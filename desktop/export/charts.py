"""Trend-chart pictures for documents: the small interface and a per-export cache.

The pictures themselves come from whoever starts an export (the command line, the window):
they pass a ChartSource in; this package never loads a drawing library itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from desktop.catalogue import IndicatorView

# 640 px across 16.5 cm of page: the chart's 12 px text prints at 8.8 pt (at least 8 pt).
CHART_WIDTH_PX = 640
CHART_HEIGHT_PX = 270


class ChartSource(Protocol):
    """Something that can draw an indicator's trend chart as PNG bytes (None: no picture)."""

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None: ...


def prepare(source: object, views: Sequence[IndicatorView], width_px: int, height_px: int) -> None:
    """Tell a source every picture it will be asked for, when it can start on them early."""
    ahead = getattr(source, "prepare", None)
    if callable(ahead):
        ahead(views, width_px, height_px)


class FunctionCharts:
    """A ChartSource over a function shaped like ``render_chart_png(view, *, width, height)``."""

    def __init__(self, render: Callable[..., bytes]) -> None:
        self._render = render

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        return self._render(view, width=width_px, height=height_px)


class CachedCharts:
    """Draws each indicator's chart once per export and hands back the same bytes after."""

    def __init__(self, source: ChartSource) -> None:
        self._source = source
        self._done: dict[tuple[int, int, int], bytes | None] = {}

    def prepare(self, views: Sequence[IndicatorView], width_px: int, height_px: int) -> None:
        prepare(self._source, views, width_px, height_px)

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        key = (view.id, width_px, height_px)
        if key not in self._done:
            self._done[key] = self._source.png(view, width_px, height_px)
        return self._done[key]
