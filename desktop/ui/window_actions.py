"""The window's actions, menus and toolbar: every command with a shortcut and a name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton

from desktop.ui.pane_sizes import move_divider, share
from desktop.ui.theme import icon

ICON_PROPERTY = "scrutineer_icon"

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Any,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    *,
    name: str,
    tip: str = "",
    icon_name: str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut
            else tip
        )
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty(ICON_PROPERTY, icon_name)  # redrawn when the palette changes
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _move(window: MainWindow, name: str, towards_end: bool) -> None:
    """Move a divider a step and say where it is now (the status bar is read out)."""
    splitter = getattr(window, name)
    if not splitter.isVisible():
        return
    moved = move_divider(splitter, towards_end)
    if name == "splitter":
        where = f"The tree takes {share(splitter)}% of the width"
    else:
        where = f"The notes take {100 - share(splitter)}% of the height"
    window.show_message(where if moved else f"{where}: it can go no further that way.", 4000)


def build_actions(window: MainWindow) -> None:
    """Every command of the window as a named action with a shortcut and a tip."""

    def a(*args: Any, **kwargs: Any) -> QAction:
        return _action(window, *args, **kwargs)

    window.import_action = a(
        "&Import…",
        window.import_files,
        "Ctrl+I",
        name="import",
        tip="Import scorecard files",
        icon_name="import",
    )
    window.sample_action = a(
        "Open the &sample scorecard",
        window.open_sample,
        name="sample",
        tip="Import the bundled sample scorecard",
    )
    window.export_action = a(
        "&Export…",
        window.export,
        "Ctrl+E",
        name="export",
        tip="Export notes, questions and figures",
        icon_name="export",
    )
    window.export_action.setEnabled(False)
    window.paper_action = a(
        "Briefing &paper details…",
        lambda: window.export_flow.edit_paper(),
        "Ctrl+Shift+D",
        name="paperDetails",
        tip="Agenda item, purpose, author, contact and Schedule 12A paragraph of the briefing",
    )
    window.import_answers_action = a(
        "Import &answers…",
        window.answers_flow.choose_and_import,
        "Ctrl+Shift+I",
        name="importAnswers",
        tip="Read officers' answers and updates from a returned Excel tracker",
    )
    window.quit_action = a(
        "&Quit", window.close, QKeySequence.StandardKey.Quit, name="quit", tip="Close Scrutineer"
    )
    if window.quit_action.shortcut().isEmpty():
        window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.undo_action = window.undo_stack.createUndoAction(window, "&Undo")
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo_stack.createRedoAction(window, "&Redo")
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.tolerance_action = a(
        "RAG &tolerance…",
        window.open_tolerance,
        "Ctrl+T",
        name="tolerance",
        tip="How far from target is still amber, for this indicator or every one",
    )
    window.find_action = a(
        "&Find…",
        window.focus_search,
        QKeySequence.StandardKey.Find,
        name="find",
        tip="Search by code, name or commentary",
        icon_name="find",
    )
    window.filters_action = a(
        "Show filter&s",
        window.toggle_filters,
        "Ctrl+Shift+L",
        name="filters",
        tip="Show or hide the filter bar",
        icon_name="filter",
    )
    window.filters_action.setCheckable(True)
    window.filters_action.setChecked(True)
    window.clear_filters_action = a(
        "&Clear filters",
        window.filter_bar.clear,
        "Ctrl+Shift+X",
        name="clearFilters",
        tip="Show every indicator",
    )
    window.next_red_action = a(
        "&Next red",
        lambda: window.step_red(True),
        "F8",
        name="nextRed",
        tip="Go to the next red indicator",
        icon_name="next-red",
    )
    window.prev_red_action = a(
        "Pre&vious red",
        lambda: window.step_red(False),
        "Shift+F8",
        name="previousRed",
        tip="Go to the previous red indicator",
        icon_name="previous-red",
    )
    window.focus_tree_action = a(
        "Go to &tree",
        window.focus_tree,
        "Ctrl+1",
        name="focusTree",
        tip="Move the keyboard to the portfolio tree",
    )
    window.focus_detail_action = a(
        "Go to &detail",
        window.focus_detail,
        "Ctrl+2",
        name="focusDetail",
        tip="Move the keyboard to the detail",
    )
    window.focus_notes_action = a(
        "Go to not&es",
        window.focus_notes,
        "Ctrl+3",
        name="focusNotes",
        tip="Move the keyboard to the notes",
    )
    window.focus_period_action = a(
        "Choose &period",
        window.focus_period,
        "Ctrl+P",
        name="focusPeriod",
        tip="Choose the scorecard period",
    )
    window.expand_action = a(
        "E&xpand all",
        lambda: window.tree.expandAll(),
        "Ctrl+Shift+E",
        name="expandAll",
        tip="Open every portfolio and service",
    )
    window.collapse_action = a(
        "C&ollapse all",
        lambda: window.tree.collapseAll(),
        "Ctrl+Shift+C",
        name="collapseAll",
        tip="Close every portfolio and service",
    )
    window.reload_action = a(
        "&Reload",
        window.reload,
        QKeySequence.StandardKey.Refresh,
        name="reload",
        tip="Read the store again",
    )
    window.pane_actions = [
        a(text, lambda _=False, sp=splitter, end=end: _move(window, sp, end), keys, name=name,
          tip=tip)
        for text, keys, name, splitter, end, tip in (
            ("W&iden the tree", "Ctrl+]", "widenTree", "splitter", True,
             "Give the tree more of the window's width"),
            ("N&arrow the tree", "Ctrl+[", "narrowTree", "splitter", False,
             "Give the indicator more of the window's width"),
            ("Ma&ke the notes taller", "Ctrl+Shift+Up", "tallerNotes", "right_splitter", False,
             "Give the notes and questions more of the height"),
            ("Make the notes s&horter", "Ctrl+Shift+Down", "shorterNotes", "right_splitter", True,
             "Give the indicator's chart and figures more of the height"),
        )
    ]  # fmt: skip
    window.about_action = a(
        "&About Scrutineer",
        window.show_about,
        "F1",
        name="about",
        tip="Version and where your data is kept",
    )
    window.shortcuts_action = a(
        "&Keyboard shortcuts",
        window.show_shortcuts,
        "Ctrl+/",
        name="shortcuts",
        tip="Every command and its keys",
    )


def build_menus(window: MainWindow) -> None:
    """File, Edit, View and Help menus over the actions."""
    bar = window.menuBar()
    bar.setAccessibleName("Main menu")
    window.statusBar().setAccessibleName("Status bar")
    window.file_menu = file_menu = bar.addMenu("&File")
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.sample_action)
    window.recent_menu = QMenu("Recent &files", window)
    window.recent_menu.setObjectName("recentMenu")
    file_menu.addMenu(window.recent_menu)
    file_menu.addAction(window.export_action)
    file_menu.addAction(window.paper_action)
    file_menu.addAction(window.import_answers_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    window.edit_menu = edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.tolerance_action)
    window.view_menu = view_menu = bar.addMenu("&View")
    for action in (window.find_action, window.filters_action, window.clear_filters_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(window.next_red_action)
    view_menu.addAction(window.prev_red_action)
    view_menu.addSeparator()
    for action in (
        window.focus_tree_action,
        window.focus_detail_action,
        window.focus_notes_action,
        window.focus_period_action,
    ):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in (window.expand_action, window.collapse_action, window.reload_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in window.pane_actions:
        view_menu.addAction(action)
    window.help_menu = help_menu = bar.addMenu("&Help")
    help_menu.addAction(window.shortcuts_action)
    help_menu.addAction(window.about_action)
    window.refresh_recent()


def build_toolbar(window: MainWindow) -> None:
    """The toolbar: import/export, red walking, find, filters and the period drop-down."""
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        window.import_action,
        window.export_action,
        None,
        window.prev_red_action,
        window.next_red_action,
        window.find_action,
        window.filters_action,
        None,
    ):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    label = QLabel("Scorecard &period:", toolbar)
    window.period_combo = QComboBox(toolbar)
    window.period_combo.setObjectName("periodCombo")
    window.period_combo.setAccessibleName("Scorecard period")
    window.period_combo.setToolTip("Which scorecard period to view (Ctrl+P)")
    window.period_combo.setMinimumContentsLength(14)
    window.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    window.period_combo.addItem("Latest", None)
    window.period_combo.activated.connect(window.on_period_chosen)
    label.setBuddy(window.period_combo)
    toolbar.addWidget(label)
    toolbar.addWidget(window.period_combo)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.toolbar = toolbar
    for button in toolbar.findChildren(QToolButton):
        if button.objectName() == "qt_toolbar_ext_button":
            button.setAccessibleName("More toolbar buttons")
            button.setToolTip("More toolbar buttons")
        elif button.defaultAction() is not None and not button.accessibleName():
            button.setAccessibleName(button.defaultAction().text().replace("&", ""))
