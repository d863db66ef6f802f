"""Building an agenda from the window: Add to agenda, a Meetings window that does not block,
removing and reordering items, and questions prepared beforehand reaching meeting mode."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import annotations as ann
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import select_code

SOON = dt.date.today() + dt.timedelta(days=21)
LATER = dt.date.today() + dt.timedelta(days=70)
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def add_meeting(window: MainWindow, name: str, day: dt.date | None) -> int:
    with window.store.session() as s:
        return ann.add_meeting(s, name, committee="People", held_on=day).id


def agenda_ids(window: MainWindow, meeting_id: int) -> list[int]:
    with window.store.read_session() as s:
        return [e.indicator_id for e in ann.agenda(s, meeting_id)]


def pick_three(qtbot: QtBot, window: MainWindow) -> list[int]:
    """Select an indicator, then Shift+Down twice: a run of indicators in tree order."""
    first = next(v for v in window.views.values() if v.code)
    select_code(window, first.code or "")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, SHIFT)
    chosen = window.selected_indicators()
    assert first.id in chosen and len(chosen) >= 2
    return chosen


def test_add_to_agenda_puts_every_selected_indicator_on_the_one_meeting_to_come(
    qtbot: QtBot, window: MainWindow
) -> None:
    add_meeting(window, "Last year", dt.date(2024, 1, 10))
    soon = add_meeting(window, "Next scrutiny", SOON)
    chosen = pick_three(qtbot, window)
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL_SHIFT)
    assert agenda_ids(window, soon) == chosen
    assert "Added" in window.statusBar().currentMessage()


def test_add_to_agenda_asks_which_meeting_when_several_are_to_come(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    later = add_meeting(window, "Scrutiny after that", LATER)
    chosen = pick_three(qtbot, window)
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL_SHIFT)
    prompt = window.annotations.agenda_prompt
    assert prompt is not None and prompt.isVisible()
    combo = prompt.findChild(QComboBox)
    assert combo is not None
    assert combo.itemText(0).startswith("Next scrutiny")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert agenda_ids(window, later) == chosen
    assert agenda_ids(window, soon) == []
    assert window.annotations.agenda_prompt is None


def test_add_to_agenda_is_offered_in_the_tree_s_context_menu(window: MainWindow) -> None:
    assert window.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.annotations.add_to_agenda_action in window.tree.actions()
    assert window.annotations.add_to_agenda_action in window.annotations.menu.actions()


def test_the_meetings_window_leaves_the_main_window_usable(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    dialog = window.annotations.show_meetings()
    qtbot.waitExposed(dialog)
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    chosen = pick_three(qtbot, window)  # the tree still takes the keyboard
    assert dialog.selected == chosen and dialog.add_item.isEnabled()
    qtbot.keyClick(dialog.add_item, Qt.Key.Key_Space)
    assert agenda_ids(window, soon) == chosen
    assert dialog.agenda.order() == chosen


def test_agenda_items_are_reordered_and_removed_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    ids = [v.id for v in window.views.values()][:3]
    with window.store.session() as s:
        ann.add_agenda_items(s, soon, ids)
    dialog = window.annotations.show_meetings()
    qtbot.waitExposed(dialog)
    agenda = dialog.agenda
    agenda.list.setFocus()
    agenda.list.setCurrentRow(0)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Down, ALT)
    assert agenda_ids(window, soon) == [ids[1], ids[0], ids[2]]
    qtbot.keyClick(agenda.list, Qt.Key.Key_Delete)
    assert agenda_ids(window, soon) == [ids[1], ids[2]]
    assert agenda.order() == [ids[1], ids[2]]
    assert agenda.list.currentRow() == 1  # the next item is current, ready for another Delete
    qtbot.keyClick(agenda.remove, Qt.Key.Key_Space)
    assert agenda_ids(window, soon) == [ids[1]]


def test_a_question_written_on_an_agenda_indicator_reaches_meeting_mode(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    indicator_id = select_code(window, next(v.code for v in window.views.values() if v.code))
    with window.store.session() as s:
        ann.add_agenda_item(s, soon, indicator_id)
    qtbot.keyClick(window.tree, Qt.Key.Key_Q, CTRL_SHIFT)  # New question
    editor = window.annotations.questions
    qtbot.keyClicks(editor.text, "Why has the backlog doubled?")
    window.annotations.flush()
    with window.store.read_session() as s:
        (stored,) = ann.list_questions(s, indicator_id=indicator_id)
    assert stored.meeting_id is None  # For meeting was never chosen
    qtbot.keyClick(window, Qt.Key.Key_F11)
    mode = window.annotations.meeting_mode
    assert mode is not None and mode.meeting is not None and mode.meeting.id == soon
    texts = [mode.questions.item(i).text() for i in range(mode.questions.count())]
    assert any("Why has the backlog doubled?" in t for t in texts)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Escape)


def test_a_new_meeting_has_no_date_until_one_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.annotations.show_meetings()
    qtbot.waitExposed(dialog)
    assert not dialog.has_date.isChecked() and not dialog.date.isEnabled()
    qtbot.keyClicks(dialog.name, "People Scrutiny Committee, 14 January")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    with window.store.read_session() as s:
        (saved,) = ann.list_meetings(s)
    assert saved.held_on is None  # not today's date, which the name contradicts
    dialog.start_new()
    qtbot.keyClick(dialog.has_date, Qt.Key.Key_Space)
    assert dialog.date.isEnabled()


def test_the_meetings_window_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.annotations.show_meetings()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()


def test_a_selected_service_stands_for_every_indicator_shown_under_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    first = next(v for v in window.views.values() if v.code and v.service)
    select_code(window, first.code or "")
    service = window.tree.currentIndex().siblingAtColumn(0).parent()
    window.tree.setCurrentIndex(service)  # choose its service
    assert service.data() == first.service
    under = [v.id for v in window.views.values() if v.service == first.service
             and v.portfolio == first.portfolio]  # fmt: skip
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL_SHIFT)
    assert sorted(agenda_ids(window, soon)) == sorted(under)


def test_the_open_items_pane_files_a_question_under_the_meeting_that_takes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    soon = add_meeting(window, "Next scrutiny", SOON)
    add_meeting(window, "Other scrutiny", LATER)
    indicator_id = next(v.id for v in window.views.values() if not v.exempt)
    with window.store.session() as s:
        ann.add_agenda_item(s, soon, indicator_id)
        ann.add_question(s, indicator_id, "Set for no meeting")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dock = window.annotations.dock
    qtbot.waitUntil(dock.isVisible)
    for name, expected in (("Next scrutiny", ["Set for no meeting"]), ("Other scrutiny", [])):
        dock.meeting.setCurrentIndex(dock.meeting.findText(name))
        assert [dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())] == expected
