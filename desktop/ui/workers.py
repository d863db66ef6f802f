"""Run slow functions off the GUI thread and hand back their result once, on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskControl:
    """What a running function may use: ask whether it was cancelled, report progress."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._report = report

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` steps; safe to call from any thread."""
        self._report(done, total, message)


class Task(QObject):
    """A handle on one piece of background work; lives on the GUI thread.

    ``finished(result)`` or ``failed(exception)`` is emitted exactly once, then ``ended``.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    ended = Signal()
    # emitted from the worker thread; queued into the GUI thread by Qt
    _deliver = Signal(bool, object)
    _report = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = TaskControl(self._report.emit)
        self._done = False
        self._deliver.connect(self._on_deliver)
        self._report.connect(self._on_report)

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        self.control.cancel()

    @Slot(bool, object)
    def _on_deliver(self, ok: bool, payload: object) -> None:
        if self._done:
            return
        self._done = True
        if ok:
            self.finished.emit(payload)
        else:
            self.failed.emit(payload)
        self.ended.emit()

    @Slot(int, int, str)
    def _on_report(self, done: int, total: int, message: str) -> None:
        if not self._done:
            self.progressed.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self._control = task.control
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._control)
        except Exception as exc:  # delivered to the GUI thread, which decides what to say
            log.debug("background task failed", exc_info=True)
            self._task._deliver.emit(False, exc)
        else:
            self._task._deliver.emit(True, result)


class Workers(QObject):
    """The one way the window does background work.

    ``run(fn, on_done=..., on_error=..., on_progress=...)`` calls ``fn(control)`` on a thread
    pool. Functions must not touch widgets and must not share ORM objects: they open their own
    short session and return plain data. With ``synchronous=True`` (tests, screenshots) the
    function runs at once on the calling thread and callbacks fire before ``run`` returns.
    """

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pending: set[Task] = set()

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(self)
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        self._pending.add(task)
        task.ended.connect(lambda: self._forget(task))
        if self.synchronous:
            try:
                result = fn(task.control)
            except Exception as exc:
                task._on_deliver(False, exc)
            else:
                task._on_deliver(True, result)
        else:
            self._pool.start(_Runnable(task, fn))
        return task

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every started function returned (shutdown only)."""
        return bool(self._pool.waitForDone(msecs))

    def cancel_all(self) -> None:
        for task in list(self._pending):
            task.cancel()

    def _forget(self, task: Task) -> None:
        # The task object stays a (tiny) child of this helper: deleting it while a runnable on
        # another thread may still hold its wrapper is not safe.
        self._pending.discard(task)
