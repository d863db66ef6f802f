"""The meetings dialog: create a meeting, order its agenda by keyboard, carry items forward."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from db.store import Store
from desktop import annotations
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import controller

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


@pytest.fixture
def three(window: MainWindow) -> list[int]:
    """A June meeting with three indicators on its agenda, one question left open."""
    ids = [v.id for v in window.views.values() if not v.exempt][:3]
    with window.store.session() as s:
        june = annotations.add_meeting(s, "June", committee="People", held_on=dt.date(2025, 6, 4))
        for indicator_id in ids:
            annotations.add_agenda_item(s, june.id, indicator_id)
        annotations.add_question(s, ids[1], "Still open?", meeting_id=june.id, status="to_raise")
    return ids


def dialog_for(qtbot, window: MainWindow) -> MeetingDialog:  # type: ignore[no-untyped-def]
    dialog = controller(window).show_meetings()
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_meeting_is_saved_with_its_committee_and_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, window)
    dialog.start_new()
    qtbot.keyClicks(dialog.name, "January scrutiny")
    qtbot.keyClicks(dialog.committee, "Children and Young People")
    dialog.has_date.setChecked(True)  # a new meeting has no date until one is chosen
    dialog.date.setDate(QDate(2026, 1, 14))
    dialog.save()
    with window.store.read_session() as s:
        (meeting,) = annotations.list_meetings(s)
    assert (meeting.name, meeting.committee, meeting.held_on) == (
        "January scrutiny",
        "Children and Young People",
        dt.date(2026, 1, 14),
    )


def test_alt_up_moves_an_agenda_item_earlier(qtbot, window: MainWindow, three: list[int]) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, window)
    dialog.agenda.list.setCurrentRow(2)
    dialog.agenda.list.setFocus()
    qtbot.keyClick(dialog.agenda.list, Qt.Key.Key_Up, ALT)
    with window.store.read_session() as s:
        order = [e.indicator_id for e in annotations.agenda(s, dialog.meeting.id)]  # type: ignore[union-attr]
    assert order == [three[0], three[2], three[1]]
    assert dialog.agenda.order() == order


def test_move_down_button_moves_an_item_later(qtbot, window: MainWindow, three: list[int]) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, window)
    dialog.agenda.list.setCurrentRow(0)
    dialog.agenda.down.click()
    assert dialog.agenda.order() == [three[1], three[0], three[2]]


def test_carry_forward_puts_open_items_on_the_next_meeting(
    qtbot, window: MainWindow, three: list[int]
) -> None:  # type: ignore[no-untyped-def]
    with window.store.session() as s:
        annotations.add_meeting(s, "September", committee="People", held_on=dt.date(2025, 9, 3))
    dialog = dialog_for(qtbot, window)
    assert dialog.meeting is not None and dialog.meeting.name == "September"
    dialog.carry.click()
    assert dialog.agenda.order() == [three[1]]
    assert "1 open questions" in dialog.message.text()


def test_dropping_an_item_further_down_stores_the_new_order(
    qtbot, window: MainWindow, three: list[int]
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, window)
    dialog.agenda.list.setCurrentRow(0)
    model = dialog.agenda.list.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what an internal drop does
    with window.store.read_session() as s:
        order = [e.indicator_id for e in annotations.agenda(s, dialog.meeting.id)]  # type: ignore[union-attr]
    assert order == [three[1], three[2], three[0]]


def test_start_meeting_mode_walks_the_meeting_chosen_in_the_dialog(
    qtbot, window: MainWindow, three: list[int]
) -> None:  # type: ignore[no-untyped-def]
    with window.store.session() as s:
        annotations.add_meeting(s, "September", committee="People", held_on=dt.date(2025, 9, 3))
    dialog = dialog_for(qtbot, window)
    dialog.list.setCurrentRow(0)  # June, not the latest
    dialog.walk.click()
    mode = controller(window).meeting_mode
    assert mode is not None and mode.meeting is not None and mode.meeting.name == "June"
    assert mode.position.text() == "Item 1 of 3"
