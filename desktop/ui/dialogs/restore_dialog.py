"""File › Restore from backup…: pick one of the rolling automatic backups and put it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from db.store import BackupInfo, StoreError, list_backups, restore

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_REASONS = {
    "daily": "daily",
    "before-restore": "before a restore",
}


def describe(backup: BackupInfo) -> str:
    """One line for the list: when (local time), why, and how big."""
    when = backup.taken_at.astimezone().strftime("%a %d %b %Y, %H:%M")
    reason = _REASONS.get(backup.reason)
    if reason is None and backup.reason.startswith("before-upgrade-from-"):
        reason = "before an upgrade"
    size = f"{max(1, round(backup.size / 1024)):,} KB"
    return f"{when} — {reason or backup.reason} — {size}"


class RestoreDialog(QDialog):
    """Lists the automatic backups, newest first; accepting picks :attr:`chosen`."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from backup")
        self.setAccessibleName("Restore from backup")
        self.backups = backups
        intro = QLabel(
            "Scrutineer keeps a copy of your notes and figures each day and before every "
            "upgrade or restore. Choose the copy to go back to; the current store is itself "
            "backed up first, so this can be undone."
            if backups
            else "There are no automatic backups yet: one is made each day you use Scrutineer.",
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Automatic backups, newest first")
        for backup in backups:
            item = QListWidgetItem(describe(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        intro.setBuddy(self.list)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName("Restore the chosen backup")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        if backups:
            self.list.setCurrentRow(0)
        self._update()
        self.list.setFocus()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen is not None)

    @property
    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


def restore_into_window(window: MainWindow, backup: BackupInfo) -> str:
    """Close the window's store, put ``backup`` back, reopen and reload; returns what happened."""
    store = window.store
    store.close()  # no connection may hold the old file while it is swapped
    try:
        kept = restore(store.path, backup.path)
    except StoreError as err:
        return f"Nothing was restored: {err}"
    finally:
        window.reload()
    when = backup.taken_at.astimezone().strftime("%d %b %Y %H:%M")
    return f"Restored the backup of {when}" + (
        f"; the store as it was is kept in {kept.name}" if kept else ""
    )


def open_restore(window: MainWindow) -> RestoreDialog:
    """Show the dialog; on Restore, swap the backup in and say so in the status bar."""
    dialog = RestoreDialog(list_backups(window.store.path), window)

    def chosen() -> None:
        backup = dialog.chosen
        if backup is None:
            return
        message = restore_into_window(window, backup)
        window.statusBar().showMessage(message, 15000)
        if message.startswith("Nothing"):
            QMessageBox.warning(window, "Restore from backup", message)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def install_restore(window: MainWindow) -> QAction:
    """Add File › Restore from backup… (not in the demo, whose store is thrown away)."""
    action = QAction("Restore from &backup…", window)
    action.setObjectName("restoreAction")
    action.setShortcut(QKeySequence("Ctrl+Alt+R"))
    action.setStatusTip("Go back to one of the automatic backups of your store")
    action.setEnabled(not window.demo)
    action.triggered.connect(lambda: open_restore(window))
    window.addAction(action)
    window.file_menu.insertAction(window.quit_action, action)
    return action
