"""Qt's own parts — scroll bars, column headings, the text box inside a date box — are named
after the control they belong to, so a screen reader never meets them unnamed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QScrollBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import controller, red_code, select_code


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def unnamed(root: QWidget) -> list[str]:
    """Shown parts of ``root`` a person can reach or read that a screen reader finds unnamed."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or widget.window() is not root.window():
            continue
        reachable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        parts = (QAbstractButton, QScrollBar, QHeaderView, QTabBar)
        if not reachable and not isinstance(widget, parts):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name):
            parent = widget.parentWidget()
            found.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return found


def test_every_part_of_the_window_a_screen_reader_meets_has_a_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_code(window, red_code(window))
    ui = controller(window)
    assert unnamed(window) == []
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # the dock
    ui.tabs.setCurrentWidget(ui.questions)
    qtbot.waitUntil(ui.dock.isVisible)
    assert unnamed(window) == []
    date_box = ui.questions.answered_at.findChild(QWidget, "qt_spinbox_lineedit")
    assert date_box is not None and date_box.accessibleName() == "When the answer was given"
    header = window.tree.header()
    assert header.accessibleName() == "Column headings of Portfolio tree"


def test_the_meetings_window_and_meeting_mode_name_their_parts(
    qtbot: QtBot, window: MainWindow
) -> None:
    current = select_code(window, red_code(window))
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Audit committee", held_on=dt.date(2027, 1, 14))
        annotations.add_agenda_item(s, meeting.id, current)
    ui = controller(window)
    dialog = ui.show_meetings()
    qtbot.waitExposed(dialog)
    dialog.list.setCurrentRow(0)
    assert unnamed(dialog) == []
    mode = ui.show_meeting_mode(meeting.id)
    assert mode is not None
    qtbot.waitExposed(mode)
    names = unnamed(mode)
    mode.close()  # windows of their own: closed, so later tests find the screen clear
    dialog.close()
    assert names == []
