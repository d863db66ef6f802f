"""Meeting mode walked by keyboard only: answers and action points reach the store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from desktop.ui.views.meeting_mode import MeetingMode
from desktop.ui.views.meeting_parts import answer_question, key_facts
from tests.ui.annotation_helpers import controller

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


@pytest.fixture
def agenda_ids(window: MainWindow) -> list[int]:
    """A meeting with two indicators on its agenda: two questions on the first, one on the next."""
    reds = [v.id for v in window.views.values() if v.latest_rag == "red" and not v.exempt][:2]
    with window.store.session() as s:
        annotations.add_meeting(s, "September scrutiny", committee="People",
                                held_on=dt.date(2025, 9, 10))  # fmt: skip
        meeting = annotations.add_meeting(
            s, "December scrutiny", committee="People", held_on=dt.date(2025, 12, 3)
        )
        annotations.add_meeting(s, "March scrutiny", committee="People",
                                held_on=dt.date(2026, 3, 4))  # fmt: skip
        annotations.add_question(s, reds[0], "Why is it still red?", meeting_id=meeting.id,
                                 status="to_raise", addressed_to="Director of Education")  # fmt: skip
        annotations.add_question(s, reds[0], "When will it recover?", meeting_id=meeting.id,
                                 status="draft")  # fmt: skip
        annotations.add_question(s, reds[1], "Is the data right?", meeting_id=meeting.id,
                                 status="to_raise")  # fmt: skip
    return reds


def open_mode(qtbot, window: MainWindow) -> MeetingMode:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    mode = controller(window).meeting_mode
    qtbot.waitExposed(mode)
    return mode


def stored_questions(window: MainWindow) -> dict[str, annotations.QuestionRecord]:
    with window.store.read_session() as s:
        return {q.text: q for q in annotations.list_questions(s)}


def test_f11_opens_the_latest_meeting_at_its_first_item(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = open_mode(qtbot, window)
    assert mode.meeting is not None and mode.meeting.name == "March scrutiny"


# The owner box completes names; its pop-up asks the offscreen platform for things it lacks.
@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_walk_a_meeting_by_keyboard_recording_an_answer_and_an_action(
    qtbot, window, agenda_ids
) -> None:  # type: ignore[no-untyped-def]
    mode = open_mode(qtbot, window)
    qtbot.keyClick(mode.meeting_combo, Qt.Key.Key_Up)  # from March back to December
    assert mode.meeting is not None and mode.meeting.name == "December scrutiny"
    assert mode.position.text() == "Item 1 of 2"
    qtbot.keyClicks(mode.answer, "Agency staff have been recruited")
    qtbot.keyClick(mode.answer, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(mode.answer, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(mode.action_bar.text, "Report on the recovery plan")
    qtbot.keyClicks(mode.action_bar.owner, "Director of Education")
    qtbot.keyClick(mode.action_bar.owner, Qt.Key.Key_Return)
    qtbot.keyClick(mode.answer, Qt.Key.Key_PageDown)
    assert mode.position.text() == "Item 2 of 2"
    qtbot.keyClick(mode.answer, Qt.Key.Key_Escape)
    questions = stored_questions(window)
    assert questions["Why is it still red?"].status == "answered"
    assert questions["Why is it still red?"].answer == "Agency staff have been recruited"
    assert questions["When will it recover?"].status == "draft"
    with window.store.read_session() as s:
        (action,) = annotations.list_actions(s)
    assert (action.text, action.owner, action.indicator_id) == (
        "Report on the recovery plan",
        "Director of Education",
        agenda_ids[0],
    )
    meetings = {m.id: m.name for m in annotations_meetings(window)}
    assert meetings[action.due_meeting_id or -1] == "March scrutiny"
    assert not mode.isVisible()


def annotations_meetings(window: MainWindow) -> list[annotations.MeetingRecord]:
    with window.store.read_session() as s:
        return annotations.list_meetings(s)


def december(qtbot, window: MainWindow) -> MeetingMode:  # type: ignore[no-untyped-def]
    mode = open_mode(qtbot, window)
    target = next(m.id for m in annotations_meetings(window) if m.name == "December scrutiny")
    mode.open_meeting(target)
    mode.answer.setFocus()
    return mode


def test_answer_typed_is_saved_before_ctrl_enter(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = december(qtbot, window)
    qtbot.keyClicks(mode.answer, "Half an answer")
    qtbot.waitUntil(lambda: not mode.autosave.timer.isActive())
    stored = stored_questions(window)["Why is it still red?"]
    assert (stored.status, stored.answer) == ("to_raise", "Half an answer")


def test_ctrl_down_moves_to_the_next_question_and_answers_it_through_the_lifecycle(
    qtbot, window, agenda_ids
) -> None:  # type: ignore[no-untyped-def]
    mode = december(qtbot, window)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Down, CTRL)
    qtbot.keyClicks(mode.answer, "By the spring")
    qtbot.keyClick(mode.answer, Qt.Key.Key_Enter, CTRL)
    assert stored_questions(window)["When will it recover?"].status == "answered"


def test_ctrl_left_and_right_walk_items(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = december(qtbot, window)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Right, CTRL)
    second = mode.position.text()
    qtbot.keyClick(mode.answer, Qt.Key.Key_Left, CTRL)
    assert (second, mode.position.text()) == ("Item 2 of 2", "Item 1 of 2")


def test_ctrl_enter_with_no_answer_changes_nothing(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = december(qtbot, window)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Return, CTRL)
    assert stored_questions(window)["Why is it still red?"].status == "to_raise"
    assert "Type the answer" in mode.message.text()


def test_escape_saves_the_answer_being_typed(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = december(qtbot, window)
    qtbot.keyClicks(mode.answer, "Said just before leaving")
    qtbot.keyClick(mode.answer, Qt.Key.Key_Escape)
    assert stored_questions(window)["Why is it still red?"].answer == "Said just before leaving"


def test_key_facts_give_rag_in_words(window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    facts = key_facts(window.views[agenda_ids[0]])
    assert "RAG: ■ Red" in facts and "against a target of" in facts


def test_type_is_larger_than_the_window(qtbot, window, agenda_ids) -> None:  # type: ignore[no-untyped-def]
    mode = open_mode(qtbot, window)
    assert mode.font().pointSizeF() >= window.font().pointSizeF() * 1.35


@pytest.mark.parametrize("start", ["draft", "to_raise", "asked", "deferred"])
def test_answer_question_moves_legally_from_any_open_status(window, start: str) -> None:  # type: ignore[no-untyped-def]
    indicator_id = next(iter(window.views))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "Q?", status=start)
        answered = answer_question(s, question.id, "An answer")
    assert (answered.status, answered.answer) == ("answered", "An answer")


def test_answer_question_refuses_a_withdrawn_question(window) -> None:  # type: ignore[no-untyped-def]
    indicator_id = next(iter(window.views))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "Q?")
        annotations.set_question_status(s, question.id, "withdrawn")
        with pytest.raises(annotations.AnnotationError, match="withdrawn"):
            answer_question(s, question.id, "Too late")
