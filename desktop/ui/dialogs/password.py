"""Ask for the password of a protected workbook; the answer is used once and never stored."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def password_prompt(file_name: str, *, retry: bool = False) -> str:
    """What the prompt says: the first time, or after a password that did not open the file."""
    if retry:
        return f"That password is wrong: it did not open {file_name}. Type the password again:"
    return f"{file_name} is protected with a password (Part 2). Type it to import the file:"


class PasswordDialog(QInputDialog):
    """A window-modal prompt for one file's password; ``textValueSelected(text)`` on OK."""

    def __init__(self, parent: QWidget | None, file_name: str, *, retry: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle("Password needed")
        self.setAccessibleName("Password needed")
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.setLabelText(password_prompt(file_name, retry=retry))
        self.setOkButtonText("&Import")
        self.retry = retry
        field = self.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleName("Password")

    def field(self) -> QLineEdit:
        """The line the password is typed into."""
        found = self.findChild(QLineEdit)
        assert found is not None
        return found
