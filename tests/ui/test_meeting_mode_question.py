"""Meeting mode adds a question asked in the meeting, saved as it is typed, then answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.store import Store
from desktop import annotations
from desktop.ui.autosave import SAVE_DELAY_MS
from desktop.ui.main_window import MainWindow
from desktop.ui.views.meeting_mode import MeetingMode
from tests.ui.annotation_helpers import controller, import_sample, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PAUSE_MS = SAVE_DELAY_MS + 500


@pytest.fixture
def window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    import_sample(store)
    opened = open_window(qtbot, store, data_dir)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    return opened


@pytest.fixture
def mode(qtbot, window: MainWindow) -> MeetingMode:  # type: ignore[no-untyped-def]
    red = next(v.id for v in window.views.values() if v.latest_rag == "red" and not v.exempt)
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Audit committee", held_on=dt.date(2026, 1, 14))
        annotations.add_question(s, red, "Why so late?", meeting_id=meeting.id, status="to_raise")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    opened = controller(window).meeting_mode
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.answer.hasFocus)
    return opened


def stored(window: MainWindow) -> dict[str, annotations.QuestionRecord]:
    with window.store.read_session() as s:
        return {q.text: q for q in annotations.list_questions(s)}


def test_a_question_asked_in_the_meeting_is_saved_as_typed(qtbot, window, mode) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(mode.answer, Qt.Key.Key_Q, CTRL | SHIFT)
    bar = mode.question_bar
    assert bar.isVisible() and bar.text.hasFocus()
    qtbot.keyClicks(bar.text, "Who signed off the overspend? ")
    qtbot.wait(PAUSE_MS)
    assert bar.text.text() == "Who signed off the overspend? "
    assert bar.text.cursorPosition() == len("Who signed off the overspend? ")
    assert "Who signed off the overspend?" in stored(window)
    qtbot.keyClicks(bar.text, "And when?")
    qtbot.keyClick(bar.text, Qt.Key.Key_Tab)
    assert bar.addressed.hasFocus()
    qtbot.keyClicks(bar.addressed, "Section 151 officer")
    qtbot.wait(PAUSE_MS)
    questions = stored(window)
    assert "Who signed off the overspend?" not in questions  # the same question, grown
    new = questions["Who signed off the overspend? And when?"]
    assert (new.status, new.addressed_to) == ("asked", "Section 151 officer")
    assert new.meeting_id == mode.meeting.id


def test_enter_takes_the_answer_to_the_new_question(qtbot, window, mode) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(mode.answer, Qt.Key.Key_Q, CTRL | SHIFT)
    qtbot.keyClicks(mode.question_bar.text, "Is the contract renewed?")
    qtbot.keyClick(mode.question_bar.text, Qt.Key.Key_Return)
    assert not mode.question_bar.isVisible()
    assert QApplication.focusWidget() is mode.answer
    current = mode.current_question()
    assert current is not None and current.text == "Is the contract renewed?"
    qtbot.keyClicks(mode.answer, "Yes, to 2028")
    qtbot.keyClick(mode.answer, Qt.Key.Key_Return, CTRL)
    answered = stored(window)["Is the contract renewed?"]
    assert (answered.status, answered.answer) == ("answered", "Yes, to 2028")
    assert stored(window)["Why so late?"].status == "to_raise"


def test_escape_hides_the_question_bar_keeping_what_was_typed(qtbot, window, mode) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(mode.answer, Qt.Key.Key_Q, CTRL | SHIFT)
    qtbot.keyClicks(mode.question_bar.text, "Typed then left")
    qtbot.keyClick(mode.question_bar.text, Qt.Key.Key_Escape)
    assert mode.isVisible() and not mode.question_bar.isVisible()
    assert "Typed then left" in stored(window)
    assert mode.questions.count() == 2


def test_meeting_mode_names_who_asked_a_question_where_the_store_knows(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    red = next(v.id for v in window.views.values() if v.latest_rag == "red" and not v.exempt)
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Audit committee", held_on=dt.date(2026, 1, 14))
        asked = annotations.add_question(s, red, "Why so late?", meeting_id=meeting.id,
                                         addressed_to="Director", status="to_raise")  # fmt: skip
        s.execute(  # as a sync records who wrote a question it pulled from the team store
            text(
                "INSERT INTO sync_record (kind, row_id, uid, author, revision, local_rev, dirty)"
                " VALUES ('question', :i, 'question-' || :i, 'Cllr Driver', 1, 1, 0)"
                " ON CONFLICT (kind, row_id) DO UPDATE SET author = excluded.author"
            ),
            {"i": asked.id},
        )
    qtbot.keyClick(window, Qt.Key.Key_F11)
    mode = controller(window).meeting_mode
    assert mode is not None
    qtbot.waitUntil(lambda: mode.questions.count() == 1)
    assert mode.questions.item(0).text() == (
        "[To raise] Why so late? → Director (asked by Cllr Driver)"
    )


def test_a_question_longer_than_its_list_can_be_scrolled_to_its_end(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    red = next(v.id for v in window.views.values() if v.latest_rag == "red" and not v.exempt)
    long = " ".join(["Why has the backlog of assessments grown again this quarter?"] * 6)
    with window.store.session() as s:
        meeting = annotations.add_meeting(s, "Audit committee", held_on=dt.date(2026, 1, 14))
        annotations.add_question(s, red, long, meeting_id=meeting.id, status="to_raise")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    mode = controller(window).meeting_mode
    assert mode is not None
    qtbot.waitUntil(lambda: mode.questions.count() == 1)
    mode.questions.setFixedHeight(mode.questions.minimumHeight())  # as on a small laptop
    qtbot.wait(50)
    item = mode.questions.visualItemRect(mode.questions.item(0))
    assert item.height() > mode.questions.viewport().height()  # taller than the list
    bar = mode.questions.verticalScrollBar()
    assert bar.maximum() > 0  # so the rest of it can be scrolled into view, not cut off
    bar.setValue(bar.maximum())
    bottom = mode.questions.visualItemRect(mode.questions.item(0)).bottom()
    assert bottom <= mode.questions.viewport().height()
    mode.close()
