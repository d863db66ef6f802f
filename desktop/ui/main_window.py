"""The main window: composes the tree, the filter bar, the detail pane and the notes slot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.loading import Loaded, load_store, view_cache  # imported here, not on the worker
from desktop.ui.dialogs.export_flow import start_folder
from desktop.ui.dialogs.import_flow import FILE_FILTER, IMPORT_SUFFIXES, AnswersFlow, ImportFlow
from desktop.ui.models.filter_proxy import FilterState, PortfolioFilterProxy
from desktop.ui.models.portfolio_tree import IndicatorIdRole, PortfolioTreeModel
from desktop.ui.pane_sizes import make_room, name_dividers
from desktop.ui.screen_fit import available_geometry, fitted_geometry
from desktop.ui.shortcut_priority import ActionKeysFirst
from desktop.ui.theme import icon
from desktop.ui.views.filter_bar import FilterBar
from desktop.ui.views.tree_view import PortfolioTreeView
from desktop.ui.views.welcome import WelcomeView
from desktop.ui.window_actions import ICON_PROPERTY, build_actions, build_menus, build_toolbar
from desktop.ui.workers import Workers

if TYPE_CHECKING:
    from db.store import Store
    from desktop.catalogue import IndicatorView
    from desktop.ui.annotation_wiring import AnnotationsController
    from desktop.ui.dialogs.export_flow import ExportFlow
    from desktop.ui.dialogs.tolerance_dialog import ToleranceDialog
    from desktop.ui.lock import LockScreen
    from desktop.ui.team_wiring import TeamControls
    from desktop.ui.views.indicator_view import IndicatorDetailView
    from desktop.ui.what_changed_wiring import WhatChangedDock

MAX_RECENT = 8
RECENT_KEY = "recent_files"


DEFAULT_SIZE = QSize(1400, 900)
SHORT_DETAIL = 560  # points: below this the indicator and its notes share the height 3:1
SHORT_SHARE = 0.75  # the indicator's share of a short pane: its title and whole chart show
NOTES_SHARE = 0.45  # the notes' share of a short pane once gone to (Ctrl+3), to write in
PLACEHOLDER_TEXT = "Choose an indicator in the tree to see its story."


def _placeholder(parent: QWidget) -> QLabel:
    label = QLabel(PLACEHOLDER_TEXT, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName("Indicator detail")
    return label


def _detail_view(parent: QWidget) -> IndicatorDetailView | None:
    """The indicator detail view (charts and all), or None where it is not available."""
    try:
        from desktop.ui.views.indicator_view import IndicatorDetailView
    except ImportError:
        return None
    view = IndicatorDetailView(parent)
    parent.addAction(view.record_action)  # a window-wide shortcut, listed with the others
    if not view.accessibleName():
        view.setAccessibleName("Indicator detail")
    return view


def _focus_into(area: QWidget) -> None:
    """Give the keyboard to ``area``: its focus proxy, itself, or its first focusable child."""
    candidates = [area.focusProxy(), area, *area.findChildren(QWidget)]
    for widget in candidates:
        while widget is not None and widget.focusProxy() is not None:
            widget = widget.focusProxy()  # a pane that hands its focus on: where it goes
        if (
            widget is not None
            and widget.isVisibleTo(area.window())
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return


class MainWindow(QMainWindow):
    """Portfolio tree on the left, the chosen indicator on the right, notes below it.

    ``indicator_changed(view or None)`` follows the selection; ``views_loaded()`` fires
    after every (re)load. Its helpers see it through ``WindowServices``.

    With ``later_parts`` the notes, What changed, the lock, restore and the team controls
    (whose modules read the store through SQLAlchemy) are left for ``build_later_parts()``,
    called once the tree is on screen.
    """

    indicator_changed = Signal(object)
    views_loaded = Signal()

    # built by window_actions
    about_action: QAction
    shortcuts_action: QAction
    clear_filters_action: QAction
    collapse_action: QAction
    expand_action: QAction
    export_action: QAction
    filters_action: QAction
    find_action: QAction
    focus_detail_action: QAction
    focus_notes_action: QAction
    focus_period_action: QAction
    focus_tree_action: QAction
    import_action: QAction
    import_answers_action: QAction
    paper_action: QAction
    tolerance_action: QAction
    next_red_action: QAction
    prev_red_action: QAction
    quit_action: QAction
    redo_action: QAction
    reload_action: QAction
    sample_action: QAction
    undo_action: QAction
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    pane_actions: list[QAction]
    recent_menu: QMenu
    period_combo: QComboBox
    toolbar: QToolBar
    lock_screen: LockScreen
    # built by build_later_parts
    annotations: AnnotationsController
    what_changed_dock: WhatChangedDock
    team: TeamControls

    def __init__(
        self,
        store: Store,
        *,
        data_dir: Path,
        demo: bool = False,
        workers: Workers | None = None,
        remember_layout: bool = True,
        later_parts: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.data_dir = data_dir
        self.demo = demo
        self.remember_layout = remember_layout
        self.workers = workers or Workers(self)
        self.workers.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.views: Mapping[int, IndicatorView] = {}
        self.tolerance_dialog: ToleranceDialog | None = None
        self.as_of: dt.date | None = None
        self._loading = False
        self._reload_again = False
        self._first_load = True
        # the window system adds " — Scrutineer" (the application's display name) itself
        self.setWindowTitle("Demo — changes are thrown away" if demo else store.path.name)
        self.setAccessibleName("Scrutineer")
        self.setAcceptDrops(True)
        self.tree_model = PortfolioTreeModel(self)
        self.proxy = PortfolioFilterProxy(self)
        self.proxy.setSourceModel(self.tree_model)
        self.import_flow = ImportFlow(self, self.workers, store)
        self.import_flow.finished.connect(self._on_imported)
        self.answers_flow = AnswersFlow(self, self.workers, store)
        self.answers_flow.finished.connect(lambda report: report is not None and self.reload())
        self._export_flow: ExportFlow | None = None  # built on first export (not at start-up)
        self._build_central()
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._keys_first = ActionKeysFirst(self, [self.export_action])  # Ctrl+E from a text box
        self._build_status()
        self._later_built = False
        self._layout_restored = False
        if not later_parts:
            self.build_later_parts()
        self._restore_layout()

    def build_later_parts(self) -> None:
        """Restore, the lock, notes and questions, What changed and the team (once)."""
        if self._later_built:
            return
        self._later_built = True
        from desktop.ui.dialogs.restore_dialog import install_restore
        from desktop.ui.lock import install_lock
        from desktop.ui.team_wiring import install_team

        install_restore(self)
        install_lock(self)
        self._build_annotations()
        self._build_what_changed()
        self.team = install_team(self)
        if self.remember_layout and self._layout_restored:
            # built after the layout was restored: put the new docks where they were
            state = QSettings().value("window/state")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(QByteArray(state))
        if not self._first_load:  # built after the first load: show it what is loaded
            self.annotations.set_indicator(self.current_view())
            self.views_loaded.emit()

    # --- building ------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._on_filter)
        self.tree = PortfolioTreeView(self.proxy, self)
        self.tree.indicator_selected.connect(self._on_selected)
        self.tree.activated.connect(self._on_activated)  # Enter
        self.filter_bar.leave.connect(self.focus_tree)
        left = QWidget(self)
        left.setObjectName("treePane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.tree, 1)
        # The chart library takes a moment to load: the tree paints first, the detail follows.
        self.detail: QWidget = _placeholder(self)
        self.detail.setObjectName("indicatorDetail")
        self._detail_ready = False
        self.annotations_slot = QWidget(self)
        self.annotations_slot.setObjectName("annotationsSlot")
        self.annotations_slot.setAccessibleName("Notes and questions")
        slot_layout = QVBoxLayout(self.annotations_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("detailSplitter")
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.addWidget(self.annotations_slot)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setSizes([500, 360])  # notes keep room on a short laptop screen
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 860])  # the detail wide enough for its figures table
        name_dividers(self.splitter, self.right_splitter)
        self.welcome = WelcomeView(str(self.store.path), self)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.import_requested.connect(self.import_files)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

    def _build_status(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        self.count_label.setAccessibleName("Indicator count")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("statusProgress")
        self.busy_bar.setAccessibleName("Loading")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.count_label)

    def _build_annotations(self) -> None:
        """Notes and questions under the detail, their dock, and the Meetings menu."""
        from desktop.ui.annotation_wiring import AnnotationsController

        self.annotations = AnnotationsController(self, self.annotations_slot, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.annotations.dock)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.annotations.menu)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.annotations.tree_actions():
            self.tree.addAction(action)
        self.indicator_changed.connect(self.annotations.set_indicator)
        self.tree.selectionModel().selectionChanged.connect(self.annotations.selection_changed)
        self.views_loaded.connect(self.annotations.refresh)
        # at once, in the write's own turn: nothing is left to run once the window has closed
        self.annotations.access.changed.connect(self._mark_open_questions)

    def _mark_open_questions(self) -> None:
        """A question written, answered or withdrawn in the window shows in its indicator's
        "?" mark straight away (one small count; only rows whose count moved are redrawn)."""
        from desktop.annotations import open_question_counts

        counts = self.annotations.access.read_now(open_question_counts)
        self.tree_model.set_open_questions(counts)

    def _build_what_changed(self) -> None:
        """The What changed dock (hidden at first) and its toggle in the View menu."""
        from desktop.ui.what_changed_wiring import WhatChangedDock

        self.what_changed_dock = WhatChangedDock(self, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.what_changed_dock)
        self.what_changed_dock.hide()
        self.addAction(self.what_changed_dock.toggle)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.what_changed_dock.toggle)
        self.views_loaded.connect(self.what_changed_dock.refresh)

    # --- what the helpers see (WindowServices) -------------------------------------------
    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    def selected_indicators(self) -> list[int]:
        return self.tree.selected_indicators()

    def select_indicator(self, indicator_id: int) -> bool:
        """Select an indicator in the tree, clearing the filters if they hide it."""
        if self.tree.select_indicator(indicator_id):
            return True
        self.filter_bar.clear()
        return bool(self.tree.select_indicator(indicator_id))

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the store again on a worker; the views update when it is done."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.busy_bar.show()
        self.statusBar().showMessage("Loading…")
        store, as_of = self.store, self.as_of
        self.workers.run(
            lambda _control: load_store(store, as_of),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    def apply(self, loaded: Loaded) -> None:
        """Show freshly loaded views (keeps the selection where it can)."""
        keep = self.tree.current_indicator()
        self.views = view_cache(self.store, loaded)
        selection = self.tree.selectionModel()
        selection.blockSignals(True)  # one change of indicator below, not a clear and a set
        try:
            self.tree_model.reload(loaded.views)
            kept = keep is not None and keep in self.views and self.tree.select_indicator(keep)
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()
        self._set_period_choices(loaded.choices, loaded.as_of)
        welcome = self.stack.currentWidget() is self.welcome
        self.stack.setCurrentWidget(self.welcome if not loaded.views else self.splitter)
        if welcome and loaded.views:  # the welcome's buttons are gone: the keys go to the tree
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._share_height()
        self.export_action.setEnabled(bool(loaded.views))
        self._update_counts()
        self._show_indicator(self.views[keep] if kept and keep is not None else None)
        if self._first_load:
            self._first_load = False
            (self.tree if loaded.views else self.welcome.sample_button).setFocus()
        self.views_loaded.emit()

    def _on_loaded(self, loaded: Loaded) -> None:
        self._loading = False
        self.busy_bar.hide()
        self.statusBar().clearMessage()
        self.apply(loaded)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.busy_bar.hide()
        self.statusBar().showMessage(f"Could not read the store: {exc}")
        raise exc

    def _set_period_choices(
        self, choices: list[tuple[str, dt.date]], as_of: dt.date | None
    ) -> None:
        combo = self.period_combo
        combo.blockSignals(True)
        combo.clear()
        latest = f"Latest ({choices[0][0]})" if choices else "Latest"
        combo.addItem(latest, None)
        for label, end in choices:
            combo.addItem(label, end.isoformat())
        index = combo.findData(as_of.isoformat()) if as_of else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def on_period_chosen(self, index: int) -> None:
        value = self.period_combo.itemData(index)
        as_of = dt.date.fromisoformat(value) if value else None
        if as_of != self.as_of:
            self.set_period(as_of)

    def set_period(self, as_of: dt.date | None) -> None:
        """View the scorecard as it stood at the end of a period (None: the latest)."""
        self.as_of = as_of
        self.reload()

    # --- selection and filtering ---------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on an indicator moves into its detail; on a group it opens or closes it."""
        if index.data(IndicatorIdRole) is not None:
            self.focus_detail()
        else:
            first = index.siblingAtColumn(0)
            self.tree.setExpanded(first, not self.tree.isExpanded(first))

    def _on_selected(self, indicator_id: int) -> None:
        self._show_indicator(self.views.get(indicator_id))

    def ensure_detail(self) -> QWidget:
        """Build the real detail view in place of the placeholder (once)."""
        if not self._detail_ready:
            self._detail_ready = True
            view = _detail_view(self)
            if view is not None:
                view.setObjectName("indicatorDetail")
                old = self.detail
                self.right_splitter.replaceWidget(self.right_splitter.indexOf(old), view)
                old.hide()
                self.detail = view
                view.enquiry_chosen.connect(self.annotations.record_enquiry)
                current = self.current_view()
                if current is not None:
                    view.show_indicator(current)
        return self.detail

    def _show_indicator(self, view: IndicatorView | None) -> None:
        if view is not None:
            self.ensure_detail()
        show = getattr(self.detail, "show_indicator", None)
        if show is not None:
            show(view)
        elif isinstance(self.detail, QLabel):
            self.detail.setText(view.label if view else PLACEHOLDER_TEXT)
        self.indicator_changed.emit(view)

    def current_view(self) -> IndicatorView | None:
        current = self.tree.current_indicator()
        return self.views.get(current) if current is not None else None

    def _on_filter(self, state: FilterState) -> None:
        current = self.tree.current_indicator()
        selection = self.tree.selectionModel()
        # the detail keeps showing the indicator while the tree is rebuilt around it
        selection.blockSignals(True)
        try:
            self.proxy.set_state(state)  # the tree re-expands itself on the proxy's reset
            if current is not None:
                self.tree.select_indicator(current)
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.tree_model.indicator_count()
        shown = self.proxy.visible_count()
        reds = sum(1 for n in self.tree_model.indicator_nodes() if n.rag == "red")
        text = (
            f"{shown} of {total} indicators" if self.proxy.state.active() else f"{total} indicators"
        )
        self.count_label.setText(f"{text} · {reds} red")
        self.filter_bar.show_count(shown, total)

    # --- focus ---------------------------------------------------------------------------
    def step_red(self, forward: bool = True) -> None:
        """F8 / Shift+F8: the next or previous red indicator in the tree."""
        if not self.tree.step_red(forward):
            self.statusBar().showMessage("No red indicators in view.", 5000)

    def focus_tree(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_detail(self) -> None:
        if self._short():  # on a short screen the indicator takes its chart's room back
            make_room(self.right_splitter, 0, SHORT_SHARE)
        _focus_into(self.ensure_detail())

    def focus_notes(self) -> None:
        if self._short():  # and the notes take room to write in when gone to
            make_room(self.right_splitter, 1, NOTES_SHARE)
        _focus_into(self.annotations_slot)

    def _short(self) -> bool:
        return 0 < sum(self.right_splitter.sizes()) < SHORT_DETAIL

    def focus_period(self) -> None:
        self.period_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.period_combo.showPopup()

    def focus_search(self) -> None:
        if not self.filter_bar.isVisible():
            self.filters_action.setChecked(True)
            self.filter_bar.show()
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def toggle_filters(self, checked: bool) -> None:
        self.filter_bar.setVisible(checked)

    # --- import --------------------------------------------------------------------------
    def import_files(self) -> None:
        """File > Import…: choose files, then import them on a worker."""
        settings = QSettings()
        start = start_folder(str(settings.value("import/last_dir", "") or ""))
        names, _ = QFileDialog.getOpenFileNames(self, "Import scorecards", start, FILE_FILTER)
        if names:
            settings.setValue("import/last_dir", str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def open_sample(self) -> None:
        self.import_paths([paths.sample_scorecard()], remember=False)

    def import_paths(self, files: list[Path], *, remember: bool = True) -> bool:
        if remember:
            for path in files:
                self._remember(path)
        return self.import_flow.start(files)

    def _on_imported(self, lines: list[Any]) -> None:
        if any(line.status == "imported" for line in lines):
            self.reload()

    @property
    def export_flow(self) -> ExportFlow:
        """The export flow of this window, made the first time it is needed."""
        if self._export_flow is None:
            from desktop.ui.dialogs.export_flow import ExportFlow

            self._export_flow = ExportFlow(self, self.workers, self.store)
        return self._export_flow

    def export(self) -> None:
        self.export_flow.choose_and_export()

    # --- recent files --------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def _remember(self, path: Path) -> None:
        name = str(Path(path).resolve())
        recent = [name, *(p for p in self.recent_files() if p != name)][:MAX_RECENT]
        QSettings().setValue(RECENT_KEY, recent)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, name in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, n=name: self.import_paths([Path(n)]))
        if not recent:
            empty = self.recent_menu.addAction("No recent files")
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear list")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.refresh_recent()

    # --- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.import_paths(files)
        else:
            event.ignore()

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [f for f in files if f.suffix.lower() in IMPORT_SUFFIXES]

    # --- help, layout, closing -----------------------------------------------------------
    def show_about(self) -> None:
        from desktop.ui.dialogs.about import show_about

        self.about_box = show_about(self, self.store.path, self.data_dir)

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.shortcuts import ShortcutsDialog

        self.shortcuts_box = ShortcutsDialog(self.actions(), self)
        self.shortcuts_box.open()

    def available_geometry(self) -> QRect:
        """Where the window may go: its screen less the task bar and docks."""
        return available_geometry(self)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Open at a comfortable size, never larger than the screen, and wholly on it."""
        wanted = QRect(self.geometry().topLeft(), DEFAULT_SIZE)
        self.setGeometry(fitted_geometry(wanted, available or self.available_geometry()))

    def _restore_layout(self) -> None:
        self._layout_restored = True
        available = self.available_geometry()
        self.resize(DEFAULT_SIZE)
        self._share_detail_height = not (
            self.remember_layout and QSettings().contains("window/detail_splitter")
        )
        if not self.remember_layout:
            self.fit_to_screen(available)
            return
        settings = QSettings()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/detail_splitter", self.right_splitter.restoreState),
            ("window/tree_header", self.tree.header().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        if not settings.contains("window/geometry") or not available.contains(self.geometry()):
            # none saved, or saved on a larger screen
            self.fit_to_screen(available)

    def save_layout(self) -> None:
        if not self.remember_layout:
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/detail_splitter", self.right_splitter.saveState())
        settings.setValue("window/tree_header", self.tree.header().saveState())
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        if self._share_detail_height and self.right_splitter.isVisible():
            # first run: share the height out now the window has it (a short laptop screen
            # would otherwise leave the notes only their minimum); on a first run that opens
            # on the welcome screen, once the indicators are first shown
            self._share_detail_height = False
            total = sum(self.right_splitter.sizes())
            # a short pane (a laptop at 150%) gives the indicator more, so its whole chart shows
            # (the notes scroll, and Ctrl+Shift+Up makes them taller)
            detail = int(total * (SHORT_SHARE if total < SHORT_DETAIL else 0.6))
            self.right_splitter.setSizes([detail, total - detail])

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the icons in the new text colour when the theme turns light or dark."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for action in self.actions():
                name = action.property(ICON_PROPERTY)
                if name:
                    action.setIcon(icon(str(name), self.palette()))
        super().changeEvent(event)

    def open_tolerance(self) -> ToleranceDialog:
        """Edit › RAG tolerance: the rule of the selected indicator and the store's default."""
        from desktop.ui.dialogs.tolerance_dialog import ToleranceDialog

        if self.tolerance_dialog is not None:
            self.tolerance_dialog.deleteLater()
        dialog = ToleranceDialog(self.store, self.current_view(), self)
        dialog.saved.connect(self.reload)
        self.tolerance_dialog = dialog
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._later_built:
            self.annotations.flush()
            self.annotations.close_windows()
        self.save_layout()
        self.workers.cancel_all()
        self.workers.wait(10000)
        super().closeEvent(event)
