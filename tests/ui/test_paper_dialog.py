"""Briefing paper details in the window: reached from the export dialog, typed by keyboard,
checked in one line, kept in the store, and shown on the briefing's front sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.annotations import add_meeting
from desktop.export import paper
from desktop.ui.dialogs.paper_dialog import PaperDialog
from desktop.ui.main_window import MainWindow
from tests.ui.export_dialog_helpers import export_via_dialog, open_dialog

MEETING = "People Scrutiny, March"


@pytest.fixture
def window_store(seeded: Store) -> Store:
    with seeded.session() as s:
        add_meeting(
            s, "People Scrutiny, January", committee="People Scrutiny", held_on=dt.date(2026, 1, 15)
        )
        add_meeting(s, MEETING, committee="People Scrutiny", held_on=dt.date(2026, 3, 5))
    return seeded


def open_paper_dialog(qtbot: QtBot, window: MainWindow, meeting: str | None) -> PaperDialog:
    """Export…, choose the paper, then Paper details… by its keyboard shortcut (Alt+D)."""
    export = open_dialog(window)
    export.set_meeting(meeting)
    export.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is export)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.export_flow.paper_dialog is not None)  # clicks after a blink
    dialog = window.export_flow.paper_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def front_sheet(path: Path) -> dict[str, str]:
    table = docx.Document(str(path)).tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}


def test_tab_walks_the_boxes_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_paper_dialog(qtbot, window, MEETING)
    dialog.paper_combo.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen == [
        "Agenda item number",
        "Purpose of the paper",
        "Schedule 12A paragraph",
        "Report author",
        "Contact",
    ]
    unnamed = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.focusPolicy()
               != Qt.FocusPolicy.NoFocus and not w.accessibleName()]  # fmt: skip
    assert unnamed == []


def test_details_typed_by_keyboard_reach_the_front_sheet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_paper_dialog(qtbot, window, MEETING)
    assert dialog.paper_combo.currentText() == "People Scrutiny, March (5 March 2026)"
    type_into(qtbot, dialog.agenda_item, "Item 7")
    qtbot.keyClick(dialog.agenda_item, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "To review the third quarter.")
    type_into(qtbot, dialog.author, "A. Clerk, Scrutiny Officer")
    qtbot.keyClick(dialog.author, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "scrutiny@council.gov.uk")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with window.store.read_session() as s:
        kept = paper.effective(s, dialog.paper_combo.currentData())
    assert (kept.agenda_item, kept.purpose) == ("7", "To review the third quarter.")
    window.export_flow.dialog.reject()  # type: ignore[union-attr]
    out = export_via_dialog(qtbot, window, tmp_path / "march.docx", charts=False, meeting=MEETING)
    assert out is not None
    sheet = front_sheet(out)
    assert sheet["Agenda item"] == "7"
    assert sheet["Report author"] == "A. Clerk, Scrutiny Officer"
    assert sheet["Contact"] == "scrutiny@council.gov.uk"
    assert any(
        p.text.endswith("To review the third quarter.") for p in docx.Document(str(out)).paragraphs
    )


def test_a_bad_paragraph_is_one_line_and_nothing_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_paper_dialog(qtbot, window, None)
    type_into(qtbot, dialog.agenda_item, "4")
    type_into(qtbot, dialog.paragraph, "9")
    qtbot.keyClick(dialog.paragraph, Qt.Key.Key_Return)
    assert dialog.isVisible()
    said = dialog.problem.text()
    assert said.startswith("Not saved: The whole scorecard: Schedule 12A has no paragraph 9")
    assert "\n" not in said and dialog.problem.isVisible()
    assert QApplication.focusWidget() is dialog.paragraph
    with window.store.read_session() as s:
        assert paper.standing(s).agenda_item is None  # all or nothing


def test_switching_papers_keeps_what_was_typed_and_blank_uses_the_usual_paragraph(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_paper_dialog(qtbot, window, None)
    type_into(qtbot, dialog.paragraph, "paragraph 3")
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)  # the newest meeting
    assert dialog.paper_combo.currentText().startswith(MEETING)
    assert dialog.paragraph.text() == ""
    assert dialog.paragraph.placeholderText() == "Blank: the usual one (3)"
    type_into(qtbot, dialog.agenda_item, "5")
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Up)
    assert dialog.paragraph.text() == "paragraph 3"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.agenda_item, Qt.Key.Key_Return)
    with window.store.read_session() as s:
        meeting_id = max(m for m in (dialog.paper_combo.itemData(i) for i in range(3)))
        march = paper.effective(s, meeting_id)
    assert (march.agenda_item, march.exempt_paragraph) == ("5", "3")


def test_paper_details_are_for_word_briefings_only(window: MainWindow) -> None:
    export = open_dialog(window)
    export.set_format("xlsx")
    assert not export.details_button.isEnabled()


def test_the_file_menu_opens_the_whole_scorecards_paper_by_its_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.export_flow.paper_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.paper_combo.currentData() == -1  # the whole scorecard
    assert window.paper_action in window.file_menu.actions()


def test_the_meetings_window_opens_the_shown_meetings_paper(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.ui.annotation_helpers import controller

    meetings = controller(window).show_meetings()
    qtbot.addWidget(meetings)
    qtbot.waitUntil(meetings.isVisible)
    assert meetings.meeting is not None and meetings.meeting.name == MEETING
    meetings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is meetings)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: meetings.paper_dialog is not None)  # clicks after a blink
    dialog = meetings.paper_dialog
    assert isinstance(dialog, PaperDialog) and dialog.isVisible()
    assert dialog.paper_combo.currentText().startswith(MEETING)
    meetings.start_new()
    assert not meetings.paper_button.isEnabled()  # a meeting not yet saved has no paper
