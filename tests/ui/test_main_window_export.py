"""File > Export… from the window: the chosen format is written where the user said."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from db.store import Store
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
