"""The window's settings name recent files: they live beside the store, readable by the owner."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import paths
from desktop.ui.app import run_gui, use_private_settings
from tests.ui.annotation_helpers import open_window


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_go_beside_the_store_readable_by_the_owner_only(
    qtbot: QtBot, seeded: Store, data_dir: Path
) -> None:
    path = use_private_settings(data_dir)
    assert path == paths.settings_file(data_dir) and path.parent.parent == data_dir
    assert QSettings().fileName() == str(path)
    window = open_window(qtbot, seeded, data_dir)
    window.import_paths([paths.sample_scorecard()])  # remembered in Recent files
    window.close()
    written = path.read_text(encoding="utf-8")
    assert "sample_scorecard.xlsx" in written and "geometry" in written
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


def test_the_window_run_from_the_command_line_uses_the_private_file(
    seeded: Store, data_dir: Path
) -> None:
    code = run_gui(seeded.path, demo=False, smoke=True, screenshot=None, data_dir=data_dir)
    assert code == 0
    assert QSettings().fileName() == str(paths.settings_file(data_dir))
    assert mode(paths.settings_file(data_dir)) == 0o600
