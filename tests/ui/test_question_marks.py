"""The tree's "?" mark follows a question written or closed in the window at once,
redrawing only that indicator's row, and nothing is left to run once the window has closed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.autosave import SAVE_DELAY_MS
from desktop.ui.main_window import MainWindow
from desktop.ui.models.portfolio_tree import COL_NAME, IndicatorIdRole

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def tree_row(window: MainWindow, indicator_id: int) -> QModelIndex:
    """The indicator's name cell as the tree view shows it (through the filter)."""
    source = window.tree_model.index_of_indicator(indicator_id, COL_NAME)
    index = window.proxy.mapFromSource(source)
    assert index.isValid()
    return index


def pause(qtbot: QtBot) -> None:
    """Longer than any timer of the editors: what was typed is saved."""
    qtbot.wait(SAVE_DELAY_MS * 3)


def test_a_question_typed_then_withdrawn_marks_and_unmarks_its_row_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_tree()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)  # the first red indicator
    view = window.current_view()
    assert view is not None and view.open_questions == 0
    row = tree_row(window, view.id)
    assert "?" not in row.data()
    changed_rows: list[int] = []
    window.tree_model.dataChanged.connect(
        lambda first, last, _roles: changed_rows.extend(
            int(first.sibling(r, 0).data(IndicatorIdRole))
            for r in range(first.row(), last.row() + 1)
        )
    )

    tab = window.annotations.questions
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the notes and questions
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, ALT)  # the Questions tab
    qtbot.waitUntil(lambda: window.annotations.tabs.currentWidget() is tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, ALT)  # New question
    qtbot.waitUntil(tab.text.hasFocus)
    qtbot.keyClicks(tab.text, "Why has the figure fallen ")
    pause(qtbot)
    qtbot.waitUntil(lambda: "?" in tree_row(window, view.id).data())
    row = tree_row(window, view.id)
    assert row.data(TOOLTIP).endswith("?  1 open question.")
    assert row.data(ACCESSIBLE).endswith("1 open question")
    assert set(changed_rows) == {view.id}  # that row alone was redrawn
    qtbot.keyClicks(tab.text, "since the spring?")
    pause(qtbot)
    assert tab.text.toPlainText() == "Why has the figure fallen since the spring?"
    assert tab.text.hasFocus()  # the mark moved, the typing did not
    assert window.current_view() is not None and window.current_view().id == view.id  # type: ignore[union-attr]

    # the Open questions filter, ticked now, finds it by the new count
    questions = window.filter_bar.toggles["questions"]
    questions.setFocus()
    qtbot.keyClick(questions, Qt.Key.Key_Space)
    assert questions.isChecked()
    assert window.proxy.mapFromSource(window.tree_model.index_of_indicator(view.id)).isValid()
    qtbot.keyClick(questions, Qt.Key.Key_Space)

    # withdrawn: the mark goes
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(tab.text.hasFocus)
    qtbot.keyClick(tab.text, Qt.Key.Key_S, ALT)  # the Status list
    qtbot.waitUntil(tab.status.hasFocus)
    qtbot.keyClicks(tab.status, "W")  # Withdrawn, chosen by its first letter
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.status == "withdrawn")
    qtbot.waitUntil(lambda: "?" not in tree_row(window, view.id).data())
    assert tree_row(window, view.id).data(TOOLTIP).count("open question") == 0
    assert set(changed_rows) == {view.id}


def test_nothing_is_left_to_mark_the_tree_after_the_window_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A question typed and the window closed straight after: the last save happens as it
    closes, and no timer is left to read the store once it is closed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_tree()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    view = window.current_view()
    assert view is not None
    tab = window.annotations.questions
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(lambda: window.annotations.tabs.currentWidget() is tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(tab.text.hasFocus)
    qtbot.keyClicks(tab.text, "Typed just before closing")
    assert "?" not in tree_row(window, view.id).data()  # not saved yet: no pause
    window.close()  # saves what was typed, and marks the tree in that same turn
    assert "?" in tree_row(window, view.id).data()
    window.store.close()  # as the application does once its window is gone
    pause(qtbot)  # anything left behind to read the store would run (and fail) here
    assert not window.isVisible()
