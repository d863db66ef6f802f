"""Trend-chart pictures for documents: the small interface, a per-export cache, the default source."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping
from typing import Protocol

from desktop.catalogue import IndicatorView

CHART_WIDTH_PX = 900
CHART_HEIGHT_PX = 380


class ChartSource(Protocol):
    """Something that can draw an indicator's trend chart as PNG bytes (None: no picture)."""

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None: ...


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

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        key = (view.id, width_px, height_px)
        if key not in self._done:
            self._done[key] = self._source.png(view, width_px, height_px)
        return self._done[key]


class PrerenderedCharts:
    """Pictures drawn beforehand (by the window, on its main thread), by indicator id.

    Draw the indicators ``docx_briefing.chosen_views(data)`` lists at CHART_WIDTH_PX x
    CHART_HEIGHT_PX, then write the briefing on a worker with this source.
    """

    def __init__(self, pngs: Mapping[int, bytes]) -> None:
        self._pngs = dict(pngs)

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        return self._pngs.get(view.id)


def default_source() -> ChartSource | None:
    """The app's own chart drawing (needs Qt, loaded only now); None when it cannot load.

    Qt draws widgets on the main thread only, so away from it (an export on a worker of the
    window) there is no default: the caller passes a source that draws on the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        module = importlib.import_module("desktop.ui.charts")
    except (ImportError, OSError):  # no Qt, or its system libraries are missing
        return None
    render = getattr(module, "render_chart_png", None)
    return FunctionCharts(render) if callable(render) else None
