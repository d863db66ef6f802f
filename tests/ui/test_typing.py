"""Typing with pauses in every autosaving editor: the text, cursor and undo stay the user's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from db.models import MeetingRow
from db.store import Store
from desktop import annotations
from desktop.ui.autosave import SAVE_DELAY_MS
from desktop.ui.main_window import MainWindow
from desktop.ui.views.meeting_mode import MeetingMode
from tests.ui.annotation_helpers import (
    controller,
    import_sample,
    open_window,
    red_code,
    select_code,
)

PAUSE_MS = SAVE_DELAY_MS + 500  # longer than the autosave waits: the save happens mid-typing
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    import_sample(store)
    return open_window(qtbot, store, data_dir)


def focus(qtbot, editor: QPlainTextEdit | QLineEdit) -> None:  # type: ignore[no-untyped-def]
    editor.window().activateWindow()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(editor.hasFocus)


def cursor_at(editor: QPlainTextEdit | QLineEdit) -> int:
    if isinstance(editor, QLineEdit):
        return editor.cursorPosition()
    return editor.textCursor().position()


def type_with_pause(qtbot, editor: QPlainTextEdit | QLineEdit, first: str, then: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``first``, stop for longer than the autosave waits, check nothing moved, go on."""
    focus(qtbot, editor)
    qtbot.keyClicks(editor, first)
    qtbot.wait(PAUSE_MS)
    text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
    assert text == first
    assert cursor_at(editor) == len(first)
    qtbot.keyClicks(editor, then)


def stored_notes(window: MainWindow, indicator_id: int) -> list[str]:
    with window.store.read_session() as s:
        return [n.text for n in annotations.list_notes(s, indicator_id)]


def stored_questions(window: MainWindow, indicator_id: int) -> list[annotations.QuestionRecord]:
    with window.store.read_session() as s:
        return annotations.list_questions(s, indicator_id=indicator_id)


# --- notes ---------------------------------------------------------------------------------


def test_a_pause_after_a_space_keeps_the_note_as_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    editor = controller(window).notes.editor
    type_with_pause(qtbot, editor, "one, two three ", "four")
    assert editor.toPlainText() == "one, two three four"
    assert editor.textCursor().position() == len("one, two three four")
    qtbot.wait(PAUSE_MS)
    assert stored_notes(window, indicator_id) == ["one, two three four"]
    assert editor.toPlainText() == "one, two three four"


def test_undo_in_the_note_editor_still_works_after_a_save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    editor = controller(window).notes.editor
    type_with_pause(qtbot, editor, "first words ", "")
    assert editor.document().isUndoAvailable()  # the save did not replace the document
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "first words "
    assert editor.textCursor().position() == len("first words ")


def test_a_selection_survives_the_save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    editor = controller(window).notes.editor
    focus(qtbot, editor)
    qtbot.keyClicks(editor, "keep this selected  ")
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(PAUSE_MS)
    assert editor.textCursor().selectedText() == "keep this selected  "
    assert editor.toPlainText() == "keep this selected  "


def test_a_deleted_note_leaves_the_editor_and_stays_deleted(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    focus(qtbot, pane.editor)
    qtbot.keyClicks(pane.editor, "A note to throw away")
    qtbot.wait(PAUSE_MS)
    assert stored_notes(window, indicator_id) == ["A note to throw away"]
    pane.delete_button.setFocus()
    qtbot.keyClick(pane.delete_button, Qt.Key.Key_Space)
    assert stored_notes(window, indicator_id) == []
    assert pane.editor.toPlainText() == ""
    assert not pane.stamp.text().startswith("Saved")
    type_with_pause(qtbot, pane.editor, "A new one", "")
    assert stored_notes(window, indicator_id) == ["A new one"]


def test_undo_of_a_delete_brings_the_note_back_into_the_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    type_with_pause(qtbot, pane.editor, "Wanted after all", "")
    pane.delete_current()
    window.undo_stack.undo()
    assert stored_notes(window, indicator_id) == ["Wanted after all"]
    assert pane.editor.toPlainText() == "Wanted after all"


# --- questions -----------------------------------------------------------------------------


def test_question_text_addressee_and_answer_keep_what_was_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    tab = controller(window).questions
    controller(window).tabs.setCurrentWidget(tab)
    tab.new_question()
    type_with_pause(qtbot, tab.text, "Why has it fallen ", "so far?")
    assert tab.text.toPlainText() == "Why has it fallen so far?"
    assert tab.text.textCursor().position() == len("Why has it fallen so far?")
    type_with_pause(qtbot, tab.addressed, "Director of ", "Education")
    assert tab.addressed.text() == "Director of Education"
    type_with_pause(qtbot, tab.answer, "Staff left ", "in the summer")
    assert tab.answer.toPlainText() == "Staff left in the summer"
    assert tab.answer.textCursor().position() == len("Staff left in the summer")
    focus(qtbot, tab.text)  # leaving the answer saves it at once
    (stored,) = stored_questions(window, indicator_id)
    assert (stored.text, stored.addressed_to, stored.answer) == (
        "Why has it fallen so far?",
        "Director of Education",
        "Staff left in the summer",
    )
    qtbot.keyClick(tab.text, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(tab.text, Qt.Key.Key_Backspace)
    qtbot.keyClick(tab.text, Qt.Key.Key_Z, CTRL)
    assert tab.text.toPlainText() == "Why has it fallen so far?"


# --- meeting mode --------------------------------------------------------------------------


@pytest.fixture
def mode(qtbot, window: MainWindow) -> MeetingMode:  # type: ignore[no-untyped-def]
    red = next(v.id for v in window.views.values() if v.latest_rag == "red" and not v.exempt)
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Audit committee", held_on=dt.date(2026, 1, 14))
        annotations.add_question(
            s, red, "What did the audit cost?", meeting_id=meeting.id, status="to_raise"
        )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    opened = controller(window).meeting_mode
    assert opened is not None
    qtbot.waitExposed(opened)
    return opened


def test_meeting_mode_answer_keeps_the_space_after_a_pause(qtbot, window, mode) -> None:  # type: ignore[no-untyped-def]
    type_with_pause(qtbot, mode.answer, "Cost of the audit: ", "about 40k")
    assert mode.answer.toPlainText() == "Cost of the audit: about 40k"
    assert mode.answer.textCursor().position() == len("Cost of the audit: about 40k")
    qtbot.wait(PAUSE_MS)
    with window.store.read_session() as s:
        (question,) = annotations.list_questions(s)
    assert question.answer == "Cost of the audit: about 40k"
    qtbot.keyClick(mode.answer, Qt.Key.Key_Backspace)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Z, CTRL)
    assert mode.answer.toPlainText() == "Cost of the audit: about 40k"


def test_a_note_the_store_refuses_stays_in_the_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Cancelled meeting")
    pane = controller(window).notes
    pane.reload()
    pane.meeting.setFocus()
    qtbot.keyClick(pane.meeting, Qt.Key.Key_Down)  # "Cancelled meeting"
    with window.store.session() as s:
        s.delete(s.get(MeetingRow, meeting.id))  # gone behind the window's back
    type_with_pause(qtbot, pane.editor, "Kept although not saved", "")
    assert stored_notes(window, indicator_id) == []
    assert pane.editor.toPlainText() == "Kept although not saved"
