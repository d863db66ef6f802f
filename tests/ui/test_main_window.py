"""The main window driven as a user would: loading, keyboard, filters, periods, layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QToolButton

from db.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.models.portfolio_tree import COL_LATEST
from desktop.ui.workers import Workers
from tests.ui.annotation_helpers import open_window


def current_code(window: MainWindow) -> str:
    view = window.current_view()
    assert view is not None and view.code is not None
    return view.code


def test_reload_fills_the_tree(window: MainWindow) -> None:
    assert window.tree_model.indicator_count() == 6
    assert window.stack.currentWidget() is window.splitter


def test_status_bar_counts_indicators_and_reds(window: MainWindow) -> None:
    assert window.count_label.text() == "6 indicators · 2 red"


def test_empty_store_shows_the_welcome_screen(qtbot, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store, data_dir)
    assert window.stack.currentWidget() is window.welcome


def test_f8_walks_reds_in_tree_order(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    first = current_code(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    second = current_code(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    assert (first, second, current_code(window)) == ("CS1", "EN1", "CS1")


def test_shift_f8_walks_reds_backwards(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert current_code(window) == "EN1"


def test_next_red_expands_a_collapsed_parent(window: MainWindow) -> None:
    window.tree.collapseAll()
    window.next_red_action.trigger()
    assert window.tree.isExpanded(window.tree.currentIndex().parent())


def test_selecting_an_indicator_tells_the_detail_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.indicator_changed) as signal:
        window.next_red_action.trigger()
    assert signal.args[0].code == "CS1"
    shown = getattr(window.detail, "current_view", None)
    if callable(shown):
        assert shown() is signal.args[0]


def test_red_filter_counts_in_the_status_bar(window: MainWindow) -> None:
    window.filter_bar.toggles["red"].setChecked(True)
    assert window.count_label.text() == "2 of 6 indicators · 2 red"
    assert window.filter_bar.count_label.text() == "2 of 6 indicators"


def test_ctrl_f_puts_the_keyboard_in_the_search_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()


def test_ctrl_1_returns_to_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tree.hasFocus()


def test_typing_a_search_narrows_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.filter_bar.search, "staffing")
    assert window.proxy.visible_count() == 1


def test_choosing_a_period_views_the_scorecard_as_it_stood(window: MainWindow) -> None:
    combo = window.period_combo
    index = combo.findText("Q3 2024/25")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    latest = window.proxy.tree().index_of_indicator(window.tree.current_indicator() or -1)
    assert latest.isValid() is False  # nothing was selected
    window.next_red_action.trigger()
    current = window.tree.currentIndex().siblingAtColumn(COL_LATEST)
    assert current.data() == "50% vs 80%"


def test_period_choice_survives_reload(window: MainWindow) -> None:
    combo = window.period_combo
    index = combo.findText("Q2 2024/25")
    combo.activated.emit(index)
    window.reload()
    assert combo.currentText() == "Q2 2024/25"


def test_latest_is_the_default_period(window: MainWindow) -> None:
    assert window.period_combo.currentText() == "Latest (Q4 2024/25)"


def test_selection_is_kept_across_a_reload(window: MainWindow) -> None:
    window.next_red_action.trigger()
    window.next_red_action.trigger()
    window.reload()
    assert current_code(window) == "EN1"


def test_window_geometry_and_splitters_are_remembered(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    first = open_window(qtbot, seeded, data_dir)
    first.resize(first.minimumSizeHint().width(), 520)  # the offscreen screen is small
    first.splitter.setSizes([600, 800])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()
    second = open_window(qtbot, seeded, data_dir)
    assert second.size() == size
    assert second.splitter.sizes() == sizes


def test_layout_is_saved_under_the_settings_folder(window: MainWindow, qt_settings: Path) -> None:
    window.close()
    assert QSettings().contains("window/geometry")
    assert any(qt_settings.rglob("*.ini"))


def test_demo_window_says_changes_are_thrown_away(qtbot, seeded: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(seeded, data_dir=data_dir, demo=True, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    assert "Demo — changes are thrown away" in window.windowTitle()


def test_the_title_bar_names_the_app_once(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import make_application

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet(), app.applicationDisplayName()
    try:  # the window system shows the title, " — " and the application's display name
        assert make_application().applicationDisplayName() == "Scrutineer"
    finally:  # what make_application set is left as the other tests expect it
        app.setStyleSheet(before[0])
        app.setApplicationDisplayName(before[1])
    assert "Scrutineer" not in window.windowTitle()
    assert window.windowTitle() == window.store.path.name


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    controls = [
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLineEdit),
        *window.findChildren(QComboBox),
    ]
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in controls
        if w.isVisibleTo(window) and not w.accessibleName() and not _named_by_action(w)
    ]
    assert unnamed == []


def test_toolbar_extension_button_is_named(window: MainWindow) -> None:
    ext = [b for b in window.toolbar.findChildren(QToolButton)
           if b.objectName() == "qt_toolbar_ext_button"]  # fmt: skip
    assert ext and all(b.accessibleName() for b in ext)


def test_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    actions = [window.import_action, window.quit_action, window.next_red_action,
               window.prev_red_action, window.find_action, window.focus_tree_action,
               window.focus_detail_action, window.about_action]  # fmt: skip
    assert all(not a.shortcut().isEmpty() for a in actions)


def _named_by_action(widget: QAbstractButton | QLineEdit | QComboBox) -> bool:
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        return bool(widget.defaultAction().text())
    return False


def test_ctrl_2_moves_the_keyboard_into_the_detail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.next_red_action.trigger()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is window.detail or window.detail.isAncestorOf(focused)


def test_ctrl_3_moves_the_keyboard_into_the_notes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.next_red_action.trigger()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and window.annotations_slot.isAncestorOf(focused)


def test_filtering_keeps_the_selected_indicator(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.next_red_action.trigger()
    with qtbot.assertNotEmitted(window.indicator_changed):
        window.filter_bar.toggles["red"].setChecked(True)
    assert current_code(window) == "CS1"


def test_tab_leaves_the_filter_bar_for_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.streak_periods.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.tree.hasFocus()


def test_f8_with_no_reds_in_view_says_so(window: MainWindow) -> None:
    window.filter_bar.search.setText("Care leavers")
    window.next_red_action.trigger()
    assert window.statusBar().currentMessage() == "No red indicators in view."


def test_icons_follow_a_change_to_a_dark_palette(window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    before = window.import_action.icon().pixmap(24, 24).toImage()
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#F0F0F0"))
    window.setPalette(dark)
    after = window.import_action.icon().pixmap(24, 24).toImage()
    assert before != after


def test_shortcuts_list_names_every_key(window: MainWindow) -> None:
    window.shortcuts_action.trigger()
    rows = dict(window.shortcuts_box.rows)
    assert rows["Next red"] == "F8"
    assert rows["Import"] == "Ctrl+I"
    assert rows["Go to tree"] == "Ctrl+1"


def test_no_two_commands_share_a_key(window: MainWindow) -> None:
    from collections import Counter

    from PySide6.QtGui import QAction, QKeySequence

    keys = Counter(
        a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_reload_tells_the_notes_once_with_the_fresh_indicator(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.next_red_action.trigger()
    seen: list[object] = []
    window.indicator_changed.connect(seen.append)
    window.reload()
    assert len(seen) == 1 and getattr(seen[0], "code", None) == "CS1"


def test_escape_clears_the_search_then_returns_to_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "staffing")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.proxy.visible_count() == 6
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert window.tree.hasFocus()


def test_enter_on_an_indicator_moves_into_the_detail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.next_red_action.trigger()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is window.detail or window.detail.isAncestorOf(focused)


def test_enter_on_a_portfolio_closes_and_opens_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    top = window.proxy.index(0, 0)
    window.tree.setCurrentIndex(top)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert not window.tree.isExpanded(top)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.tree.isExpanded(top)


def test_menus_read_file_edit_view_meetings_help(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Meetings", "&Help"]
    assert window.what_changed_dock.toggle in window.view_menu.actions()


def test_choosing_a_filtered_out_indicator_clears_the_filters(window: MainWindow) -> None:
    window.filter_bar.search.setText("recycl")
    hidden = next(v.id for v in window.views.values() if v.code == "CS1")
    assert window.select_indicator(hidden)
    assert window.filter_bar.search.text() == ""
    assert window.current_view() is not None and window.current_view().code == "CS1"  # type: ignore[union-attr]
