"""Shared set-up for the annotation window tests: the sample scorecard in a store in tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import paths
from desktop.scorecard.importer import import_file
from desktop.ui.annotation_wiring import AnnotationsController
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers


def import_sample(store: Store) -> None:
    report = import_file(store, paths.sample_scorecard())
    assert report.status == "imported", report.error


def open_window(qtbot: QtBot, store: Store, data_dir: Path) -> MainWindow:
    """A shown main window over ``store``, its background work run synchronously, loaded."""
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    return window


def controller(window: MainWindow) -> AnnotationsController:
    return window.annotations


def select_code(window: MainWindow, code: str) -> int:
    """Select the indicator with this code in the tree; its id."""
    indicator_id = next(v.id for v in window.views.values() if v.code == code)
    assert window.tree.select_indicator(indicator_id)
    return indicator_id


def red_code(window: MainWindow, streak: int = 1) -> str:
    """The code of an indicator red for at least ``streak`` periods."""
    return next(
        v.code
        for v in window.views.values()
        if v.code and v.assessment.red_streak >= streak and not v.exempt
    )


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets without an accessible name (parts inside a combo or spin box excepted)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox) or (
            parent is not None and isinstance(parent.parentWidget(), QComboBox)
        ):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()} in {type(parent).__name__}")
    return missing
