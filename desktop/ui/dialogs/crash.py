"""The window shown when the program hits a bug: what happened, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says sorry, shows the details, offers to copy them; the program carries on."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("Something went wrong")
        self.setAccessibleName("Something went wrong")
        where = (
            f"The details were saved to {log_path}."
            if log_path
            else "The details could not be saved to the log folder."
        )
        message = QLabel(
            "Scrutineer hit a problem it did not expect. Your data is safe: every change is "
            f"saved as you make it. {where} If it happens again, please send that file.",
            self,
        )
        message.setWordWrap(True)
        message.setAccessibleName("What happened")
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Technical details")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("&Copy details", self)
        copy.setAccessibleName("Copy details")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
