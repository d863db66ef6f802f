"""File > Export… from the window: the chosen format is written where the user said."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.ui.autosave import SAVE_DELAY_MS
from desktop.ui.dialogs.export_flow import ExportFlow
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers


@pytest.fixture
def window_store(seeded: Store) -> Store:
    return seeded


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    """File > Export opens the export dialog; "Choose…" there names ``path``, then Export."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen))
    )
    original = ExportFlow.choose_and_export

    def choose_and_accept(flow: ExportFlow) -> None:
        original(flow)
        assert flow.dialog is not None
        flow.dialog.choose_file()
        flow.dialog.accept()

    monkeypatch.setattr(ExportFlow, "choose_and_export", choose_and_accept)


def test_export_is_off_until_there_is_something_to_export(
    qtbot,
    store: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.reload()
    assert not window.export_action.isEnabled()


def test_export_json_writes_every_indicator_but_the_exempt_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.json"
    save_as(monkeypatch, out)
    window.export_action.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "scrutineer-export"
    assert len(data["indicators"]) == 5  # the sixth is exempt (Part 2): left out by default
    assert all("exempt" not in indicator for indicator in data["indicators"])


def test_export_tracker_by_chosen_filter(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tracker"
    save_as(monkeypatch, out, "Excel tracker (*.xlsx)")
    window.export_action.trigger()
    written = out.with_suffix(".xlsx")  # a name without a suffix gets the chosen format's
    assert zipfile.is_zipfile(written)
    assert "xl/workbook.xml" in zipfile.ZipFile(written).namelist()


def test_export_to_a_missing_folder_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, tmp_path / "nowhere" / "tracker.xlsx")
    window.export_action.trigger()
    message = window.export_flow.message
    assert message is not None and "does not exist" in message.text()


def test_a_tracker_exported_by_keyboard_with_no_actions_says_so_on_its_actions_sheet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Ctrl+E, Excel tracker (Alt+T), the file typed in (Alt+I), Export (Alt+E): with no
    action points in the store the Actions sheet says so under its headings."""
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    alt = Qt.KeyboardModifier.AltModifier
    out = tmp_path / "tracker.xlsx"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.export_flow.dialog is not None)
    dialog = window.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, alt)
    qtbot.waitUntil(dialog.format_buttons["xlsx"].isChecked)  # a mnemonic clicks, animated
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, alt)
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.wait(SAVE_DELAY_MS * 2)  # a pause while typing changes nothing
    assert dialog.path_edit.text() == str(out)
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_E, alt)
    book = load_workbook(out)
    ws = book["Actions"]
    assert [c.value for c in ws[1]][3] == "Action"
    assert [c.value for c in ws[2]] == [None, None, None, "No actions recorded", *[None] * 4]
    assert ws.max_row == 2
    asked = [r for r in book["Questions"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(asked) == 2  # the questions the store holds are there as before
