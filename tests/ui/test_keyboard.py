"""The window by keyboard: Tab leaves every table and pane, focus shows, shortcuts reach things."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from db.store import Store
from desktop import annotations
from desktop.catalogue import indicator_label
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import style_sheet
from desktop.ui.views.indicator_view import IndicatorDetailView as DetailView
from desktop.ui.views.meeting_mode import MeetingMode
from tests.ui.annotation_helpers import (
    controller,
    import_sample,
    open_window,
    red_code,
    select_code,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    import_sample(store)
    opened = open_window(qtbot, store, data_dir)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    return opened


def detail(window: MainWindow) -> DetailView:
    view = window.ensure_detail()
    assert isinstance(view, DetailView)
    return view


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press_tab(qtbot, times: int = 1, *, back: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) where the focus is; the widgets the focus went to."""
    visited = []
    for _ in range(times):
        if back:
            qtbot.keyClick(focused(), Qt.Key.Key_Backtab, SHIFT)
        else:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
    return visited


def test_tab_leaves_the_figures_table_for_record_as_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = detail(window)
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    (after,) = press_tab(qtbot)
    assert after is pane.enquiries.rows()[0].button
    (back,) = press_tab(qtbot, back=True)
    assert back is pane.table


def test_ctrl_shift_r_records_the_first_line_of_enquiry(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    enquiry = window.views[indicator_id].assessment.enquiries[0]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_R, CTRL | SHIFT)
    with window.store.read_session() as s:
        stored = annotations.list_questions(s, indicator_id=indicator_id)
    assert [(q.text, q.status, q.source_rule) for q in stored] == [
        (enquiry.text.strip(), "to_raise", enquiry.rule)
    ]
    assert focused() is controller(window).questions.text


def test_ctrl_shift_r_records_the_line_whose_button_has_the_focus(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    indicator_id = next(
        v.id for v in window.views.values() if len(v.assessment.enquiries) > 1 and not v.exempt
    )
    assert window.tree.select_indicator(indicator_id)
    rows = detail(window).enquiries.rows()
    rows[1].button.setFocus()
    qtbot.waitUntil(rows[1].button.hasFocus)
    qtbot.keyClick(rows[1].button, Qt.Key.Key_R, CTRL | SHIFT)
    with window.store.read_session() as s:
        (stored,) = annotations.list_questions(s, indicator_id=indicator_id)
    assert stored.source_rule == rows[1].enquiry().rule


def test_the_record_shortcut_is_listed_with_the_windows_actions(window: MainWindow) -> None:
    select_code(window, red_code(window))
    names = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert names["recordEnquiry"] == "Ctrl+Shift+R"


def test_notes_pane_tab_order_then_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = controller(window).notes
    with window.store.session() as s:
        annotations.add_note(s, window.tree.current_indicator() or 0, "An earlier note")
    pane.reload()
    pane.list.setCurrentRow(0)  # a chosen note: Delete is on
    pane.editor.setFocus()
    qtbot.waitUntil(pane.editor.hasFocus)
    expected = [w for w in pane.tab_order if w.isEnabled()][1:]
    visited = press_tab(qtbot, len(expected) + 1)
    assert visited[:-1] == expected
    assert not pane.isAncestorOf(visited[-1])  # out of the pane, not back to its editor
    assert press_tab(qtbot, back=True) == [pane.history]


def test_questions_tab_order_then_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    annotations_ = controller(window)
    annotations_.new_question()
    tab = annotations_.questions
    qtbot.waitUntil(tab.text.hasFocus)
    expected = [w for w in tab.tab_order if w.isEnabled()][1:]
    visited = press_tab(qtbot, len(expected) + 1)
    assert visited[:-1] == expected
    assert not tab.isAncestorOf(visited[-1])


def test_every_editor_control_can_be_reached_by_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    window.tree.setFocus()
    seen: set[int] = set()
    for widget in press_tab(qtbot, 80):
        seen.add(id(widget))
    notes = controller(window).notes
    wanted = [
        notes.editor,
        notes.exempt,
        notes.period,
        notes.meeting,
        notes.list,
        notes.new_button,
        notes.history,
        detail(window).table,
        detail(window).enquiries.rows()[0].button,
        controller(window).tabs.tabBar(),
    ]
    missing = [w.accessibleName() or w.objectName() for w in wanted if id(w) not in seen]
    assert missing == []


DARK = {
    QPalette.ColorRole.Window: "#2B2B2B",
    QPalette.ColorRole.Base: "#1E1F22",
    QPalette.ColorRole.Text: "#E8E8E8",
    QPalette.ColorRole.WindowText: "#E8E8E8",
    QPalette.ColorRole.Highlight: "#4F9CF9",
}


@pytest.fixture(params=["light", "dark"])
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    """The application's own style sheet, as the program sets it, on a light or dark palette."""
    before = qapp.palette()
    if request.param == "dark":
        palette = QPalette(before)
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        qapp.setPalette(palette)
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(before)


def test_ctrl_2_shows_where_the_focus_is(qtbot, window: MainWindow, styled: None) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = detail(window)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    unfocused = pane.scroll.grab().toImage()
    qtbot.keyClick(window.tree, Qt.Key.Key_2, CTRL)
    assert focused() is pane.scroll
    framed = pane.scroll.grab().toImage()
    highlight = pane.palette().color(pane.palette().ColorRole.Highlight)
    assert framed != unfocused
    assert _edge_colour(framed) == highlight.rgb()
    assert _edge_colour(unfocused) != highlight.rgb()


def _edge_colour(image: QImage) -> int:
    """The colour in the middle of the left edge, where a focus frame is drawn."""
    return image.pixelColor(0, image.height() // 2).rgb()


def test_f8_shows_the_next_red_from_its_title(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1000, 600)
    window.next_red_action.trigger()
    pane = detail(window)
    bar = pane.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.tree, Qt.Key.Key_F8, SHIFT)
    assert bar.value() == 0


def test_a_code_that_is_also_the_name_is_shown_once() -> None:
    assert indicator_label("ECON6", "ECON6") == "ECON6"
    assert indicator_label("ECON6", "ECON6 Employment rate") == "ECON6 Employment rate"
    assert indicator_label("CS1", "Children seen", " — ") == "CS1 — Children seen"
    assert indicator_label(None, "Children seen") == "Children seen"


# --- meeting mode --------------------------------------------------------------------------


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


def test_tab_in_the_meeting_answer_moves_on_instead_of_typing_a_tab(qtbot, mode) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(mode.answer, "Next month")
    qtbot.keyClick(mode.answer, Qt.Key.Key_Tab)
    assert mode.answer.toPlainText() == "Next month"
    assert focused() is not mode.answer and mode.isAncestorOf(focused())


def test_ctrl_3_puts_the_keyboard_in_the_note_being_written(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_3, CTRL)
    assert focused() is controller(window).notes.editor
    qtbot.keyClicks(focused(), "Straight in")
    assert controller(window).notes.editor.toPlainText() == "Straight in"


def test_ctrl_tab_also_leaves_the_figures_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = detail(window)
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    qtbot.keyClick(pane.table, Qt.Key.Key_Tab, CTRL)
    assert focused() is pane.enquiries.rows()[0].button
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert focused() is pane.header.change_rule  # under the chart, above the figures
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, SHIFT)
    assert focused() is pane.chart
