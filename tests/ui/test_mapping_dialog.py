"""The column-mapping dialog: guessed fields, a live preview, and a profile later imports use."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, ParsedScorecard, Period
from desktop.scorecard.store import profiles as import_profiles
from desktop.ui.dialogs import mapping_dialog
from desktop.ui.dialogs.mapping_dialog import MappingDialog, choose_mapping, open_mapping
from desktop.ui.models.mapping_model import PreviewModel, counts_text, preview_rows

HEADINGS = ["PI", "Measure title", "Q1 outturn", "Agreed level", "Goal", "Officer remarks"]
ROWS = [
    ("HS1", "Homeless households prevented", 41, 50, 55, "Fewer cases"),
    ("HS2", "Rent collected", 97.5, 98, 99, "On track"),
    ("WS1", "Household waste recycled", 44, 52, 60, ""),
]


def scorecard(path: Path, rows: Sequence[tuple[object, ...]] = ROWS) -> Path:
    """A quarter's report whose 'Agreed level' column is the real target; 'Goal' is a stretch aim."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q1 report"
    sheet.append(["Quarter 1 performance report 2024/25"])
    sheet.append([])
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def card(tmp_path: Path) -> Path:
    return scorecard(tmp_path / "housing q1.xlsx")


@pytest.fixture
def dialog(qtbot: QtBot, card: Path, store: Store) -> MappingDialog:
    opened = MappingDialog(card, store)
    qtbot.addWidget(opened)
    return opened


def _use_ambition_as_target(dialog: MappingDialog) -> None:
    dialog.set_choice(3, "target")
    dialog.set_choice(4, "ignore")


def test_lists_every_heading_with_the_guessed_field(dialog: MappingDialog) -> None:
    choices = {i: dialog.choice(i) for i in dialog.combos}
    assert [dialog.labels[i].text() for i in dialog.combos] == [
        f"{letter}  {heading}" for letter, heading in zip("ABCDEF", HEADINGS, strict=True)
    ]
    assert choices == {
        0: "code",
        1: "name",
        2: "actual",
        3: "ignore",
        4: "target",
        5: "commentary",
    }


def test_not_used_is_the_first_choice(dialog: MappingDialog) -> None:
    assert dialog.combos[0].itemText(0) == "— not used —"


def test_preview_shows_the_detected_reading(dialog: MappingDialog) -> None:
    first = dialog.model.rows()[0]
    assert (first.code, first.period, first.actual, first.target) == (
        "HS1",
        "Q1 2024/25",
        "41",
        "55",
    )
    assert dialog.summary.text() == "3 indicators, 3 observations"


def test_changing_a_column_updates_the_preview(qtbot: QtBot, dialog: MappingDialog) -> None:
    _use_ambition_as_target(dialog)
    qtbot.waitUntil(lambda: dialog.model.rows()[0].target == "50")
    assert [r.target for r in dialog.model.rows()] == ["50", "98", "52"]


def test_a_changed_heading_is_marked(dialog: MappingDialog) -> None:
    dialog.set_choice(3, "target")
    assert dialog.labels[3].font().bold()
    assert not dialog.labels[4].font().bold()


def test_mapping_holds_only_what_differs_from_detection(dialog: MappingDialog) -> None:
    _use_ambition_as_target(dialog)
    assert dialog.mapping() == {"3": "target", "4": "ignore"}


def test_reset_returns_to_the_guess(dialog: MappingDialog) -> None:
    _use_ambition_as_target(dialog)
    dialog.reset()
    assert (dialog.choice(3), dialog.choice(4)) == ("ignore", "target")


def test_no_values_left_says_so_and_cannot_be_saved(qtbot: QtBot, dialog: MappingDialog) -> None:
    dialog.set_choice(2, "ignore")
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Nothing would be imported"))
    ok = dialog._buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "no indicator" in dialog.summary.text()
    assert not ok.isEnabled()


def test_accepting_saves_a_profile_under_the_file_stem(
    qtbot: QtBot, dialog: MappingDialog, store: Store
) -> None:
    _use_ambition_as_target(dialog)
    dialog.accept()
    assert dialog.profile_name() == "housing q1"
    assert import_profiles.load_profile(store, "housing q1") == {"3": "target", "4": "ignore"}


def test_cancelling_saves_nothing(qtbot: QtBot, dialog: MappingDialog, store: Store) -> None:
    _use_ambition_as_target(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.profile_name() is None
    assert import_profiles.profile_names(store) == []


def test_a_later_file_of_the_same_shape_imports_with_the_profile(
    tmp_path: Path, dialog: MappingDialog, store: Store
) -> None:
    _use_ambition_as_target(dialog)
    dialog.name.setText("Housing quarterly")
    dialog.accept()
    later = scorecard(
        tmp_path / "housing q2.xlsx", [("HS1", "Homeless households prevented", 45, 51, 70, "")]
    )
    report = import_file(store, later)
    assert report.status == "imported", report.error
    assert "saved profile 'Housing quarterly'" in report.warnings[0]
    with store.read_session() as session:
        found = session.execute(
            select(ObservationRow.actual, ObservationRow.target)
            .join(IndicatorRow)
            .where(IndicatorRow.code == "HS1")
        ).one()
    assert tuple(found) == (45.0, 51.0)


def test_reopening_shows_the_saved_choices(qtbot: QtBot, card: Path, store: Store) -> None:
    import_profiles.save_profile(store, "Housing", _signature(card), {"3": "target", "4": "ignore"})
    reopened = MappingDialog(card, store)
    qtbot.addWidget(reopened)
    assert (reopened.choice(3), reopened.choice(4)) == ("target", "ignore")
    assert reopened.name.text() == "Housing"


def test_large_files_are_previewed_on_a_worker(
    qtbot: QtBot, card: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mapping_dialog, "SMALL_CELLS", 0)
    opened = MappingDialog(card, store)
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: not opened.preview_pending())
    _use_ambition_as_target(opened)
    qtbot.waitUntil(lambda: bool(opened.model.rows()) and opened.model.rows()[0].target == "50")
    assert opened.summary.text() == "3 indicators, 3 observations"


def test_every_column_choice_has_an_accessible_name(dialog: MappingDialog) -> None:
    names = [combo.accessibleName() for combo in dialog.combos.values()]
    assert names[1] == "Column B, Measure title: holds"
    assert all(names)


def test_choose_mapping_returns_the_saved_profile_name(
    qtbot: QtBot, card: Path, store: Store
) -> None:
    def accept_it() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, MappingDialog)
        shown.set_choice(3, "target")
        shown.accept()

    QTimer.singleShot(0, accept_it)
    assert choose_mapping(None, card, store) == "housing q1"
    assert import_profiles.load_profile(store, "housing q1") == {"3": "target"}


def test_choose_mapping_refuses_a_missing_file_in_one_line(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert choose_mapping(None, tmp_path / "gone.xlsx", store) is None
    assert len(said) == 1 and "\n" not in said[0] and "does not exist" in said[0]


def _parsed() -> ParsedScorecard:
    import datetime as dt

    quarter = Period("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter")
    observations = [ParsedObservation(quarter, actual=12.5, target=10.0, rag="green")]
    gaps = [ParsedObservation(quarter, actual_text="n/a")]
    return ParsedScorecard(
        path="x.xlsx",
        indicators=[
            ParsedIndicator("Rent collected", code="HS2", unit="%", observations=observations),
            ParsedIndicator("Complaints answered", observations=gaps),
        ],
    )


def test_preview_rows_read_as_the_window_writes_values() -> None:
    rows = preview_rows(_parsed())
    assert [(r.code, r.actual, r.target, r.rag) for r in rows] == [
        ("HS2", "12.5%", "10%", "Green"),
        ("", "n/a", "—", "—"),
    ]


def test_preview_rows_stop_at_the_limit() -> None:
    assert len(preview_rows(_parsed(), limit=1)) == 1


def test_counts_text_is_singular_for_one() -> None:
    parsed = _parsed()
    parsed.indicators.pop()
    assert counts_text(parsed) == "1 indicator, 1 observation"


def test_preview_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = PreviewModel()
    model.set_rows(preview_rows(_parsed()))
    qtmodeltester.check(model, force_py=True)


def _signature(path: Path) -> str:
    from desktop.scorecard.layout import find as layout
    from desktop.scorecard.read.workbook import read_workbook

    found = layout.signature(read_workbook(path))
    assert found is not None
    return found


def test_a_change_just_before_enter_is_checked_before_saving(
    qtbot: QtBot, dialog: MappingDialog, store: Store
) -> None:
    dialog.set_choice(2, "ignore")
    dialog.accept()
    assert dialog.profile_name() is None
    assert import_profiles.profile_names(store) == []


def test_tab_runs_from_the_columns_to_the_profile_name(qtbot: QtBot, dialog: MappingDialog) -> None:
    order = [
        dialog.combos[5],
        dialog.reset_button,
        dialog.table,
        dialog.warnings,
        dialog.name,
    ]
    assert [_next_focusable(w) for w in order[:-1]] == order[1:]


def test_enter_on_a_column_choice_saves_and_closes(
    qtbot: QtBot, dialog: MappingDialog, store: Store
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.combos[0], Qt.Key.Key_Return)
    assert dialog.profile_name() == "housing q1"


def _next_focusable(widget: Any) -> Any:
    found = widget.nextInFocusChain()
    while not found.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found = found.nextInFocusChain()
    return found


def test_open_mapping_reports_the_saved_name_without_blocking(
    qtbot: QtBot, card: Path, store: Store
) -> None:
    saved: list[str] = []
    opened = open_mapping(None, card, store, saved.append)
    assert opened is not None and opened.isVisible()
    opened.accept()
    assert saved == ["housing q1"]


def test_saving_over_another_shapes_profile_needs_a_yes(
    dialog: MappingDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_profiles.save_profile(store, "housing q1", "another-shape", {"0": "code"})
    asked: list[str] = []

    def say_no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    dialog.accept()
    assert dialog.profile_name() is None
    assert "already saved for files with other headings" in asked[0]
    assert import_profiles.load_profile(store, "housing q1") == {"0": "code"}


def test_every_widget_has_an_accessible_name(dialog: MappingDialog) -> None:
    unnamed = [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLabel | QComboBox | QLineEdit | QPushButton | QAbstractItemView)
        and not w.accessibleName()
        and not _inside_a_combo(w)
    ]
    assert unnamed == []


def _inside_a_combo(widget: QWidget) -> bool:
    """A combo box's own pop-up list, which the combo box's name speaks for."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False
