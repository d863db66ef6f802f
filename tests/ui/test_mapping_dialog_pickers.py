"""The area and sheet pickers: type to filter, arrows to move, Enter to choose, Escape to cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.scorecard.layout.choices import list_areas
from desktop.scorecard.read.workbook import read_workbook
from desktop.ui.dialogs.area_dialog import PickerDialog, area_items, choose_area, choose_sheet

AREAS = ["Bolton", "Trafford", "Wigan", "Wirral", "England", "North West"]


def _drive(qtbot: QtBot, steps: Callable[[PickerDialog], None]) -> None:
    """Once the modal picker is up, act on it as a keyboard user would."""

    def act() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, PickerDialog)
        steps(shown)

    def give_up() -> None:  # a failed step must not leave the test waiting on a modal dialog
        shown = QApplication.activeModalWidget()
        if shown is not None:
            shown.close()

    QTimer.singleShot(0, act)
    QTimer.singleShot(5000, give_up)


@pytest.fixture
def picker(qtbot: QtBot) -> PickerDialog:
    dialog = PickerDialog(area_items(AREAS), title="Choose an area", prompt="Pick", noun="area")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_typing_filters_the_list(qtbot: QtBot, picker: PickerDialog) -> None:
    qtbot.keyClicks(picker.filter, "wi")
    assert picker.shown_values() == ["Wigan", "Wirral"]
    assert picker.count.text() == "2 of 6 areas"


def test_first_match_is_selected(qtbot: QtBot, picker: PickerDialog) -> None:
    qtbot.keyClicks(picker.filter, "wi")
    assert picker.current_value() == "Wigan"


def test_down_arrow_in_the_filter_moves_through_the_list(
    qtbot: QtBot, picker: PickerDialog
) -> None:
    qtbot.keyClicks(picker.filter, "wi")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.current_value() == "Wirral"


def test_groups_say_they_are_comparison_groups() -> None:
    assert area_items(["England", "Bolton"]) == [
        ("England", "England — comparison group"),
        ("Bolton", "Bolton"),
    ]


def test_nothing_matching_cannot_be_chosen(qtbot: QtBot, picker: PickerDialog) -> None:
    qtbot.keyClicks(picker.filter, "zzz")
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert picker.count.text() == "0 of 6 areas"
    assert not ok.isEnabled()


def test_choose_area_returns_what_was_typed_and_entered(qtbot: QtBot) -> None:
    def type_and_enter(dialog: PickerDialog) -> None:
        qtbot.keyClicks(dialog.filter, "traf")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    _drive(qtbot, type_and_enter)
    assert choose_area(None, AREAS, file_name="neet.csv") == "Trafford"


def test_enter_in_the_list_chooses_the_current_area(qtbot: QtBot) -> None:
    def arrow_and_enter(dialog: PickerDialog) -> None:
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    _drive(qtbot, arrow_and_enter)
    assert choose_area(None, AREAS, file_name="neet.csv") == "Trafford"


def test_escape_chooses_nothing(qtbot: QtBot) -> None:
    _drive(qtbot, lambda dialog: qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape))
    assert choose_area(None, AREAS, file_name="neet.csv") is None


def test_choose_sheet_starts_on_the_first_data_sheet(qtbot: QtBot) -> None:
    sheets = [("Notes", False), ("LA_incidents", True), ("LA_actions", True)]
    _drive(qtbot, lambda dialog: qtbot.keyClick(dialog.filter, Qt.Key.Key_Return))
    assert choose_sheet(None, sheets, file_name="flytipping.xlsx") == "LA_incidents"


def test_sheets_without_a_table_say_so(qtbot: QtBot) -> None:
    dialog = PickerDialog(
        [("Notes", "Notes — no indicator table found")], title="t", prompt="p", noun="sheet"
    )
    qtbot.addWidget(dialog)
    assert dialog.list.currentIndex().data() == "Notes — no indicator table found"


def test_widgets_have_accessible_names(picker: PickerDialog) -> None:
    assert (picker.filter.accessibleName(), picker.list.accessibleName()) == (
        "Filter the areas",
        "Areas",
    )


def test_trafford_is_found_among_the_real_file_areas(qtbot: QtBot, corpus: Path) -> None:
    areas = list_areas(read_workbook(corpus / "real" / "trafford__active_adults.csv"))

    def type_and_enter(dialog: PickerDialog) -> None:
        qtbot.keyClicks(dialog.filter, "Trafford")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Enter)

    _drive(qtbot, type_and_enter)
    assert choose_area(None, areas, file_name="active_adults.csv") == "Trafford"


def test_every_picker_widget_has_an_accessible_name(picker: PickerDialog) -> None:
    unnamed = [
        type(w).__name__
        for w in picker.findChildren(QWidget)
        if isinstance(w, QLabel | QLineEdit | QPushButton | QAbstractItemView)
        and not w.accessibleName()
    ]
    assert unnamed == []
