"""The "What changed" dock: the period being viewed against the one before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from desktop.catalogue import ViewCache, changes_between, period_choices, period_pair
from desktop.ui.views.what_changed_view import WhatChangedView

if TYPE_CHECKING:
    from desktop.ui.window_services import WindowServices

SHORTCUT = "Ctrl+5"


class WhatChangedDock(QDockWidget):
    """Newly red, recovered, worse, better, new, withdrawn and changed targets, by period.

    The window adds it as a dock, puts ``toggle`` in its View menu and calls ``refresh``
    after every load.
    """

    def __init__(self, services: WindowServices, parent: QWidget | None = None) -> None:
        super().__init__("What changed", parent)
        self.services = services
        self.setObjectName("whatChangedDock")
        self.setAccessibleName("What changed since the previous period")
        self.view = WhatChangedView(self)
        self.setWidget(self.view)
        self.view.indicator_chosen.connect(services.select_indicator)
        self._fetching = False
        self._fetched_for: ViewCache | None = None  # fetched once per load, then as it stands
        self.visibilityChanged.connect(lambda shown: shown and self.refresh())
        self.hide()
        self.toggle: QAction = self.toggleViewAction()
        self.toggle.setText("&What changed")
        self.toggle.setObjectName("whatChangedToggle")
        self.toggle.setShortcut(QKeySequence(SHORTCUT))
        self.toggle.setStatusTip(f"What changed since the previous period ({SHORTCUT})")

    def refresh(self) -> None:
        """Recompute for the period the window shows; every series is loaded on a worker first."""
        if not self.isVisible():
            return
        cache = self.services.views
        if isinstance(cache, ViewCache) and cache is not self._fetched_for and cache.missing():
            if not self._fetching:
                self._fetching = True
                missing = cache.missing()
                self.services.workers.run(
                    lambda _control: cache.fetch(missing),
                    on_done=lambda got: self._fetched(cache, got),
                    on_error=self._fetch_failed,
                )
            return
        views = list(cache.values())
        as_of = self.services.as_of
        shown = None
        if as_of is not None:
            shown = next((label for label, end in period_choices(views) if end == as_of), None)
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
        self.services.show_message(f"Could not read the store: {exc}", 10000)
