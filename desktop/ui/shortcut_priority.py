"""Some of the window's keys must work while a one-line box has the keyboard.

On Linux a one-line text box (the search box, "Addressed to", a spin box's text) takes Ctrl+E
for "end of line", as Emacs does, so File › Export (Ctrl+E) did nothing while the keyboard was
in one. The End key still goes to the end of the line; Ctrl+E goes to the window's command.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class ActionKeysFirst(QObject):
    """Lets ``actions``' shortcuts reach ``window`` even from a one-line text box in it."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = list(actions)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _keys(self) -> set[int]:
        return {
            combination.toCombined()
            for action in self._actions
            if action.isEnabled()
            for sequence in action.shortcuts()
            if sequence.count() == 1
            for combination in (sequence[0],)
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and watched.window() is self._window
            and event.keyCombination().toCombined() in self._keys()
        ):
            event.ignore()  # the box does not claim the key: the window's shortcut runs
            return True
        return False
