"""Saving as the user types: one debounce, dirty flag and generation counter for every editor.

The rule every autosaving editor keeps: what the user types is never rewritten under their
hands. Text is tidied (trailing spaces and blank lines dropped) only in what is stored; an
editor that already shows the stored text, tidied or not, is left alone, so its cursor,
selection and undo history stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

SAVE_DELAY_MS = 600

TextBox = QPlainTextEdit | QLineEdit


def tidy(text: str | None) -> str:
    """The text as it is stored: without leading or trailing white space."""
    return (text or "").strip()


def text_of(editor: TextBox) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class Autosave(QObject):
    """Calls ``save()`` ``delay_ms`` after the last change, and at once when asked to flush.

    ``watch(editor)`` makes typing in an editor a change and leaving it a flush; the owner
    also flushes before it shows another record and when its window closes. Changes made
    by the program (``quietly()``, ``show_text``) are not typing. ``generation`` goes up
    whenever the owner moves to another record, so a background read that comes back for
    the record left behind can be recognised (``is_current``) and dropped.
    """

    def __init__(
        self, save: Callable[[], None], parent: QObject, delay_ms: int = SAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._quiet = 0
        self.dirty = False
        self.generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    # --- what counts as a change -----------------------------------------------------------
    def watch(self, *editors: TextBox) -> None:
        for editor in editors:
            if isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(self.touch)
            else:
                editor.textEdited.connect(self.touch)
            editor.installEventFilter(self)

    def touch(self, *_args: object) -> None:
        """Something was typed: save after the pause (not while the program fills editors)."""
        if self._quiet:
            return
        self.dirty = True
        self.timer.start()

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made inside this block are the program's, not the user's."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    @property
    def filling(self) -> bool:
        return self._quiet > 0

    # --- saving ----------------------------------------------------------------------------
    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self.timer.stop()
        if not self.dirty:
            return
        self.dirty = False
        self._save()

    def discard(self) -> None:
        """Forget the pending change (it was saved some other way, or undone)."""
        self.timer.stop()
        self.dirty = False

    def renew(self) -> int:
        """The owner moved to another record: pending reads for the old one are stale."""
        self.discard()
        self.generation += 1
        return self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    # --- showing stored text ---------------------------------------------------------------
    def show_text(self, editor: TextBox, text: str | None, *, replace: bool = False) -> bool:
        """Show stored ``text`` in ``editor``; True if the editor's contents were replaced.

        An editor that already shows it (tidied) keeps its contents, cursor and undo history.
        One the user is in keeps what they typed unless ``replace`` (undo, another record):
        a read that crossed a newer save must not take the newer words away, so they are
        saved again instead.
        """
        wanted = text or ""
        if tidy(text_of(editor)) == tidy(wanted):
            return False
        if editor.hasFocus() and not replace:
            self.touch()
            return False
        with self.quietly():
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(wanted)
            else:
                editor.setText(wanted)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
