"""Questions: recorded from a suggested line of enquiry, typed in place, moved legally."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.store import Store
from desktop import annotations
from desktop.ui.dialogs.action_dialog import ActionDialog, save_action
from desktop.ui.main_window import MainWindow
from desktop.ui.views.question_editor import allowed_statuses
from tests.ui.annotation_helpers import (
    controller,
    red_code,
    select_code,
    unnamed,
)


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def test_record_as_question_from_the_detail_pane_stores_a_question_to_raise(
    window: MainWindow,
) -> None:
    indicator_id = select_code(window, red_code(window))
    view = window.views[indicator_id]
    enquiry = view.assessment.enquiries[0]
    window.detail.enquiry_chosen.emit(indicator_id, enquiry.rule, enquiry.text)  # type: ignore[attr-defined]
    with window.store.read_session() as s:
        stored = annotations.list_questions(s, indicator_id=indicator_id)
    assert [(q.text, q.status, q.source_rule) for q in stored] == [
        (enquiry.text.strip(), "to_raise", enquiry.rule)
    ]


def test_recorded_question_is_open_in_the_editor(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    enquiry = window.views[indicator_id].assessment.enquiries[0]
    window.detail.enquiry_chosen.emit(indicator_id, enquiry.rule, enquiry.text)  # type: ignore[attr-defined]
    tab = controller(window).questions
    assert tab.current is not None and tab.current.source_rule == enquiry.rule
    assert tab.text.toPlainText() == enquiry.text.strip()
    assert controller(window).tabs.currentWidget() is tab


def test_typed_question_is_saved_with_its_addressee(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    tab = controller(window).questions
    tab.new_question()
    qtbot.keyClicks(tab.text, "Why has the figure fallen?")
    qtbot.keyClicks(tab.addressed, "Director of Education")
    qtbot.waitUntil(lambda: not tab.autosave.timer.isActive())
    with window.store.read_session() as s:
        stored = annotations.list_questions(s, indicator_id=indicator_id)
    assert [(q.text, q.addressed_to) for q in stored] == [
        ("Why has the figure fallen?", "Director of Education")
    ]


def test_addressee_completion_offers_earlier_names(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        annotations.add_question(s, indicator_id, "Earlier", addressed_to="Head of Waste")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id])
    assert "Head of Waste" in tab.people.stringList()


def test_status_offers_only_the_moves_the_rules_allow(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "Asked already", status="asked")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id], select=question.id)
    offered = [tab.status.itemData(i) for i in range(tab.status.count())]
    assert offered == ["asked", "answered", "deferred", "withdrawn"]
    assert allowed_statuses("answered") == ["answered"]


def test_answering_without_an_answer_is_refused_with_a_message(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "No answer yet", status="asked")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id], select=question.id)
    tab.status.setCurrentIndex(tab.status.findData("answered"))
    tab.status.activated.emit(tab.status.currentIndex())
    with window.store.read_session() as s:
        (stored,) = annotations.list_questions(s, indicator_id=indicator_id)
    assert stored.status == "asked"
    assert "answer" in tab.message.text()


def test_answer_then_answered_records_when(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "Plan?", status="asked")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id], select=question.id)
    qtbot.keyClicks(tab.answer, "A plan comes in March")
    tab.status.setCurrentIndex(tab.status.findData("answered"))
    tab.status.activated.emit(tab.status.currentIndex())
    with window.store.read_session() as s:
        (stored,) = annotations.list_questions(s, indicator_id=indicator_id)
    assert (stored.status, stored.answer) == ("answered", "A plan comes in March")
    assert stored.answered_at is not None


def test_action_dialog_values_are_saved_as_an_action_point(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        january = annotations.add_meeting(s, "January")
    dialog = ActionDialog(
        window, meetings=[january], people=["Director of Education"],
        indicator=(indicator_id, "The indicator"),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text, "Update the Committee on the external review")
    dialog.owner.setText("Director of Education")
    dialog.due_meeting.setCurrentIndex(dialog.due_meeting.findData(january.id))
    with window.store.session() as s:
        saved = save_action(s, dialog.values())
    assert (saved.text, saved.owner, saved.due_meeting_id, saved.indicator_id, saved.status) == (
        "Update the Committee on the external review",
        "Director of Education",
        january.id,
        indicator_id,
        "open",
    )
    assert unnamed(dialog) == []


def test_action_dialog_offers_ok_only_with_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(window, meetings=[], people=[])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    before = ok.isEnabled()
    qtbot.keyClicks(dialog.text, "Something to do")
    assert (before, ok.isEnabled()) == (False, True)


def test_the_indicators_action_points_are_listed_with_owner_and_status(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        annotations.add_action(s, "Report back", indicator_id=indicator_id, owner="Head of Waste")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id])
    shown = [tab.actions_box.list.item(i).text() for i in range(tab.actions_box.list.count())]
    assert shown == ["[Open] Report back — Head of Waste"]


def test_a_question_not_yet_answered_says_so_instead_of_showing_a_time(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        question = annotations.add_question(s, indicator_id, "Plan?", status="asked")
    tab = controller(window).questions
    tab.set_indicator(window.views[indicator_id], select=question.id)
    assert tab.answered_at.text() == "Not answered yet"
    qtbot.keyClicks(tab.answer, "A plan comes in March")
    tab.status.setFocus()
    while tab.status.currentData() != "answered":  # the keyboard's way down the list
        qtbot.keyClick(tab.status, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.status == "answered")
    assert tab.current is not None and tab.current.answered_at is not None
    assert tab.answered_at.text() != "Not answered yet" and tab.answered_at.isEnabled()
    with window.store.read_session() as s:
        (stored,) = annotations.list_questions(s, indicator_id=indicator_id)
    assert stored.answered_at is not None
    taken = stored.answered_at.replace(tzinfo=dt.UTC)
    assert abs((dt.datetime.now(dt.UTC) - taken).total_seconds()) < 120  # now, not in 2000


def test_a_long_question_is_listed_cut_at_a_word_with_an_ellipsis(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    long = (
        "Red for the eighth quarter running: what has changed since Q3 2023/24, and when "
        "do you expect it to reach amber?"
    )
    with window.store.session() as s:
        annotations.add_question(s, indicator_id, long, status="to_raise")
    tab = controller(window).questions
    controller(window).tabs.setCurrentWidget(tab)
    tab.set_indicator(window.views[indicator_id])
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    title = tab.list.item(0).text()
    assert title.startswith("[To raise] ") and title.endswith("…")
    shown = title.removeprefix("[To raise] ").removesuffix("…")
    assert long.startswith(shown) and long[len(shown)] in " ,"  # cut between words


def test_shorten_keeps_short_text_and_cuts_long_text_between_words() -> None:
    from desktop.ui.indicator_text import shorten

    assert shorten("Why so late?", 20) == "Why so late?"
    assert shorten("Why is the review team still short of staff?", 20) == "Why is the review…"
