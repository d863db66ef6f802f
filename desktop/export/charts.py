"""Trend-chart pictures for documents: the small interface, a per-export cache, the default source."""

from __future__ import annotations

import importlib
import importlib.util
import multiprocessing
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


_UI_CHARTS = "desktop.ui.charts"


def _draw_in_helper(view: IndicatorView, width_px: int, height_px: int) -> bytes:
    """Runs in the helper process, on its own main thread, where Qt may draw."""
    module = importlib.import_module(_UI_CHARTS)
    png: bytes = module.render_chart_png(view, width=width_px, height=height_px)
    return png


class HelperProcessCharts:
    """Draws in a helper process started on first use: Qt draws widgets on the main thread
    only, and an export may run on a worker thread of the window. ``close()`` stops it."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self.failed = False

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        if self.failed:
            return None
        if self._pool is None:
            context = multiprocessing.get_context("spawn")  # never fork a process that has Qt
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        try:
            return self._pool.submit(_draw_in_helper, view, width_px, height_px).result()
        except (ImportError, OSError, BrokenProcessPool):
            self.failed = True  # Qt would not load there: the rest of the briefing goes on
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def qt_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("PySide6", "pyqtgraph"))


def default_source() -> ChartSource | None:
    """The app's own chart drawing (needs Qt, loaded only now); None when it cannot load.

    On the main thread it draws here; away from it (an export on a worker thread of the
    window) it draws in a helper process, since Qt draws widgets on a main thread only.
    """
    if not qt_installed():
        return None
    if threading.current_thread() is not threading.main_thread():
        return HelperProcessCharts()
    try:
        module = importlib.import_module(_UI_CHARTS)
    except (ImportError, OSError):  # no Qt, or its system libraries are missing
        return None
    render = getattr(module, "render_chart_png", None)
    return FunctionCharts(render) if callable(render) else None
