"""Tab order inside a pane: its controls in a stated order, then on to what follows the pane."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _deepest(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def step_focus(
    pane: QWidget, order: Sequence[QWidget], forward: bool, *, wrap: bool = False
) -> bool:
    """Move the focus one step through ``order``; past either end, out of ``pane``.

    ``wrap`` (for a window of its own) goes round to the other end instead.

    Call it from the pane's ``focusNextPrevChild``. Leaving the pane skips every widget
    whose focus ends up inside it (a container that forwards its focus to the pane's
    editor would otherwise send Tab straight back in, and the keyboard could never leave).
    """
    current = QApplication.focusWidget()
    if current is None or not pane.isAncestorOf(current):
        return False
    stops = [w for w in order if _takes_tab(w)]
    if current in stops:
        index = stops.index(current) + (1 if forward else -1)
        if wrap:
            index %= len(stops)
        if 0 <= index < len(stops):
            stops[index].setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
    widget = current
    while True:
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is current:
            return False
        target = _deepest(widget)
        if target is pane or pane.isAncestorOf(target) or not _takes_tab(target):
            continue
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
        return True
