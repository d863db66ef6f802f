"""The ChartSource the command line and the window hand to the exporters: the app's own chart
drawing, loaded only when a briefing needs pictures, on threads beside the document's writing
(or in helper processes, from a thread of a program that has no Qt application yet).

The export core never names this package; whoever starts an export passes a source in.
"""

from __future__ import annotations

import importlib
import importlib.util
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from desktop.catalogue import IndicatorView
from desktop.export.charts import ChartSource, FunctionCharts

CHARTS_MODULE = "desktop.ui.print_chart"
CHUNK = 6  # pictures a helper draws per request: fewer round trips, still evenly shared


def _draw_many(views: Sequence[IndicatorView], width_px: int, height_px: int) -> list[bytes]:
    """Runs in a helper process, on its own main thread, where Qt may draw."""
    module = importlib.import_module(CHARTS_MODULE)
    return [module.render_print_png(v, width=width_px, height=height_px) for v in views]


class HelperProcessCharts:
    """Draws in helper processes, started on first use: Qt draws widgets on the main thread
    only (an export may run on a worker thread of the window), and two processes draw a long
    briefing's pictures side by side while the document is written. ``prepare`` hands over
    every indicator the briefing will show, so drawing starts at once; ``close()`` stops them.
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, min(2, os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None
        self._ahead: dict[tuple[int, int, int], tuple[Future[list[bytes]], int]] = {}
        self.failed = False

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")  # never fork a process that has Qt
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    def prepare(self, views: Sequence[IndicatorView], width_px: int, height_px: int) -> None:
        pool = self._start()
        todo = [v for v in views if (v.id, width_px, height_px) not in self._ahead]
        for at in range(0, len(todo), CHUNK):
            chunk = todo[at : at + CHUNK]
            future = pool.submit(_draw_many, chunk, width_px, height_px)
            for place, view in enumerate(chunk):
                self._ahead[(view.id, width_px, height_px)] = (future, place)

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        if self.failed:
            return None
        key = (view.id, width_px, height_px)
        try:
            if key in self._ahead:
                future, place = self._ahead.pop(key)
                return future.result()[place]
            return self._start().submit(_draw_many, [view], width_px, height_px).result()[0]
        except (ImportError, OSError, BrokenProcessPool):
            self.failed = True  # Qt would not load there: the rest of the briefing goes on
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._ahead.clear()


class ThreadedCharts:
    """Paints on a small pool of threads of this process: a print chart is QPainter on a
    QImage, which Qt allows off the GUI thread, and the conversion and compression at its end
    let go of Python's lock, so two threads draw a long briefing's pictures side by side while
    the document is written. ``prepare`` starts them all; ``close()`` stops what is left.
    Needs the Qt application made first, on the main thread (the constructor does that).
    """

    def __init__(self, workers: int | None = None) -> None:
        module = importlib.import_module(CHARTS_MODULE)
        importlib.import_module("desktop.ui.charts")._ensure_application()
        self._render = module.render_print_png
        self.workers = workers or max(1, min(2, os.cpu_count() or 1))
        self._pool: ThreadPoolExecutor | None = None
        self._ahead: dict[tuple[int, int, int], Future[bytes]] = {}

    def prepare(self, views: Sequence[IndicatorView], width_px: int, height_px: int) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="chart")
        for view in views:
            key = (view.id, width_px, height_px)
            if key not in self._ahead:
                self._ahead[key] = self._pool.submit(
                    self._render, view, width=width_px, height=height_px
                )

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        ahead = self._ahead.pop((view.id, width_px, height_px), None)
        if ahead is not None:
            return ahead.result()
        picture: bytes = self._render(view, width=width_px, height=height_px)
        return picture

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._ahead.clear()


class HereCharts(FunctionCharts):
    """Draws on this (main) thread: a print chart takes a few milliseconds, less than a
    helper process would need to start."""

    def __init__(self) -> None:
        module = importlib.import_module(CHARTS_MODULE)
        super().__init__(module.render_print_png)


def qt_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("PySide6", "pyqtgraph"))


def default_source() -> ChartSource | None:
    """The app's own chart drawing (needs Qt, loaded only now); None when it cannot load."""
    if not qt_installed():
        return None
    if threading.current_thread() is not threading.main_thread():
        return HelperProcessCharts()
    try:
        return ThreadedCharts()
    except (ImportError, OSError):  # no Qt, or its system libraries are missing
        return None
