"""Alt+letter: a menu's letter opens the menu, and no two controls of a pane share a letter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import controller, red_code, select_code
from tests.ui.mnemonics import clashes, mnemonics

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def window_letters(window: MainWindow) -> set[str]:
    """The letters of what is always on screen: the menus, the two tabs, the period list."""
    keep = [window.findChild(QMenuBar), *window.findChildren(QTabBar)]
    letters = {k for w in keep if isinstance(w, QWidget) for k in mnemonics(w)}
    return letters | set(mnemonics(window.period_combo.parentWidget()))


def test_no_control_of_the_notes_or_questions_takes_a_menu_s_letter(
    qtbot: QtBot, window: MainWindow
) -> None:
    code = red_code(window)
    with window.store.session() as s:
        annotations.add_question(
            s, next(v.id for v in window.views.values() if v.code == code), "Why?"
        )
    select_code(window, code)
    reserved = window_letters(window)
    assert {"f", "e", "v", "m", "h", "n", "q"} <= reserved
    ui = controller(window)
    for pane in (ui.notes, ui.questions, window.filter_bar):
        ui.tabs.setCurrentWidget(pane if pane is not window.filter_bar else ui.notes)
        if pane is ui.questions:
            qtbot.waitUntil(lambda: ui.questions.list.count() == 1)
            ui.questions.list.setCurrentRow(0)
        qtbot.wait(20)
        own = mnemonics(pane)
        assert clashes(pane) == {}, pane.accessibleName()
        assert not reserved & set(own), (pane.accessibleName(), reserved & set(own))


def test_the_notes_as_first_shown_give_each_letter_to_one_control(window: MainWindow) -> None:
    select_code(window, red_code(window))
    assert controller(window).tabs.currentWidget() is controller(window).notes
    assert clashes(window) == {}


@pytest.mark.qt_log_ignore(  # the menu's popup, offscreen
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_alt_m_opens_the_meetings_menu_and_alt_g_the_note_s_meeting(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_code(window, red_code(window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes = controller(window).notes
    qtbot.keyClick(window.tree, Qt.Key.Key_G, ALT)
    assert notes.meeting.hasFocus()
    qtbot.keyClick(notes.meeting, Qt.Key.Key_M, ALT)
    menu = window.findChild(QMenuBar).activeAction()  # type: ignore[union-attr]
    assert menu is not None and menu.text() == "&Meetings"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)


def test_the_meetings_window_and_meeting_mode_give_each_letter_to_one_control(
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
    qtbot.wait(20)
    assert "S&tart meeting mode" in mnemonics(dialog)["t"]
    assert clashes(dialog) == {}
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # starts meeting mode, not the Committee box
    qtbot.waitUntil(lambda: ui.meeting_mode is not None and ui.meeting_mode.isVisible())
    assert ui.meeting_mode is not None
    found = clashes(ui.meeting_mode)
    ui.meeting_mode.close()  # windows of their own: closed, so later tests find the screen clear
    dialog.close()
    assert found == {}


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_the_questions_tab_with_the_open_items_pane_gives_each_letter_to_one_control(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The tab as it is used: a question and an action point chosen, the filter bar and the
    open items pane (Ctrl+4) on screen beside it. Alt+letter then goes where its label says."""
    code = red_code(window)
    indicator_id = next(v.id for v in window.views.values() if v.code == code)
    with window.store.session() as s:
        annotations.add_question(s, indicator_id, "Why has it fallen?")
        annotations.add_action(s, "Report back in March", indicator_id=indicator_id)
        annotations.add_note(s, indicator_id, "Ask about agency staff")
    select_code(window, code)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ui = controller(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(ui.dock.isVisible)
    assert window.filter_bar.isVisible()
    # the notes tab, a note chosen (its Delete button enabled), then the questions tab
    qtbot.waitUntil(lambda: ui.notes.list.count() == 1)
    ui.notes.list.setFocus()
    qtbot.keyClick(ui.notes.list, Qt.Key.Key_Down)
    qtbot.waitUntil(ui.notes.delete_button.isEnabled)
    assert clashes(window) == {}, clashes(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_Q, ALT)
    assert ui.tabs.currentWidget() is ui.questions
    qtbot.waitUntil(lambda: ui.questions.list.count() == 1)
    qtbot.keyClick(window.tree, Qt.Key.Key_U, ALT)  # "Q&uestions": the list
    assert ui.questions.list.hasFocus()
    qtbot.keyClick(ui.questions.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ui.questions.current is not None)
    ui.questions.actions_box.list.setFocus()
    qtbot.keyClick(ui.questions.actions_box.list, Qt.Key.Key_Down)
    found = mnemonics(window)
    assert clashes(window) == {}, clashes(window)
    assert {"t", "o", "g", "s", "d", "a", "c", "i", "u", "r", "b", "w", "x"} <= set(found)
    for letter, widget in (
        (Qt.Key.Key_A, ui.questions.answer),
        (Qt.Key.Key_O, ui.questions.addressed),
        (Qt.Key.Key_T, ui.questions.text),
        (Qt.Key.Key_S, ui.questions.status),
    ):
        qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
        focus = QApplication.focusWidget()
        assert focus is widget or widget.isAncestorOf(focus), (letter, focus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, ALT)  # "Am&ber" in the filter bar
    qtbot.waitUntil(window.filter_bar.toggles["amber"].isChecked)
    ui.dock.hide()
