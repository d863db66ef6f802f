"""Dates typed from the keyboard the way people write them: day, month, year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import annotations
from desktop.ui.date_entry import DateEntry
from desktop.ui.main_window import MainWindow
from desktop.ui.team_wiring import REFRESH_AFTER_EDIT_MS
from tests.ui.annotation_helpers import controller

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PAUSE_MS = max(REFRESH_AFTER_EDIT_MS, 1500) + 300  # longer than any timer of the window


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def type_slowly(qtbot: QtBot, text: str, pause_after: int) -> None:
    """Type ``text`` into whatever has the keyboard, a key at a time, pausing once."""
    for i, char in enumerate(text):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, char)
        if i == pause_after:
            qtbot.wait(PAUSE_MS)


def test_held_on_takes_a_date_typed_day_month_year_with_a_pause(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL)  # Meetings…
    dialog = controller(window).meeting_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)  # a new meeting
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # Na&me
    assert QApplication.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "March scrutiny")
    qtbot.keyClick(dialog.name, Qt.Key.Key_H, ALT)  # &Held on: ticks it
    qtbot.waitUntil(dialog.has_date.isChecked)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date
    type_slowly(qtbot, "12 March 2026", pause_after=4)  # a pause after '12 Ma', as people do
    assert dialog.date.words.text() == "Thursday 12 March 2026"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    with window.store.read_session() as s:
        (meeting,) = annotations.list_meetings(s)
    assert (meeting.name, meeting.held_on) == ("March scrutiny", dt.date(2026, 3, 12))
    dialog.close()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/3/2026", dt.date(2026, 3, 12)),
        ("12/03/2026", dt.date(2026, 3, 12)),
        ("5/3/26", dt.date(2026, 3, 5)),
        ("05.03.2026", dt.date(2026, 3, 5)),
        ("12 03 2026", dt.date(2026, 3, 12)),
        ("12-3-2026", dt.date(2026, 3, 12)),
        ("12032026", dt.date(2026, 3, 12)),
        ("31/1/2027", dt.date(2027, 1, 31)),  # 31 typed while the box showed June
        ("1/12/25", dt.date(2025, 12, 1)),
        ("12 March 2026", dt.date(2026, 3, 12)),  # the month in words
        ("5 mar 26", dt.date(2026, 3, 5)),
        ("1 Sept 2026", dt.date(2026, 9, 1)),
        ("31 Jan 2027", dt.date(2027, 1, 31)),
        ("5 Mawrth 2026", dt.date(2026, 3, 5)),  # and in Welsh
    ],
)
def test_a_date_typed_as_people_write_it_is_read_day_month_year(
    qtbot: QtBot, typed: str, expected: dt.date
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    before = QLineEdit(holder)
    entry = DateEntry(holder)
    entry.setAccessibleName("Meeting date")
    layout = QVBoxLayout(holder)
    for widget in (before, entry, entry.words):
        layout.addWidget(widget)
    entry.setDate(QDate(2025, 6, 20))
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert entry.hasFocus()
    type_slowly(qtbot, typed, pause_after=1)
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert entry.date().toPython() == expected
    assert entry.words.text().endswith(f"{expected.day} {expected:%B %Y}")
    assert entry.words.accessibleName() == "Meeting date in words"
