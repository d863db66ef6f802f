"""Ctrl+L hides the whole window until the user's passphrase; the passphrase is only hashed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from db.models import SettingRow
from db.store import Store
from desktop.ui.lock import (
    SETTING,
    hash_passphrase,
    lock_window,
    passphrase_matches,
    save_hash,
    stored_hash,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers

PASSPHRASE = "chamber-recess-7"


def _window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    return window


def _lock_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "lockAction")
    assert isinstance(action, QAction)
    assert action.shortcut() == QKeySequence("Ctrl+L")
    return action


def _locked_window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    save_hash(store, hash_passphrase(PASSPHRASE, n=1 << 10))  # cheap cost for the test
    window = _window(qtbot, store, data_dir)
    _lock_action(window).trigger()
    assert window.lock_screen.locked
    return window


def test_the_passphrase_is_stored_only_as_a_salted_hash(store: Store) -> None:
    save_hash(store, hash_passphrase(PASSPHRASE, n=1 << 10))
    with store.read_session() as session:
        row = session.get(SettingRow, SETTING)
    assert row is not None
    assert PASSPHRASE not in row.value
    assert row.value.startswith("scrypt$")
    assert hash_passphrase(PASSPHRASE, n=1 << 10) != hash_passphrase(PASSPHRASE, n=1 << 10)
    assert passphrase_matches(PASSPHRASE, row.value)
    assert not passphrase_matches("chamber-recess-8", row.value)
    assert not passphrase_matches(PASSPHRASE, "not a hash")


def test_ctrl_l_covers_the_window_and_disables_every_command(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _locked_window(qtbot, seeded, data_dir)
    screen = window.lock_screen
    assert screen.geometry() == window.rect()
    assert not window.menuBar().isEnabled()
    assert not any(a.isEnabled() for a in window.findChildren(QAction))
    assert window.focusWidget() is screen.passphrase
    assert not window.centralWidget().isEnabled()
    assert screen.accessibleName() == "Scrutineer is locked"


def test_a_wrong_passphrase_keeps_it_locked(qtbot, seeded: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _locked_window(qtbot, seeded, data_dir)
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase, "guess-one")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.locked
    assert "not right" in screen.problem.text()
    assert screen.passphrase.text() == ""


def test_the_right_passphrase_unlocks_and_restores_the_commands(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, seeded, data_dir)
    before = {a.objectName(): a.isEnabled() for a in window.findChildren(QAction)}
    save_hash(seeded, hash_passphrase(PASSPHRASE, n=1 << 10))
    _lock_action(window).trigger()
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not screen.locked
    assert window.menuBar().isEnabled()
    assert {a.objectName(): a.isEnabled() for a in window.findChildren(QAction)} == before


def test_the_first_lock_asks_for_a_passphrase_and_cancel_does_not_lock(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, seeded, data_dir)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.lock import SetPassphraseDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetPassphraseDialog)
        dialog.reject()

    QTimer.singleShot(0, answer)
    lock_window(window, window.lock_screen)
    assert not window.lock_screen.locked
    assert stored_hash(seeded) is None


def test_other_windows_of_the_app_are_hidden_while_locked(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QDialog

    window = _window(qtbot, seeded, data_dir)
    left_open = QDialog(window)
    left_open.setWindowTitle("Meeting notes")
    left_open.show()
    save_hash(seeded, hash_passphrase(PASSPHRASE, n=1 << 10))
    _lock_action(window).trigger()
    assert not left_open.isVisible()
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert left_open.isVisible()
