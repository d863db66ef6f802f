"""What the window's helpers may ask of it: a small interface instead of the whole window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from db.store import Store
    from desktop.catalogue import IndicatorView
    from desktop.ui.workers import Workers


class WindowServices(Protocol):
    """The store, the loaded indicators and the selection, as the window's helpers see them."""

    @property
    def store(self) -> Store: ...

    @property
    def workers(self) -> Workers: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def views(self) -> Mapping[int, IndicatorView]: ...

    @property
    def as_of(self) -> dt.date | None: ...

    def current_view(self) -> IndicatorView | None:
        """The indicator selected in the tree, if any."""

    def selected_indicators(self) -> list[int]:
        """The indicators selected in the tree, in tree order."""

    def select_indicator(self, indicator_id: int) -> bool:
        """Select an indicator in the tree, clearing the filters if they hide it."""

    def show_message(self, text: str, timeout: int = 0) -> None:
        """A passing message in the status bar (``timeout`` in milliseconds, 0: until replaced)."""
