"""Ctrl+I opens the file dialog in the last folder used, else Documents or home — never the
folder the program was started from (a packaged app's own folder on Windows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_folder(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: object) -> str:
    """Press ``key`` and note where the file dialog it opens is looking; then Escape."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(20, look)
    qtbot.keyClick(window.tree, key, modifiers)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(seen))
    window.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(window.isActiveWindow)
    return seen[0]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "QFileSystemWatcher")
def test_import_opens_at_home_then_where_the_last_file_came_from(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    started_in = tmp_path / "program"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert shown_folder(qtbot, window, Qt.Key.Key_I, CTRL) == str(home)
    from PySide6.QtCore import QSettings

    papers = tmp_path / "papers"
    papers.mkdir()
    QSettings().setValue("import/last_dir", str(papers))
    assert shown_folder(qtbot, window, Qt.Key.Key_I, CTRL) == str(papers)
