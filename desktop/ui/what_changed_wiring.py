"""The "What changed" dock: the period being viewed against the one before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.catalogue import ViewCache, changes_between, period_choices, period_pair
from desktop.ui.views.what_changed_view import WhatChangedView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHORTCUT = "Ctrl+5"


class WhatChangedDock(QDockWidget):
    """Newly red, recovered, worse, better, new, withdrawn and changed targets, by period."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("What changed", window)
        self.window_ = window
        self.setObjectName("whatChangedDock")
        self.setAccessibleName("What changed since the previous period")
        self.view = WhatChangedView(self)
        self.setWidget(self.view)
        self.view.indicator_chosen.connect(self._select)
        self._fetching = False
        self._fetched_for: ViewCache | None = None  # fetched once per load, then as it stands
        window.views_loaded.connect(self.refresh)
        self.visibilityChanged.connect(lambda shown: shown and self.refresh())

    def refresh(self) -> None:
        """Recompute for the period the window shows; every series is loaded on a worker first."""
        if not self.isVisible():
            return
        cache = self.window_.views
        if isinstance(cache, ViewCache) and cache is not self._fetched_for and cache.missing():
            if not self._fetching:
                self._fetching = True
                missing = cache.missing()
                self.window_.workers.run(
                    lambda _control: cache.fetch(missing),
                    on_done=lambda got: self._fetched(cache, got),
                    on_error=self._fetch_failed,
                )
            return
        views = list(cache.values())
        shown = None
        if self.window_.as_of is not None:
            shown = next(
                (label for label, end in period_choices(views) if end == self.window_.as_of), None
            )
        after, before = period_pair(views, shown)
        if after is None or before is None:
            self.view.show_changes(None)
            return
        self.view.show_changes(changes_between(views, before, after))

    def _fetched(self, cache: ViewCache, got: list[Any]) -> None:
        self._fetching = False
        self._fetched_for = cache
        cache.add(got)
        self.refresh()

    def _fetch_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.view.show_changes(None)
        self.window_.statusBar().showMessage(f"Could not read the store: {exc}", 10000)

    def _select(self, indicator_id: int) -> None:
        tree = self.window_.tree
        if not tree.select_indicator(indicator_id):
            self.window_.filter_bar.clear()
            tree.select_indicator(indicator_id)


def install_what_changed(window: MainWindow) -> WhatChangedDock:
    """Add the dock (hidden at first) and its View-menu toggle with a shortcut."""
    dock = WhatChangedDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText("&What changed")
    toggle.setObjectName("whatChangedToggle")
    toggle.setShortcut(QKeySequence(SHORTCUT))
    toggle.setStatusTip(f"What changed since the previous period ({SHORTCUT})")
    window.addAction(toggle)
    view_menu = next((a.menu() for a in window.menuBar().actions() if a.text() == "&View"), None)
    if isinstance(view_menu, QMenu):
        view_menu.addSeparator()
        view_menu.addAction(toggle)
    window.what_changed_dock = dock
    return dock
