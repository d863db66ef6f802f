"""When detection is not sure: the report offers the column-mapping dialog, saved as a profile."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from db.store import Store
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import open_window

HOLDS = {"Ref": "code", "Thing we count": "name", "When": "period",
         "Where we got to": "actual", "Where we aimed": "target"}  # fmt: skip


def odd_scorecard(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(HOLDS))
    ws.append(["HS1", "Households in temporary accommodation", "Q1 2024/25", 120, 100])
    ws.append(["HS2", "Repairs completed on time", "Q1 2024/25", 92, 90])
    wb.save(path)
    return path


@pytest.fixture
def refused(qtbot, store: Store, data_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
            monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # fmt: skip
    window = open_window(qtbot, store, data_dir)
    path = odd_scorecard(tmp_path / "odd.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))  # fmt: skip
    window.import_action.trigger()
    return window


def open_mapping(window: MainWindow):  # type: ignore[no-untyped-def]
    report = window.import_flow.report_dialog
    assert report is not None and report.map_button is not None
    report.map_button.click()
    dialog = window.import_flow.mapping_dialog
    assert dialog is not None
    return dialog


def test_report_offers_to_map_a_refused_file(refused: MainWindow) -> None:
    report = refused.import_flow.report_dialog
    assert report is not None and report.map_button is not None


def test_mapping_dialog_is_for_the_refused_file(refused: MainWindow) -> None:
    dialog = open_mapping(refused)
    assert dialog.path.name == "odd.xlsx"


def test_mapped_file_imports_and_the_profile_is_kept(refused: MainWindow) -> None:
    from desktop.scorecard.importer import find_profile

    dialog = open_mapping(refused)
    for index, field in enumerate(HOLDS.values()):
        dialog.set_choice(index, field)
    dialog.refresh()
    dialog.name.setText("Odd council")
    dialog.accept()
    assert refused.tree_model.indicator_count() == 2
    signature = refused.import_flow.report_dialog.lines[0].signature  # type: ignore[union-attr]
    assert signature is not None
    assert find_profile(refused.store, signature) == ("Odd council", {k: v for k, v in zip(
        ("0", "1", "2", "3", "4"), HOLDS.values(), strict=True)})  # fmt: skip
