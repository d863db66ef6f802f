"""How the annotation views reach the store: short sessions, plain results, one-line errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desktop.annotations import AnnotationError

if TYPE_CHECKING:
    from db.store import Store
    from desktop.ui.workers import Workers

T = TypeVar("T")


class AnnotationAccess(QObject):
    """Runs annotation functions in short store sessions for the views.

    ``write`` runs at once on the calling thread (the writes are a few milliseconds each and
    must be on disk before the user moves on); ``read`` runs on the window's workers.
    ``changed`` fires after every successful write, ``problem(message)`` when one is refused.
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, store: Store, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workers = workers

    def write(self, fn: Callable[[Session], T], *, quiet: bool = False) -> T | None:
        """Run ``fn(session)`` and commit; None (and ``problem``) if the rules refuse it."""
        try:
            with self.store.session() as session:
                result = fn(session)
        except AnnotationError as exc:
            self.problem.emit(str(exc))
            return None
        if not quiet:
            self.changed.emit()
        return result

    def read_now(self, fn: Callable[[Session], T]) -> T:
        """A small read on the calling thread (for dialogs that need the answer at once)."""
        with self.store.read_session() as session:
            return fn(session)

    def read(self, fn: Callable[[Session], T], on_done: Callable[[T], Any]) -> None:
        """Run ``fn(session)`` on a worker; ``on_done(result)`` on the GUI thread."""
        store = self.store

        def task(_control: object) -> T:
            with store.read_session() as session:
                return fn(session)

        self.workers.run(task, on_done=on_done, on_error=self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, AnnotationError):
            self.problem.emit(str(exc))
            return
        raise exc
