"""File › Restore from backup…: the automatic backups listed, one put back, the window reloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.models import SettingRow
from db.store import Store, automatic_backup, list_backups
from desktop.ui.dialogs.restore_dialog import RestoreDialog, describe, open_restore
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers


def _marker(store: Store) -> str | None:
    with store.read_session() as session:
        row = session.get(SettingRow, "marker")
        return None if row is None else row.value


def _set_marker(store: Store, value: str) -> None:
    with store.session() as session:
        session.merge(SettingRow(key="marker", value=value))


def _window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    return window


def test_the_file_menu_offers_restore_with_a_shortcut(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, seeded, data_dir)
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    (action,) = [a for a in file_menu.actions() if a.objectName() == "restoreAction"]
    assert action.text() == "Restore from &backup…"
    assert not action.shortcut().isEmpty()
    assert action.isEnabled()


def test_the_dialog_lists_backups_newest_first(qtbot, seeded: Store) -> None:  # type: ignore[no-untyped-def]
    automatic_backup(seeded.path, "daily")
    automatic_backup(seeded.path, "before-restore")
    backups = list_backups(seeded.path)
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [describe(b) for b in backups]
    assert "before a restore" in texts[0]
    assert "daily" in texts[1]
    assert dialog.chosen == backups[0]
    assert dialog.restore_button.isEnabled()
    assert dialog.list.accessibleName()


def test_without_backups_restore_cannot_be_pressed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    assert not dialog.restore_button.isEnabled()


def test_restoring_a_backup_brings_its_content_back_and_keeps_the_current_one(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    _set_marker(seeded, "monday")
    automatic_backup(seeded.path, "daily")
    _set_marker(seeded, "tuesday, by mistake")
    window = _window(qtbot, seeded, data_dir)
    dialog = open_restore(window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert _marker(window.store) == "monday"
    reasons = [b.reason for b in list_backups(window.store.path)]
    assert "before-restore" in reasons
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert window.tree_model.indicator_count() == 6


def test_cancel_changes_nothing(qtbot, seeded: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _set_marker(seeded, "monday")
    automatic_backup(seeded.path, "daily")
    _set_marker(seeded, "tuesday")
    window = _window(qtbot, seeded, data_dir)
    dialog = open_restore(window)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert _marker(window.store) == "tuesday"
