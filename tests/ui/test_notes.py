"""Notes pane: typed notes reach the store without a save, survive the window, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers
from tests.ui.annotation_helpers import (
    controller,
    import_sample,
    red_code,
    select_code,
)


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def stored_notes(path: Path, indicator_id: int) -> list[str]:
    fresh = Store.open(path)
    try:
        with fresh.read_session() as s:
            return [n.text for n in annotations.list_notes(s, indicator_id)]
    finally:
        fresh.close()


def test_typed_note_is_in_the_store_after_the_pause_without_a_save(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Ask about agency staff")
    qtbot.waitUntil(
        lambda: not pane.autosave.timer.isActive() and pane.current_note_id() is not None
    )
    # The window is still open and nothing was saved by hand: as if the laptop died now.
    assert stored_notes(window.store.path, indicator_id) == ["Ask about agency staff"]


def test_closing_the_window_saves_text_typed_just_before(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Typed a moment before closing")
    assert pane.autosave.timer.isActive()
    window.close()
    assert stored_notes(window.store.path, indicator_id) == ["Typed a moment before closing"]


def test_undo_takes_the_new_note_away(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "To be undone")
    qtbot.waitUntil(lambda: pane.current_note_id() is not None)
    window.undo_stack.undo()
    assert stored_notes(window.store.path, indicator_id) == []
    assert pane.editor.toPlainText() == ""


def test_redo_brings_the_note_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Back again")
    qtbot.waitUntil(lambda: pane.current_note_id() is not None)
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert stored_notes(window.store.path, indicator_id) == ["Back again"]


def test_undo_of_an_edit_restores_the_earlier_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "First")
    pane.flush()
    pane.exempt.setChecked(True)
    window.undo_stack.undo()
    assert stored_notes(window.store.path, indicator_id) == ["First"]
    assert not pane.exempt.isChecked()


def test_exempt_checkbox_is_stored(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    pane.exempt.setChecked(True)
    qtbot.keyClicks(pane.editor, "Legal advice on the contract")
    pane.flush()
    with window.store.read_session() as s:
        notes = annotations.list_notes(s, indicator_id)
    assert [(n.text, n.exempt) for n in notes] == [("Legal advice on the contract", True)]


def test_choosing_another_indicator_saves_the_note(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Half a thought")
    other = next(v.code for v in window.views.values() if v.id != first and v.code)
    select_code(window, other)
    assert stored_notes(window.store.path, first) == ["Half a thought"]
    assert pane.editor.toPlainText() == ""


def test_history_shows_earlier_notes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Remember the inspection")
    pane.flush()
    lines = [pane.history.item(i).text() for i in range(pane.history.count())]
    assert any("Remember the inspection" in line for line in lines)


def test_red_for_several_periods_links_back_to_what_was_said(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window, streak=2))
    with window.store.session() as s:
        annotations.add_note(s, indicator_id, "Officers promised a recovery plan")
    pane = controller(window).notes
    pane.set_indicator(window.views[indicator_id])
    assert pane.earlier.isVisibleTo(window)
    assert "recovery plan" in pane.earlier.text()


def test_a_reload_keeps_the_note_being_edited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Still editing")
    pane.flush()
    note_id = pane.current_note_id()
    window.reload()
    assert (pane.current_note_id(), pane.editor.toPlainText()) == (note_id, "Still editing")


def test_ctrl_z_in_a_freshly_loaded_note_undoes_the_last_saved_change(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Written then undone by keyboard")
    pane.flush()
    pane.set_indicator(None)
    select_code(window, red_code(window))
    pane.set_indicator(window.views[indicator_id])
    pane.list.setCurrentRow(0)
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes(window.store.path, indicator_id) == []


def test_notes_load_and_save_with_background_workers(qtbot, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import_sample(store)
    window = MainWindow(store, data_dir=data_dir, workers=Workers(), remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    qtbot.waitUntil(lambda: bool(window.views), timeout=20000)
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "Typed while the list loads")
    qtbot.waitUntil(lambda: pane.list.count() == 1, timeout=10000)
    assert stored_notes(store.path, indicator_id) == ["Typed while the list loads"]
    window.close()


def test_typing_after_ticking_exempt_is_a_separate_undo_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    qtbot.keyClicks(pane.editor, "One")
    pane.flush()
    pane.exempt.setChecked(True)
    qtbot.keyClicks(pane.editor, " two")
    pane.flush()
    window.undo_stack.undo()
    with window.store.read_session() as s:
        (note,) = annotations.list_notes(s, indicator_id)
    assert (note.text, note.exempt) == ("One", True)


def test_what_was_said_before_does_not_echo_the_note_being_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    indicator_id = select_code(window, red_code(window, streak=2))
    with window.store.session() as s:
        annotations.add_note(s, indicator_id, "Officers promised a recovery plan")
    pane = controller(window).notes
    pane.set_indicator(window.views[indicator_id])
    pane.new_note()
    qtbot.keyClicks(pane.editor, "Ask who signs the plan off")
    qtbot.waitUntil(lambda: pane.current_note_id() is not None and not pane.autosave.dirty)
    pane.reload()
    qtbot.waitUntil(lambda: "recovery plan" in pane.earlier.text())
    assert "who signs" not in pane.earlier.text()
    assert "1 note" in pane.earlier.text()
    assert pane.editor.toPlainText() == "Ask who signs the plan off"
