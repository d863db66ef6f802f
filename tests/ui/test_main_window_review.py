"""A file held for review opens the mapping dialog at the doubtful column, saying why."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from db.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers


def doubtful_scorecard(path: Path) -> Path:
    """Its 'Actual' column holds words: the importer will not guess."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Indicator", "Period", "Target", "Actual", "Figure"])
    ws.append(["Calls answered", "Q1 2024/25", 90, "Improving steadily", 88])
    ws.append(["Complaints closed", "Q1 2024/25", 80, "Better than last year", 79])
    ws.append(["Missed collections", "Q1 2024/25", 40, "Within expectations", 41])
    wb.save(path)
    return path


@pytest.fixture
def held(qtbot, store: Store, data_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
         monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # fmt: skip
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.reload()
    path = doubtful_scorecard(tmp_path / "doubtful.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))  # fmt: skip
    window.import_action.trigger()
    return window


def test_nothing_is_imported_and_the_report_says_why(held: MainWindow) -> None:
    report = held.import_flow.report_dialog
    assert report is not None
    line = report.lines[0]
    assert line.status == "needs_review"
    assert line.review and line.review[0].startswith("Sheet!D1: column 'Actual'")
    assert "Check: Sheet!D1" in report.summary.toPlainText()
    assert held.tree_model.indicator_count() == 0


def test_the_mapping_dialog_opens_at_the_doubtful_column(held: MainWindow) -> None:
    dialog = held.import_flow.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.review_columns == [3]
    assert dialog.labels[3].text().startswith("⚠ D")
    assert not dialog.labels[0].text().startswith("⚠")
    assert dialog.focusWidget() is dialog.combos[3]
    assert "Sheet!D1: column 'Actual'" in dialog.reasons.text()
    shown = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert any(s.startswith("Check: Sheet!D1") for s in shown)


def test_saying_what_the_column_holds_imports_the_file(held: MainWindow) -> None:
    dialog = held.import_flow.mapping_dialog
    assert dialog is not None
    dialog.set_choice(3, "commentary")
    dialog.set_choice(4, "actual")
    dialog.refresh()
    dialog.name.setText("Doubtful council")
    dialog.accept()
    assert held.tree_model.indicator_count() == 3


def test_after_mapping_one_report_gives_every_file_its_final_result(
    qtbot, store: Store, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    good = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Code", "Indicator", "Period", "Actual", "Target"])
    ws.append(["HS1", "Households in temporary accommodation", "Q1 2024/25", 120, 100])
    wb.save(good)
    doubtful = doubtful_scorecard(tmp_path / "doubtful.xlsx")
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.reload()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(good), str(doubtful)], "")))  # fmt: skip
    window.import_action.trigger()
    first = window.import_flow.report_dialog
    dialog = window.import_flow.mapping_dialog
    assert first is not None and dialog is not None
    assert "1 indicator, 1 figure" in first.summary.toPlainText()
    dialog.set_choice(3, "commentary")
    dialog.set_choice(4, "actual")
    dialog.refresh()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Save and use
    qtbot.waitUntil(lambda: window.import_flow.report_dialog is not first)
    assert not first.isVisible()  # no report left behind saying "Not imported"
    final = window.import_flow.report_dialog
    assert final is not None
    assert [(line.file, line.status) for line in final.lines] == [
        ("plain.xlsx", "imported"),
        ("doubtful.xlsx", "imported"),
    ]
    assert final.headline.text() == "2 of 2 files imported."
    text = final.summary.toPlainText()
    assert "Check: " not in text  # the doubts settled by the mapping are not asked again
