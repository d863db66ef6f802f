"""The "What changed" dock: the period being viewed against the one before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.catalogue import changes_between, period_choices, period_pair
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
        window.views_loaded.connect(self.refresh)
        self.visibilityChanged.connect(lambda shown: shown and self.refresh())

    def refresh(self) -> None:
        """Recompute for the period the window shows (cheap: plain data already loaded)."""
        if not self.isVisible():
            return
        views = list(self.window_.views.values())
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
