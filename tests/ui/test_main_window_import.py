"""Importing from the window: File > Import, the welcome screen, drops, passwords, reports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.ui.dialogs import import_flow
from desktop.ui.dialogs.password import PasswordDialog
from desktop.ui.main_window import MainWindow


def housing_scorecard(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Code", "Indicator", "Portfolio", "Polarity", "Target", "Q1 2024/25",
               "Q2 2024/25", "RAG"])  # fmt: skip
    ws.append(["HS1", "Households in temporary accommodation", "Housing", "Lower is better",
               100, 120, 140, "Red"])  # fmt: skip
    ws.append(["HS2", "Repairs completed on time", "Housing", "Higher is better",
               90, 92, 95, "Green"])  # fmt: skip
    wb.save(path)
    return path


@pytest.fixture
def window_store(store: Store) -> Store:
    return store


def choose_files(monkeypatch: pytest.MonkeyPatch, *files: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(f) for f in files], "")),
    )  # fmt: skip


def test_file_import_fills_the_tree(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, housing_scorecard(tmp_path / "housing.xlsx"))
    window.import_action.trigger()
    assert window.tree_model.indicator_count() == 2
    assert window.stack.currentWidget() is window.splitter


def test_import_shows_a_report(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, housing_scorecard(tmp_path / "housing.xlsx"))
    window.import_action.trigger()
    report = window.import_flow.report_dialog
    assert report is not None and report.isVisible()
    assert report.headline.text() == "1 of 1 file imported."
    assert report.lines[0].indicators == 2


def test_importing_the_same_file_again_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, housing_scorecard(tmp_path / "housing.xlsx"))
    window.import_action.trigger()
    window.import_flow.report_dialog.close()  # type: ignore[union-attr]
    window.import_action.trigger()
    assert window.import_flow.report_dialog.lines[0].status == "unchanged"  # type: ignore[union-attr]


def test_refused_file_is_reported_with_its_reason(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_text("just some words\nand more words\n", encoding="utf-8")
    choose_files(monkeypatch, bad)
    window.import_action.trigger()
    line = window.import_flow.report_dialog.lines[0]  # type: ignore[union-attr]
    assert line.status == "refused"
    assert line.error
    assert window.stack.currentWidget() is window.welcome


def test_imported_files_join_the_recent_list(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = housing_scorecard(tmp_path / "housing.xlsx")
    choose_files(monkeypatch, path)
    window.import_action.trigger()
    assert window.recent_files() == [str(path.resolve())]
    assert any(a.text().endswith("housing.xlsx") for a in window.recent_menu.actions())


def test_welcome_sample_button_imports_the_sample(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.tree_model.indicator_count() > 0
    assert window.stack.currentWidget() is window.splitter


def test_dropping_a_scorecard_imports_it(window: MainWindow, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(housing_scorecard(tmp_path / "housing.xlsx")))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert window.tree_model.indicator_count() == 2


def test_dropping_other_files_is_ignored(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "picture.png"
    other.write_bytes(b"not a scorecard")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert window.import_flow.report_dialog is None


PROTECTED = "gen__encrypted_agile_password_Scrutineer-2025.xlsx"


def type_into_prompt(qtbot: QtBot, window: MainWindow, text: str) -> PasswordDialog:
    """Type ``text`` into the password prompt the import is waiting on, then press Enter."""
    qtbot.waitUntil(lambda: window.import_flow.password_dialog is not None)
    dialog = window.import_flow.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog
    assert not window.import_flow.progress.isVisible()
    qtbot.keyClicks(dialog.field(), text)
    qtbot.keyClick(dialog.field(), Qt.Key.Key_Return)
    return dialog


@pytest.mark.corpus
def test_protected_workbook_asks_for_the_password_without_the_progress_box_in_the_way(
    qtbot: QtBot, window: MainWindow, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, corpus / "edge" / PROTECTED)
    window.import_action.trigger()
    qtbot.wait(600)  # longer than the progress box waits before it shows itself
    prompt = type_into_prompt(qtbot, window, "Scrutineer-2025")
    assert PROTECTED in prompt.labelText() and "--password" not in prompt.labelText()
    qtbot.waitUntil(lambda: window.tree_model.indicator_count() == 1)
    report = window.import_flow.report_dialog
    assert report is not None and report.lines[0].status == "imported"


@pytest.mark.corpus
def test_a_wrong_password_is_said_to_be_wrong_and_asked_again(
    qtbot: QtBot, window: MainWindow, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, corpus / "edge" / PROTECTED)
    window.import_action.trigger()
    first = type_into_prompt(qtbot, window, "scrutineer-2024")
    qtbot.waitUntil(lambda: window.import_flow.password_dialog not in (None, first))
    again = window.import_flow.password_dialog
    assert again is not None and "wrong" in again.labelText()
    type_into_prompt(qtbot, window, "Scrutineer-2025")
    qtbot.waitUntil(lambda: window.tree_model.indicator_count() == 1)


@pytest.mark.corpus
def test_declining_the_password_refuses_the_file_without_command_line_advice(
    qtbot: QtBot, window: MainWindow, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, corpus / "edge" / PROTECTED)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.import_flow.password_dialog is not None)
    prompt = window.import_flow.password_dialog
    assert prompt is not None
    qtbot.keyClick(prompt.field(), Qt.Key.Key_Escape)
    report = window.import_flow.report_dialog
    assert report is not None and report.lines[0].status == "refused"
    assert "type the password when asked" in report.summary.toPlainText()
    assert "--" not in report.summary.toPlainText()
    assert window.tree_model.indicator_count() == 0


def many_areas(path: Path) -> Path:
    path.write_text(
        "Area,Indicator,Period,Value\n"
        "Trafford,Active adults,2019/20,65\nStockport,Active adults,2019/20,60\n"
        "England,Active adults,2019/20,62\nTrafford,Active adults,2020/21,66\n"
        "Stockport,Active adults,2020/21,61\nEngland,Active adults,2020/21,63\n",
        encoding="utf-8",
    )
    return path


def test_many_area_file_asks_which_area(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def choose(_parent: object, _name: str, areas: list[str]) -> str:
        offered.append(areas)
        return "Trafford"

    monkeypatch.setattr(import_flow.area_prompt, "ask_area", choose)
    choose_files(monkeypatch, many_areas(tmp_path / "areas.csv"))
    window.import_action.trigger()
    assert "Trafford" in offered[0] and "Stockport" in offered[0]
    assert window.tree_model.indicator_count() == 1


def test_declining_the_area_refuses_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_flow.area_prompt, "ask_area", lambda *a: None)
    choose_files(monkeypatch, many_areas(tmp_path / "areas.csv"))
    window.import_action.trigger()
    report = window.import_flow.report_dialog
    assert report is not None and report.lines[0].status == "refused"
    assert "choose one when asked" in report.summary.toPlainText()
    assert "--area" not in report.summary.toPlainText()


def test_report_text_escapes_and_caps_warnings() -> None:
    from desktop.ui.dialogs.import_report import ReportLine, report_html

    line = ReportLine("a<b>.csv", "imported", 1, 2, tuple(f"w{i}" for i in range(5)), None)
    text = report_html([line], shown_warnings=3)
    assert "a&lt;b&gt;.csv" in text
    assert "<li>w2</li>" in text and "w3" not in text
    assert "… and 2 more" in text


def untargeted_scorecard(path: Path) -> Path:
    """No target column, and many cells that are not numbers: a long list of cell notes."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Code", "Indicator", "Portfolio", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"])
    for n in range(1, 31):  # a few words among the figures: notes, not a doubtful column
        q2 = "tbc" if n % 4 == 0 else 20 + n
        q3 = "to follow" if n % 4 == 1 else 30 + n
        ws.append([f"HS{n}", f"Housing measure {n}", "Housing", 10 + n, q2, q3])
    wb.save(path)
    return path


def test_the_report_puts_what_matters_first_and_folds_the_cell_notes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_files(monkeypatch, untargeted_scorecard(tmp_path / "housing.xlsx"))
    window.import_action.trigger()
    report = window.import_flow.report_dialog
    assert report is not None
    summary = report.summary.toPlainText()
    assert "no targets in this file" in summary
    assert "Scorecard!" not in summary  # no cell-by-cell lines before what matters
    assert "notes on single cells or rows — under Details" in summary
    assert report.details_toggle.isVisible() and not report.details.isVisible()
    report.details_toggle.setFocus()
    qtbot.keyClick(report.details_toggle, Qt.Key.Key_Space)
    assert report.details.isVisible()
    assert "Scorecard!F2: 'to follow' is not a number" in report.details.toPlainText()


def test_the_report_never_gives_command_line_advice() -> None:
    from desktop.ui.dialogs.import_report import window_words

    for message in (
        "budget.xlsx is password-protected — give the password (--password) or save a copy",
        "areas.csv holds 3 areas (Trafford, Stockport, England) — choose one with --area NAME",
        "area 'Traford' is not in areas.csv — it holds Trafford; check the spelling with --area NAME",
        "Scorecard: no area column — --area Trafford is not needed",
    ):
        assert "--" not in (window_words(message) or "")


def test_after_the_first_import_the_keyboard_is_in_the_tree(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the welcome screen by keyboard: Ctrl+I, the report, Escape; the arrow keys then
    walk the indicators (not type into a note somewhere below)."""
    choose_files(monkeypatch, housing_scorecard(tmp_path / "housing.xlsx"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.welcome
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    report = window.import_flow.report_dialog
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    qtbot.keyClick(report, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    view = window.current_view()
    assert view is not None and view.code == "HS1"
