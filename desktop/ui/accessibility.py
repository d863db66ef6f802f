"""Names for the parts of Qt's own widgets that a screen reader would otherwise meet unnamed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton


def clearable(line_edit: QLineEdit, clear_name: str) -> None:
    """Give ``line_edit`` a clear button, and give that button a name and a tooltip."""
    line_edit.setClearButtonEnabled(True)
    for button in line_edit.findChildren(QToolButton):
        button.setAccessibleName(clear_name)
        button.setToolTip(clear_name)
