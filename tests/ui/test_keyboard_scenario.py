"""A whole meeting prepared and run from the keyboard alone: no mouse event anywhere.

Every key goes to whichever widget has the focus, as a keyboard would send it; the test only
looks at widgets to check where the focus went and what was stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from desktop.ui.views.meeting_mode import MeetingMode
from tests.ui.annotation_helpers import controller, import_sample, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def key(qtbot, which: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), which, modifiers)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def meetings_dialog(qtbot, window: MainWindow) -> QDialog:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_M, CTRL)
    dialog = controller(window).meeting_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def add_current_to_agenda(qtbot, window: MainWindow, *, create: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+M, (name and save a new meeting,) Alt+A adds the chosen indicator, Esc closes."""
    dialog = meetings_dialog(qtbot, window)
    if create is not None:
        key(qtbot, Qt.Key.Key_M, ALT)  # "Na&me:"
        type_text(qtbot, create)
        key(qtbot, Qt.Key.Key_S, CTRL)
    key(qtbot, Qt.Key.Key_A, ALT)  # "&Add the selected indicator"
    chosen = window.tree.current_indicator()
    qtbot.waitUntil(lambda: chosen in dialog.agenda.order())  # a mnemonic clicks after a blink
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.tree


# The owner box completes names; its pop-up asks the offscreen platform for things it lacks.
@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_prepare_and_run_a_meeting_by_keyboard_only(qtbot, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import_sample(store)
    window = open_window(qtbot, store, data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.tree

    # Prepare: three red indicators on the agenda of a new meeting, F8 to go from one to the next.
    chosen = []
    for number in range(3):
        key(qtbot, Qt.Key.Key_F8)
        chosen.append(window.tree.current_indicator())
        add_current_to_agenda(qtbot, window, create="People Scrutiny" if number == 0 else None)
    assert len(set(chosen)) == 3
    with window.store.read_session() as s:
        (meeting,) = annotations.list_meetings(s)
        assert [e.indicator_id for e in annotations.agenda(s, meeting.id)] == chosen

    # A line of enquiry on the third becomes a question, set for the meeting from its editor.
    last = window.views[chosen[-1]]
    enquiry = last.assessment.enquiries[0]
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    tab = controller(window).questions
    assert focused() is tab.text
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.addressed
    type_text(qtbot, "Director of Children's Services")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.meeting
    key(qtbot, Qt.Key.Key_Down)  # from "No meeting" to the one meeting

    # Run it: F11, to the third item, answer, an action point, a new question, leave.
    key(qtbot, Qt.Key.Key_F11)
    mode = controller(window).meeting_mode
    assert isinstance(mode, MeetingMode)
    qtbot.waitExposed(mode)
    qtbot.waitUntil(mode.isActiveWindow)
    assert mode.isAncestorOf(focused())
    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_PageDown)
    assert mode.position.text() == "Item 3 of 3"
    assert focused() is mode.answer
    current = mode.current_question()
    assert current is not None and current.source_rule == enquiry.rule
    type_text(qtbot, "A recovery plan goes to cabinet in March")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    type_text(qtbot, "Circulate the recovery plan")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Head of Safeguarding")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Q, CTRL | SHIFT)
    type_text(qtbot, "How many reviews are overdue today?")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is mode.answer
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller(window).meeting_mode is None or not mode.isVisible())

    # Everything is in the store.
    with window.store.read_session() as s:
        questions = annotations.list_questions(s, indicator_id=chosen[-1])
        (action,) = annotations.list_actions(s)
    recorded = next(q for q in questions if q.source_rule == enquiry.rule)
    assert (recorded.status, recorded.answer, recorded.meeting_id, recorded.addressed_to) == (
        "answered",
        "A recovery plan goes to cabinet in March",
        meeting.id,
        "Director of Children's Services",
    )
    asked = next(q for q in questions if q.text == "How many reviews are overdue today?")
    assert (asked.status, asked.meeting_id) == ("asked", meeting.id)
    assert (action.text, action.owner, action.indicator_id, action.meeting_id) == (
        "Circulate the recovery plan",
        "Head of Safeguarding",
        chosen[-1],
        meeting.id,
    )
