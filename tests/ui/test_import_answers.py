"""File > Import answers…: a tracker exported from the window, filled in, read back in."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import QuestionRow
from db.store import Store
from desktop.ui.main_window import MainWindow
from tests.ui.export_dialog_helpers import export_via_dialog

ANSWER = "Reviews now run weekly; the backlog clears by June."


@pytest.fixture
def window_store(seeded: Store) -> Store:
    return seeded


def exported_tracker(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Path:
    out = export_via_dialog(qtbot, window, tmp_path / "tracker.xlsx", fmt="xlsx")
    assert out is not None
    window.export_flow.message.close()  # type: ignore[union-attr]
    return out


def answer_in_tracker(path: Path, question: str, answer: str, status: str) -> None:
    """Fill a question's Answer and Status cells as an officer would in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book["Questions"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("Question")].value == question:
            row[header.index("Answer")].value = answer
            row[header.index("Status")].value = status
            break
    else:
        raise AssertionError(f"no row for {question!r} in the tracker")
    book.save(path)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def stored_question(store: Store, text: str) -> QuestionRow:
    with store.read_session() as s:
        row = s.scalars(select(QuestionRow).where(QuestionRow.text == text)).one()
        s.expunge(row)
        return row


def test_answers_filled_in_the_tracker_reach_the_store(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = exported_tracker(qtbot, window, tmp_path)
    answer_in_tracker(tracker, "Question 1", ANSWER, "Answered")
    choose_file(monkeypatch, tracker)
    window.import_answers_action.trigger()
    question = stored_question(window.store, "Question 1")
    assert (question.status, question.answer) == ("answered", ANSWER)


def test_import_answers_reports_what_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = exported_tracker(qtbot, window, tmp_path)
    answer_in_tracker(tracker, "Question 2", ANSWER, "Answered")
    choose_file(monkeypatch, tracker)
    window.import_answers_action.trigger()
    message = window.answers_flow.message
    assert message is not None
    assert message.text().startswith("1 question and 0 actions updated")


def test_refused_rows_are_listed_in_the_details(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = exported_tracker(qtbot, window, tmp_path)
    answer_in_tracker(tracker, "Question 1", ANSWER, "Sorted")
    choose_file(monkeypatch, tracker)
    window.import_answers_action.trigger()
    message = window.answers_flow.message
    assert message is not None and "1 row refused" in message.text()
    assert "unknown status 'Sorted'" in message.detailedText()


def test_the_window_reloads_after_answers_come_in(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = exported_tracker(qtbot, window, tmp_path)
    answer_in_tracker(tracker, "Question 1", ANSWER, "Answered")
    choose_file(monkeypatch, tracker)
    with qtbot.waitSignal(window.views_loaded, timeout=10000):
        window.import_answers_action.trigger()


def test_a_file_that_is_not_a_tracker_is_one_line(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    choose_file(monkeypatch, bad)
    window.import_answers_action.trigger()
    message = window.answers_flow.message
    assert message is not None and message.text().startswith("Could not import answers:")
    assert "\n" not in message.text()


def test_import_answers_has_its_own_shortcut(window: MainWindow) -> None:
    shortcut = window.import_answers_action.shortcut()
    assert shortcut == QKeySequence("Ctrl+Shift+I")
    file_menu = window.file_menu
    assert window.import_answers_action in file_menu.actions()
