"""Ask for the password of a protected workbook; the answer is used once and never stored."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_password(parent: QWidget | None, file_name: str, *, retry: bool = False) -> str | None:
    """The password the user typed, or None if they cancelled."""
    prompt = (
        f"That password did not open {file_name}. Try again:"
        if retry
        else f"{file_name} is protected with a password. Type it to import the file:"
    )
    text, ok = QInputDialog.getText(parent, "Password needed", prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None
