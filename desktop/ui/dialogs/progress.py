"""A small window showing the progress of one background task, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.ui.workers import Task


class ProgressDialog(QDialog):
    """Follows a :class:`Task`: shows its progress and cancels it (``cancel_requested``)."""

    cancel_requested = Signal()

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(message, self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Progress message")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setAccessibleName("Progress")
        self.bar.setRange(0, 0)  # busy until the task says how far it is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._task: Task | None = None
        self._close_when_done = True
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.show)

    def show_soon(self, msecs: int = 400) -> None:
        """Show only if the work is still going after ``msecs`` (no flash for quick jobs)."""
        self._soon.start(msecs)

    def pause(self) -> None:
        """Out of the way while the user is asked something (``show_soon`` brings it back)."""
        self._soon.stop()
        self.hide()

    def done(self, result: int) -> None:
        self._soon.stop()
        super().done(result)

    def follow(self, task: Task, *, close_when_done: bool = True) -> None:
        """Show ``task``'s progress; close when it ends unless more work follows."""
        self._task = task
        self._close_when_done = close_when_done
        self.cancel_button.setEnabled(True)
        task.progressed.connect(self.set_progress)
        task.ended.connect(self._on_ended)
        if task.done:
            self._on_ended()

    def set_message(self, message: str) -> None:
        self.label.setText(message)

    def set_progress(self, done: int, total: int, message: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.label.setText(message)

    def reject(self) -> None:
        """Cancel asks the task to stop; the window closes when it has."""
        self.cancel_requested.emit()
        if self._task is not None and not self._task.done:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText("Cancelling…")
            return
        super().reject()

    def _on_ended(self) -> None:
        self._task = None
        if self._close_when_done:
            self.done(QDialog.DialogCode.Accepted)
