"""The window's dividers move from the keyboard, and a screen reader can name them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import controller, red_code, select_code
from tests.ui.mnemonics import _letter

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.resize(1300, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    select_code(window, red_code(window))
    window.tree.setFocus()
    return window


def test_ctrl_brackets_widen_and_narrow_the_tree_and_leave_the_keyboard_where_it_was(
    qtbot: QtBot, active: MainWindow
) -> None:
    splitter = active.splitter
    start = splitter.sizes()[0]
    qtbot.keyClick(active.tree, Qt.Key.Key_BracketRight, CTRL)
    wider = splitter.sizes()[0]
    assert wider > start
    assert active.tree.hasFocus()
    assert "%" in active.statusBar().currentMessage()
    qtbot.keyClick(active.tree, Qt.Key.Key_BracketLeft, CTRL)
    qtbot.keyClick(active.tree, Qt.Key.Key_BracketLeft, CTRL)
    assert splitter.sizes()[0] < start


def test_the_tree_never_narrows_or_widens_out_of_sight(qtbot: QtBot, active: MainWindow) -> None:
    splitter = active.splitter
    for _ in range(30):
        qtbot.keyClick(active.tree, Qt.Key.Key_BracketLeft, CTRL)
    narrowest = splitter.sizes()
    assert narrowest[0] >= splitter.widget(0).minimumSizeHint().width() > 0
    assert "no further" in active.statusBar().currentMessage()
    for _ in range(30):
        qtbot.keyClick(active.tree, Qt.Key.Key_BracketRight, CTRL)
    widest = splitter.sizes()
    assert widest[1] >= splitter.widget(1).minimumSizeHint().width() > 0
    assert widest[0] > narrowest[0]


def test_ctrl_shift_up_gives_the_notes_more_height_even_while_typing_a_note(
    qtbot: QtBot, active: MainWindow
) -> None:
    splitter = active.right_splitter
    notes = controller(active).notes
    qtbot.keyClick(active.tree, Qt.Key.Key_3, CTRL)
    typing = QApplication.focusWidget()
    assert typing is not None and notes.isAncestorOf(typing)
    before = splitter.sizes()[1]
    qtbot.keyClick(typing, Qt.Key.Key_Up, CTRL | SHIFT)
    assert splitter.sizes()[1] > before
    assert QApplication.focusWidget() is typing
    qtbot.keyClick(typing, Qt.Key.Key_Down, CTRL | SHIFT)
    qtbot.keyClick(typing, Qt.Key.Key_Down, CTRL | SHIFT)
    assert splitter.sizes()[1] < before


def test_the_dividers_have_names_and_the_view_menu_lists_the_moves(active: MainWindow) -> None:
    assert active.splitter.handle(1).accessibleName() == (
        "Divider between the tree and the indicator"
    )
    assert "Ctrl+]" in active.splitter.handle(1).accessibleDescription()
    assert active.right_splitter.handle(1).accessibleName()
    texts = [a.text() for a in active.view_menu.actions()]
    assert "W&iden the tree" in texts and "N&arrow the tree" in texts
    for menu in (active.file_menu, active.edit_menu, active.view_menu, active.help_menu):
        letters = [_letter(a.text()) for a in menu.actions() if _letter(a.text())]
        assert len(letters) == len(set(letters)), "|".join(a.text() for a in menu.actions())
