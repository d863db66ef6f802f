"""The RAG tolerance dialog on a real window: the rule in words, a preview, and the tree follows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.catalogue import IndicatorView
from desktop.tolerances import default_tolerance, indicator_tolerance
from desktop.ui.dialogs.tolerance_dialog import ToleranceDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.portfolio_tree import RagRole
from tests.ui.annotation_helpers import unnamed

AMBER_CODE = "CS3"  # 76% against 80%: amber by the default rule, red with no amber


def indicator_id(window: MainWindow, code: str) -> int:
    return next(v.id for v in window.views.values() if v.code == code)


def tree_rag(window: MainWindow, code: str) -> str | None:
    index = window.tree_model.index_of_indicator(indicator_id(window, code))
    value = index.data(RagRole)
    return None if value is None else str(value)


def open_for(window: MainWindow, code: str) -> ToleranceDialog:
    assert window.tree.select_indicator(indicator_id(window, code))
    window.tolerance_action.trigger()
    dialog: ToleranceDialog = window.tolerance_dialog
    return dialog


def press_ok(qtbot, window: MainWindow, dialog: ToleranceDialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.views_loaded):
        ok.click()


def test_the_action_is_ctrl_t_in_the_edit_menu(window: MainWindow) -> None:
    edit = window.edit_menu
    assert window.tolerance_action in edit.actions()
    assert window.tolerance_action.shortcut() == QKeySequence("Ctrl+T")


def test_dialog_says_the_current_rule_in_words(window: MainWindow) -> None:
    dialog = open_for(window, AMBER_CODE)
    assert dialog.current.text() == (
        "Now: Green on or better than target; amber within 10% of the target; red otherwise."
    )


def test_preview_names_the_latest_figure_and_its_colour(window: MainWindow) -> None:
    dialog = open_for(window, AMBER_CODE)
    assert "the latest figure (76% against 80%) is Amber" in dialog.preview.text()


def test_zero_amber_previews_red_before_saving(window: MainWindow) -> None:
    dialog = open_for(window, AMBER_CODE)
    dialog.use_own.setChecked(True)
    dialog.own.amber.setValue(0)
    assert dialog.preview.text().endswith("is Red")


def test_zero_tolerance_turns_the_tree_red(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert tree_rag(window, AMBER_CODE) == "amber"
    dialog = open_for(window, AMBER_CODE)
    dialog.use_own.setChecked(True)
    dialog.own.amber.setValue(0)
    press_ok(qtbot, window, dialog)
    assert tree_rag(window, AMBER_CODE) == "red"


def test_saved_rule_is_the_indicators_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_for(window, AMBER_CODE)
    dialog.use_own.setChecked(True)
    dialog.own.amber.setValue(0)
    press_ok(qtbot, window, dialog)
    with window.store.read_session() as s:
        own = indicator_tolerance(s, indicator_id(window, AMBER_CODE))
    assert own is not None and own.amber == 0


def test_default_tab_changes_every_indicator(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_for(window, AMBER_CODE)
    dialog.default_editor.amber.setValue(2)
    press_ok(qtbot, window, dialog)
    with window.store.read_session() as s:
        assert default_tolerance(s).amber == 2
    assert tree_rag(window, AMBER_CODE) == "red"


def test_own_rule_can_be_given_back_to_the_default(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = open_for(window, AMBER_CODE)
    first.use_own.setChecked(True)
    first.own.amber.setValue(0)
    press_ok(qtbot, window, first)
    second = open_for(window, AMBER_CODE)
    second.use_default.setChecked(True)
    press_ok(qtbot, window, second)
    assert tree_rag(window, AMBER_CODE) == "amber"


def test_every_control_is_named(window: MainWindow) -> None:
    dialog = open_for(window, AMBER_CODE)
    assert dialog.findChildren(QWidget) and unnamed(dialog) == []


def test_detail_header_says_the_rule_it_follows(window: MainWindow) -> None:
    window.tree.select_indicator(indicator_id(window, AMBER_CODE))
    header = window.detail.header  # type: ignore[attr-defined]
    assert header.rule.text() == (
        "RAG rule (the default rule): Green on or better than target;"
        " amber within 10% of the target; red otherwise."
    )


def test_detail_header_button_opens_the_dialog(window: MainWindow) -> None:
    window.tree.select_indicator(indicator_id(window, AMBER_CODE))
    window.detail.header.change_rule.click()  # type: ignore[attr-defined]
    dialog: ToleranceDialog = window.tolerance_dialog
    assert dialog.view is not None and dialog.view.code == AMBER_CODE


def test_detail_header_names_an_own_rule(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_for(window, AMBER_CODE)
    dialog.use_own.setChecked(True)
    dialog.own.amber.setValue(0)
    press_ok(qtbot, window, dialog)
    header = window.detail.header  # type: ignore[attr-defined]
    assert header.rule.text() == (
        "RAG rule (this indicator's own rule): No amber: anything short of target is red."
    )


def test_ctrl_t_from_the_tree_opens_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.select_indicator(indicator_id(window, AMBER_CODE))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog: ToleranceDialog = window.tolerance_dialog
    assert dialog.isVisible()


def test_band_the_wrong_way_round_keeps_the_dialog_open(window: MainWindow) -> None:
    dialog = ToleranceDialog(window.store, on_target_view(window), window)
    dialog.use_own.setChecked(True)
    assert dialog.own.band_low is not None and dialog.own.band_high is not None
    dialog.own.band_low.setText("110")
    dialog.own.band_high.setText("90")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text().startswith("band low (110) is above")


def on_target_view(window: MainWindow) -> IndicatorView:
    view = window.views[indicator_id(window, AMBER_CODE)]
    return replace(view, record=replace(view.record, polarity="on_target"))


def test_without_a_selection_only_the_default_is_offered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ToleranceDialog(window.store, None, window)
    dialog.default_editor.mode.setCurrentIndex(dialog.default_editor.mode.findData("points"))
    dialog.default_editor.amber.setValue(3)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    with window.store.read_session() as s:
        assert (dialog.tabs.count(), default_tolerance(s).mode) == (1, "points")
