"""What the notes pane shows about a note: exempt marked in words, times on the local clock."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.models import NoteRow
from db.store import Store
from desktop import annotations
from desktop.ui.autosave import SAVE_DELAY_MS
from desktop.ui.main_window import MainWindow
from desktop.ui.views.notes_pane import EXEMPT_MARK
from desktop.wording import long_date
from tests.ui.annotation_helpers import (
    controller,
    import_sample,
    open_window,
    red_code,
    select_code,
)


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine whose clock is five hours behind UTC in winter."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    import_sample(store)
    return open_window(qtbot, store, data_dir)


def test_an_exempt_note_is_marked_in_words_in_the_history(window: MainWindow) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        annotations.add_note(s, indicator_id, "Legal advice on the contract", exempt=True)
        annotations.add_note(s, indicator_id, "Open remark")
    pane = controller(window).notes
    pane.reload()
    lines = [pane.history.item(i).text() for i in range(pane.history.count())]
    exempt = [line for line in lines if "Legal advice" in line]
    open_ = [line for line in lines if "Open remark" in line]
    assert len(exempt) == 1 and exempt[0].startswith(f"[{EXEMPT_MARK}]")
    assert len(open_) == 1 and EXEMPT_MARK not in open_[0]


def test_note_times_are_shown_on_the_local_clock(window: MainWindow, new_york: None) -> None:
    indicator_id = select_code(window, red_code(window))
    with window.store.session() as s:
        note = annotations.add_note(s, indicator_id, "Written in winter")
        row_id = note.id
    with window.store.session() as s:
        row = s.get(NoteRow, row_id)
        assert row is not None
        row.created_at = row.updated_at = dt.datetime(2026, 1, 14, 18, 5)  # stored as UTC
    pane = controller(window).notes
    pane.reload(select=row_id)
    assert "14 January 2026, 13:05" in pane.stamp.text()
    assert "UTC" not in pane.stamp.text()
    assert pane.list.item(0).text().endswith("14 January 2026, 13:05")


def test_a_note_typed_with_a_pause_says_when_it_was_saved_in_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_code(window, red_code(window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pane = controller(window).notes
    typing = QApplication.focusWidget()
    assert typing is pane.editor
    qtbot.keyClicks(typing, "Ask about agency")
    qtbot.wait(SAVE_DELAY_MS + 1000)  # longer than the save's wait
    qtbot.keyClicks(typing, " staff")
    qtbot.waitUntil(lambda: "Saved" in pane.stamp.text())
    today = dt.datetime.now()
    assert long_date(today) in pane.stamp.text()
    assert pane.editor.toPlainText() == "Ask about agency staff"
