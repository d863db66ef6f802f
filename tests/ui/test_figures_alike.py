"""Figures set side by side — before and now — are written with the same decimal places in
the window's What changed list and in the briefing's table: "44.0%" beside "46.9%"."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.analysis.numbers import places_alike
from desktop.export.words import Figures
from desktop.ui.main_window import MainWindow
from desktop.wording import format_alike

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
FIGURE = re.compile(r"-?£?\d[\d,]*(?:\.(\d+))?")


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def places(text: str) -> int:
    found = FIGURE.search(text)
    assert found is not None, text
    return len(found.group(1) or "")


def test_one_rule_gives_figures_side_by_side_the_same_places() -> None:
    assert format_alike([44.0, 46.9], "%") == ["44.0%", "46.9%"]
    assert format_alike([6.0, 5.0], "number") == ["6", "5"]
    assert format_alike([18.77, 16.9], "days") == ["18.77 days", "16.90 days"]
    assert format_alike([None, 3.5], "%") == ["—", "3.5%"]
    assert places_alike([44.0, 46.94], "%") == 1  # a percentage keeps its one place


def test_the_window_and_the_briefing_write_a_before_and_now_alike(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tree, Qt.Key.Key_5, CTRL)  # What changed
    dock = window.what_changed_dock
    assert dock is not None
    qtbot.waitUntil(dock.isVisible)
    pairs: dict[str, str] = {}
    for group in range(len(dock.view.group_titles())):
        for name, detail in dock.view.entries(group):
            pairs[name] = detail
    hw01 = next(detail for name, detail in pairs.items() if "transitions" in name)
    assert "44.0% in Q1 2025/26 to 46.9% in Q2 2025/26" in hw01
    for detail in pairs.values():
        moved = re.search(r"(\S+) in [^,]+? to (\S+) in ", detail)
        if moved:
            assert places(moved.group(1)) == places(moved.group(2)), detail

    out = tmp_path / "briefing.docx"
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_E, CTRL)  # Export…
    dialog = window.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, ALT)  # F&ile:
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    document = docx.Document(str(out))
    table = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Indicator")
                 and len(t.columns) == 4)  # fmt: skip
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert ["44.0%", "46.9%"] in [r[1:3] for r in rows if r[0].startswith("HW01")]
    for _name, before, now, _change in rows:
        if FIGURE.search(before) and FIGURE.search(now):
            assert places(before) == places(now), (before, now)
    view = next(v for v in window.views.values() if v.code == "HW01")
    assert Figures(view, suppress_small=True).alike(44.0, 46.9) == ["44.0%", "46.9%"]
